import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withCentre } from '../../http/context.ts';
import { problemResponses } from '../problem.ts';
import { WorkerListQuery, WorkerListSchema } from './schemas.ts';
import { listWorkers } from './service.ts';

export const workersRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/workers',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['workers'],
        summary: 'The workers and leads of your centre',
        description:
          'Who can follow a file (`responsibleUserId`), sorted by name, with how many people each follows. Administrators follow no files and are listed only with `include=staff` (e.g. to filter the audit trail by user).',
        querystring: WorkerListQuery,
        response: { 200: WorkerListSchema, ...problemResponses(401, 403) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => listWorkers(tx, ctx, request.query)),
  );
};
