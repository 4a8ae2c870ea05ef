import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withActor } from '../../http/context.ts';
import { problemResponses } from '../problem.ts';
import { FederalIndicatorsSchema, FederalQuery } from './schemas.ts';
import { federalIndicators } from './service.ts';

export const federalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/federal/indicators',
    {
      config: { access: 'federal.read' },
      schema: {
        tags: ['federal'],
        summary: 'The yearly figures across centres (federal analysts only)',
        description:
          'The figures of the single report added up over every centre that closed the year: for the country, and with `by=region` or `by=sizeBand` per group too. Any count of 1 to 4 is shown as "<5" (`mark: lessThan5`, no value), and as many other cells are withheld (`mark: hidden`) as it takes so that none can be worked out from the totals or from the other groups; figures computed from a withheld count (a share, a mean, an amount) are withheld with it. Read through a database role that sees only the centres’ aggregate counts: no person, name or file is reachable. Centres’ own instruments and objectives are left out.',
        querystring: FederalQuery,
        response: { 200: FederalIndicatorsSchema, ...problemResponses(400, 401, 403) },
      },
    },
    (request) => withActor(request, (tx, ctx) => federalIndicators(tx, ctx, request.query)),
  );
};
