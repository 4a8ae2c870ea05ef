/** The person's anonymous feedback: one shape for validation, types and the OpenAPI document. */
import { z } from 'zod';
import { FEEDBACK_COMMENT_MAX, FEEDBACK_QUESTIONS } from '../../domain/feedback.ts';
import { LOCALES } from '../../i18n/catalogues.ts';

export const FeedbackLinkCreate = z
  .object({
    language: z.enum(LOCALES).describe('The language the person reads the questions in (they may switch).'),
  })
  .strict()
  .meta({ id: 'FeedbackLinkCreate' });

export const FeedbackLinkSchema = z
  .object({
    url: z
      .string()
      .describe(
        'The one-time address of the questionnaire (`/feedback/<secret>` on this server). Shown once: only its hash is kept.',
      ),
    expiresAt: z.iso.datetime({ offset: true }).describe('After this instant the address answers 404.'),
  })
  .meta({ id: 'FeedbackLink' });

/** 32 random bytes in base64url. */
export const FeedbackSecretParams = z.object({
  secret: z
    .string()
    .regex(/^[A-Za-z0-9_-]{43}$/, { message: 'validation.feedbackUnknown' })
    .describe('The secret of the one-time link.'),
});

export const FeedbackFormQuery = z.object({
  language: z.enum(LOCALES).optional().describe('Another language than the link’s, chosen by the person.'),
});

export const FeedbackFormSchema = z
  .object({
    language: z.enum(LOCALES).describe('The language of the texts below.'),
    linkLanguage: z.enum(LOCALES).describe('The language the worker chose for the link.'),
    title: z.string(),
    intro: z.string(),
    questions: z.array(z.object({ key: z.enum(FEEDBACK_QUESTIONS), text: z.string() })),
    scale: z.array(z.object({ value: z.number().int(), label: z.string() })),
    comment: z.object({ label: z.string(), maxLength: z.number().int() }),
  })
  .meta({ id: 'FeedbackForm' });

const score = z
  .number()
  .int()
  .min(1)
  .max(4)
  .nullable()
  .optional()
  .describe('1 not at all, 2 a little, 3 mostly, 4 completely; null or absent: skipped.');

export const FeedbackAnswerBody = z
  .object({
    scores: z
      .object({ understandable: score, heard: score, helpFits: score })
      .strict()
      .describe(
        'understandable: how understandable my plan is; heard: I felt heard; helpFits: the help fits what I need.',
      ),
    comment: z.string().max(FEEDBACK_COMMENT_MAX).nullable().optional().describe('Free text, optional.'),
  })
  .strict()
  .meta({ id: 'FeedbackAnswer' });
export type FeedbackAnswerInput = z.infer<typeof FeedbackAnswerBody>;

export const FeedbackThanksSchema = z.object({ received: z.literal(true) }).meta({ id: 'FeedbackReceived' });
