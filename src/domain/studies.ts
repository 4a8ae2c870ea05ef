/**
 * Anonymous study questionnaires to the staff of centres (issue 10): the questions' kinds, the
 * check of one answer against its questionnaire, when a study may be answered and the
 * aggregates of its answers. Pure: the API checks and counts with these.
 */

export const STUDY_QUESTION_KINDS = ['scale1to5', 'choice', 'text'] as const;
export type StudyQuestionKind = (typeof STUDY_QUESTION_KINDS)[number];
export const STUDY_STATES = ['draft', 'published', 'closed'] as const;
export type StudyState = (typeof STUDY_STATES)[number];
export const STUDY_SCALE = [1, 2, 3, 4, 5] as const;
/** No result is shown before this many answers; smaller counts in the results are shown as "<5". */
export const STUDY_MIN_ANSWERS = 5;
export const STUDY_TEXT_MAX = 2000;

export type StudyLanguage = 'fr' | 'nl' | 'de' | 'en';
export type LocalisedText = Partial<Record<StudyLanguage, string>>;
const LANGUAGE_ORDER: readonly StudyLanguage[] = ['fr', 'nl', 'de', 'en'];

export interface StudyQuestion {
  id: string;
  kind: StudyQuestionKind;
  text: LocalisedText;
  /** For `choice` only. */
  options?: Array<{ id: string; text: LocalisedText }>;
}

export type StudyAnswerValue = number | string | null;
export type StudyAnswers = Record<string, StudyAnswerValue>;

/** The text in the reader's language, else the first of fr, nl, de, en that the author wrote. */
export function localised(text: LocalisedText, language: StudyLanguage): string {
  const own = text[language]?.trim();
  if (own) return own;
  for (const l of LANGUAGE_ORDER) {
    const other = text[l]?.trim();
    if (other) return other;
  }
  return '';
}

export interface StudyProblem {
  path: string;
  key: string;
}

/**
 * Problems of a questionnaire as written: at least one question; ids unique; a choice has at least
 * two options with unique ids; every text has at least one language; only a choice has options.
 */
export function questionnaireProblems(
  title: LocalisedText,
  questions: readonly StudyQuestion[],
): StudyProblem[] {
  const problems: StudyProblem[] = [];
  const hasText = (t: LocalisedText) => LANGUAGE_ORDER.some((l) => (t[l]?.trim() ?? '') !== '');
  if (!hasText(title)) problems.push({ path: 'title', key: 'validation.studyTextMissing' });
  if (questions.length === 0) problems.push({ path: 'questions', key: 'validation.studyNoQuestion' });
  const seen = new Set<string>();
  questions.forEach((q, i) => {
    if (seen.has(q.id)) problems.push({ path: `questions.${i}.id`, key: 'validation.studyDuplicateId' });
    seen.add(q.id);
    if (!hasText(q.text)) problems.push({ path: `questions.${i}.text`, key: 'validation.studyTextMissing' });
    if (q.kind === 'choice') {
      const options = q.options ?? [];
      if (options.length < 2)
        problems.push({ path: `questions.${i}.options`, key: 'validation.studyOptions' });
      const ids = new Set<string>();
      options.forEach((o, j) => {
        if (ids.has(o.id))
          problems.push({ path: `questions.${i}.options.${j}.id`, key: 'validation.studyDuplicateId' });
        ids.add(o.id);
        if (!hasText(o.text))
          problems.push({ path: `questions.${i}.options.${j}.text`, key: 'validation.studyTextMissing' });
      });
    } else if (q.options && q.options.length > 0) {
      problems.push({ path: `questions.${i}.options`, key: 'validation.studyOptions' });
    }
  });
  return problems;
}

/**
 * Checks one respondent's answers: a scale answer is 1..5, a choice one of its option ids, a text
 * at most 2,000 characters; any question may be skipped (absent or null; blank text is skipped);
 * an answer to no question of the study is refused, and so is an answer that skips everything.
 * Returns the answers to keep, one entry per question (null when skipped).
 */
export function readStudyAnswers(
  questions: readonly StudyQuestion[],
  input: Record<string, unknown>,
): { answers: StudyAnswers } | { problems: StudyProblem[] } {
  const problems: StudyProblem[] = [];
  const known = new Set(questions.map((q) => q.id));
  for (const key of Object.keys(input)) {
    if (!known.has(key)) problems.push({ path: `answers.${key}`, key: 'validation.studyUnknownQuestion' });
  }
  const answers: StudyAnswers = {};
  for (const q of questions) {
    const value = input[q.id];
    const path = `answers.${q.id}`;
    answers[q.id] = null;
    if (value === undefined || value === null) continue;
    if (q.kind === 'scale1to5') {
      if (typeof value === 'number' && (STUDY_SCALE as readonly number[]).includes(value))
        answers[q.id] = value;
      else problems.push({ path, key: 'validation.studyScale' });
    } else if (q.kind === 'choice') {
      if (typeof value === 'string' && (q.options ?? []).some((o) => o.id === value)) answers[q.id] = value;
      else problems.push({ path, key: 'validation.studyChoice' });
    } else if (typeof value !== 'string' || [...value].length > STUDY_TEXT_MAX) {
      problems.push({ path, key: 'validation.studyText' });
    } else if (value.trim() !== '') answers[q.id] = value.trim();
  }
  if (problems.length > 0) return { problems };
  if (Object.values(answers).every((v) => v === null))
    return { problems: [{ path: 'answers', key: 'validation.studyEmpty' }] };
  return { answers };
}

/** Whether a study takes answers on a day: published, and the day within its dates (included). */
export function isStudyOpen(study: { state: StudyState; opensOn: string; closesOn: string }, today: string) {
  return study.state === 'published' && study.opensOn <= today && today <= study.closesOn;
}

export interface QuestionTally {
  id: string;
  kind: StudyQuestionKind;
  /** Per scale value (1..5) or per option id, in the questionnaire's order; none for a text. */
  counts: Array<{ value: string; count: number }>;
  /** Respondents who answered this question. */
  answered: number;
  /** Sum of the scale values answered (scale only), for the mean. */
  sum: number;
}

/** Counts the answers per question: per scale value or option, how many answered, and the scale sum. */
export function tallyStudy(
  questions: readonly StudyQuestion[],
  rows: readonly StudyAnswers[],
): QuestionTally[] {
  return questions.map((q) => {
    const values = rows.map((r) => r[q.id]).filter((v) => v !== null && v !== undefined);
    const keys =
      q.kind === 'scale1to5'
        ? STUDY_SCALE.map(String)
        : q.kind === 'choice'
          ? (q.options ?? []).map((o) => o.id)
          : [];
    const counts = keys.map((value) => ({ value, count: values.filter((v) => String(v) === value).length }));
    const sum = q.kind === 'scale1to5' ? values.reduce<number>((s, v) => s + Number(v), 0) : 0;
    return { id: q.id, kind: q.kind, counts, answered: values.length, sum };
  });
}
