/**
 * The centre's own settings for plans: its policy (src/domain/centre-policy.ts), and who may sign
 * plans on its behalf (signing delegations). Administrators change them; everyone of the centre
 * reads them, since every deadline is computed with them.
 */

import type { TenantTx } from '../../db/tenancy.ts';
import { type CentrePolicy, CentrePolicySchema, DEFAULT_POLICY } from '../../domain/centre-policy.ts';
import { issueMessage, issuePath } from '../../i18n/issues.ts';
import { recordAudit } from '../audit/service.ts';
import type { CentreContext } from '../context.ts';
import { recordEvent } from '../events/service.ts';
import { invalidFields, Problem, staleVersion } from '../problem.ts';
import {
  centrePolicyProblem,
  changedPolicyFields,
  coversDay,
  delegateProblem,
  delegationAccessProblem,
  delegationEndProblem,
  delegationOverlapProblem,
} from './policy.ts';
import {
  insertCentrePolicy,
  insertDelegation,
  lockUserDelegations,
  selectActiveDelegation,
  selectCentrePolicy,
  selectCentrePolicyWithAuthor,
  selectCentreUser,
  selectDelegation,
  selectDelegations,
  selectUserDelegations,
  updateCentrePolicyAtVersion,
  updateDelegationUntil,
} from './queries.ts';
import type {
  CentrePolicyView,
  CreateSigningDelegationInput,
  SigningDelegation,
  UpdateCentrePolicyInput,
  UpdateSigningDelegationInput,
} from './schemas.ts';

/** A stored policy from an older format is completed with the defaults for what it does not say. */
function storedPolicy(stored: unknown): CentrePolicy {
  return CentrePolicySchema.parse({ ...DEFAULT_POLICY, ...(stored as object) });
}

/**
 * The policy every deadline of the caller's centre is computed with: the centre's own, or the
 * law's defaults while it has changed nothing.
 */
export async function centrePolicy(tx: TenantTx, ctx: CentreContext): Promise<CentrePolicy> {
  const row = await selectCentrePolicy(tx, ctx.actor.centreId);
  if (!row) return DEFAULT_POLICY;
  return storedPolicy(row.policy);
}

/** The policy with its version and who changed it last (version 0: the law's defaults). */
export async function getCentrePolicy(tx: TenantTx, ctx: CentreContext): Promise<CentrePolicyView> {
  const found = await selectCentrePolicyWithAuthor(tx, ctx.actor.centreId);
  if (!found) {
    return { ...DEFAULT_POLICY, version: 0, updatedAt: null, updatedById: null, updatedByName: null };
  }
  return {
    ...storedPolicy(found.row.policy),
    version: found.row.version,
    updatedAt: found.row.updatedAt.toISOString(),
    updatedById: found.row.updatedBy,
    updatedByName: found.updatedByName,
  };
}

/**
 * Changes the fields sent, from the version read. The whole policy as it would be saved must hold
 * (the law's bounds, and the in-person evaluations within the evaluations); saving what is already
 * there makes no new version.
 */
export async function updateCentrePolicy(
  tx: TenantTx,
  ctx: CentreContext,
  input: UpdateCentrePolicyInput,
): Promise<CentrePolicyView> {
  const centreId = ctx.actor.centreId;
  const found = await selectCentrePolicyWithAuthor(tx, centreId, true);
  const currentVersion = found?.row.version ?? 0;
  if (input.version !== currentVersion) throw staleVersion(input.version, currentVersion);
  const current = found ? storedPolicy(found.row.policy) : DEFAULT_POLICY;
  const { version: _read, ...changes } = input;
  const parsed = CentrePolicySchema.safeParse({
    ...current,
    ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)),
  });
  if (!parsed.success) {
    throw invalidFields(
      parsed.error.issues.map((issue) => ({ path: issuePath(issue), ...issueMessage(issue) })),
    );
  }
  const merged = parsed.data;
  const problem = centrePolicyProblem(merged);
  if (problem) throw problem;
  const fields = changedPolicyFields(current, merged);
  if (fields.length === 0) return getCentrePolicy(tx, ctx);

  const values = { policy: merged, updatedBy: ctx.actor.userId, now: ctx.clock.now() };
  const row = found
    ? await updateCentrePolicyAtVersion(tx, { centreId, version: currentVersion }, values)
    : await insertCentrePolicy(tx, { centreId, ...values });
  if (!row) throw new Problem('conflict', 'errors.concurrentChange');
  await recordAudit(tx, ctx, {
    action: 'centre.policyUpdate',
    subjectType: 'centre',
    subjectId: centreId,
    details: { fields, version: row.version },
  });
  await recordEvent(tx, ctx, {
    type: 'centre.policyChanged',
    subjectType: 'centre',
    subjectId: centreId,
    personId: null,
    occurredOn: ctx.clock.today(),
    payload: { fields },
  });
  return {
    ...merged,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
    updatedById: ctx.actor.userId,
    updatedByName: ctx.actor.displayName,
  };
}

