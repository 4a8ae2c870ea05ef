import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withCentre } from '../../http/context.ts';
import { problemResponses } from '../problem.ts';
import { printPlan } from './document-service.ts';
import { TrajectoryParams } from './schemas.ts';

export const planDocumentRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/trajectories/:id/document',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['trajectories'],
        summary: 'The plan printed as PDF, in the person’s language',
        description:
          'One version (the current one by default, or `?version=`), printed in the language of the person (not yours): page 1 in plain words for the person (what they and the centre will do, the next meeting, whom to call, their rights), then the parties, objectives, actions, planned evaluations and signatures. The same version prints to the same bytes; the SHA-256 of the first print of a signed version is kept as `documentSha256`.',
        params: TrajectoryParams,
        querystring: z.object({
          version: z.coerce.number().int().min(1).optional().describe('A version number of this plan.'),
        }),
        produces: ['application/pdf'],
        response: {
          200: z.string().meta({ format: 'binary' }).describe('The PDF'),
          ...problemResponses(400, 401, 403, 404),
        },
      },
    },
    async (request, reply) => {
      const printed = await withCentre(request, (tx, ctx) =>
        printPlan(tx, ctx, request.params.id, request.query.version),
      );
      if (printed.differsFromFirstPrint) {
        // Ids only: which facts changed is for a person to look at, not for the log.
        request.log.warn(
          { trajectoryId: request.params.id, version: printed.number },
          'printed plan differs from its first print',
        );
      }
      return (
        reply
          .header('content-type', 'application/pdf')
          .header('content-disposition', `attachment; filename="plan-${printed.number}.pdf"`)
          .header('cache-control', 'private, no-store')
          // The bytes go out as they are (Fastify does not serialise a Buffer); the schema says binary.
          .send(printed.bytes as unknown as string)
      );
    },
  );
};
