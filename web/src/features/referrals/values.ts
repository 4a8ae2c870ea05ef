/**
 * The referral forms' values and their checks: the server's own schemas, so the forms and the API
 * agree on every message; dates are typed dd/mm/yyyy and must not be in the future.
 */
import type { z } from 'zod';
import { isFutureDate } from '../../../../src/domain/dates.ts';
import {
  AcceptReferralSchema,
  CreateReferralSchema,
  DeclineReferralSchema,
  EndReferralSchema,
  WithdrawReferralSchema,
} from '../../../../src/features/referrals/schemas.ts';
import { issueMessage, issuePath, type MessageRef } from '../../../../src/i18n/issues.ts';
import type { FormCheck } from '../../components/forms.tsx';

type Errors = Record<string, MessageRef>;

function check<Body>(
  schema: z.ZodType<Body>,
  body: object,
  values: Record<string, string>,
  days: { field: string; notBefore?: { day: string; key: string } }[],
  today: string,
): FormCheck<Body> {
  const errors: Errors = {};
  for (const { field, notBefore } of days) {
    const day = values[field] ?? '';
    if (day === '') errors[field] = { key: 'validation.required' };
    else if (isFutureDate(day, today)) errors[field] = { key: 'validation.dateInFuture' };
    else if (notBefore && day < notBefore.day) errors[field] = { key: notBefore.key };
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issuePath(issue);
      if (path in values && !errors[path]) errors[path] = issueMessage(issue);
    }
  }
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: parsed.data };
}

export interface SendValues {
  serviceId: string;
  /** '' for the service as a whole. */
  toUserId: string;
  handoverNote: string;
  sentOn: string;
}

export function checkSend(values: SendValues, today: string) {
  const errors = values.serviceId === '' ? { serviceId: { key: 'validation.required' } } : {};
  const result = check(
    CreateReferralSchema,
    {
      serviceId: values.serviceId || undefined,
      toUserId: values.toUserId || null,
      handoverNote: values.handoverNote,
      sentOn: values.sentOn,
    },
    { ...values },
    [{ field: 'sentOn' }],
    today,
  );
  if (Object.keys(errors).length === 0) return result;
  return { ok: false as const, errors: { ...(result.ok ? {} : result.errors), ...errors } };
}

export interface AnswerValues {
  answeredOn: string;
  /** Accepting an internal referral: who follows the person ('' for me). */
  receivingUserId: string;
  note: string;
}

const notBeforeSent = (sentOn: string) => ({ day: sentOn, key: 'validation.answerBeforeSent' });

export function checkAccept(values: AnswerValues, version: number, sentOn: string, today: string) {
  return check(
    AcceptReferralSchema,
    {
      version,
      answeredOn: values.answeredOn,
      receivingUserId: values.receivingUserId || null,
      note: values.note.trim() || null,
    },
    { ...values },
    [{ field: 'answeredOn', notBefore: notBeforeSent(sentOn) }],
    today,
  );
}

export function checkDecline(values: AnswerValues, version: number, sentOn: string, today: string) {
  return check(
    DeclineReferralSchema,
    { version, answeredOn: values.answeredOn, note: values.note },
    { ...values },
    [{ field: 'answeredOn', notBefore: notBeforeSent(sentOn) }],
    today,
  );
}

export function checkWithdraw(values: AnswerValues, version: number, sentOn: string, today: string) {
  return check(
    WithdrawReferralSchema,
    { version, withdrawnOn: values.answeredOn, note: values.note.trim() || null },
    { answeredOn: values.answeredOn, note: values.note },
    [{ field: 'answeredOn', notBefore: notBeforeSent(sentOn) }],
    today,
  );
}

export function checkEnd(values: { endedOn: string }, version: number, answeredOn: string, today: string) {
  return check(
    EndReferralSchema,
    { version, endedOn: values.endedOn },
    { ...values },
    [{ field: 'endedOn', notBefore: { day: answeredOn, key: 'validation.endBeforeStart' } }],
    today,
  );
}
