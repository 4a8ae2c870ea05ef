import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withCentre } from '../../http/context.ts';
import { ProblemSchema, problemResponses } from '../problem.ts';
import { confirmWarningsProblem } from './checks.ts';
import {
  ConfirmWarningsProblemSchema,
  CreatePersonSchema,
  PersonIdParams,
  PersonListQuerySchema,
  PersonPageSchema,
  PersonSchema,
  ReassignResultSchema,
  ReassignSchema,
  UpdatePersonSchema,
} from './schemas.ts';
import { createPerson, getPerson, listPersons, reassignPersons, updatePerson } from './service.ts';

export const personsRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/persons',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['persons'],
        summary: 'List and search the people of your centre',
        description:
          'Sorted by last name then first name. Pages with `limit` and `cursor`. `responsible=me` is a worker’s own people.',
        querystring: PersonListQuerySchema,
        response: { 200: PersonPageSchema, ...problemResponses(400, 401, 403) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => listPersons(tx, ctx, request.query)),
  );

  app.post(
    '/persons',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['persons'],
        summary: 'Register a person',
        description: [
          'Two people of one centre cannot share a national number (409 `conflict` names the other person).',
          'A birth date that contradicts the national number, or a municipality the postcode does not serve, is a 400 field error.',
          'A recorded sex that is not the one the national number was given for (`sexParity`), or another person of the centre with the same name and birth date (`possibleDuplicate`, with or without a national number), answers 409 `confirm-warnings` with the `warnings` and saves nothing: resend with their codes in `confirmWarnings` to register anyway (the confirmation is audited).',
        ].join(' '),
        body: CreatePersonSchema,
        response: {
          201: PersonSchema,
          ...problemResponses(400, 401, 403),
          409: z.union([ConfirmWarningsProblemSchema, ProblemSchema]),
        },
      },
    },
    async (request, reply) => {
      const outcome = await withCentre(request, (tx, ctx) => createPerson(tx, ctx, request.body));
      // The warnings were recorded as shown in the request's transaction, which wrote nothing else.
      if ('warnings' in outcome) throw confirmWarningsProblem(outcome);
      reply.code(201).header('location', `/api/v1/persons/${outcome.id}`);
      return outcome;
    },
  );

  app.post(
    '/persons/reassign',
    {
      config: { access: 'person.assign' },
      schema: {
        tags: ['persons'],
        summary: 'Give files to another worker',
        description:
          'Leads and administrators. Either `personIds` (up to 500) or `fromUserId` (every file a worker follows, for a worker who leaves), never both. All or nothing: a file of another centre is 404 and nothing changes. Each file that changes gets a new version, an audit row and a `person.reassigned` event on its timeline.',
        body: ReassignSchema,
        response: { 200: ReassignResultSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => reassignPersons(tx, ctx, request.body)),
  );

  app.get(
    '/persons/:id',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['persons'],
        summary: 'Read a person',
        description: 'Every read is recorded in the audit log. A person of another centre is 404.',
        params: PersonIdParams,
        response: { 200: PersonSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const person = await withCentre(request, (tx, ctx) => getPerson(tx, ctx, request.params.id));
      reply.header('etag', `"${person.version}"`);
      return person;
    },
  );

  app.patch(
    '/persons/:id',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['persons'],
        summary: 'Change a person',
        description: [
          'Send only the fields that change, with the `version` you read. A stale version answers 409 with `currentVersion`; nothing is overwritten.',
          'The record as it would be saved is checked where the change touches it: the birth date against the national number, the municipality against the postcode (400).',
          'A change of sex or national number that makes them disagree, or of name or birth date that makes the person look like another of the centre, answers 409 `confirm-warnings`, as registering does; resend with `confirmWarnings`.',
        ].join(' '),
        params: PersonIdParams,
        body: UpdatePersonSchema,
        response: {
          200: PersonSchema,
          ...problemResponses(400, 401, 403, 404),
          409: z.union([ConfirmWarningsProblemSchema, ProblemSchema]),
        },
      },
    },
    async (request) => {
      const outcome = await withCentre(request, (tx, ctx) =>
        updatePerson(tx, ctx, request.params.id, request.body),
      );
      if ('warnings' in outcome) throw confirmWarningsProblem(outcome);
      return outcome;
    },
  );
};
