import { z } from 'zod';
import { EVENT_TYPES } from '../events/schemas.ts';

/** The coarse kind of an entry, kept for clients written before `type` existed. */
export const TIMELINE_KINDS = [
  'registered',
  'person',
  'assessment',
  'measurement',
  'journal_entry',
  'trajectory',
] as const;

export const TimelineEventSchema = z
  .object({
    eventId: z.uuid().describe('The event: the same id in webhooks and on every redelivery.'),
    type: z
      .enum(EVENT_TYPES)
      .describe('What happened. New types are added as features arrive; show unknown ones generically.'),
    kind: z.enum(TIMELINE_KINDS),
    id: z.uuid().describe('The record the event is about.'),
    date: z.string().meta({ format: 'date' }).describe('The day it happened (YYYY-MM-DD).'),
    at: z.iso.datetime({ offset: true }).describe('When it was recorded.'),
    by: z.string().nullable().describe('Who recorded it.'),
    detail: z
      .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]))
      .describe('Ids and what changed (field names), never personal values.'),
    withdrawn: z
      .boolean()
      .describe('The record was since withdrawn as a mistake (a later `*.withdrawn` event names it).'),
  })
  .meta({ id: 'TimelineEvent' });
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

export const TimelineSchema = z.object({ items: z.array(TimelineEventSchema) }).meta({ id: 'Timeline' });
export const PersonParams = z.object({ id: z.uuid() });