type DelegationRow = NonNullable<Awaited<ReturnType<typeof selectDelegation>>>;

function toDelegation({ delegation, userName }: DelegationRow, today: string): SigningDelegation {
  return {
    id: delegation.id,
    userId: delegation.userId,
    userName,
    since: delegation.since,
    until: delegation.until,
    activeToday: coversDay(delegation, today),
    createdAt: delegation.createdAt.toISOString(),
  };
}

export async function listSigningDelegations(
  tx: TenantTx,
  ctx: CentreContext,
): Promise<{ items: SigningDelegation[] }> {
  const rows = await selectDelegations(tx, ctx.actor.centreId);
  const today = ctx.clock.today();
  return { items: rows.map((row) => toDelegation(row, today)) };
}

/** Gives a worker or a lead the right to sign plans on the centre's behalf, from a day (to a day). */
export async function createSigningDelegation(
  tx: TenantTx,
  ctx: CentreContext,
  input: CreateSigningDelegationInput,
): Promise<SigningDelegation> {
  const centreId = ctx.actor.centreId;
  const user = await selectCentreUser(tx, centreId, input.userId);
  const problem = delegateProblem(user);
  if (problem || !user) throw problem;
  const period = { id: '', since: input.since, until: input.until ?? null };
  await lockUserDelegations(tx, centreId, user.id);
  const overlap = delegationOverlapProblem(period, await selectUserDelegations(tx, centreId, user.id));
  if (overlap) throw overlap;
  const row = await insertDelegation(tx, {
    centreId,
    userId: user.id,
    since: period.since,
    until: period.until,
    createdBy: ctx.actor.userId,
    now: ctx.clock.now(),
  });
  await recordAudit(tx, ctx, {
    action: 'centre.delegationCreate',
    subjectType: 'signing_delegation',
    subjectId: row.id,
    details: { userId: user.id, since: row.since, until: row.until },
  });
  await recordEvent(tx, ctx, {
    type: 'centre.delegationGranted',
    subjectType: 'signing_delegation',
    subjectId: row.id,
    personId: null,
    occurredOn: ctx.clock.today(),
    payload: { userId: user.id, since: row.since, until: row.until },
  });
  return toDelegation({ delegation: row, userName: user.displayName }, ctx.clock.today());
}

/** Sets or changes the last day of a delegation: how one ends. Nothing is deleted. */
export async function updateSigningDelegation(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: UpdateSigningDelegationInput,
): Promise<SigningDelegation> {
  const centreId = ctx.actor.centreId;
  const found = await selectDelegation(tx, centreId, id, true);
  const access = delegationAccessProblem(ctx.actor, found?.delegation);
  if (access || !found) throw access;
  const current = found.delegation;
  const endProblem = delegationEndProblem(current.since, input.until);
  if (endProblem) throw endProblem;
  if (input.until === current.until) return toDelegation(found, ctx.clock.today());
  await lockUserDelegations(tx, centreId, current.userId);
  const overlap = delegationOverlapProblem(
    { id, since: current.since, until: input.until },
    await selectUserDelegations(tx, centreId, current.userId),
  );
  if (overlap) throw overlap;
  const row = await updateDelegationUntil(tx, centreId, id, input.until);
  await recordAudit(tx, ctx, {
    action: 'centre.delegationUpdate',
    subjectType: 'signing_delegation',
    subjectId: id,
    details: { userId: current.userId, until: row.until, previousUntil: current.until },
  });
  await recordEvent(tx, ctx, {
    type: 'centre.delegationChanged',
    subjectType: 'signing_delegation',
    subjectId: id,
    personId: null,
    occurredOn: ctx.clock.today(),
    payload: { userId: current.userId, until: row.until },
  });
  return toDelegation({ delegation: row, userName: found.userName }, ctx.clock.today());
}

/**
 * The delegation under which this user may sign on the centre's behalf on this day, or null: the
 * plans feature refuses a legal PIIS signed for the centre by someone without one.
 */
export async function activeDelegation(
  tx: TenantTx,
  ctx: CentreContext,
  userId: string,
  day: string,
): Promise<{ id: string; since: string } | null> {
  return selectActiveDelegation(tx, ctx.actor.centreId, userId, day);
}
