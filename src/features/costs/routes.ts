import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withCentre } from '../../http/context.ts';
import { problemResponses } from '../problem.ts';
import {
  CostLineSchema,
  CostParams,
  PlanCostsSchema,
  PlanParams,
  RecordCostSchema,
  RemoveCostQuery,
} from './schemas.ts';
import { listCosts, recordCost, removeCost } from './service.ts';

export const costsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/trajectories/:id/costs',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['trajectories'],
        summary: 'The cost lines of a plan, with their total',
        description:
          'What the centre spent on the plan, by the day incurred then by when recorded, in euro cents. The yearly report sums the lines of each year (GET /reports/annual).',
        params: PlanParams,
        response: { 200: PlanCostsSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => listCosts(tx, ctx, request.params.id)),
  );

  app.post(
    '/trajectories/:id/costs',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['trajectories'],
        summary: 'Record a cost on a plan',
        description:
          'A dated amount in euro cents (1 to 100000000) and what it was for. The day may not be in the future nor before the plan was drafted; a closed plan still takes costs dated up to its closing day (409 after it). A day of a year whose report is closed is refused with 409.',
        params: PlanParams,
        body: RecordCostSchema,
        response: { 201: CostLineSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const line = await withCentre(request, (tx, ctx) =>
        recordCost(tx, ctx, request.params.id, request.body),
      );
      return reply.code(201).send(line);
    },
  );

  app.delete(
    '/trajectories/:id/costs/:costId',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['trajectories'],
        summary: 'Remove a cost line recorded by mistake',
        description:
          'Give the `version` you read (409 when stale). The line is deleted; the event log and the audit trail keep that it was recorded and removed. A line of a year whose report is closed cannot be removed (409).',
        params: CostParams,
        querystring: RemoveCostQuery,
        response: { 204: z.null().describe('Removed.'), ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      await withCentre(request, (tx, ctx) =>
        removeCost(tx, ctx, request.params.id, request.params.costId, request.query.version),
      );
      return reply.code(204).send(null);
    },
  );
};
