import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import {
  moduleEnrolments,
  moduleSessions,
  modules,
  persons,
  services,
  sessionAttendance,
  trajectories,
} from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';

export type ModuleRow = typeof modules.$inferSelect;
export type SessionRow = typeof moduleSessions.$inferSelect;
export type EnrolmentRow = typeof moduleEnrolments.$inferSelect;
export type ModuleValues = Pick<ModuleRow, 'name' | 'kind' | 'description' | 'partnerId' | 'capacity'>;

/** The Belgian calendar day of a session, as the database computes it. */
const dayOf = (column: typeof moduleSessions.startsAt) =>
  sql`(${column} at time zone 'Europe/Brussels')::date`;

const withPartner = { module: modules, partnerName: services.name };

function selectWithPartner(tx: TenantTx) {
  return tx
    .select(withPartner)
    .from(modules)
    .leftJoin(services, and(eq(services.centreId, modules.centreId), eq(services.id, modules.partnerId)));
}

export function selectModules(tx: TenantTx, centreId: string, includeInactive: boolean) {
  return selectWithPartner(tx)
    .where(and(eq(modules.centreId, centreId), includeInactive ? undefined : eq(modules.active, true)))
    .orderBy(asc(modules.name), asc(modules.id));
}

export function selectModule(tx: TenantTx, centreId: string, id: string, forUpdate = false) {
  const query = selectWithPartner(tx).where(and(eq(modules.centreId, centreId), eq(modules.id, id)));
  return (forUpdate ? query.for('update', { of: modules }) : query).then((rows) => rows[0]);
}

export function selectService(tx: TenantTx, centreId: string, id: string) {
  return tx
    .select({ kind: services.kind, active: services.active, name: services.name })
    .from(services)
    .where(and(eq(services.centreId, centreId), eq(services.id, id)))
    .then((rows) => rows[0]);
}

export function insertModule(
  tx: TenantTx,
  values: ModuleValues & { centreId: string; userId: string; now: Date },
): Promise<ModuleRow> {
  const { userId, now, ...rest } = values;
  return tx
    .insert(modules)
    .values({ ...rest, createdBy: userId, updatedBy: userId, createdAt: now, updatedAt: now })
    .returning()
    .then((rows) => rows[0] as ModuleRow);
}

export function updateModuleAtVersion(
  tx: TenantTx,
  key: { centreId: string; id: string; version: number },
  values: Partial<ModuleValues & { active: boolean }> & { updatedBy: string; now: Date },
) {
  const { now, ...rest } = values;
  return tx
    .update(modules)
    .set({ ...rest, updatedAt: now, version: sql`${modules.version} + 1` })
    .where(and(eq(modules.centreId, key.centreId), eq(modules.id, key.id), eq(modules.version, key.version)))
    .returning()
    .then((rows) => rows[0]);
}

/** People enrolled now (who have not left), per module. */
export async function enrolledCounts(tx: TenantTx, centreId: string, moduleIds: string[]) {
  if (moduleIds.length === 0) return new Map<string, number>();
  const rows = await tx
    .select({ moduleId: moduleEnrolments.moduleId, n: sql<number>`count(*)::int` })
    .from(moduleEnrolments)
    .where(
      and(
        eq(moduleEnrolments.centreId, centreId),
        inArray(moduleEnrolments.moduleId, moduleIds),
        isNull(moduleEnrolments.leftOn),
      ),
    )
    .groupBy(moduleEnrolments.moduleId);
  return new Map(rows.map((row) => [row.moduleId, row.n]));
}

const sessionColumns = {
  session: moduleSessions,
  recorded: sql<number>`(select count(*)::int from ${sessionAttendance} a
    where a.centre_id = ${moduleSessions.centreId} and a.session_id = ${moduleSessions.id})`,
};

/** Every session of these modules, earliest first, with how many marks each holds. */
export function selectSessionsOf(tx: TenantTx, centreId: string, moduleIds: string[]) {
  if (moduleIds.length === 0) return Promise.resolve([]);
  return tx
    .select(sessionColumns)
    .from(moduleSessions)
    .where(and(eq(moduleSessions.centreId, centreId), inArray(moduleSessions.moduleId, moduleIds)))
    .orderBy(asc(moduleSessions.startsAt), asc(moduleSessions.id));
}

/** The first session of each module on or after a day. */
export function selectNextSessions(tx: TenantTx, centreId: string, moduleIds: string[], today: string) {
  if (moduleIds.length === 0) return Promise.resolve([]);
  return tx
    .selectDistinctOn([moduleSessions.moduleId], sessionColumns)
    .from(moduleSessions)
    .where(
      and(
        eq(moduleSessions.centreId, centreId),
        inArray(moduleSessions.moduleId, moduleIds),
        sql`${dayOf(moduleSessions.startsAt)} >= ${today}::date`,
      ),
    )
    .orderBy(asc(moduleSessions.moduleId), asc(moduleSessions.startsAt), asc(moduleSessions.id));
}

