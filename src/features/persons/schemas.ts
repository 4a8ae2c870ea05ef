import { z } from 'zod';
import { isIsoDate } from '../../domain/dates.ts';
import { nationalNumberProblem, SEXES } from '../../domain/person.ts';
import { hasForbiddenNameCharacters } from '../../domain/text.ts';
import { LOCALES } from '../../i18n/catalogues.ts';
import { cursorQuery, page } from '../lists.ts';

/** A person's first or last name: shown, printed and searched as stored, so nothing invisible in it. */
const name = z
  .string()
  .trim()
  .min(1)
  .max(100)
  .refine((value) => !hasForbiddenNameCharacters(value), { message: 'validation.forbiddenCharacters' });
const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'validation.invalidDate' })
  .meta({ format: 'date', example: '1985-07-30' });

/**
 * Accepts the printed form (85.07.30-033.28) or bare digits; the service stores 11 digits.
 * The check runs here so a form and the API say the same thing.
 */
const nationalNumber = z
  .string()
  .max(20)
  .superRefine((value, ctx) => {
    const problem = nationalNumberProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .describe('National number (NISS) or BIS number: 11 digits, with or without dots and dashes.');

const personFields = {
  firstName: name,
  lastName: name,
  birthDate: isoDate.describe('YYYY-MM-DD, not in the future.'),
  sex: z.enum(SEXES).describe('As recorded: F, M, or X for unknown or other.'),
  language: z.enum(LOCALES).describe('The person’s language: their documents are printed in it.'),
  nationalNumber: nationalNumber.nullable(),
  email: z.email().max(254).nullable(),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[+0-9 ()./-]*$/, { message: 'validation.invalidFormat' })
    .nullable(),
};

/** The fields of a person a user edits, in form order. */
export const PERSON_FIELDS = Object.keys(personFields) as Array<keyof typeof personFields>;

const responsibleUserId = z
  .uuid()
  .nullable()
  .describe('The worker or lead of your centre who follows the person; null: nobody yet.');

export const CreatePersonSchema = z
  .object(personFields)
  .extend({
    responsibleUserId: responsibleUserId
      .optional()
      .describe('Who follows the person: by default whoever registers them, when a worker or a lead.'),
  })
  .partial({ nationalNumber: true, email: true, phone: true })
  .strict()
  .meta({ id: 'CreatePersonRequest' });
export type CreatePersonInput = z.infer<typeof CreatePersonSchema>;

/** Only the fields that change, and the version they were read at. */
export const UpdatePersonSchema = z
  .object(personFields)
  .partial()
  .extend({ version: z.number().int().min(1).describe('The version you read: a stale version gets 409.') })
  .strict()
  .meta({ id: 'UpdatePersonRequest' });
export type UpdatePersonInput = z.infer<typeof UpdatePersonSchema>;

export const PersonSchema = z
  .object({
    id: z.uuid(),
    firstName: z.string(),
    lastName: z.string(),
    birthDate: z.string().meta({ format: 'date' }),
    sex: z.enum(SEXES),
    language: z.enum(LOCALES),
    nationalNumber: z.string().nullable().describe('11 digits, or null when unknown.'),
    email: z.string().nullable(),
    phone: z.string().nullable(),
    responsibleUserId,
    version: z.number().int(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof PersonSchema>;

export const PersonListQuerySchema = cursorQuery.extend({
  responsible: z
    .union([z.literal('me'), z.literal('none'), z.uuid()])
    .optional()
    .describe('Only the people followed by you (me), by this worker (an id), or by nobody (none).'),
  q: z
    .string()
    .max(100)
    .optional()
    .describe(
      'The beginning of words of the name (accent- and case-insensitive, in any order: "dup ma" finds Marie Dupont) or of a national number (with or without separators).',
    ),
});

export const ReassignSchema = z
  .object({
    toUserId: z.uuid().describe('The worker or lead who will follow the files.'),
    personIds: z.array(z.uuid()).min(1).max(500).optional().describe('These files…'),
    fromUserId: z.uuid().optional().describe('…or every file this worker follows (a worker who leaves).'),
  })
  .strict()
  .refine((r) => (r.personIds === undefined) !== (r.fromUserId === undefined), {
    message: 'validation.personsOrWorker',
    path: ['personIds'],
  })
  .meta({ id: 'ReassignRequest' });
export type ReassignInput = z.infer<typeof ReassignSchema>;

export const ReassignResultSchema = z
  .object({
    reassigned: z
      .number()
      .int()
      .describe('Files that changed hands (those already followed by toUserId are left as they are).'),
  })
  .meta({ id: 'ReassignResult' });

export const PersonPageSchema = page(PersonSchema).meta({ id: 'PersonPage' });

export const PersonIdParams = z.object({ id: z.uuid() });
