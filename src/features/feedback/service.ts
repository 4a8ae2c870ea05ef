/**
 * The person's anonymous feedback (docs/architecture.md "Feedback and studies"). A worker creates
 * a one-time link; the person answers through it with no sign-in; the link is deleted in the same
 * transaction as the answer is stored. Nothing kept ties an answer to the person or the worker:
 * the link holds no person, no worker and no creation time; the answer holds the centre, the year
 * and the language, the scores and the free text.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { TenantTx } from '../../db/tenancy.ts';
import {
  FEEDBACK_COMMENT_MAX,
  FEEDBACK_LINK_DAYS,
  FEEDBACK_QUESTIONS,
  FEEDBACK_SCALE,
  readFeedbackAnswer,
} from '../../domain/feedback.ts';
import type { Locale } from '../../i18n/catalogues.ts';
import { translate } from '../../i18n/translate.ts';
import { recordAudit } from '../audit/service.ts';
import type { CentreContext, ServiceContext } from '../context.ts';
import { invalidFields, Problem } from '../problem.ts';
import { deleteExpiredLinks, deleteLink, insertAnswer, insertLink } from './queries.ts';
import type { FeedbackAnswerInput } from './schemas.ts';

export function hashFeedbackSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

/**
 * A new one-time link in the person's language; links of the centre that expired unanswered are
 * removed in the same step. The audit row says a link was made, by whom, and nothing of it.
 */
export async function createFeedbackLink(
  tx: TenantTx,
  ctx: CentreContext,
  input: { language: Locale; origin: string },
) {
  const { centreId } = ctx.actor;
  const now = ctx.clock.now();
  await deleteExpiredLinks(tx, centreId, now);
  const secret = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + FEEDBACK_LINK_DAYS * 24 * 60 * 60 * 1000);
  await insertLink(tx, {
    secretHash: hashFeedbackSecret(secret),
    centreId,
    language: input.language,
    expiresAt,
  });
  await recordAudit(tx, ctx, { action: 'feedback.linkCreate' });
  return { url: `${input.origin}/feedback/${secret}`, expiresAt: expiresAt.toISOString() };
}

/** The questionnaire's texts in one language. */
export function feedbackForm(language: Locale, linkLanguage: Locale) {
  const t = (key: string, params?: Record<string, unknown>) => translate(language, key, params);
  return {
    language,
    linkLanguage,
    title: t('feedback.public.title'),
    intro: t('feedback.public.intro'),
    questions: FEEDBACK_QUESTIONS.map((key) => ({ key, text: t(`feedback.questions.${key}`) })),
    scale: FEEDBACK_SCALE.map((value) => ({ value, label: t(`feedback.scale.${value}`) })),
    comment: { label: t('feedback.public.comment'), maxLength: FEEDBACK_COMMENT_MAX },
  };
}

/** A person's request through a link: the centre and language `passerelle_enter_feedback` found. */
export type FeedbackContext = ServiceContext & { link: { centreId: string; language: Locale } };

/**
 * Stores the answer and deletes the link, one transaction: a second answer finds no link (404).
 * A bad answer stores nothing and keeps the link. No audit row and no event: both would carry the
 * time of the answer, which the answer itself does not keep.
 */
export async function answerFeedback(
  tx: TenantTx,
  ctx: FeedbackContext,
  input: FeedbackAnswerInput & { secretHash: string },
) {
  const read = readFeedbackAnswer({ scores: input.scores, comment: input.comment });
  if ('problems' in read) throw invalidFields(read.problems);
  const { centreId, language } = ctx.link;
  const used = await deleteLink(tx, centreId, input.secretHash, ctx.clock.now());
  if (!used) throw new Problem('not-found', 'errors.feedbackNotFound');
  const { scores, comment } = read.answer;
  await insertAnswer(tx, {
    centreId,
    year: Number(ctx.clock.today().slice(0, 4)),
    language,
    understandable: scores.understandable,
    heard: scores.heard,
    helpFits: scores.helpFits,
    comment,
  });
  return { received: true as const };
}
