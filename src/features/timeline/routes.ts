import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withCentre } from '../../http/context.ts';
import { problemResponses } from '../problem.ts';
import { PersonParams, TimelineSchema } from './schemas.ts';
import { getTimeline } from './service.ts';

export const timelineRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/persons/:id/timeline',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['persons'],
        summary: 'What happened in a person’s file, newest first',
        description:
          'The person’s events from the event log: registration, changes, assessments and measurements; plans and evaluations join as they arrive.',
        params: PersonParams,
        response: { 200: TimelineSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => getTimeline(tx, ctx, request.params.id)),
  );
};
