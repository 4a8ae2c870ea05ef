import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { inFeedbackLink } from '../../db/tenancy.ts';
import { withCentre } from '../../http/context.ts';
import { isLocale } from '../../i18n/catalogues.ts';
import { Problem, problemResponses } from '../problem.ts';
import {
  FeedbackAnswerBody,
  FeedbackFormQuery,
  FeedbackFormSchema,
  FeedbackLinkCreate,
  FeedbackLinkSchema,
  FeedbackSecretParams,
  FeedbackThanksSchema,
} from './schemas.ts';
import { answerFeedback, createFeedbackLink, feedbackForm, hashFeedbackSecret } from './service.ts';

export const feedbackRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/feedback-links',
    {
      config: { access: 'person.write' },
      schema: {
        tags: ['feedback'],
        summary: 'Create a one-time link for a person’s anonymous feedback',
        description:
          'A worker hands the address to a person (printed, sent, or opened on a tablet). It holds no person and no worker: the answer cannot be traced back. Valid 30 days, for one answer.',
        body: FeedbackLinkCreate,
        response: { 201: FeedbackLinkSchema, ...problemResponses(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const origin = `${request.protocol}://${request.host}`;
      const link = await withCentre(request, (tx, ctx) =>
        createFeedbackLink(tx, ctx, { language: request.body.language, origin }),
      );
      return reply.code(201).send(link);
    },
  );

  app.get(
    '/feedback/:secret',
    {
      config: { access: 'public' },
      schema: {
        tags: ['feedback'],
        summary: 'The feedback questionnaire of a one-time link',
        description:
          'With no sign-in: the secret in the address is the key. The questions in the link’s language, or in `language` when the person chooses another. 404 when the link is unknown, already used or expired.',
        params: FeedbackSecretParams,
        querystring: FeedbackFormQuery,
        response: { 200: FeedbackFormSchema, ...problemResponses(400, 404) },
      },
    },
    async (request) => {
      const { database, clock } = app.deps;
      const hash = hashFeedbackSecret(request.params.secret);
      return inFeedbackLink(database, hash, clock.now(), async (_tx, link) => {
        if (!link || !isLocale(link.language)) throw new Problem('not-found', 'errors.feedbackNotFound');
        return feedbackForm(request.query.language ?? link.language, link.language);
      });
    },
  );

  app.post(
    '/feedback/:secret',
    {
      config: { access: 'public' },
      schema: {
        tags: ['feedback'],
        summary: 'Answer the feedback questionnaire (once)',
        description:
          'Each score 1–4 or skipped, and an optional free text (at most 2,000 characters); at least one of them. The link is used up by the answer: a second answer gets 404. Nothing stored names the person, the worker or the time (only the year).',
        params: FeedbackSecretParams,
        body: FeedbackAnswerBody,
        response: { 201: FeedbackThanksSchema, ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const { database, clock } = app.deps;
      const secretHash = hashFeedbackSecret(request.params.secret);
      const result = await inFeedbackLink(database, secretHash, clock.now(), async (tx, link) => {
        if (!link || !isLocale(link.language)) throw new Problem('not-found', 'errors.feedbackNotFound');
        const ctx = {
          clock,
          actor: null,
          requestId: request.id,
          address: request.clientAddress,
          link: { centreId: link.centreId, language: link.language },
        };
        return answerFeedback(tx, ctx, { ...request.body, secretHash });
      });
      return reply.code(201).send(result);
    },
  );
};
