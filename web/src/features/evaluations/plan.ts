/** The plan an evaluation speaks of: its version in force (the signed one, even while an amendment is prepared). */
import { useQuery } from '@tanstack/react-query';
import { type PlanVersion, planQuery, type Trajectory, versionsQuery } from '../trajectories/api.ts';
import type { PlanContext } from './values.ts';

export function usePlanInForce(planId: string): {
  plan: Trajectory | undefined;
  version: PlanVersion | null | undefined;
  error: unknown;
} {
  const plan = useQuery(planQuery(planId));
  const amending = plan.data !== undefined && plan.data.plan.state !== 'signed';
  const versions = useQuery({ ...versionsQuery(planId), enabled: amending });
  if (plan.error || versions.error)
    return { plan: undefined, version: undefined, error: plan.error ?? versions.error };
  if (!plan.data) return { plan: undefined, version: undefined, error: null };
  if (!amending) return { plan: plan.data, version: plan.data.plan, error: null };
  if (!versions.data) return { plan: plan.data, version: undefined, error: null };
  const signed = versions.data.items.filter((v) => v.state === 'signed').at(-1) ?? null;
  return { plan: plan.data, version: signed, error: null };
}

/** What the form checks against: today, the plan's start and its objectives. */
export function planContext(version: PlanVersion, today: string): PlanContext {
  return {
    today,
    planStart: version.startOn ?? version.signedOn ?? today,
    objectives: version.objectives.map((o) => ({ id: o.id, text: o.text })),
  };
}
