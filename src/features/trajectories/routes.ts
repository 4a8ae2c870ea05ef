import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withCentre } from '../../http/context.ts';
import { problemResponses } from '../problem.ts';
import {
  amendPlan,
  closePlan,
  informPerson,
  listVersions,
  signPlan,
  uploadPaperScan,
  versionChanges,
} from './lifecycle.ts';
import {
  CloseRequestSchema,
  CreateTrajectorySchema,
  DeadlineListSchema,
  InformRequestSchema,
  InterviewRequestResultSchema,
  InterviewRequestSchema,
  SignRequestSchema,
  TrajectoryListQuery,
  TrajectoryPageSchema,
  TrajectoryParams,
  TrajectorySchema,
  UpdateTrajectorySchema,
  VersionListSchema,
  VersionOnlySchema,
  VersionParams,
} from './schemas.ts';
import {
  createTrajectory,
  getDeadlines,
  getTrajectory,
  listTrajectories,
  requestInterview,
  updateTrajectory,
} from './service.ts';

const SCAN_TYPES = ['application/pdf', 'image/png', 'image/jpeg'];
const SCAN_LIMIT = 10 * 1024 * 1024;

const PlanChangeSchema = z
  .object({
    field: z.string(),
    change: z.enum(['added', 'removed', 'changed']),
    key: z.string().optional(),
    item: z.unknown().optional(),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
  })
  .meta({ id: 'PlanChange' });

