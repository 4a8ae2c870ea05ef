import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withCentre } from '../../http/context.ts';
import { problemResponses } from '../problem.ts';
import {
  CorrectEvaluationSchema,
  CreateEvaluationSchema,
  EvaluationListSchema,
  EvaluationParams,
  EvaluationSchema,
  TrajectoryParams,
} from './schemas.ts';
import { correctEvaluation, getEvaluation, listEvaluations, recordEvaluation } from './service.ts';

export const evaluationsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/trajectories/:id/evaluations',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['evaluations'],
        summary: 'The evaluations of a plan, newest first, and the year’s minimum',
        description:
          'Every evaluation recorded, missed appointments included (`missed`). `compliance` tells whether the plan year’s minimum (at least 3 per 12 months, 2 in personal contact, or the centre’s stricter policy) is met, on track, at risk or not met, with the counts; null before the plan is signed or without a start and a planned end. The dates suggested for the next evaluations are in GET /trajectories/{id}/deadlines: they move with each evaluation held.',
        params: TrajectoryParams,
        response: { 200: EvaluationListSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => listEvaluations(tx, ctx, request.params.id)),
  );

  app.post(
    '/trajectories/:id/evaluations',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['evaluations'],
        summary: 'Record an evaluation (or a missed appointment)',
        description:
          'Only for a plan in force (signed, not closed): 409 otherwise. The caller held it. The day is not in the future nor before the plan’s start; the next date comes after it. Progress names objectives of the version in force (at least one when it was held and the plan has objectives); a missed appointment has no progress, no measurement, and the person did not come. With `measurement` (the body of POST /persons/{id}/measurements, its moment the evaluation, its day the evaluation’s unless given), the measurement is recorded with the evaluation in one transaction; its errors are named under `measurement.`.',
        params: TrajectoryParams,
        body: CreateEvaluationSchema,
        response: { 201: EvaluationSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const evaluation = await withCentre(request, (tx, ctx) =>
        recordEvaluation(tx, ctx, request.params.id, request.body),
      );
      return reply.code(201).header('location', `/api/v1/evaluations/${evaluation.id}`).send(evaluation);
    },
  );

  app.get(
    '/evaluations/:id',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['evaluations'],
        summary: 'Read one evaluation',
        description:
          'Team leads and administrators also get `earlierVersions`: what it said before each correction.',
        params: EvaluationParams,
        response: { 200: EvaluationSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => getEvaluation(tx, ctx, request.params.id)),
  );

  app.patch(
    '/evaluations/:id',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['evaluations'],
        summary: 'Correct an evaluation',
        description:
          'Only the worker who held it, while the plan is not closed. Send the fields that change and the `version` you read (409 when stale); the evaluation is checked again as it will read. The measurement taken at it is corrected with PATCH /measurements/{id}. The earlier state is kept, never deleted.',
        params: EvaluationParams,
        body: CorrectEvaluationSchema,
        response: { 200: EvaluationSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) =>
      withCentre(request, (tx, ctx) => correctEvaluation(tx, ctx, request.params.id, request.body)),
  );
};
