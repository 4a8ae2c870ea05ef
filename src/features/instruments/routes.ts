import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { InstrumentDefinitionSchema } from '../../domain/instruments.ts';
import { withCentre } from '../../http/context.ts';
import { problemResponses } from '../problem.ts';
import {
  InstrumentKeyParams,
  InstrumentListSchema,
  InstrumentSchema,
  InstrumentVersionQuery,
} from './schemas.ts';
import { getInstrument, listInstruments, uploadInstrument } from './service.ts';

/** The published format of an instrument definition (also in docs/instrument.schema.json). */
export function instrumentJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(InstrumentDefinitionSchema, { io: 'input', target: 'draft-2020-12' }) as {
    $defs?: Record<string, object>;
  };
  // The schema carries an OpenAPI id, so zod puts it under $defs: publish it at the top level.
  const { InstrumentDefinition: root, ...others } = generated.$defs ?? {};
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'passerelle:instrument-definition',
    ...root,
    ...(Object.keys(others).length ? { $defs: others } : {}),
  };
}

export const instrumentsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/instruments',
    {
      config: { access: 'instrument.read' },
      schema: {
        tags: ['instruments'],
        summary: 'The progress instruments of your centre',
        description: 'The built-in ones and those your centre loaded, each at its latest version.',
        response: { 200: InstrumentListSchema, ...problemResponses(401, 403) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => listInstruments(tx, ctx)),
  );

  app.get(
    '/instruments/schema',
    {
      config: { access: 'public' },
      schema: {
        tags: ['instruments'],
        summary: 'JSON Schema of an instrument definition',
        description:
          'The format a centre uses to load its own instrument with POST /instruments. No sign-in needed.',
        security: [],
        response: { 200: z.record(z.string(), z.unknown()) },
      },
    },
    () => instrumentJsonSchema(),
  );

  app.get(
    '/instruments/:key',
    {
      config: { access: 'instrument.read' },
      schema: {
        tags: ['instruments'],
        summary: 'One instrument, at its latest or a given version',
        params: InstrumentKeyParams,
        querystring: InstrumentVersionQuery,
        response: { 200: InstrumentSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) =>
      withCentre(request, (tx, ctx) => getInstrument(tx, ctx, request.params.key, request.query.version)),
  );

  app.post(
    '/instruments',
    {
      config: { access: 'instrument.manage' },
      schema: {
        tags: ['instruments'],
        summary: 'Load your centre’s own instrument',
        description:
          'Centre administrators. An invalid definition is refused with every problem listed. The same key with a changed definition makes a new version (201); the same definition again changes nothing (200). Measurements keep the version they were taken with.',
        body: InstrumentDefinitionSchema,
        response: { 200: InstrumentSchema, 201: InstrumentSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const { instrument, created } = await withCentre(request, (tx, ctx) =>
        uploadInstrument(tx, ctx, request.body),
      );
      return reply.code(created ? 201 : 200).send(instrument);
    },
  );
};
