/**
 * The person's anonymous feedback (issue 10): three questions on a four-point scale, each may be
 * skipped, and an optional free text. Pure: the API validates with these rules and the yearly
 * report counts with the same names.
 */

/** The questions, in the order they are asked and reported. */
export const FEEDBACK_QUESTIONS = ['understandable', 'heard', 'helpFits'] as const;
export type FeedbackQuestion = (typeof FEEDBACK_QUESTIONS)[number];

/** 1 not at all, 2 a little, 3 mostly, 4 completely. */
export const FEEDBACK_SCALE = [1, 2, 3, 4] as const;
export type FeedbackScore = (typeof FEEDBACK_SCALE)[number];

/** The longest free text kept (characters). */
export const FEEDBACK_COMMENT_MAX = 2000;

/** How long a one-time link may be used. */
export const FEEDBACK_LINK_DAYS = 30;

export interface FeedbackAnswer {
  scores: Record<FeedbackQuestion, FeedbackScore | null>;
  comment: string | null;
}

export interface FeedbackProblem {
  path: string;
  key: string;
}

export function isFeedbackScore(value: unknown): value is FeedbackScore {
  return typeof value === 'number' && (FEEDBACK_SCALE as readonly number[]).includes(value);
}

/**
 * Checks what a person sent: each score is 1..4 or absent/null (skipped), the comment a string of
 * at most 2,000 characters (blank counts as none). An answer with nothing in it is refused: it
 * would count as an answer and say nothing.
 */
export function readFeedbackAnswer(input: {
  scores?: Partial<Record<string, unknown>>;
  comment?: unknown;
}): { answer: FeedbackAnswer } | { problems: FeedbackProblem[] } {
  const problems: FeedbackProblem[] = [];
  const scores = {} as Record<FeedbackQuestion, FeedbackScore | null>;
  for (const q of FEEDBACK_QUESTIONS) {
    const value = input.scores?.[q];
    if (value === undefined || value === null) scores[q] = null;
    else if (isFeedbackScore(value)) scores[q] = value;
    else {
      problems.push({ path: `scores.${q}`, key: 'validation.feedbackScore' });
      scores[q] = null;
    }
  }
  let comment: string | null = null;
  if (input.comment !== undefined && input.comment !== null) {
    if (typeof input.comment !== 'string')
      problems.push({ path: 'comment', key: 'validation.feedbackComment' });
    else if ([...input.comment].length > FEEDBACK_COMMENT_MAX)
      problems.push({ path: 'comment', key: 'validation.feedbackComment' });
    else comment = input.comment.trim() === '' ? null : input.comment.trim();
  }
  if (problems.length > 0) return { problems };
  if (comment === null && FEEDBACK_QUESTIONS.every((q) => scores[q] === null))
    return { problems: [{ path: 'scores', key: 'validation.feedbackEmpty' }] };
  return { answer: { scores, comment } };
}

/** The report cell names: `feedback.answers`, `feedback.<q>.<s>`, `feedback.<q>.answered`. */
export const feedbackCell = {
  answers: 'feedback.answers',
  score: (q: FeedbackQuestion, s: FeedbackScore) => `feedback.${q}.${s}`,
  answered: (q: FeedbackQuestion) => `feedback.${q}.answered`,
} as const;

export interface ReportCell {
  cell: string;
  count: number;
  amount: number;
}

/**
 * The yearly report's cells from the answers' scores: the number of answers; per question and
 * score the count; per question the number that scored it (amount: the sum of scores, so the mean
 * is amount / count). Cells with a count of 0 are left out; the free text never counts.
 */
export function feedbackReportCells(
  answers: ReadonlyArray<Record<FeedbackQuestion, number | null>>,
): ReportCell[] {
  const cells: ReportCell[] = [];
  if (answers.length > 0) cells.push({ cell: feedbackCell.answers, count: answers.length, amount: 0 });
  for (const q of FEEDBACK_QUESTIONS) {
    const scored = answers.map((a) => a[q]).filter(isFeedbackScore);
    for (const s of FEEDBACK_SCALE) {
      const count = scored.filter((v) => v === s).length;
      if (count > 0) cells.push({ cell: feedbackCell.score(q, s), count, amount: 0 });
    }
    if (scored.length > 0)
      cells.push({
        cell: feedbackCell.answered(q),
        count: scored.length,
        amount: scored.reduce((sum, v) => sum + v, 0),
      });
  }
  return cells;
}
