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

/** A line of an address: printed on letters and plans as typed, so nothing invisible in it either. */
const addressLine = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .refine((value) => !hasForbiddenNameCharacters(value), { message: 'validation.forbiddenCharacters' });

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
  street: addressLine(200).nullable().describe('Street of the address in Belgium.'),
  houseNumber: addressLine(20).nullable().describe('House number, with its letter if any (12A).'),
  box: addressLine(20).nullable().describe('Box (bus, boîte).'),
  postcode: z
    .string()
    .trim()
    .regex(/^[1-9][0-9]{3}$/, { message: 'validation.postcodeFormat' })
    .nullable()
    .describe(
      'Belgian postcode, 4 digits; it must exist. Sent without `municipality`, the municipality is filled in when the postcode serves only one (in the person’s language).',
    ),
  municipality: addressLine(100)
    .nullable()
    .describe(
      'Municipality, or the locality of the postcode (5100 Jambes), in French, Dutch or German: checked against the postcode, accents and case aside.',
    ),
};

/** The fields of a person a user edits, in form order. */
export const PERSON_FIELDS = Object.keys(personFields) as Array<keyof typeof personFields>;

/** The warnings a worker may confirm (docs/architecture.md, "Warnings a worker confirms"). */
export const WARNING_CODES = ['sexParity', 'possibleDuplicate'] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

const confirmWarnings = z
  .array(z.enum(WARNING_CODES))
  .max(WARNING_CODES.length)
  .optional()
  .describe(
    'The warnings you have shown and the worker has confirmed: the change is saved despite them, and the confirmation is audited. Without it a warning answers 409 `confirm-warnings` and nothing is saved.',
  );

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
    confirmWarnings,
  })
  .partial({
    nationalNumber: true,
    email: true,
    phone: true,
    street: true,
    houseNumber: true,
    box: true,
    postcode: true,
    municipality: true,
  })
  .strict()
  .meta({ id: 'CreatePersonRequest' });
export type CreatePersonInput = z.infer<typeof CreatePersonSchema>;

/** Only the fields that change, and the version they were read at. */
export const UpdatePersonSchema = z
  .object(personFields)
  .partial()
  .extend({
    version: z.number().int().min(1).describe('The version you read: a stale version gets 409.'),
    confirmWarnings,
  })
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
    street: z.string().nullable(),
    houseNumber: z.string().nullable(),
    box: z.string().nullable(),
    postcode: z.string().nullable(),
    municipality: z.string().nullable(),
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
      'The beginning of words of the name (accent- and case-insensitive, in any order: "dup ma" finds Marie Dupont), the beginning of a national number (with or without separators), or a birth date (18/10/1974, 18.10.1974, 18-10-1974 or 1974-10-18: the people born that day).',
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

/** One warning of a 409 `confirm-warnings` answer. */
export const PersonWarningSchema = z
  .object({
    code: z.enum(WARNING_CODES).describe('What to confirm, by sending it back in `confirmWarnings`.'),
    message: z.string().describe('The warning in the caller’s language.'),
    field: z.string().optional().describe('The field it is about, when one.'),
    duplicates: z
      .array(
        z.object({
          id: z.uuid(),
          firstName: z.string(),
          lastName: z.string(),
          birthDate: z.string().meta({ format: 'date' }),
        }),
      )
      .optional()
      .describe('possibleDuplicate: the people of your centre with the same name and birth date.'),
  })
  .meta({ id: 'PersonWarning' });

export const ConfirmWarningsProblemSchema = z
  .object({
    type: z.literal('/api/v1/problems/confirm-warnings'),
    title: z.string(),
    status: z.literal(409),
    detail: z.string(),
    instance: z.string().optional(),
    warnings: z.array(PersonWarningSchema),
  })
  .meta({
    id: 'ConfirmWarningsProblem',
    description:
      'Nothing was saved: the worker must see these warnings and confirm them (send their codes in `confirmWarnings`). Other 409s (a stale version, a national number already used) are plain problems.',
  });

export const PersonPageSchema = page(PersonSchema).meta({ id: 'PersonPage' });

export const PersonIdParams = z.object({ id: z.uuid() });