export const trajectoriesRoutes: FastifyPluginAsyncZod = async (app) => {
  // A scan of a plan signed on paper arrives as its own bytes, not as JSON.
  app.addContentTypeParser(SCAN_TYPES, { parseAs: 'buffer', bodyLimit: SCAN_LIMIT }, (_request, body, done) =>
    done(null, body),
  );

  app.get(
    '/trajectories',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['trajectories'],
        summary: 'Plans of your centre, newest first',
        description:
          'Filter by `personId`, `state`, `responsible` (me, a worker’s id, none) and `orientation`.',
        querystring: TrajectoryListQuery,
        response: { 200: TrajectoryPageSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => listTrajectories(tx, ctx, request.query)),
  );

  app.post(
    '/trajectories',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['trajectories'],
        summary: 'Draft a plan',
        description:
          'A legal PIIS or a light growth plan for a person, resting on their latest social assessment unless another is named (or none, for a plan re-actualised after a job of under 3 months). The answer says whether the law requires a PIIS and why.',
        body: CreateTrajectorySchema,
        response: { 201: TrajectorySchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const plan = await withCentre(request, (tx, ctx) => createTrajectory(tx, ctx, request.body));
      return reply.code(201).header('location', `/api/v1/trajectories/${plan.id}`).send(plan);
    },
  );

  app.get(
    '/trajectories/:id',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['trajectories'],
        summary: 'Read a plan with its current version',
        params: TrajectoryParams,
        response: { 200: TrajectorySchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => getTrajectory(tx, ctx, request.params.id)),
  );

  app.patch(
    '/trajectories/:id',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['trajectories'],
        summary: 'Change a plan',
        description:
          'Send the fields that change and the `version` you read. A signed version is frozen (409): amend the plan first. Changing an informed version takes it back to draft: the person is informed again.',
        params: TrajectoryParams,
        body: UpdateTrajectorySchema,
        response: { 200: TrajectorySchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => updateTrajectory(tx, ctx, request.params.id, request.body)),
  );

  app.post(
    '/trajectories/:id/inform',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['trajectories'],
        summary: 'Record the information step',
        description:
          'Content, scope and consequences explained, in which language; the person told they may be assisted by a person of their choice; whether they asked for the reflection period.',
        params: TrajectoryParams,
        body: InformRequestSchema,
        response: { 200: TrajectorySchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => informPerson(tx, ctx, request.params.id, request.body)),
  );

  app.put(
    '/trajectories/:id/versions/:number/paper-scan',
    {
      config: { access: 'person.write' },
      bodyLimit: SCAN_LIMIT,
      schema: {
        tags: ['trajectories'],
        summary: 'Upload the scan of a plan signed on paper',
        description:
          'The bytes of a PDF, PNG or JPEG (10 MB at most) with their Content-Type; the type is checked from the content. Then sign with `{ "kind": "paper" }`.',
        params: VersionParams,
        response: {
          201: z.object({ id: z.uuid(), mediaType: z.string(), sha256: z.string(), size: z.number().int() }),
          ...problemResponses(400, 401, 403, 404, 409, 413, 415),
        },
      },
    },
    async (request, reply) => {
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const file = await withCentre(request, (tx, ctx) =>
        uploadPaperScan(tx, ctx, request.params.id, request.params.number, body),
      );
      return reply.code(201).send(file);
    },
  );

  app.post(
    '/trajectories/:id/sign',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['trajectories'],
        summary: 'Sign the current version',
        description:
          'Both sides sign a PIIS (on screen: a PNG each, readable and at most 4,096 px a side; on paper: upload the scan first). Refused while a reflection period the person asked for runs, unless they waive it. Signing freezes the version and locks the social assessment.',
        params: TrajectoryParams,
        body: SignRequestSchema,
        response: { 200: TrajectorySchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => signPlan(tx, ctx, request.params.id, request.body)),
  );

  app.post(
    '/trajectories/:id/amend',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['trajectories'],
        summary: 'Amend an active plan',
        description:
          'A new version, a copy of the signed one, to change, inform and sign again; the signed version stays in force until then.',
        params: TrajectoryParams,
        body: VersionOnlySchema,
        response: { 200: TrajectorySchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) =>
      withCentre(request, (tx, ctx) => amendPlan(tx, ctx, request.params.id, request.body.version)),
  );

  app.post(
    '/trajectories/:id/close',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['trajectories'],
        summary: 'Close a plan with its outcome',
        params: TrajectoryParams,
        body: CloseRequestSchema,
        response: { 200: TrajectorySchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => closePlan(tx, ctx, request.params.id, request.body)),
  );

  app.get(
    '/trajectories/:id/versions',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['trajectories'],
        summary: 'Every version of a plan, oldest first',
        params: TrajectoryParams,
        response: { 200: VersionListSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => listVersions(tx, ctx, request.params.id)),
  );

  app.get(
    '/trajectories/:id/versions/:number/changes',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['trajectories'],
        summary: 'What a version changed from the one before it (or from `?from=`)',
        params: VersionParams,
        querystring: z.object({ from: z.coerce.number().int().min(1).optional() }),
        response: {
          200: z.object({ from: z.number().int(), to: z.number().int(), changes: z.array(PlanChangeSchema) }),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    (request) =>
      withCentre(request, (tx, ctx) =>
        versionChanges(tx, ctx, request.params.id, request.params.number, request.query.from),
      ),
  );

  app.get(
    '/trajectories/:id/deadlines',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['trajectories'],
        summary: 'The dates the law and your centre’s policy set for this plan',
        description:
          'Each item names its rule (e.g. `piis.conclusion`), its date, its state (done, due, overdue) and what closes it.',
        params: TrajectoryParams,
        response: { 200: DeadlineListSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => getDeadlines(tx, ctx, request.params.id)),
  );

  app.post(
    '/trajectories/:id/interview-requests',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['trajectories'],
        summary: 'Record that the person asked for an interview',
        description: 'It must be held within 5 working days (weekends and Belgian public holidays skipped).',
        params: TrajectoryParams,
        body: InterviewRequestSchema,
        response: { 201: InterviewRequestResultSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const created = await withCentre(request, (tx, ctx) =>
        requestInterview(tx, ctx, request.params.id, request.body),
      );
      return reply.code(201).send(created);
    },
  );
};
