/**
 * The sanction forms' values and their checks: the server's own schemas, so the forms and the API
 * say the same thing. The law's rules that need the person's other sanctions (how long, after
 * which notice) are the server's: its refusal shows on the field it names.
 */
import { isFutureDate } from '../../../../src/domain/dates.ts';
import {
  type DecideSanctionInput,
  DecideSanctionSchema,
  type ProposeSanctionInput,
  ProposeSanctionSchema,
} from '../../../../src/features/sanctions/schemas.ts';
import { issueMessage, issuePath, type MessageRef } from '../../../../src/i18n/issues.ts';
import type { FormCheck } from '../../components/forms.tsx';

export interface ProposeValues {
  noticeOn: string;
  workerOpinion: string;
  workerOpinionOn: string;
  hearingOn: string;
  hearingAssisted: boolean;
  extent: 'total' | 'partial';
  /** As typed. */
  partialPercent: string;
  startOn: string;
  endOn: string;
  suspended: boolean;
}
export type ProposeField = keyof ProposeValues;

export function emptyProposal(): ProposeValues {
  return {
    noticeOn: '',
    workerOpinion: '',
    workerOpinionOn: '',
    hearingOn: '',
    hearingAssisted: false,
    extent: 'total',
    partialPercent: '',
    startOn: '',
    endOn: '',
    suspended: false,
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value);

function zodErrors<F extends string>(
  issues: readonly Parameters<typeof issueMessage>[0][],
  known: object,
  errors: Partial<Record<F, MessageRef>>,
) {
  for (const issue of issues) {
    const path = issuePath(issue) as F;
    if (path in known && !errors[path]) errors[path] = issueMessage(issue);
  }
}

export function checkProposal(values: ProposeValues): FormCheck<ProposeSanctionInput, ProposeField> {
  const errors: Partial<Record<ProposeField, MessageRef>> = {};
  const percent = values.partialPercent.trim();
  if (values.extent === 'partial' && percent !== '' && !/^\d+$/.test(percent)) {
    errors.partialPercent = { key: 'validation.wholeNumber' };
  }
  // The law's own words for what it requires before any sanction.
  if (values.noticeOn === '') errors.noticeOn = { key: 'validation.sanctionNeedsNotice' };
  if (values.workerOpinionOn === '') errors.workerOpinionOn = { key: 'validation.sanctionNeedsOpinion' };
  if (values.startOn === '') errors.startOn = { key: 'validation.required' };
  if (values.endOn === '') errors.endOn = { key: 'validation.required' };
  const parsed = ProposeSanctionSchema.safeParse({
    noticeOn: orNull(values.noticeOn),
    workerOpinion: orNull(values.workerOpinion),
    workerOpinionOn: orNull(values.workerOpinionOn),
    hearingOn: orNull(values.hearingOn),
    hearingAssisted: values.hearingOn ? values.hearingAssisted : null,
    extent: values.extent,
    partialPercent: values.extent === 'partial' && percent !== '' ? Number(percent) : null,
    startOn: values.startOn,
    endOn: values.endOn,
    suspended: values.suspended,
  });
  if (!parsed.success) zodErrors(parsed.error.issues, values, errors);
  if (!errors.endOn && !errors.startOn && values.endOn < values.startOn) {
    errors.endOn = { key: 'validation.endBeforeStart' };
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: parsed.data };
}

export interface DecideValues {
  decisionOn: string;
  notifiedOn: string;
}

export function checkDecision(
  values: DecideValues,
  version: number,
  today: string,
): FormCheck<DecideSanctionInput, keyof DecideValues> {
  const errors: Partial<Record<keyof DecideValues, MessageRef>> = {};
  const parsed = DecideSanctionSchema.safeParse({
    version,
    decisionOn: values.decisionOn,
    notifiedOn: orNull(values.notifiedOn),
  });
  if (!parsed.success) zodErrors(parsed.error.issues, values, errors);
  if (values.decisionOn === '') errors.decisionOn = { key: 'validation.required' };
  for (const field of ['decisionOn', 'notifiedOn'] as const) {
    if (!errors[field] && values[field] && isFutureDate(values[field], today)) {
      errors[field] = { key: 'validation.dateInFuture' };
    }
  }
  if (!errors.notifiedOn && values.notifiedOn && values.notifiedOn < values.decisionOn) {
    errors.notifiedOn = { key: 'validation.notificationBeforeDecision' };
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: parsed.data };
}
