/**
 * The policy form's values and their check: the server's own schema and rule, so the form and the
 * API agree on every bound and every message.
 */
import { type CentrePolicy, CentrePolicySchema } from '../../../../src/domain/centre-policy.ts';
import { centrePolicyProblem, changedPolicyFields } from '../../../../src/features/centre/policy.ts';
import type { UpdateCentrePolicyInput } from '../../../../src/features/centre/schemas.ts';
import { issueMessage, issuePath, type MessageRef } from '../../../../src/i18n/issues.ts';
import type { FormCheck } from '../../components/forms.tsx';

export interface PolicyFormValues {
  deadlineAnchor: CentrePolicy['deadlineAnchor'];
  /** Numbers as typed. */
  reflectionDays: string;
  reflectionDayKind: CentrePolicy['reflectionDayKind'];
  evaluationKind: CentrePolicy['evaluation']['kind'];
  evaluationMinimum: string;
  evaluationMonths: string;
  inPersonMinimum: string;
  growthPlanSignatureRequired: boolean;
  subsidyWarnings: boolean;
  sanctionApprovers: CentrePolicy['sanctionApprovers'];
}
export type PolicyField = keyof PolicyFormValues;

export function valuesOf(policy: CentrePolicy): PolicyFormValues {
  return {
    deadlineAnchor: policy.deadlineAnchor,
    reflectionDays: String(policy.reflectionDays),
    reflectionDayKind: policy.reflectionDayKind,
    evaluationKind: policy.evaluation.kind,
    evaluationMinimum: String(policy.evaluation.kind === 'perYear' ? policy.evaluation.minimum : 3),
    evaluationMonths: String(policy.evaluation.kind === 'everyMonths' ? policy.evaluation.months : 4),
    inPersonMinimum: String(policy.inPersonMinimum),
    growthPlanSignatureRequired: policy.growthPlanSignatureRequired,
    subsidyWarnings: policy.subsidyWarnings,
    sanctionApprovers: policy.sanctionApprovers,
  };
}

const NUMBER_FIELDS = ['reflectionDays', 'evaluationMinimum', 'evaluationMonths', 'inPersonMinimum'] as const;

/** Where an API or schema path shows in the form. */
export function formPath(path: string): PolicyField | null {
  if (path === 'evaluation.minimum') return 'evaluationMinimum';
  if (path === 'evaluation.months') return 'evaluationMonths';
  if (path === 'evaluation' || path === 'evaluation.kind') return 'evaluationKind';
  return (FIELDS as readonly string[]).includes(path) ? (path as PolicyField) : null;
}
const FIELDS: readonly PolicyField[] = [
  'deadlineAnchor',
  'reflectionDays',
  'reflectionDayKind',
  'inPersonMinimum',
  'growthPlanSignatureRequired',
  'subsidyWarnings',
  'sanctionApprovers',
];

/** The policy the values describe, or the messages to show beside the fields. */
export function checkValues(
  values: PolicyFormValues,
  current: CentrePolicy,
  version: number,
): FormCheck<UpdateCentrePolicyInput, PolicyField> {
  const errors: Partial<Record<PolicyField, MessageRef>> = {};
  for (const field of NUMBER_FIELDS) {
    const typed = values[field].trim();
    const relevant =
      (field !== 'evaluationMinimum' || values.evaluationKind === 'perYear') &&
      (field !== 'evaluationMonths' || values.evaluationKind === 'everyMonths');
    if (!relevant) continue;
    if (typed === '') errors[field] = { key: 'validation.required' };
    else if (!/^\d+$/.test(typed)) errors[field] = { key: 'validation.wholeNumber' };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const policy = {
    deadlineAnchor: values.deadlineAnchor,
    reflectionDays: Number(values.reflectionDays),
    reflectionDayKind: values.reflectionDayKind,
    evaluation:
      values.evaluationKind === 'perYear'
        ? { kind: 'perYear' as const, minimum: Number(values.evaluationMinimum) }
        : { kind: 'everyMonths' as const, months: Number(values.evaluationMonths) },
    inPersonMinimum: Number(values.inPersonMinimum),
    growthPlanSignatureRequired: values.growthPlanSignatureRequired,
    subsidyWarnings: values.subsidyWarnings,
    sanctionApprovers: values.sanctionApprovers,
  };
  const parsed = CentrePolicySchema.safeParse(policy);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = formPath(issuePath(issue));
      if (field && !errors[field]) errors[field] = issueMessage(issue);
    }
    return { ok: false, errors };
  }
  const problem = centrePolicyProblem(parsed.data);
  for (const error of problem?.options.errors ?? []) {
    const field = formPath(error.path);
    if (field) errors[field] = { key: error.key, params: error.params };
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  // Only what changed is sent: a colleague's change to another field is not overwritten silently
  // (the version would refuse it anyway).
  const changed = changedPolicyFields(current, parsed.data);
  return {
    ok: true,
    body: { version, ...Object.fromEntries(changed.map((field) => [field, parsed.data[field]])) },
  };
}
