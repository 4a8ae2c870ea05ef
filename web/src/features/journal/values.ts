/**
 * The journal form's values and their check: the server's own schema, so the form and the API
 * agree on every message.
 */
import { isFutureDate } from '../../../../src/domain/dates.ts';
import {
  type CreateJournalEntryInput,
  CreateJournalEntrySchema,
  JOURNAL_KINDS,
  type JournalKind,
} from '../../../../src/features/journal/schemas.ts';
import { issueMessage, issuePath, type MessageRef } from '../../../../src/i18n/issues.ts';
import type { FormCheck } from '../../components/forms.tsx';
import type { JournalEntry } from './api.ts';

export interface JournalFormValues {
  kind: JournalKind;
  occurredOn: string;
  text: string;
  /** As typed: empty when the worker notes no duration. */
  durationMinutes: string;
}

export function emptyValues(today: string): JournalFormValues {
  return { kind: 'interview', occurredOn: today, text: '', durationMinutes: '' };
}

export function valuesOf(entry: JournalEntry): JournalFormValues {
  return {
    kind: entry.kind,
    occurredOn: entry.occurredOn,
    text: entry.text,
    durationMinutes: entry.durationMinutes === null ? '' : String(entry.durationMinutes),
  };
}

/** A stored draft may come from an older form: only what this form knows is taken from it. */
export function mergeValues(base: JournalFormValues, stored: unknown): JournalFormValues {
  if (!stored || typeof stored !== 'object') return base;
  const source = stored as Partial<Record<keyof JournalFormValues, unknown>>;
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
  const kind = (JOURNAL_KINDS as readonly unknown[]).includes(source.kind)
    ? (source.kind as JournalKind)
    : base.kind;
  return {
    kind,
    occurredOn: text(source.occurredOn, base.occurredOn),
    text: text(source.text, base.text),
    durationMinutes: text(source.durationMinutes, base.durationMinutes),
  };
}

export function toBody(values: JournalFormValues): CreateJournalEntryInput {
  const duration = values.durationMinutes.trim();
  return {
    kind: values.kind,
    occurredOn: values.occurredOn,
    text: values.text,
    durationMinutes: duration === '' ? null : Number(duration),
  };
}

export function checkValues(
  values: JournalFormValues,
  today: string,
): FormCheck<CreateJournalEntryInput, keyof JournalFormValues> {
  const body = toBody(values);
  const errors: Partial<Record<keyof JournalFormValues, MessageRef>> = {};
  const parsed = CreateJournalEntrySchema.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issuePath(issue) as keyof JournalFormValues;
      if (path in values && !errors[path]) errors[path] = issueMessage(issue);
    }
  }
  if (values.occurredOn === '') errors.occurredOn = { key: 'validation.required' };
  else if (!errors.occurredOn && isFutureDate(values.occurredOn, today))
    errors.occurredOn = { key: 'validation.dateInFuture' };
  if (values.durationMinutes.trim() !== '' && !/^\d+$/.test(values.durationMinutes.trim()))
    errors.durationMinutes = { key: 'validation.wholeNumber' };
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: parsed.data };
}
