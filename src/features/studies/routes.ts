import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withActor, withCentre } from '../../http/context.ts';
import { problemResponses } from '../problem.ts';
import { studyResults } from './results.ts';
import {
  StudyAnswerBody,
  StudyCreate,
  StudyListSchema,
  StudyParams,
  StudyPatch,
  StudyResultsQuery,
  StudyResultsSchema,
  StudySchema,
  StudyVersionBody,
} from './schemas.ts';
import {
  addressableCentres,
  answerStudy,
  changeStudy,
  closeStudy,
  createStudy,
  getStudy,
  listStudies,
  publishStudy,
} from './service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const studiesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/studies',
    {
      // Every role either manages or answers studies; the list depends on which.
      config: { access: 'self' },
      schema: {
        tags: ['studies'],
        summary: 'Studies: the ones you manage, or the ones waiting for your answer',
        description:
          'Managers (studies.manage: the federal analyst, a centre administrator) get their studies in every state. Workers and leads (studies.answer) get the published studies addressed to their centre that take answers today and that they have not answered yet.',
        response: { 200: StudyListSchema, ...problemResponses(401, 403) },
      },
    },
    (request) => withActor(request, (tx, ctx) => listStudies(tx, ctx)),
  );

  app.post(
    '/studies',
    {
      config: { access: 'studies.manage' },
      schema: {
        tags: ['studies'],
        summary: 'Write a study questionnaire (a draft)',
        description:
          'The federal analyst addresses all centres (`targetAll`) or a list; a centre administrator’s study is for their own centre’s staff only (the target given is ignored). Questions are `scale1to5`, `choice` (with options) or `text`, with their text in one or more languages.',
        body: StudyCreate,
        response: { 201: StudySchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const study = await withActor(request, (tx, ctx) => createStudy(tx, ctx, request.body));
      return reply.code(201).send(study);
    },
  );

  app.get(
    '/studies/centres',
    {
      config: { access: 'studies.manage' },
      schema: {
        tags: ['studies'],
        summary: 'The centres a study can address',
        description: 'Every centre for the federal analyst; their own for a centre administrator.',
        response: {
          200: z
            .object({ items: z.array(z.object({ id: z.uuid(), name: z.string() })) })
            .meta({ id: 'StudyCentres' }),
          ...problemResponses(401, 403),
        },
      },
    },
    (request) => withActor(request, (tx, ctx) => addressableCentres(tx, ctx)),
  );

  app.get(
    '/studies/:id',
    {
      config: { access: 'self' },
      schema: {
        tags: ['studies'],
        summary: 'One study: its questionnaire',
        description:
          'For its manager, or for the staff of a centre it is addressed to once published; 404 otherwise.',
        params: StudyParams,
        response: { 200: StudySchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withActor(request, (tx, ctx) => getStudy(tx, ctx, request.params.id)),
  );

  app.patch(
    '/studies/:id',
    {
      config: { access: 'studies.manage' },
      schema: {
        tags: ['studies'],
        summary: 'Change a draft study',
        description: 'Only while it is a draft (409 after publication). Takes the version read.',
        params: StudyParams,
        body: StudyPatch,
        response: { 200: StudySchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) => withActor(request, (tx, ctx) => changeStudy(tx, ctx, request.params.id, request.body)),
  );

  app.post(
    '/studies/:id/publish',
    {
      config: { access: 'studies.manage' },
      schema: {
        tags: ['studies'],
        summary: 'Publish a draft study to the staff it addresses',
        description:
          'From then on its questionnaire is frozen; it takes answers from `opensOn` to `closesOn`.',
        params: StudyParams,
        body: StudyVersionBody,
        response: { 200: StudySchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) =>
      withActor(request, (tx, ctx) => publishStudy(tx, ctx, request.params.id, request.body.version)),
  );

  app.post(
    '/studies/:id/close',
    {
      config: { access: 'studies.manage' },
      schema: {
        tags: ['studies'],
        summary: 'Close a published study: it takes no more answers',
        params: StudyParams,
        body: StudyVersionBody,
        response: { 200: StudySchema, ...problemResponses(400, 401, 403, 404, 409) },
      },
    },
    (request) =>
      withActor(request, (tx, ctx) => closeStudy(tx, ctx, request.params.id, request.body.version)),
  );

  app.post(
    '/studies/:id/answers',
    {
      config: { access: 'studies.answer' },
      schema: {
        tags: ['studies'],
        summary: 'Answer a study, once and anonymously',
        description:
          'Any question may be skipped, not all. The answer is stored without your name, the time or anything shared with the record that you answered; a second answer gets 409, as does a study not open today.',
        params: StudyParams,
        body: StudyAnswerBody,
        response: {
          201: z.object({ received: z.literal(true) }).meta({ id: 'StudyAnswerReceived' }),
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const result = await withCentre(request, (tx, ctx) =>
        answerStudy(tx, ctx, request.params.id, request.body.answers),
      );
      return reply.code(201).send(result);
    },
  );

  app.get(
    '/studies/:id/results',
    {
      config: { access: 'studies.manage' },
      schema: {
        tags: ['studies'],
        summary: 'A study’s results: aggregates, or XLSX with the anonymous rows',
        description:
          '409 until 5 have answered. Counts of 1 to 4 are shown as "<5" (and a count that would let one be worked out as "hidden"). `format=xlsx`: a workbook with a sheet "aggregates" and a sheet "answers", one anonymous row per answer in random order.',
        params: StudyParams,
        querystring: StudyResultsQuery,
        produces: ['application/json', XLSX],
        response: {
          200: StudyResultsSchema.or(z.string().meta({ format: 'binary' })),
          ...problemResponses(400, 401, 403, 404, 409),
        },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const out = await withActor(request, (tx, ctx) => studyResults(tx, ctx, request.params.id, format));
      if (!out.xlsx) return out.results;
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', `attachment; filename="study-${request.params.id.slice(0, 8)}.xlsx"`)
        .header('cache-control', 'private, no-store')
        .send(out.xlsx as unknown as string);
    },
  );
};
