import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withCentre } from '../../http/context.ts';
import { problemResponses } from '../problem.ts';
import {
  CreateServiceSchema,
  ServiceListQuery,
  ServiceListSchema,
  ServiceParams,
  ServiceSchema,
  SetServiceMembersSchema,
  UpdateServiceSchema,
} from './schemas.ts';
import { createService, listServices, setServiceMembers, updateService } from './service.ts';

export const servicesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/services',
    {
      config: { access: 'centre.read' },
      schema: {
        tags: ['services'],
        summary: 'Your centre’s second-line services and partner organisations',
        description:
          'Whom a plan can refer a person to, by kind then name, each internal service with its members. Active ones only unless an administrator asks for `include=inactive`.',
        querystring: ServiceListQuery,
        response: { 200: ServiceListSchema, ...problemResponses(400, 401, 403) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => listServices(tx, ctx, request.query)),
  );

  app.post(
    '/services',
    {
      config: { access: 'services.manage' },
      schema: {
        tags: ['services'],
        summary: 'Add a service or a partner organisation',
        description:
          'An internal service of the centre (its members answer its referrals) or a partner outside it. Two services of a centre may not share a name.',
        body: CreateServiceSchema,
        response: { 201: ServiceSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const made = await withCentre(request, (tx, ctx) => createService(tx, ctx, request.body));
      return reply.code(201).send(made);
    },
  );

  app.patch(
    '/services/:id',
    {
      config: { access: 'services.manage' },
      schema: {
        tags: ['services'],
        summary: 'Change, deactivate or reactivate a service',
        description:
          'Send the fields that change and the `version` you read (409 when stale). `active: false` deactivates it: it receives no new referral, and the referrals already made keep naming it. Services are never deleted; their kind never changes.',
        params: ServiceParams,
        body: UpdateServiceSchema,
        response: { 200: ServiceSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => updateService(tx, ctx, request.params.id, request.body)),
  );

  app.put(
    '/services/:id/members',
    {
      config: { access: 'services.manage' },
      schema: {
        tags: ['services'],
        summary: 'Set the members of an internal service',
        description:
          'The whole list of social workers and team leads who answer its referrals, with the service `version` you read (409 when stale; the list makes a new version). A partner has no members (409).',
        params: ServiceParams,
        body: SetServiceMembersSchema,
        response: { 200: ServiceSchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) =>
      withCentre(request, (tx, ctx) => setServiceMembers(tx, ctx, request.params.id, request.body)),
  );
};
