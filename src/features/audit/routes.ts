import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withCentre } from '../../http/context.ts';
import { problemResponses } from '../problem.ts';
import { AuditPageSchema, AuditQuerySchema } from './schemas.ts';
import { listAuditEvents } from './service.ts';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: 'The audit trail of your centre',
        description:
          'Who read or changed what, newest first, including refused access and failed logins. Centre administrators only; reading the trail is itself recorded.',
        querystring: AuditQuerySchema,
        response: { 200: AuditPageSchema, ...problemResponses(400, 401, 403) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => listAuditEvents(tx, ctx, request.query)),
  );
};
