/** Words for a plan's states, its deadline rules and its changes, from the catalogues. */
import type { DeadlineRule } from '../../../../src/domain/deadlines.ts';
import type { Trajectory } from './api.ts';

type T = (key: string, params?: Record<string, unknown>) => string;

/** Each rule of src/domain/deadlines.ts, in words (catalogue keys cannot hold the rule's dot). */
export const RULE_KEYS: Record<DeadlineRule, string> = {
  'piis.conclusion': 'plans.rules.piisConclusion',
  'piis.reflection': 'plans.rules.piisReflection',
  'evaluation.scheduled': 'plans.rules.evaluationScheduled',
  'evaluation.minimum': 'plans.rules.evaluationMinimum',
  'interview.onRequest': 'plans.rules.interviewOnRequest',
  'activation.maxDuration': 'plans.rules.activationMaxDuration',
  'subsidy.extension': 'plans.rules.subsidyExtension',
  'subsidy.end': 'plans.rules.subsidyEnd',
};

/** The plan's state, and an amendment in preparation when there is one. */
export function planStateLabel(t: T, plan: Pick<Trajectory, 'state' | 'plan'>): string {
  const state = t(`plans.states.${plan.state}`);
  if (plan.state === 'active' && plan.plan.state !== 'signed')
    return `${state} · ${t('plans.amendmentInProgress', { version: plan.plan.number })}`;
  return state;
}