export function selectSession(tx: TenantTx, centreId: string, id: string, forUpdate = false) {
  const query = tx
    .select({ ...sessionColumns, moduleName: modules.name, kind: modules.kind })
    .from(moduleSessions)
    .innerJoin(
      modules,
      and(eq(modules.centreId, moduleSessions.centreId), eq(modules.id, moduleSessions.moduleId)),
    )
    .where(and(eq(moduleSessions.centreId, centreId), eq(moduleSessions.id, id)));
  return (forUpdate ? query.for('update', { of: moduleSessions }) : query).then((rows) => rows[0]);
}

export function insertSession(
  tx: TenantTx,
  values: {
    centreId: string;
    moduleId: string;
    startsAt: Date;
    endsAt: Date;
    place: string | null;
    userId: string;
    now: Date;
  },
): Promise<SessionRow> {
  const { userId, now, ...rest } = values;
  return tx
    .insert(moduleSessions)
    .values({ ...rest, createdBy: userId, updatedBy: userId, createdAt: now, updatedAt: now })
    .returning()
    .then((rows) => rows[0] as SessionRow);
}

export function updateSessionAtVersion(
  tx: TenantTx,
  key: { centreId: string; id: string; version: number },
  values: { startsAt?: Date; endsAt?: Date; place?: string | null; updatedBy: string; now: Date },
) {
  const { now, ...rest } = values;
  return tx
    .update(moduleSessions)
    .set({ ...rest, updatedAt: now, version: sql`${moduleSessions.version} + 1` })
    .where(
      and(
        eq(moduleSessions.centreId, key.centreId),
        eq(moduleSessions.id, key.id),
        eq(moduleSessions.version, key.version),
      ),
    )
    .returning()
    .then((rows) => rows[0]);
}

const enrolmentWithPerson = {
  enrolment: moduleEnrolments,
  firstName: persons.firstName,
  lastName: persons.lastName,
};

function selectEnrolmentsWithPerson(tx: TenantTx) {
  return tx
    .select(enrolmentWithPerson)
    .from(moduleEnrolments)
    .innerJoin(
      persons,
      and(eq(persons.centreId, moduleEnrolments.centreId), eq(persons.id, moduleEnrolments.personId)),
    );
}

/** Who is or was enrolled in a module, by last name. */
export function selectModuleEnrolments(tx: TenantTx, centreId: string, moduleId: string) {
  return selectEnrolmentsWithPerson(tx)
    .where(and(eq(moduleEnrolments.centreId, centreId), eq(moduleEnrolments.moduleId, moduleId)))
    .orderBy(asc(persons.searchName), asc(moduleEnrolments.id));
}

export function selectEnrolment(tx: TenantTx, centreId: string, id: string, forUpdate = false) {
  const query = tx
    .select({ enrolment: moduleEnrolments, planState: trajectories.state })
    .from(moduleEnrolments)
    .innerJoin(
      trajectories,
      and(
        eq(trajectories.centreId, moduleEnrolments.centreId),
        eq(trajectories.id, moduleEnrolments.trajectoryId),
      ),
    )
    .where(and(eq(moduleEnrolments.centreId, centreId), eq(moduleEnrolments.id, id)));
  return (forUpdate ? query.for('update', { of: moduleEnrolments }) : query).then((rows) => rows[0]);
}

export function selectEnrolmentOf(tx: TenantTx, centreId: string, moduleId: string, trajectoryId: string) {
  return tx
    .select()
    .from(moduleEnrolments)
    .where(
      and(
        eq(moduleEnrolments.centreId, centreId),
        eq(moduleEnrolments.moduleId, moduleId),
        eq(moduleEnrolments.trajectoryId, trajectoryId),
      ),
    )
    .then((rows) => rows[0]);
}

export function insertEnrolment(
  tx: TenantTx,
  values: {
    centreId: string;
    moduleId: string;
    trajectoryId: string;
    personId: string;
    enrolledOn: string;
    userId: string;
    now: Date;
  },
): Promise<EnrolmentRow> {
  const { userId, now, ...rest } = values;
  return tx
    .insert(moduleEnrolments)
    .values({ ...rest, createdBy: userId, updatedBy: userId, createdAt: now, updatedAt: now })
    .returning()
    .then((rows) => rows[0] as EnrolmentRow);
}

export function leaveAtVersion(
  tx: TenantTx,
  key: { centreId: string; id: string; version: number },
  values: { leftOn: string; updatedBy: string; now: Date },
) {
  return tx
    .update(moduleEnrolments)
    .set({
      leftOn: values.leftOn,
      updatedBy: values.updatedBy,
      updatedAt: values.now,
      version: sql`${moduleEnrolments.version} + 1`,
    })
    .where(
      and(
        eq(moduleEnrolments.centreId, key.centreId),
        eq(moduleEnrolments.id, key.id),
        eq(moduleEnrolments.version, key.version),
        isNull(moduleEnrolments.leftOn),
      ),
    )
    .returning()
    .then((rows) => rows[0]);
}

