/** Study questionnaires: one shape for validation, types and the OpenAPI document. */
import { z } from 'zod';
import { isIsoDate } from '../../domain/dates.ts';
import { STUDY_QUESTION_KINDS, STUDY_STATES, STUDY_TEXT_MAX } from '../../domain/studies.ts';

const day = z.string().refine(isIsoDate, { message: 'validation.invalidDate' }).meta({ format: 'date' });
const id = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,40}$/, { message: 'validation.studyId' })
  .describe('Letters, digits, _ or -: stable within the questionnaire.');

export const LocalisedTextSchema = z
  .object({
    fr: z.string().max(500).optional(),
    nl: z.string().max(500).optional(),
    de: z.string().max(500).optional(),
    en: z.string().max(500).optional(),
  })
  .strict()
  .describe(
    'The text per language; at least one. A reader sees their language, else the first written of fr, nl, de, en.',
  )
  .meta({ id: 'LocalisedText' });

export const StudyQuestionSchema = z
  .object({
    id,
    kind: z
      .enum(STUDY_QUESTION_KINDS)
      .describe('scale1to5: 1 (lowest) to 5 (highest); choice: one of `options`; text: free text.'),
    text: LocalisedTextSchema,
    options: z
      .array(z.object({ id, text: LocalisedTextSchema }).strict())
      .max(20)
      .optional(),
  })
  .strict()
  .meta({ id: 'StudyQuestion' });

const studyFields = {
  title: LocalisedTextSchema,
  questions: z.array(StudyQuestionSchema).max(50),
  targetAll: z
    .boolean()
    .describe('Federal studies: every centre. A centre’s study is always for its own staff only.'),
  targetCentreIds: z
    .array(z.uuid())
    .max(1000)
    .describe('Federal studies not for every centre: the centres addressed.'),
  opensOn: day.describe('First day answers are taken.'),
  closesOn: day.describe('Last day answers are taken.'),
};

export const StudyCreate = z
  .object({
    ...studyFields,
    targetAll: studyFields.targetAll.default(false),
    targetCentreIds: studyFields.targetCentreIds.default([]),
  })
  .strict()
  .refine((s) => s.opensOn <= s.closesOn, { path: ['closesOn'], message: 'validation.endBeforeStart' })
  .meta({ id: 'StudyCreate' });
export type StudyCreateInput = z.infer<typeof StudyCreate>;

export const StudyPatch = z
  .object({
    version: z.number().int().min(1).describe('The version you read: a stale version gets 409.'),
    title: studyFields.title.optional(),
    questions: studyFields.questions.optional(),
    targetAll: studyFields.targetAll.optional(),
    targetCentreIds: studyFields.targetCentreIds.optional(),
    opensOn: studyFields.opensOn.optional(),
    closesOn: studyFields.closesOn.optional(),
  })
  .strict()
  .meta({ id: 'StudyPatch' });
export type StudyPatchInput = z.infer<typeof StudyPatch>;

export const StudyVersionBody = z
  .object({ version: z.number().int().min(1).describe('The version you read: a stale version gets 409.') })
  .strict()
  .meta({ id: 'StudyStep' });

export const StudySchema = z
  .object({
    id: z.uuid(),
    owner: z.enum(['federal', 'centre']),
    title: LocalisedTextSchema,
    questions: z.array(StudyQuestionSchema),
    targetAll: z.boolean(),
    targetCentreIds: z.array(z.uuid()),
    opensOn: day,
    closesOn: day,
    state: z.enum(STUDY_STATES),
    version: z.number().int(),
    open: z.boolean().describe('Published and today within its dates: it takes answers.'),
    answered: z.boolean().describe('Whether the caller has answered it (always false for managers).'),
    canManage: z.boolean().describe('Whether the caller may change, publish, close it and read its results.'),
  })
  .meta({ id: 'Study' });

export const StudyListSchema = z.object({ items: z.array(StudySchema) }).meta({ id: 'StudyList' });

export const StudyParams = z.object({ id: z.uuid() });

export const StudyAnswerBody = z
  .object({
    answers: z
      .record(z.string(), z.union([z.number(), z.string().max(STUDY_TEXT_MAX), z.null()]))
      .describe('Per question id: a scale value 1–5, an option id, or a text; null or absent: skipped.'),
  })
  .strict()
  .meta({ id: 'StudyAnswer' });

export const StudyResultsQuery = z.object({ format: z.enum(['json', 'xlsx']).default('json') });

const shown = z
  .union([z.number().int(), z.string()])
  .describe('A count, or "<5" for 1 to 4 (or "hidden" so that a small count cannot be worked out).');

export const StudyResultsSchema = z
  .object({
    studyId: z.uuid(),
    answers: z.number().int().describe('How many answered (5 or more, else 409).'),
    questions: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(STUDY_QUESTION_KINDS),
        text: z.string(),
        answered: shown,
        counts: z.array(z.object({ value: z.string(), label: z.string(), count: shown })),
        mean: z.number().nullable().describe('Scale questions answered by 5 or more: the mean, 2 decimals.'),
      }),
    ),
    centres: z
      .array(z.object({ centreId: z.uuid(), name: z.string(), answers: shown }))
      .describe('Answers per centre (federal studies).'),
  })
  .meta({ id: 'StudyResults' });
