import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withCentre } from '../../http/context.ts';
import { problemResponses } from '../problem.ts';
import { TeamDaySchema, TodayQuery, TodaySchema } from './schemas.ts';
import { teamDay, workerDay } from './service.ts';

export const todayRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/today',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['today'],
        summary: 'The worker’s day: what is overdue and due within 14 days',
        description:
          'Across the people the caller follows (and the plans referred to them while the referral runs): PIIS to conclude, reflection periods ending, evaluations due or needed to meet the year’s minimum, interviews asked for, plans and subsidies ending, actions due, referrals waiting for the caller’s answer and, for those who approve them, sanction proposals. Each item names its rule, its date, the person and the record to open. Team leads and administrators may ask for another worker’s day with `workerId`.',
        querystring: TodayQuery,
        response: { 200: TodaySchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => workerDay(tx, ctx, request.query)),
  );

  app.get(
    '/today/team',
    {
      config: { access: 'team.read' },
      schema: {
        tags: ['today'],
        summary: 'The team’s day: each worker’s files and due and overdue items',
        description:
          'For team leads and administrators: per worker and lead of the centre, the files they are responsible for and their overdue, this week’s and later items (the same items as their own today list, without sanction approvals), the team’s overdue total, and the items of files nobody is responsible for.',
        response: { 200: TeamDaySchema, ...problemResponses(401, 403) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => teamDay(tx, ctx)),
  );
};