/** A plan's enrolments with their module, earliest first. */
export function selectPlanEnrolments(tx: TenantTx, centreId: string, trajectoryId: string) {
  return tx
    .select({ enrolment: moduleEnrolments, module: modules, partnerName: services.name })
    .from(moduleEnrolments)
    .innerJoin(
      modules,
      and(eq(modules.centreId, moduleEnrolments.centreId), eq(modules.id, moduleEnrolments.moduleId)),
    )
    .leftJoin(services, and(eq(services.centreId, modules.centreId), eq(services.id, modules.partnerId)))
    .where(and(eq(moduleEnrolments.centreId, centreId), eq(moduleEnrolments.trajectoryId, trajectoryId)))
    .orderBy(asc(moduleEnrolments.enrolledOn), asc(modules.name), asc(moduleEnrolments.id));
}

/** The marks held for these enrolments (any session). */
export function selectMarksOfEnrolments(tx: TenantTx, centreId: string, enrolmentIds: string[]) {
  if (enrolmentIds.length === 0) return Promise.resolve([]);
  return tx
    .select({
      sessionId: sessionAttendance.sessionId,
      enrolmentId: sessionAttendance.enrolmentId,
      status: sessionAttendance.status,
    })
    .from(sessionAttendance)
    .where(
      and(eq(sessionAttendance.centreId, centreId), inArray(sessionAttendance.enrolmentId, enrolmentIds)),
    );
}

/** The people enrolled in a module on a day, by last name, with their mark at a session. */
export function selectSessionRoll(
  tx: TenantTx,
  centreId: string,
  session: { id: string; moduleId: string; day: string },
) {
  return tx
    .select({ ...enrolmentWithPerson, status: sessionAttendance.status })
    .from(moduleEnrolments)
    .innerJoin(
      persons,
      and(eq(persons.centreId, moduleEnrolments.centreId), eq(persons.id, moduleEnrolments.personId)),
    )
    .leftJoin(
      sessionAttendance,
      and(
        eq(sessionAttendance.centreId, moduleEnrolments.centreId),
        eq(sessionAttendance.enrolmentId, moduleEnrolments.id),
        eq(sessionAttendance.sessionId, session.id),
      ),
    )
    .where(
      and(
        eq(moduleEnrolments.centreId, centreId),
        eq(moduleEnrolments.moduleId, session.moduleId),
        sql`${moduleEnrolments.enrolledOn} <= ${session.day}::date`,
        sql`(${moduleEnrolments.leftOn} is null or ${moduleEnrolments.leftOn} >= ${session.day}::date)`,
      ),
    )
    .orderBy(asc(persons.searchName), asc(moduleEnrolments.id));
}

/** The enrolments named in a list of marks, locked for the marks' events. */
export function selectEnrolmentsByIds(tx: TenantTx, centreId: string, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return (
    tx
      .select()
      .from(moduleEnrolments)
      .where(and(eq(moduleEnrolments.centreId, centreId), inArray(moduleEnrolments.id, ids)))
      .orderBy(asc(moduleEnrolments.id))
      // Locked in one order: their events number themselves per enrolment (events.subject_seq).
      .for('update')
  );
}

export function selectMarksOfSession(tx: TenantTx, centreId: string, sessionId: string) {
  return tx
    .select({ enrolmentId: sessionAttendance.enrolmentId, status: sessionAttendance.status })
    .from(sessionAttendance)
    .where(and(eq(sessionAttendance.centreId, centreId), eq(sessionAttendance.sessionId, sessionId)));
}

export function upsertMark(
  tx: TenantTx,
  values: {
    centreId: string;
    sessionId: string;
    enrolmentId: string;
    status: string;
    recordedBy: string;
    now: Date;
  },
) {
  const { now, ...rest } = values;
  return tx
    .insert(sessionAttendance)
    .values({ ...rest, recordedAt: now })
    .onConflictDoUpdate({
      target: [sessionAttendance.centreId, sessionAttendance.sessionId, sessionAttendance.enrolmentId],
      set: { status: rest.status, recordedBy: rest.recordedBy, recordedAt: now },
    });
}

/** The last day the person's attendance was recorded in this enrolment. */
export function lastMarkedDay(tx: TenantTx, centreId: string, enrolmentId: string) {
  return tx
    .select({ day: sql<string | null>`max(${dayOf(moduleSessions.startsAt)})::text` })
    .from(sessionAttendance)
    .innerJoin(
      moduleSessions,
      and(
        eq(moduleSessions.centreId, sessionAttendance.centreId),
        eq(moduleSessions.id, sessionAttendance.sessionId),
      ),
    )
    .where(and(eq(sessionAttendance.centreId, centreId), eq(sessionAttendance.enrolmentId, enrolmentId)))
    .then((rows) => rows[0]?.day ?? null);
}
