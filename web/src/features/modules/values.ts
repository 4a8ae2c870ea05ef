/**
 * The module and session forms' values and their checks: the server's own schemas, so the forms
 * and the API agree on every message. Times are typed as Belgian times and sent as instants.
 */
import { belgianInstant, belgianWallTime, parseTypedTime } from '../../../../src/domain/belgian-time.ts';
import { isIsoDate } from '../../../../src/domain/dates.ts';
import {
  type CreateModuleInput,
  CreateModuleSchema,
  type CreateSessionInput,
  type ModuleKind,
} from '../../../../src/features/modules/schemas.ts';
import { issueMessage, issuePath, type MessageRef } from '../../../../src/i18n/issues.ts';
import type { FormCheck } from '../../components/forms.tsx';
import type { Module, ModuleSession } from './api.ts';

export interface ModuleFormValues {
  name: string;
  kind: ModuleKind;
  description: string;
  /** '' for the centre itself. */
  partnerId: string;
  /** As typed: '' for no limit. */
  capacity: string;
}

export const emptyModule: ModuleFormValues = {
  name: '',
  kind: 'collective',
  description: '',
  partnerId: '',
  capacity: '',
};

export function moduleValues(module: Module): ModuleFormValues {
  return {
    name: module.name,
    kind: module.kind,
    description: module.description ?? '',
    partnerId: module.partnerId ?? '',
    capacity: module.capacity === null ? '' : String(module.capacity),
  };
}

export function checkModule(values: ModuleFormValues): FormCheck<CreateModuleInput, keyof ModuleFormValues> {
  const capacity = values.capacity.trim();
  const errors: Partial<Record<keyof ModuleFormValues, MessageRef>> = {};
  if (capacity !== '' && !/^\d+$/.test(capacity)) errors.capacity = { key: 'validation.wholeNumber' };
  const parsed = CreateModuleSchema.safeParse({
    name: values.name,
    kind: values.kind,
    description: values.description.trim() === '' ? null : values.description,
    partnerId: values.partnerId === '' ? null : values.partnerId,
    capacity: capacity === '' || errors.capacity ? null : Number(capacity),
  });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issuePath(issue) as keyof ModuleFormValues;
      if (path in values && !errors[path]) errors[path] = issueMessage(issue);
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: parsed.data };
}

export interface SessionFormValues {
  day: string;
  start: string;
  end: string;
  place: string;
}

export const emptySession = (day: string): SessionFormValues => ({ day, start: '', end: '', place: '' });

export function sessionValues(session: ModuleSession): SessionFormValues {
  const start = belgianWallTime(session.startsAt);
  return {
    day: start.day,
    start: start.time,
    end: belgianWallTime(session.endsAt).time,
    place: session.place ?? '',
  };
}

/** Where the API's field errors go in this form. */
export const SESSION_FIELDS: Record<string, keyof SessionFormValues> = {
  startsAt: 'start',
  endsAt: 'end',
  place: 'place',
};

export function checkSession(
  values: SessionFormValues,
): FormCheck<CreateSessionInput, keyof SessionFormValues> {
  const errors: Partial<Record<keyof SessionFormValues, MessageRef>> = {};
  if (values.day === '') errors.day = { key: 'validation.required' };
  else if (!isIsoDate(values.day)) errors.day = { key: 'validation.invalidDate' };
  const time = (field: 'start' | 'end') => {
    if (values[field].trim() === '') {
      errors[field] = { key: 'validation.required' };
      return null;
    }
    const typed = parseTypedTime(values[field]);
    if (!typed) errors[field] = { key: 'validation.invalidTime' };
    return typed;
  };
  const start = time('start');
  const end = time('end');
  const startsAt = start && !errors.day ? belgianInstant(values.day, start) : null;
  const endsAt = end && !errors.day ? belgianInstant(values.day, end) : null;
  if (start && !errors.day && !startsAt) errors.start = { key: 'validation.invalidTime' };
  if (end && !errors.day && !endsAt) errors.end = { key: 'validation.invalidTime' };
  if (startsAt && endsAt && new Date(endsAt) <= new Date(startsAt))
    errors.end = { key: 'validation.sessionEndBeforeStart' };
  if (values.place.length > 200)
    errors.place = { key: 'validation.tooLong', params: { max: 200, count: 200 } };
  if (Object.keys(errors).length > 0 || !startsAt || !endsAt) return { ok: false, errors };
  return {
    ok: true,
    body: { startsAt, endsAt, place: values.place.trim() === '' ? null : values.place.trim() },
  };
}
