import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withCentre } from '../../http/context.ts';
import { problemResponses } from '../problem.ts';
import {
  AcceptReferralSchema,
  CreateReferralSchema,
  DeclineReferralSchema,
  EndReferralSchema,
  ReferralListQuery,
  ReferralListSchema,
  ReferralParams,
  ReferralSchema,
  TrajectoryParams,
  WithdrawReferralSchema,
} from './schemas.ts';
import {
  acceptReferral,
  declineReferral,
  endReferral,
  getReferral,
  listAwaitingReferrals,
  listPlanReferrals,
  sendReferral,
  withdrawReferral,
} from './service.ts';

const STEP_ERRORS = problemResponses(400, 401, 403, 404, 409);

export const referralsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/trajectories/:id/referrals',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['referrals'],
        summary: 'The referrals of a plan, the latest sent first',
        description:
          'Each with its state and, once accepted, the days its receiving worker followed the person (`answeredOn` to `endedOn`). The first-line worker stays responsible for the file throughout.',
        params: TrajectoryParams,
        response: { 200: ReferralListSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => listPlanReferrals(tx, ctx, request.params.id)),
  );

  app.post(
    '/trajectories/:id/referrals',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['referrals'],
        summary: 'Refer the person to a second-line service or a partner',
        description:
          'From a plan that is not closed, to an active service of your centre (optionally to a named member of an internal service), with a handover note. One referral per plan and service waits or runs at a time (409). The caller is its sender; the file keeps its responsible worker.',
        params: TrajectoryParams,
        body: CreateReferralSchema,
        response: { 201: ReferralSchema, ...STEP_ERRORS },
      },
    },
    async (request, reply) => {
      const made = await withCentre(request, (tx, ctx) =>
        sendReferral(tx, ctx, request.params.id, request.body),
      );
      return reply.code(201).header('location', `/api/v1/referrals/${made.id}`).send(made);
    },
  );

  app.get(
    '/referrals',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['referrals'],
        summary: 'The referrals waiting for your answer',
        description:
          'Pending referrals addressed to you, or to an internal service you are a member of with no worker named, the oldest first, each with the person and the handover note.',
        querystring: ReferralListQuery,
        response: { 200: ReferralListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => listAwaitingReferrals(tx, ctx)),
  );

  app.get(
    '/referrals/:id',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['referrals'],
        summary: 'Read one referral',
        params: ReferralParams,
        response: { 200: ReferralSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => getReferral(tx, ctx, request.params.id)),
  );

  app.post(
    '/referrals/:id/accept',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['referrals'],
        summary: 'Accept a referral',
        description:
          'For an internal service, by one of its members (403 otherwise): you follow the person from `answeredOn`, or the member you name in `receivingUserId`. For a partner, whoever has the file records the partner’s yes; nobody here follows the person for it. Only a pending referral of a plan not closed (409).',
        params: ReferralParams,
        body: AcceptReferralSchema,
        response: { 200: ReferralSchema, ...STEP_ERRORS },
      },
    },
    (request) => withCentre(request, (tx, ctx) => acceptReferral(tx, ctx, request.params.id, request.body)),
  );

  app.post(
    '/referrals/:id/decline',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['referrals'],
        summary: 'Decline a referral, saying why',
        description:
          'Who may: as for accepting. The note is required: the sender reads it to find another way.',
        params: ReferralParams,
        body: DeclineReferralSchema,
        response: { 200: ReferralSchema, ...STEP_ERRORS },
      },
    },
    (request) => withCentre(request, (tx, ctx) => declineReferral(tx, ctx, request.params.id, request.body)),
  );

  app.post(
    '/referrals/:id/withdraw',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['referrals'],
        summary: 'Withdraw a referral still waiting for an answer',
        description: 'Only its sender (403), only while it is pending (409).',
        params: ReferralParams,
        body: WithdrawReferralSchema,
        response: { 200: ReferralSchema, ...STEP_ERRORS },
      },
    },
    (request) => withCentre(request, (tx, ctx) => withdrawReferral(tx, ctx, request.params.id, request.body)),
  );

  app.post(
    '/referrals/:id/end',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['referrals'],
        summary: 'Record the end of an accepted referral',
        description:
          '`endedOn` is the last day the receiving side followed the person. For an internal service: its sender, the file’s responsible worker, the receiving worker or a member of the service (403 otherwise); for a partner, whoever has the file. Only an accepted referral (409).',
        params: ReferralParams,
        body: EndReferralSchema,
        response: { 200: ReferralSchema, ...STEP_ERRORS },
      },
    },
    (request) => withCentre(request, (tx, ctx) => endReferral(tx, ctx, request.params.id, request.body)),
  );
};
