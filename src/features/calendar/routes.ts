import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { inCalendarFeed } from '../../db/tenancy.ts';
import { withCentre } from '../../http/context.ts';
import { toActor } from '../auth/service.ts';
import type { CentreContext } from '../context.ts';
import { Problem, problemResponses } from '../problem.ts';
import { CalendarFeedSchema, CalendarFileParams } from './schemas.ts';
import {
  calendarDocument,
  calendarFeedStatus,
  hashFeedSecret,
  renewCalendarFeed,
  revokeCalendarFeed,
} from './service.ts';

export const calendarRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/me/calendar',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['today'],
        summary: 'Whether the caller has a calendar feed',
        description: 'The address itself is shown only when the feed is created or renewed.',
        response: { 200: CalendarFeedSchema, ...problemResponses(401, 403) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => calendarFeedStatus(tx, ctx)),
  );

  app.post(
    '/me/calendar',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['today'],
        summary: 'Create or renew the caller’s calendar feed',
        description:
          'A new secret address (`path`) for a calendar application to subscribe to: the caller’s evaluations, interviews and other dated work as all-day events. An earlier address stops working. Keep it secret: whoever has it reads the dates and first names.',
        response: { 200: CalendarFeedSchema, ...problemResponses(401, 403) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => renewCalendarFeed(tx, ctx)),
  );

  app.delete(
    '/me/calendar',
    {
      config: { access: 'person.read' },
      schema: {
        tags: ['today'],
        summary: 'Revoke the caller’s calendar feed',
        description: 'Its address answers 404 from now on.',
        response: { 200: CalendarFeedSchema, ...problemResponses(401, 403) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => revokeCalendarFeed(tx, ctx)),
  );

  app.get(
    '/calendar/:file',
    {
      config: { access: 'public' },
      schema: {
        tags: ['today'],
        summary: 'A worker’s calendar feed (iCalendar)',
        description:
          'For calendar applications, with no sign-in: the secret in the address is the key. `text/calendar` (RFC 5545), all-day events from 60 days back to a year ahead; 404 for an unknown or revoked address.',
        params: CalendarFileParams,
        produces: ['text/calendar'],
        response: { 200: z.string().describe('An iCalendar document.'), ...problemResponses(400, 404) },
      },
    },
    async (request, reply) => {
      const secret = request.params.file.slice(0, -'.ics'.length);
      const { database, clock } = app.deps;
      const origin = `${request.protocol}://${request.host}`;
      const body = await inCalendarFeed(database, hashFeedSecret(secret), async (tx, account) => {
        if (!account?.centreId) throw new Problem('not-found', 'errors.calendarNotFound');
        const ctx: CentreContext = {
          clock,
          actor: { ...toActor(account, null), centreId: account.centreId },
          requestId: request.id,
          address: request.clientAddress,
        };
        return calendarDocument(tx, ctx, origin);
      });
      // A Buffer goes out as it is (Fastify serialises a string by the response schema).
      return reply
        .type('text/calendar; charset=utf-8')
        .header('cache-control', 'private, max-age=300')
        .send(Buffer.from(body, 'utf8') as unknown as string);
    },
  );
};
