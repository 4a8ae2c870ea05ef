/**
 * The assessment form's values and their checks. The checks are the server's own (the shared zod
 * schema), so the form and the API agree; the form keeps every life domain, the request only
 * those described.
 */

import { isFutureDate } from '../../../../src/domain/dates.ts';
import { LIFE_DOMAINS, type LifeDomain } from '../../../../src/domain/life-domains.ts';
import {
  type CreateAssessmentInput,
  CreateAssessmentSchema,
} from '../../../../src/features/assessments/schemas.ts';
import { issueMessage, issuePath, type MessageRef } from '../../../../src/i18n/issues.ts';
import type { FormCheck } from '../../components/forms.tsx';
import type { Assessment } from './api.ts';

export const FINDING_FIELDS = ['situation', 'obstacles', 'strengths'] as const;
export const OVERALL_FIELDS = ['aspirations', 'aptitudes', 'qualifications', 'needs'] as const;

export type Finding = Record<(typeof FINDING_FIELDS)[number], string>;

export interface AssessmentFormValues {
  assessedOn: string;
  domains: Record<LifeDomain, Finding>;
  aspirations: string;
  aptitudes: string;
  qualifications: string;
  needs: string;
}

const emptyFinding = (): Finding => ({ situation: '', obstacles: '', strengths: '' });

export function emptyValues(today: string): AssessmentFormValues {
  return {
    assessedOn: today,
    domains: Object.fromEntries(LIFE_DOMAINS.map((d) => [d, emptyFinding()])) as Record<LifeDomain, Finding>,
    aspirations: '',
    aptitudes: '',
    qualifications: '',
    needs: '',
  };
}

/**
 * A new assessment starts from the person's latest one, dated today: the worker updates what
 * changed instead of typing it all again.
 */
export function startingFrom(latest: Assessment | undefined, today: string): AssessmentFormValues {
  return latest ? { ...valuesOf(latest), assessedOn: today } : emptyValues(today);
}

export function valuesOf(assessment: Assessment): AssessmentFormValues {
  const values = emptyValues(assessment.assessedOn);
  for (const { domain, situation, obstacles, strengths } of assessment.domains) {
    values.domains[domain] = { situation, obstacles, strengths };
  }
  for (const field of OVERALL_FIELDS) values[field] = assessment[field];
  return values;
}

export function isDescribed(finding: Finding): boolean {
  return FINDING_FIELDS.some((field) => finding[field].trim() !== '');
}

/** A stored draft may come from an older form: only what this form knows is taken from it. */
export function mergeValues(base: AssessmentFormValues, stored: unknown): AssessmentFormValues {
  if (!stored || typeof stored !== 'object') return base;
  const source = stored as Partial<Record<keyof AssessmentFormValues, unknown>>;
  const text = (value: unknown, fallback: string) => (typeof value === 'string' ? value : fallback);
  const merged: AssessmentFormValues = { ...base, domains: { ...base.domains } };
  merged.assessedOn = text(source.assessedOn, base.assessedOn);
  for (const field of OVERALL_FIELDS) merged[field] = text(source[field], base[field]);
  const domains = (source.domains ?? {}) as Record<string, Partial<Record<string, unknown>> | undefined>;
  for (const domain of LIFE_DOMAINS) {
    const finding = domains[domain];
    if (!finding) continue;
    merged.domains[domain] = {
      situation: text(finding.situation, base.domains[domain].situation),
      obstacles: text(finding.obstacles, base.domains[domain].obstacles),
      strengths: text(finding.strengths, base.domains[domain].strengths),
    };
  }
  return merged;
}

/** The request body: only the life domains with some text, in the order a worker goes through them. */
export function toBody(values: AssessmentFormValues): CreateAssessmentInput {
  return {
    assessedOn: values.assessedOn,
    domains: LIFE_DOMAINS.filter((d) => isDescribed(values.domains[d])).map((domain) => ({
      domain,
      ...values.domains[domain],
    })),
    aspirations: values.aspirations,
    aptitudes: values.aptitudes,
    qualifications: values.qualifications,
    needs: values.needs,
  };
}

/**
 * The form field a request path names: "domains.3.situation" is the fourth domain sent, which the
 * form holds under its key. Null for a path the form has no field for.
 */
export function formPath(path: string, body: CreateAssessmentInput): string | null {
  const [head, index, field] = path.split('.');
  if (head === 'assessedOn' || (OVERALL_FIELDS as readonly string[]).includes(head ?? '')) return path;
  // The whole assessment is empty: said once, above the life domains.
  if (head === 'domains' && index === undefined) return 'domains';
  if (head !== 'domains' || index === undefined) return null;
  const finding = body.domains[Number(index)];
  if (!finding) return null;
  const known = (FINDING_FIELDS as readonly string[]).includes(field ?? '');
  return `domains.${finding.domain}.${known ? field : 'situation'}`;
}

/** The life domain a form path is in, to open its panel. */
export function domainOfPath(path: string): LifeDomain | null {
  const [head, domain] = path.split('.');
  return head === 'domains' && (LIFE_DOMAINS as readonly string[]).includes(domain ?? '')
    ? (domain as LifeDomain)
    : null;
}

type Check = FormCheck<CreateAssessmentInput>;

export function checkValues(values: AssessmentFormValues, today: string): Check {
  const body = toBody(values);
  const errors: Record<string, MessageRef> = {};
  const parsed = CreateAssessmentSchema.safeParse(body);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = formPath(issuePath(issue), body);
      if (path && !errors[path]) errors[path] = issueMessage(issue);
    }
  }
  if (values.assessedOn === '') errors.assessedOn = { key: 'validation.required' };
  else if (!errors.assessedOn && isFutureDate(values.assessedOn, today))
    errors.assessedOn = { key: 'validation.dateInFuture' };
  if (!parsed.success || Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, body: parsed.data };
}
