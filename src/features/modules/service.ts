/**
 * The module catalogue: modules and their sessions, managed by the centre's administrator and
 * read by everyone in the centre. Centre-level records: their events name no person.
 */
import type { TenantTx } from '../../db/tenancy.ts';
import { recordAudit } from '../audit/service.ts';
import { can } from '../auth/policy.ts';
import type { CentreContext } from '../context.ts';
import { recordEvent } from '../events/service.ts';
import { invalidFields, Problem } from '../problem.ts';
import {
  moduleAccessProblem,
  moduleChangeProblem,
  newSessionProblem,
  partnerProblem,
  sessionAccessProblem,
  sessionChangeProblem,
  sessionDay,
  sessionStarted,
} from './policy.ts';
import {
  enrolledCounts,
  insertModule,
  insertSession,
  type ModuleRow,
  type ModuleValues,
  type SessionRow,
  selectModule,
  selectModuleEnrolments,
  selectModules,
  selectNextSessions,
  selectService,
  selectSession,
  selectSessionsOf,
  updateModuleAtVersion,
  updateSessionAtVersion,
} from './queries.ts';
import type {
  CreateModuleInput,
  CreateSessionInput,
  Module,
  ModuleDetail,
  ModuleKind,
  ModuleListInput,
  Session,
  UpdateModuleInput,
  UpdateSessionInput,
} from './schemas.ts';

const MODULE_FIELDS = ['name', 'kind', 'description', 'partnerId', 'capacity', 'active'] as const;

export function toSession(ctx: CentreContext, row: SessionRow, recorded: number): Session {
  return {
    id: row.id,
    moduleId: row.moduleId,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    place: row.place,
    started: sessionStarted(row.startsAt, ctx.clock.today(), ctx.clock.now()),
    recorded,
    version: row.version,
  };
}

