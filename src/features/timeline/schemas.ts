import { z } from 'zod';

/** Later issues add plans, evaluations and sanctions to the kinds. */
export const TIMELINE_KINDS = ['registered', 'assessment', 'measurement'] as const;

export const TimelineEventSchema = z
  .object({
    kind: z.enum(TIMELINE_KINDS),
    id: z.uuid().describe('The record the event is about.'),
    date: z.string().meta({ format: 'date' }).describe('The day it happened (YYYY-MM-DD).'),
    at: z.iso.datetime({ offset: true }).describe('When it was recorded.'),
    by: z.string().nullable().describe('Who recorded it.'),
    detail: z.record(z.string(), z.union([z.string(), z.number()])),
  })
  .meta({ id: 'TimelineEvent' });
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

export const TimelineSchema = z.object({ items: z.array(TimelineEventSchema) }).meta({ id: 'Timeline' });
export const PersonParams = z.object({ id: z.uuid() });
