/**
 * The measurement form's values and their checks: the shared request schema, then the scores
 * against the instrument's own scales (scoreProblems), as the server checks them.
 */

import { isFutureDate } from '../../../../src/domain/dates.ts';
import { type InstrumentDefinition, scoreProblems } from '../../../../src/domain/instruments.ts';
import {
  type CreateMeasurementInput,
  CreateMeasurementSchema,
  type MEASUREMENT_CONTEXTS,
} from '../../../../src/features/measurements/schemas.ts';
import { issueMessage, issuePath, type MessageRef } from '../../../../src/i18n/issues.ts';
import type { FormCheck } from '../../components/forms.tsx';
import type { Instrument } from '../instruments/api.ts';
import type { Measurement } from './api.ts';

export type MeasurementContext = (typeof MEASUREMENT_CONTEXTS)[number];

/** Text as the inputs hold it: '' for "no score" or "not asked". */
export interface ScoreValues {
  workerScore: string;
  personScore: string;
  note: string;
}

export interface MeasurementFormValues {
  instrumentKey: string;
  measuredOn: string;
  context: MeasurementContext;
  scores: Record<string, ScoreValues>;
}

export function emptyScores(instrument: Instrument | undefined): Record<string, ScoreValues> {
  return Object.fromEntries(
    (instrument?.domains ?? []).map((d) => [d.key, { workerScore: '', personScore: '', note: '' }]),
  );
}

const isTouched = (score: ScoreValues) =>
  score.workerScore !== '' || score.personScore !== '' || score.note.trim() !== '';

/** Only the domains given a score (or a note): a worker may measure some domains and not others. */
export function toBody(values: MeasurementFormValues, instrument: Instrument): CreateMeasurementInput {
  return {
    instrumentKey: values.instrumentKey,
    instrumentVersion: instrument.version,
    measuredOn: values.measuredOn,
    context: values.context,
    scores: instrument.domains
      .filter((d) => values.scores[d.key] && isTouched(values.scores[d.key] as ScoreValues))
      .map((d) => {
        const score = values.scores[d.key] as ScoreValues;
        return {
          domain: d.key,
          // Either side may be missing, not both: the schema says so at the worker's score.
          workerScore: score.workerScore === '' ? null : Number(score.workerScore),
          personScore: score.personScore === '' ? null : Number(score.personScore),
          ...(score.note.trim() ? { note: score.note } : {}),
        };
      }),
  };
}

/** A saved measurement as the form holds it, to correct it. */
export function valuesOf(
  measurement: Measurement,
  instrument: Instrument | undefined,
): MeasurementFormValues {
  const scores = emptyScores(instrument);
  for (const score of measurement.scores) {
    scores[score.domain] = {
      workerScore: score.workerScore === null ? '' : String(score.workerScore),
      personScore: score.personScore === null ? '' : String(score.personScore),
      note: score.note ?? '',
    };
  }
  return {
    instrumentKey: measurement.instrumentKey,
    measuredOn: measurement.measuredOn,
    context: measurement.context,
    scores,
  };
}

/** The form field a request path names: "scores.2.workerScore" is the third domain sent. */
export function formPath(path: string, body: CreateMeasurementInput): string | null {
  const [head, index, field] = path.split('.');
  if (head === 'measuredOn' || head === 'context' || head === 'instrumentKey') return head;
  if (head === 'instrumentVersion') return 'instrumentKey';
  if (head !== 'scores') return null;
  const first = body.scores[0]?.domain;
  const score = index === undefined ? undefined : body.scores[Number(index)];
  if (!score) return first ? `scores.${first}.workerScore` : null;
  const known = field === 'personScore' || field === 'note';
  return `scores.${score.domain}.${known ? field : 'workerScore'}`;
}

type Check = FormCheck<CreateMeasurementInput>;

export function checkValues(
  values: MeasurementFormValues,
  instrument: Instrument | undefined,
  today: string,
): Check {
  if (!instrument) return { ok: false, errors: { instrumentKey: { key: 'validation.required' } } };
  const body = toBody(values, instrument);
  const errors: Record<string, MessageRef> = {};
  const add = (path: string | null, message: MessageRef) => {
    if (path && !errors[path]) errors[path] = message;
  };
  if (body.scores.length === 0) {
    const first = instrument.domains[0]?.key;
    add(`scores.${first}.workerScore`, { key: 'measurement.scoreAtLeastOne' });
  }
  const parsed = CreateMeasurementSchema.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) add(formPath(issuePath(issue), body), issueMessage(issue));
  }
  for (const problem of scoreProblems(instrument as InstrumentDefinition, body.scores)) {
    add(formPath(problem.path.join('.'), body), { key: problem.key, params: problem.params });
  }
  if (values.measuredOn === '') errors.measuredOn = { key: 'validation.required' };
  else if (!errors.measuredOn && isFutureDate(values.measuredOn, today))
    errors.measuredOn = { key: 'validation.dateInFuture' };
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: parsed.data };
}
