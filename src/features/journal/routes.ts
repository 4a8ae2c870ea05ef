import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { withCentre } from '../../http/context.ts';
import { problemResponses } from '../problem.ts';
import {
  CorrectJournalEntrySchema,
  CreateJournalEntrySchema,
  JournalEntryParams,
  JournalEntrySchema,
  JournalPageSchema,
  JournalQuery,
  PersonParams,
} from './schemas.ts';
import { correctJournalEntry, getJournalEntry, listJournal, writeJournalEntry } from './service.ts';

export const journalRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/persons/:id/journal',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['journal'],
        summary: 'The case journal of a person, newest first',
        description:
          'Search within it with `q` (every word must appear; accents and case ignored) and `kind`.',
        params: PersonParams,
        querystring: JournalQuery,
        response: { 200: JournalPageSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => listJournal(tx, ctx, request.params.id, request.query)),
  );

  app.post(
    '/persons/:id/journal',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['journal'],
        summary: 'Write a journal entry',
        description: 'A dated note of a contact: kind, text, optional duration. The caller is its author.',
        params: PersonParams,
        body: CreateJournalEntrySchema,
        response: { 201: JournalEntrySchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const entry = await withCentre(request, (tx, ctx) =>
        writeJournalEntry(tx, ctx, request.params.id, request.body),
      );
      return reply.code(201).header('location', `/api/v1/journal/${entry.id}`).send(entry);
    },
  );

  app.get(
    '/journal/:id',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['journal'],
        summary: 'Read one journal entry',
        description:
          'Team leads and administrators also get `earlierVersions`: what it said before each correction.',
        params: JournalEntryParams,
        response: { 200: JournalEntrySchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => getJournalEntry(tx, ctx, request.params.id)),
  );

  app.patch(
    '/journal/:id',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['journal'],
        summary: 'Correct a journal entry',
        description:
          'Only its author may. Send the fields that change and the `version` you read (409 when stale). The earlier text is kept, never deleted.',
        params: JournalEntryParams,
        body: CorrectJournalEntrySchema,
        response: { 200: JournalEntrySchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) =>
      withCentre(request, (tx, ctx) => correctJournalEntry(tx, ctx, request.params.id, request.body)),
  );
};
