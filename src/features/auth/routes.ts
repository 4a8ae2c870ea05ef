import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorContext, serviceContext } from '../../http/context.ts';
import { problemResponses } from '../../http/problem.ts';
import { LoginSchema, MeSchema, UpdateMeSchema } from './schemas.ts';
import { getMe, hashSessionId, login, logout, updateMe } from './service.ts';

export const SESSION_COOKIE = 'passerelle_session';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/session',
    {
      config: { access: 'public' },
      schema: {
        tags: ['session'],
        summary: 'Log in',
        description:
          'Checks the email and password and sets the session cookie (HttpOnly, SameSite=Lax). After 5 failed attempts for an account or an address within 15 minutes, answers 429 with Retry-After.',
        body: LoginSchema,
        response: { 200: MeSchema, ...problemResponses(400, 401, 403, 429) },
      },
    },
    async (request, reply) => {
      const previous = request.cookies[SESSION_COOKIE];
      const { sessionId, me } = await login(serviceContext(request), {
        ...request.body,
        previousSessionIdHash: previous ? hashSessionId(previous) : null,
        sessionDays: app.deps.config.sessionDays,
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
      await logout(actorContext(request));
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
    (request) => getMe(actorContext(request)),
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
    (request) => updateMe(actorContext(request), request.body),
  );
};
