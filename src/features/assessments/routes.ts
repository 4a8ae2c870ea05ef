import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withCentre } from '../../http/context.ts';
import { problemResponses } from '../problem.ts';
import { WithdrawalRequestSchema } from '../withdrawals.ts';
import {
  AssessmentListQuery,
  AssessmentListSchema,
  AssessmentParams,
  AssessmentSchema,
  CreateAssessmentSchema,
  PersonParams,
  UpdateAssessmentSchema,
} from './schemas.ts';
import {
  createAssessment,
  getAssessment,
  listAssessments,
  updateAssessment,
  withdrawAssessment,
} from './service.ts';

export const assessmentsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/persons/:id/assessments',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['assessments'],
        summary: 'The social assessments of a person, latest first',
        description:
          'Only the assessments in force: a withdrawn one is left out, unless a team lead or an administrator asks for it with `withdrawn=include` (a worker asking gets 403).',
        params: PersonParams,
        querystring: AssessmentListQuery,
        response: { 200: AssessmentListSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) =>
      withCentre(request, (tx, ctx) =>
        listAssessments(tx, ctx, request.params.id, { withdrawn: request.query.withdrawn }),
      ),
  );

  app.post(
    '/persons/:id/assessments',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['assessments'],
        summary: 'Record a social assessment',
        description:
          'Per life domain: the situation, obstacles and strengths; overall aspirations, aptitudes, qualifications and needs.',
        params: PersonParams,
        body: CreateAssessmentSchema,
        response: { 201: AssessmentSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const assessment = await withCentre(request, (tx, ctx) =>
        createAssessment(tx, ctx, request.params.id, request.body),
      );
      return reply.code(201).header('location', `/api/v1/assessments/${assessment.id}`).send(assessment);
    },
  );

  app.get(
    '/assessments/:id',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['assessments'],
        summary: 'Read one social assessment',
        description: 'A withdrawn assessment is still readable here, with its `withdrawal`.',
        params: AssessmentParams,
        response: { 200: AssessmentSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => getAssessment(tx, ctx, request.params.id)),
  );

  app.patch(
    '/assessments/:id',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['assessments'],
        summary: 'Change a social assessment',
        description:
          'Send the fields that change and the `version` you read. Refused with 409 once a plan was signed on it (record a new assessment instead) or once it was withdrawn; refused with 400 when it would be left empty.',
        params: AssessmentParams,
        body: UpdateAssessmentSchema,
        response: { 200: AssessmentSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => updateAssessment(tx, ctx, request.params.id, request.body)),
  );

  app.post(
    '/assessments/:id/withdraw',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['assessments'],
        summary: 'Withdraw a social assessment recorded by mistake',
        description:
          'With the `version` you read and a reason. The assessment leaves the lists; it stays readable by id, in the audit trail and on the timeline (`assessment.withdrawn`), and its earlier state is kept. Refused with 409 when a plan was signed on it, when it was already withdrawn, or when the version is stale.',
        params: AssessmentParams,
        body: WithdrawalRequestSchema,
        response: { 200: AssessmentSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) =>
      withCentre(request, (tx, ctx) => withdrawAssessment(tx, ctx, request.params.id, request.body)),
  );
};
