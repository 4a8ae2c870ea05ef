import { z } from 'zod';
import { isIsoDate } from '../../domain/dates.ts';
import { cursorQuery, page } from '../lists.ts';

/** How the worker was in touch with the person (or about them). */
export const JOURNAL_KINDS = [
  'interview',
  'home_visit',
  'phone',
  'written',
  'partner_meeting',
  'other',
] as const;
export type JournalKind = (typeof JOURNAL_KINDS)[number];

const isoDate = z.string().refine(isIsoDate, { message: 'validation.invalidDate' }).meta({ format: 'date' });
const kind = z
  .enum(JOURNAL_KINDS)
  .describe(
    'interview (at the centre), home_visit, phone, written (e-mail or letter), partner_meeting (with a partner about the person), other.',
  );
const entryText = z.string().trim().min(1, { message: 'validation.required' }).max(20000);
const duration = z.number().int().min(1).max(1440).describe('Minutes, when the worker notes it.');

export const CreateJournalEntrySchema = z
  .object({
    kind,
    occurredOn: isoDate.describe('The day of the contact (YYYY-MM-DD), not in the future.'),
    text: entryText,
    durationMinutes: duration.nullable().optional(),
  })
  .strict()
  .meta({ id: 'CreateJournalEntryRequest' });
export type CreateJournalEntryInput = z.infer<typeof CreateJournalEntrySchema>;

export const CorrectJournalEntrySchema = z
  .object({
    kind: kind.optional(),
    occurredOn: isoDate.optional(),
    text: entryText.optional(),
    durationMinutes: duration.nullable().optional(),
    version: z.number().int().min(1).describe('The version you read: a stale version gets 409.'),
  })
  .strict()
  .meta({ id: 'CorrectJournalEntryRequest' });
export type CorrectJournalEntryInput = z.infer<typeof CorrectJournalEntrySchema>;

const entryState = {
  kind: z.enum(JOURNAL_KINDS),
  occurredOn: z.string().meta({ format: 'date' }),
  text: z.string(),
  durationMinutes: z.number().int().nullable(),
};

export const JournalEntrySchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    ...entryState,
    authorId: z.uuid(),
    authorName: z.string().describe('Who wrote it: only they may correct it.'),
    version: z.number().int().describe('1 for an entry never corrected.'),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    earlierVersions: z
      .array(
        z.object({
          version: z.number().int(),
          ...entryState,
          savedAt: z.iso.datetime({ offset: true }).describe('When this state was written.'),
        }),
      )
      .optional()
      .describe(
        'What the entry said before each correction, oldest first: only for team leads and administrators, on GET /journal/{id}.',
      ),
  })
  .meta({ id: 'JournalEntry' });
export type JournalEntry = z.infer<typeof JournalEntrySchema>;

export const JournalPageSchema = page(JournalEntrySchema).meta({ id: 'JournalEntryPage' });

export const JournalQuery = cursorQuery.extend({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Words that must all appear in the text (accents and case ignored).'),
  kind: z.enum(JOURNAL_KINDS).optional(),
});
export type JournalQueryInput = z.infer<typeof JournalQuery>;

export const PersonParams = z.object({ id: z.uuid() });
export const JournalEntryParams = z.object({ id: z.uuid() });
