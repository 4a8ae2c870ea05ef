import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withCentre } from '../../http/context.ts';
import { problemResponses } from '../problem.ts';
import {
  CreateMeasurementSchema,
  MeasurementListQuery,
  MeasurementListSchema,
  MeasurementSchema,
  PersonParams,
  ProgressQuery,
  ProgressSchema,
} from './schemas.ts';
import { createMeasurement, getProgress, listMeasurements } from './service.ts';

export const measurementsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/persons/:id/measurements',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['measurements'],
        summary: 'The progress measurements of a person, oldest first',
        params: PersonParams,
        querystring: MeasurementListQuery,
        response: { 200: MeasurementListSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) =>
      withCentre(request, (tx, ctx) =>
        listMeasurements(tx, ctx, request.params.id, request.query.instrument),
      ),
  );

  app.post(
    '/persons/:id/measurements',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['measurements'],
        summary: 'Record a progress measurement',
        description:
          'Scores per domain on the instrument scale: the worker’s and, optionally, the person’s own. Unknown domains, scores off the scale and future dates are refused with the field named.',
        params: PersonParams,
        body: CreateMeasurementSchema,
        response: { 201: MeasurementSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const measurement = await withCentre(request, (tx, ctx) =>
        createMeasurement(tx, ctx, request.params.id, request.body),
      );
      return reply.code(201).send(measurement);
    },
  );

  app.get(
    '/persons/:id/progress',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['measurements'],
        summary: 'Progress from the starting point, per domain',
        description:
          'Per domain: the baseline (first measurement), the latest, the change and the series; the overall change; and the domains where worker and person are 2 levels or more apart.',
        params: PersonParams,
        querystring: ProgressQuery,
        response: { 200: ProgressSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) =>
      withCentre(request, (tx, ctx) => getProgress(tx, ctx, request.params.id, request.query.instrument)),
  );
};
