import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withCentre } from '../../http/context.ts';
import { problemResponses } from '../problem.ts';
import { WithdrawalRequestSchema } from '../withdrawals.ts';
import {
  CorrectMeasurementSchema,
  CreateMeasurementSchema,
  MeasurementListQuery,
  MeasurementListSchema,
  MeasurementParams,
  MeasurementSchema,
  PersonParams,
  ProgressQuery,
  ProgressSchema,
} from './schemas.ts';
import {
  correctMeasurement,
  createMeasurement,
  getMeasurement,
  getProgress,
  listMeasurements,
  withdrawMeasurement,
} from './service.ts';

export const measurementsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/persons/:id/measurements',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['measurements'],
        summary: 'The progress measurements of a person, oldest first',
        description:
          'Only the measurements in force: a withdrawn one is left out, unless a team lead or an administrator asks for it with `withdrawn=include` (a worker asking gets 403).',
        params: PersonParams,
        querystring: MeasurementListQuery,
        response: { 200: MeasurementListSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) =>
      withCentre(request, (tx, ctx) =>
        listMeasurements(tx, ctx, request.params.id, {
          instrumentKey: request.query.instrument,
          withdrawn: request.query.withdrawn,
        }),
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
          'Scores per domain on the instrument scale: the worker’s, the person’s own, or both (at least one of the two per domain). Unknown domains, scores off the scale and future dates are refused with the field named.',
        params: PersonParams,
        body: CreateMeasurementSchema,
        response: { 201: MeasurementSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const measurement = await withCentre(request, (tx, ctx) =>
        createMeasurement(tx, ctx, request.params.id, request.body),
      );
      return reply.code(201).header('location', `/api/v1/measurements/${measurement.id}`).send(measurement);
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
          'From the measurements in force (a withdrawn one counts for nothing). Per domain: the baseline (first measurement), the latest, each side’s first and last scores and its change (a side counts from the first measurement that gives it), and the series with the notes; the overall change; and the domains where worker and person are 2 levels or more apart on the latest measurement.',
        params: PersonParams,
        querystring: ProgressQuery,
        response: { 200: ProgressSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) =>
      withCentre(request, (tx, ctx) => getProgress(tx, ctx, request.params.id, request.query.instrument)),
  );

  app.get(
    '/measurements/:id',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['measurements'],
        summary: 'Read one measurement',
        description: 'A withdrawn measurement is still readable here, with its `withdrawal`.',
        params: MeasurementParams,
        response: { 200: MeasurementSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => getMeasurement(tx, ctx, request.params.id)),
  );

  app.patch(
    '/measurements/:id',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['measurements'],
        summary: 'Correct a measurement',
        description:
          'Send what changes (date, moment, the whole list of scores) and the `version` you read: a new version, the earlier state kept, a `measurement.corrected` event naming the fields. The instrument and its version stay: a measurement taken with the wrong instrument is withdrawn and recorded again. Refused with 409 when the version is stale or the measurement was withdrawn.',
        params: MeasurementParams,
        body: CorrectMeasurementSchema,
        response: { 200: MeasurementSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) =>
      withCentre(request, (tx, ctx) => correctMeasurement(tx, ctx, request.params.id, request.body)),
  );

  app.post(
    '/measurements/:id/withdraw',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['measurements'],
        summary: 'Withdraw a measurement recorded by mistake',
        description:
          'With the `version` you read and a reason. The measurement leaves the lists and the progress; it stays readable by id, in the audit trail and on the timeline (`measurement.withdrawn`), and its earlier state is kept. Refused with 409 when it was already withdrawn or the version is stale.',
        params: MeasurementParams,
        body: WithdrawalRequestSchema,
        response: { 200: MeasurementSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) =>
      withCentre(request, (tx, ctx) => withdrawMeasurement(tx, ctx, request.params.id, request.body)),
  );
};
