import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withCentre } from '../../http/context.ts';
import { problemResponses } from '../problem.ts';
import {
  ApproveSanctionSchema,
  CorrectSanctionSchema,
  DecideSanctionSchema,
  PlanSanctionsSchema,
  ProposeSanctionSchema,
  RefuseSanctionSchema,
  SanctionListQuery,
  SanctionPageSchema,
  SanctionParams,
  SanctionSchema,
  TrajectoryParams,
  WithdrawSanctionSchema,
} from './schemas.ts';
import {
  approveSanction,
  correctSanction,
  decideSanction,
  getSanction,
  listPlanSanctions,
  listSanctions,
  proposeSanction,
  refuseSanction,
  withdrawSanction,
} from './service.ts';

const LAW =
  'Refused (400, on the field) when the law does not allow it: a person without the integration income (`situation`), no formal notice (`noticeOn`) or no worker’s opinion (`workerOpinionOn`) before the decision, a hearing after it, or a suspension longer than 1 month — 3 when another sanction was decided in the 12 months before (`endOn`, with the last day allowed).';

export const sanctionsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/trajectories/:id/sanctions',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['sanctions'],
        summary: 'The sanctions of a plan, newest first',
        description:
          'With `allowance`: the longest suspension the law allows a decision today (1 month, or 3 after a sanction decided in the 12 months before) and whether the plan can take a sanction at all.',
        params: TrajectoryParams,
        response: { 200: PlanSanctionsSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => listPlanSanctions(tx, ctx, request.params.id)),
  );

  app.post(
    '/trajectories/:id/sanctions',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['sanctions'],
        summary: 'Propose a sanction',
        description: `Only on an active PIIS (409 otherwise). The law is checked as if the decision were taken today. ${LAW} The proposal then waits for its approval.`,
        params: TrajectoryParams,
        body: ProposeSanctionSchema,
        response: { 201: SanctionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    async (request, reply) => {
      const sanction = await withCentre(request, (tx, ctx) =>
        proposeSanction(tx, ctx, request.params.id, request.body),
      );
      return reply.code(201).header('location', `/api/v1/sanctions/${sanction.id}`).send(sanction);
    },
  );

  app.get(
    '/sanctions',
    {
      config: { access: 'sanction.approve' },
      schema: {
        tags: ['sanctions'],
        summary: 'The centre’s sanctions, the one waiting longest first',
        description:
          'For those who approve them: `state=proposed` lists the proposals waiting for an answer. Each says whether the caller may answer it (`mayApprove`): never their own, and only when the centre’s policy names their role.',
        querystring: SanctionListQuery,
        response: { 200: SanctionPageSchema, ...problemResponses(400, 401, 403) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => listSanctions(tx, ctx, request.query)),
  );

  app.get(
    '/sanctions/:id',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['sanctions'],
        summary: 'Read one sanction',
        description: 'Once decided and notified, with its appeal deadline (3 months after the notification).',
        params: SanctionParams,
        response: { 200: SanctionSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => getSanction(tx, ctx, request.params.id)),
  );

  app.patch(
    '/sanctions/:id',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['sanctions'],
        summary: 'Correct a proposal, or record when a decision was notified',
        description: `A proposal is corrected by the worker who proposed it while it waits for approval (the law is checked again on the whole of it: ${LAW}). A decided sanction takes only \`notifiedOn\`. Send the \`version\` you read (409 when stale).`,
        params: SanctionParams,
        body: CorrectSanctionSchema,
        response: { 200: SanctionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => correctSanction(tx, ctx, request.params.id, request.body)),
  );

  app.post(
    '/sanctions/:id/approve',
    {
      config: { access: 'sanction.approve' },
      schema: {
        tags: ['sanctions'],
        summary: 'Approve a proposal',
        description:
          'By whom the centre’s policy names (`sanctionApprovers`: team leads, or team leads and administrators), never the worker who proposed it (403). Only a proposal (409).',
        params: SanctionParams,
        body: ApproveSanctionSchema,
        response: { 200: SanctionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => approveSanction(tx, ctx, request.params.id, request.body)),
  );

  app.post(
    '/sanctions/:id/refuse',
    {
      config: { access: 'sanction.approve' },
      schema: {
        tags: ['sanctions'],
        summary: 'Refuse a proposal, with a note',
        description: 'The same approvers as for approving; the note says why. A refused proposal is final.',
        params: SanctionParams,
        body: RefuseSanctionSchema,
        response: { 200: SanctionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => refuseSanction(tx, ctx, request.params.id, request.body)),
  );

  app.post(
    '/sanctions/:id/decide',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['sanctions'],
        summary: 'Record the decision of an approved sanction',
        description: `Only once approved (409). The law is checked again with the real decision day. ${LAW}`,
        params: SanctionParams,
        body: DecideSanctionSchema,
        response: { 200: SanctionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => decideSanction(tx, ctx, request.params.id, request.body)),
  );

  app.post(
    '/sanctions/:id/withdraw',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['sanctions'],
        summary: 'Withdraw a proposal or an approved sanction',
        description:
          'By the worker who proposed it or by whom may approve it (403 otherwise); a decided sanction stands (409). It stays in the file, withdrawn.',
        params: SanctionParams,
        body: WithdrawSanctionSchema,
        response: { 200: SanctionSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => withdrawSanction(tx, ctx, request.params.id, request.body)),
  );
};
