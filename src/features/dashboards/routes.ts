import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withCentre } from '../../http/context.ts';
import { problemResponses } from '../problem.ts';
import {
  TeamDashboardQuery,
  TeamDashboardSchema,
  WorkerDashboardQuery,
  WorkerDashboardSchema,
} from './schemas.ts';
import { teamDashboard, workerDashboard } from './service.ts';

export const dashboardsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/dashboards/worker',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['dashboards'],
        summary: 'The worker’s dashboard: caseload, due and overdue items, plans ending soon',
        description:
          'The people the caller is responsible for and those of them with a plan not closed, their plans by state, the counts of the caller’s today list (the same as GET /today), and the signed plans in force of their people whose planned end falls within the next 60 days. Team leads and administrators may ask for another worker’s dashboard with `workerId`.',
        querystring: WorkerDashboardQuery,
        response: { 200: WorkerDashboardSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => workerDashboard(tx, ctx, request.query)),
  );

  app.get(
    '/dashboards/team',
    {
      config: { access: 'team.read' },
      schema: {
        tags: ['dashboards'],
        summary: 'The team’s dashboard: caseload per worker and the centre’s deadline figures',
        description:
          'For team leads and administrators: per worker and lead (and a row for files nobody is responsible for), the files, the files with a plan not closed, the plans not closed, the evaluations due in the next 30 days and the overdue items (as GET /today/team counts them); and over the period (by default the 12 months ending today, at most 3 years) the median days from the decision to the first signature of PIIS plans first signed in it, the evaluation slots met on time, and the no-show rate at evaluations, each with what it is computed on.',
        querystring: TeamDashboardQuery,
        response: { 200: TeamDashboardSchema, ...problemResponses(400, 401, 403) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => teamDashboard(tx, ctx, request.query)),
  );
};
