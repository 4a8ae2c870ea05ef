import { z } from 'zod';

export const CalendarFeedSchema = z
  .object({
    active: z.boolean().describe('Whether the worker has a feed URL that works.'),
    createdAt: z.iso.datetime({ offset: true }).nullable(),
    path: z
      .string()
      .nullable()
      .describe(
        'The feed’s address on this server, given once: when the feed is created or renewed (only its hash is kept). Null otherwise.',
      ),
  })
  .meta({ id: 'CalendarFeed' });

/** `<secret>.ics`: 32 random bytes in base64url. */
export const CalendarFileParams = z.object({
  file: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}\.ics$/, { message: 'validation.calendarUnknown' })
    .describe('The secret of the feed, then `.ics`.'),
});
