import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { serviceContext, withActor } from '../../http/context.ts';
import { problemResponses } from '../problem.ts';
import { SESSION_COOKIE } from './cookie.ts';
import { LoginSchema, MeSchema, UpdateMeSchema } from './schemas.ts';
import { getMe, hashSessionId, login, logout, updateMe } from './service.ts';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/session',
    {
      config: { access: 'public' },
      schema: {
        tags: ['session'],
        summary: 'Log in',
        description:
          'Checks the email and password and sets the session cookie (HttpOnly, SameSite=Lax). Failed attempts are counted per account and address (5 free), per address (20) and per account (50); past a budget each attempt waits a delay doubling from 1 to 15 minutes, answered 429 with Retry-After. A session ends after its lifetime or when idle too long.',
        body: LoginSchema,
        response: { 200: MeSchema, ...problemResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const previous = request.cookies[SESSION_COOKIE];
      const { sessionId, me } = await login(app.deps.database, serviceContext(request), {
        ...request.body,
        previousSessionIdHash: previous ? hashSessionId(previous) : null,
        sessionDays: app.deps.config.sessionDays,
        idleMinutes: app.deps.config.sessionIdleMinutes,
      });
      reply.setCookie(SESSION_COOKIE, sessionId, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: request.protocol === 'https',
        maxAge: app.deps.config.sessionDays * 86_400,
      });
      return me;
    },
  );

  app.delete(
    '/session',
    {
      config: { access: 'self' },
      schema: {
        tags: ['session'],
        summary: 'Log out',
        description: 'Destroys the session on the server and clears the cookie.',
        response: { 204: z.null().describe('Logged out.'), ...problemResponses(401, 403) },
      },
    },
    async (request, reply) => {
      await withActor(request, (tx, ctx) => logout(tx, ctx));
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      config: { access: 'self' },
      schema: {
        tags: ['session'],
        summary: 'Who am I',
        response: { 200: MeSchema, ...problemResponses(401) },
      },
    },
    (request) => withActor(request, (tx, ctx) => getMe(tx, ctx)),
  );

  app.patch(
    '/me',
    {
      config: { access: 'self' },
      schema: {
        tags: ['session'],
        summary: 'Change my preferences',
        description: 'The chosen language is remembered for the next sessions.',
        body: UpdateMeSchema,
        response: { 200: MeSchema, ...problemResponses(400, 401) },
      },
    },
    (request) => withActor(request, (tx, ctx) => updateMe(tx, ctx, request.body)),
  );
};