function toModule(
  row: ModuleRow,
  partnerName: string | null,
  enrolled: number,
  nextSession: Session | null,
): Module {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as ModuleKind,
    description: row.description,
    partnerId: row.partnerId,
    partnerName,
    capacity: row.capacity,
    active: row.active,
    enrolled,
    freePlaces: row.capacity === null ? null : Math.max(0, row.capacity - enrolled),
    nextSession,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The module of the caller's centre, else 404. */
export async function requireModule(tx: TenantTx, ctx: CentreContext, id: string, forUpdate = false) {
  const row = await selectModule(tx, ctx.actor.centreId, id, forUpdate);
  const problem = moduleAccessProblem(ctx.actor, row?.module);
  if (problem || !row) throw problem;
  return row;
}

async function checkPartner(tx: TenantTx, ctx: CentreContext, partnerId: string | null | undefined) {
  if (!partnerId) return;
  const problem = partnerProblem(await selectService(tx, ctx.actor.centreId, partnerId));
  if (problem) throw problem;
}

async function moduleWithFigures(
  tx: TenantTx,
  ctx: CentreContext,
  row: ModuleRow,
  partnerName: string | null,
): Promise<Module> {
  const counts = await enrolledCounts(tx, ctx.actor.centreId, [row.id]);
  const [next] = await selectNextSessions(tx, ctx.actor.centreId, [row.id], ctx.clock.today());
  return toModule(
    row,
    partnerName,
    counts.get(row.id) ?? 0,
    next ? toSession(ctx, next.session, next.recorded) : null,
  );
}

export async function listModules(
  tx: TenantTx,
  ctx: CentreContext,
  query: ModuleListInput,
): Promise<{ items: Module[] }> {
  const rows = await selectModules(tx, ctx.actor.centreId, query.include === 'inactive');
  const ids = rows.map((row) => row.module.id);
  const counts = await enrolledCounts(tx, ctx.actor.centreId, ids);
  const next = new Map(
    (await selectNextSessions(tx, ctx.actor.centreId, ids, ctx.clock.today())).map((row) => [
      row.session.moduleId,
      toSession(ctx, row.session, row.recorded),
    ]),
  );
  return {
    items: rows.map(({ module, partnerName }) =>
      toModule(module, partnerName, counts.get(module.id) ?? 0, next.get(module.id) ?? null),
    ),
  };
}

/** A module with its sessions and, for those who read people's files, who is enrolled. */
export async function getModule(tx: TenantTx, ctx: CentreContext, id: string): Promise<ModuleDetail> {
  const { module, partnerName } = await requireModule(tx, ctx, id);
  const sessions = await selectSessionsOf(tx, ctx.actor.centreId, [id]);
  const detail: ModuleDetail = {
    ...(await moduleWithFigures(tx, ctx, module, partnerName)),
    sessions: sessions.map((row) => toSession(ctx, row.session, row.recorded)),
  };
  if (can(ctx.actor, 'person.read')) {
    const enrolments = await selectModuleEnrolments(tx, ctx.actor.centreId, id);
    detail.enrolments = enrolments.map(({ enrolment, firstName, lastName }) => ({
      enrolmentId: enrolment.id,
      personId: enrolment.personId,
      personName: `${firstName} ${lastName}`,
      trajectoryId: enrolment.trajectoryId,
      enrolledOn: enrolment.enrolledOn,
      leftOn: enrolment.leftOn,
    }));
    await recordAudit(tx, ctx, {
      action: 'module.read',
      subjectType: 'module',
      subjectId: id,
      details: { personIds: enrolments.map((e) => e.enrolment.personId) },
    });
  }
  return detail;
}

export async function createModule(
  tx: TenantTx,
  ctx: CentreContext,
  input: CreateModuleInput,
): Promise<Module> {
  await checkPartner(tx, ctx, input.partnerId);
  const row = await insertModule(tx, {
    centreId: ctx.actor.centreId,
    name: input.name,
    kind: input.kind,
    description: input.description || null,
    partnerId: input.partnerId ?? null,
    capacity: input.capacity ?? null,
    userId: ctx.actor.userId,
    now: ctx.clock.now(),
  });
  await recordAudit(tx, ctx, { action: 'module.create', subjectType: 'module', subjectId: row.id });
  await recordEvent(tx, ctx, {
    type: 'module.created',
    subjectType: 'module',
    subjectId: row.id,
    personId: null,
    occurredOn: ctx.clock.today(),
    payload: { kind: row.kind, partnerId: row.partnerId },
  });
  const partner = row.partnerId ? await selectService(tx, ctx.actor.centreId, row.partnerId) : undefined;
  return toModule(row, partner?.name ?? null, 0, null);
}

/** Changes what is sent; `active: false` deactivates (a module is never deleted). */
export async function updateModule(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: UpdateModuleInput,
): Promise<Module> {
  const current = await requireModule(tx, ctx, id, true);
  const normalised = { ...input, description: input.description === '' ? null : input.description };
  const changes: Partial<ModuleValues & { active: boolean }> = {};
  for (const field of MODULE_FIELDS) {
    const value = normalised[field];
    if (value !== undefined && value !== current.module[field]) Object.assign(changes, { [field]: value });
  }
  const enrolled = (await enrolledCounts(tx, ctx.actor.centreId, [id])).get(id) ?? 0;
  const problem = moduleChangeProblem(current.module, input.version, changes, enrolled);
  if (problem) throw problem;
  if (changes.partnerId) await checkPartner(tx, ctx, changes.partnerId);
  const fields = Object.keys(changes);
  // Saving what is already there makes no new version.
  if (fields.length === 0) return moduleWithFigures(tx, ctx, current.module, current.partnerName);
  const row = await updateModuleAtVersion(
    tx,
    { centreId: ctx.actor.centreId, id, version: input.version },
    { ...changes, updatedBy: ctx.actor.userId, now: ctx.clock.now() },
  );
  if (!row) throw new Problem('conflict', 'errors.concurrentChange');
  await recordAudit(tx, ctx, {
    action: 'module.update',
    subjectType: 'module',
    subjectId: id,
    details: { fields },
  });
  await recordEvent(tx, ctx, {
    type: 'module.changed',
    subjectType: 'module',
    subjectId: id,
    personId: null,
    occurredOn: ctx.clock.today(),
    payload: { fields, active: row.active },
  });
  const partner = row.partnerId ? await selectService(tx, ctx.actor.centreId, row.partnerId) : undefined;
  return moduleWithFigures(tx, ctx, row, partner?.name ?? null);
}

export async function addSession(
  tx: TenantTx,
  ctx: CentreContext,
  moduleId: string,
  input: CreateSessionInput,
): Promise<Session> {
  const { module } = await requireModule(tx, ctx, moduleId, true);
  const problem = newSessionProblem(module);
  if (problem) throw problem;
  const row = await insertSession(tx, {
    centreId: ctx.actor.centreId,
    moduleId,
    startsAt: new Date(input.startsAt),
    endsAt: new Date(input.endsAt),
    place: input.place || null,
    userId: ctx.actor.userId,
    now: ctx.clock.now(),
  });
  await recordAudit(tx, ctx, {
    action: 'moduleSession.create',
    subjectType: 'module_session',
    subjectId: row.id,
    details: { moduleId },
  });
  await recordEvent(tx, ctx, {
    type: 'module.sessionPlanned',
    subjectType: 'module_session',
    subjectId: row.id,
    personId: null,
    occurredOn: ctx.clock.today(),
    payload: { moduleId, startsAt: row.startsAt.toISOString() },
  });
  return toSession(ctx, row, 0);
}

/** The session of the caller's centre, else 404, with its module's name and kind. */
export async function requireSession(tx: TenantTx, ctx: CentreContext, id: string, forUpdate = false) {
  const row = await selectSession(tx, ctx.actor.centreId, id, forUpdate);
  const problem = sessionAccessProblem(ctx.actor, row?.session);
  if (problem || !row) throw problem;
  return { ...row, day: sessionDay(row.session.startsAt) };
}

export async function updateSession(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: UpdateSessionInput,
): Promise<Session> {
  const current = await requireSession(tx, ctx, id, true);
  const { session } = current;
  const changes: { startsAt?: Date; endsAt?: Date; place?: string | null } = {};
  for (const field of ['startsAt', 'endsAt'] as const) {
    const value = input[field];
    if (value !== undefined && new Date(value).getTime() !== session[field].getTime())
      changes[field] = new Date(value);
  }
  const place = input.place === '' ? null : input.place;
  if (place !== undefined && place !== session.place) changes.place = place;
  const startsAt = changes.startsAt ?? session.startsAt;
  const endsAt = changes.endsAt ?? session.endsAt;
  if (endsAt <= startsAt) throw invalidFields([{ path: 'endsAt', key: 'validation.sessionEndBeforeStart' }]);
  const timesChange = changes.startsAt !== undefined || changes.endsAt !== undefined;
  const problem = sessionChangeProblem(session, input.version, timesChange, current.recorded);
  if (problem) throw problem;
  const fields = Object.keys(changes);
  if (fields.length === 0) return toSession(ctx, session, current.recorded);
  const row = await updateSessionAtVersion(
    tx,
    { centreId: ctx.actor.centreId, id, version: input.version },
    { ...changes, updatedBy: ctx.actor.userId, now: ctx.clock.now() },
  );
  if (!row) throw new Problem('conflict', 'errors.concurrentChange');
  await recordAudit(tx, ctx, {
    action: 'moduleSession.update',
    subjectType: 'module_session',
    subjectId: id,
    details: { fields },
  });
  await recordEvent(tx, ctx, {
    type: 'module.sessionChanged',
    subjectType: 'module_session',
    subjectId: id,
    personId: null,
    occurredOn: ctx.clock.today(),
    payload: { moduleId: row.moduleId, fields },
  });
  return toSession(ctx, row, current.recorded);
}
