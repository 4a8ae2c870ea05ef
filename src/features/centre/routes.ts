import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withCentre } from '../../http/context.ts';
import { problemResponses } from '../problem.ts';
import {
  CentrePolicyViewSchema,
  CreateSigningDelegationSchema,
  SigningDelegationListSchema,
  SigningDelegationParams,
  SigningDelegationSchema,
  UpdateCentrePolicySchema,
  UpdateSigningDelegationSchema,
} from './schemas.ts';
import {
  createSigningDelegation,
  getCentrePolicy,
  listSigningDelegations,
  updateCentrePolicy,
  updateSigningDelegation,
} from './service.ts';

export const centreRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/centre/policy',
    {
      config: { access: 'centre.read' },
      schema: {
        tags: ['centre'],
        summary: 'Your centre’s policy for plans',
        description:
          'The choices the law leaves to each centre (deadline anchor, reflection period, evaluations, growth-plan signature, subsidy warnings). `version` 0: the centre changed nothing and the law’s defaults apply.',
        response: { 200: CentrePolicyViewSchema, ...problemResponses(401, 403) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => getCentrePolicy(tx, ctx)),
  );

  app.patch(
    '/centre/policy',
    {
      config: { access: 'centre.manage' },
      schema: {
        tags: ['centre'],
        summary: 'Change your centre’s policy',
        description:
          'Send the fields that change and the `version` you read (0 the first time; 409 when stale). A centre may be stricter than the law, never laxer: each field keeps the law’s bounds, and the in-person evaluations cannot outnumber the evaluations a year.',
        body: UpdateCentrePolicySchema,
        response: { 200: CentrePolicyViewSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => updateCentrePolicy(tx, ctx, request.body)),
  );

  app.get(
    '/centre/signing-delegations',
    {
      config: { access: 'centre.read' },
      schema: {
        tags: ['centre'],
        summary: 'Who may sign plans on your centre’s behalf',
        description:
          'Every delegation, ended ones included, by name then latest first; `activeToday` says which hold today.',
        response: { 200: SigningDelegationListSchema, ...problemResponses(401, 403) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => listSigningDelegations(tx, ctx)),
  );

  app.post(
    '/centre/signing-delegations',
    {
      config: { access: 'centre.manage' },
      schema: {
        tags: ['centre'],
        summary: 'Give a worker a signing delegation',
        description:
          'A social worker or team lead of your centre may sign legal plans (PIIS) on its behalf from `since` (and until `until`, included). Their delegations may not overlap (409).',
        body: CreateSigningDelegationSchema,
        response: { 201: SigningDelegationSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const made = await withCentre(request, (tx, ctx) => createSigningDelegation(tx, ctx, request.body));
      return reply.code(201).send(made);
    },
  );

  app.patch(
    '/centre/signing-delegations/:id',
    {
      config: { access: 'centre.manage' },
      schema: {
        tags: ['centre'],
        summary: 'End a signing delegation, or change its end',
        description:
          'Sets `until`, the last day it covers (not before `since`; null: no end). Delegations are never deleted: the plans signed under one stay explained.',
        params: SigningDelegationParams,
        body: UpdateSigningDelegationSchema,
        response: { 200: SigningDelegationSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) =>
      withCentre(request, (tx, ctx) => updateSigningDelegation(tx, ctx, request.params.id, request.body)),
  );
};
