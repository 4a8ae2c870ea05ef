/**
 * The centre's second-line services and partner organisations: whom a plan can refer a person to.
 * The administrator adds, changes and deactivates them (never deletes) and says which workers are
 * members of each internal service; everyone of the centre reads them.
 */
import type { TenantTx } from '../../db/tenancy.ts';
import { recordAudit } from '../audit/service.ts';
import type { CentreContext } from '../context.ts';
import { recordEvent } from '../events/service.ts';
import { Problem } from '../problem.ts';
import {
  listInactiveProblem,
  memberCandidatesProblem,
  membersProblem,
  nameTakenProblem,
  serviceAccessProblem,
  serviceChangeProblem,
} from './policy.ts';
import {
  insertService,
  lockServiceNames,
  replaceMembers,
  type ServiceRow,
  type ServiceValues,
  selectCentreUsers,
  selectMembers,
  selectMemberships,
  selectService,
  selectServiceNames,
  selectServices,
  updateServiceAtVersion,
} from './queries.ts';
import type {
  CreateServiceInput,
  Service,
  ServiceKind,
  ServiceListInput,
  SetServiceMembersInput,
  UpdateServiceInput,
} from './schemas.ts';

type MemberRow = Awaited<ReturnType<typeof selectMembers>>[number];

function toService(row: ServiceRow, members: readonly MemberRow[]): Service {
  return {
    id: row.id,
    kind: row.kind as ServiceKind,
    name: row.name,
    description: row.description,
    contact: row.contact,
    active: row.active,
    members: members
      .filter((m) => m.serviceId === row.id)
      .map((m) => ({ userId: m.userId, displayName: m.displayName, role: m.role as 'worker' | 'lead' })),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function withMembers(tx: TenantTx, ctx: CentreContext, row: ServiceRow): Promise<Service> {
  return toService(row, await selectMembers(tx, ctx.actor.centreId, [row.id]));
}

export async function listServices(
  tx: TenantTx,
  ctx: CentreContext,
  query: ServiceListInput,
): Promise<{ items: Service[] }> {
  const problem = listInactiveProblem(ctx.actor, query.include);
  if (problem) throw problem;
  const rows = await selectServices(tx, {
    centreId: ctx.actor.centreId,
    kind: query.kind,
    activeOnly: query.include === 'active',
  });
  const members = await selectMembers(
    tx,
    ctx.actor.centreId,
    rows.filter((r) => r.kind === 'internal').map((r) => r.id),
  );
  return { items: rows.map((row) => toService(row, members)) };
}

/** For the referrals of a plan: the service of the caller's centre, else undefined. */
export function findService(tx: TenantTx, ctx: CentreContext, id: string, forUpdate = false) {
  return selectService(tx, ctx.actor.centreId, id, forUpdate);
}

/** The user ids of the members of one service. */
export async function memberIdsOf(tx: TenantTx, ctx: CentreContext, serviceId: string): Promise<string[]> {
  return (await selectMembers(tx, ctx.actor.centreId, [serviceId])).map((m) => m.userId);
}

/** The services a user answers referrals for. */
export function membershipsOf(tx: TenantTx, ctx: CentreContext, userId: string): Promise<string[]> {
  return selectMemberships(tx, ctx.actor.centreId, userId);
}

const trimmedOrNull = (value: string | null | undefined) => (value ? value : null);

export async function createService(
  tx: TenantTx,
  ctx: CentreContext,
  input: CreateServiceInput,
): Promise<Service> {
  const centreId = ctx.actor.centreId;
  await lockServiceNames(tx, centreId);
  const taken = nameTakenProblem(input.name, await selectServiceNames(tx, centreId), null);
  if (taken) throw taken;
  const row = await insertService(tx, {
    centreId,
    kind: input.kind,
    name: input.name,
    description: trimmedOrNull(input.description),
    contact: trimmedOrNull(input.contact),
    active: true,
    createdBy: ctx.actor.userId,
    now: ctx.clock.now(),
  });
  await recordAudit(tx, ctx, {
    action: 'service.create',
    subjectType: 'service',
    subjectId: row.id,
    details: { kind: row.kind },
  });
  await recordEvent(tx, ctx, {
    type: 'service.created',
    subjectType: 'service',
    subjectId: row.id,
    personId: null,
    occurredOn: ctx.clock.today(),
    payload: { kind: row.kind },
  });
  return toService(row, []);
}

const CHANGEABLE = ['name', 'description', 'contact', 'active'] as const;

/** Changes the fields sent, from the version read; active=false deactivates it. */
export async function updateService(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: UpdateServiceInput,
): Promise<Service> {
  const centreId = ctx.actor.centreId;
  const current = await selectService(tx, centreId, id, true);
  const problem = serviceChangeProblem(ctx.actor, current, input.version);
  if (problem || !current) throw problem;
  const changes: Partial<ServiceValues> = {};
  for (const field of CHANGEABLE) {
    const sent = input[field];
    if (sent === undefined) continue;
    const value = typeof sent === 'string' || sent === null ? trimmedOrNull(sent) : sent;
    if (field === 'name' && value === null) continue;
    if (value !== current[field]) Object.assign(changes, { [field]: value });
  }
  // Saving what is already there makes no new version.
  if (Object.keys(changes).length === 0) return withMembers(tx, ctx, current);
  if (changes.name !== undefined) {
    await lockServiceNames(tx, centreId);
    const taken = nameTakenProblem(changes.name, await selectServiceNames(tx, centreId), id);
    if (taken) throw taken;
  }
  const fields = Object.keys(changes);
  const row = await updateServiceAtVersion(
    tx,
    { centreId, id, version: input.version },
    { ...changes, updatedBy: ctx.actor.userId, now: ctx.clock.now() },
  );
  if (!row) throw new Problem('conflict', 'errors.concurrentChange');
  await recordAudit(tx, ctx, {
    action: 'service.update',
    subjectType: 'service',
    subjectId: id,
    details: { fields, version: row.version },
  });
  await recordEvent(tx, ctx, {
    type: 'service.changed',
    subjectType: 'service',
    subjectId: id,
    personId: null,
    occurredOn: ctx.clock.today(),
    payload: { fields, active: row.active },
  });
  return withMembers(tx, ctx, row);
}

/**
 * Sets the whole list of an internal service's members (a new version of the service). Members
 * removed keep the referrals they accepted; they no longer answer new ones.
 */
export async function setServiceMembers(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: SetServiceMembersInput,
): Promise<Service> {
  const centreId = ctx.actor.centreId;
  const current = await selectService(tx, centreId, id, true);
  const problem = serviceChangeProblem(ctx.actor, current, input.version);
  if (problem || !current) throw problem;
  const kindProblem = membersProblem(current);
  if (kindProblem) throw kindProblem;
  const candidates = memberCandidatesProblem(
    input.userIds,
    await selectCentreUsers(tx, centreId, [...new Set(input.userIds)]),
  );
  if (candidates) throw candidates;
  const wanted = new Set(input.userIds);
  const before = new Set((await selectMembers(tx, centreId, [id])).map((m) => m.userId));
  const add = [...wanted].filter((userId) => !before.has(userId)).sort();
  const remove = [...before].filter((userId) => !wanted.has(userId)).sort();
  if (add.length === 0 && remove.length === 0) return withMembers(tx, ctx, current);
  const now = ctx.clock.now();
  await replaceMembers(tx, { centreId, serviceId: id, add, remove, by: ctx.actor.userId, now });
  const row = await updateServiceAtVersion(
    tx,
    { centreId, id, version: input.version },
    { updatedBy: ctx.actor.userId, now },
  );
  if (!row) throw new Problem('conflict', 'errors.concurrentChange');
  await recordAudit(tx, ctx, {
    action: 'service.members',
    subjectType: 'service',
    subjectId: id,
    details: { added: add, removed: remove, version: row.version },
  });
  await recordEvent(tx, ctx, {
    type: 'service.membersChanged',
    subjectType: 'service',
    subjectId: id,
    personId: null,
    occurredOn: ctx.clock.today(),
    payload: { added: add, removed: remove },
  });
  return withMembers(tx, ctx, row);
}

/** A service of the caller's centre, else 404 (for routes that name one). */
export async function requireService(tx: TenantTx, ctx: CentreContext, id: string): Promise<ServiceRow> {
  const row = await selectService(tx, ctx.actor.centreId, id);
  const problem = serviceAccessProblem(ctx.actor, row);
  if (problem || !row) throw problem;
  return row;
}
