/**
 * People in modules: enrolment from the plan, leaving, and attendance per session. Person-level
 * records: their events go on the person's timeline, their audit rows name the person.
 */
import type { TenantTx } from '../../db/tenancy.ts';
import { recordAudit } from '../audit/service.ts';
import type { CentreContext } from '../context.ts';
import { recordEvent } from '../events/service.ts';
import { invalidFields, Problem } from '../problem.ts';
import { requireTrajectory } from '../trajectories/service.ts';
import {
  attendanceProblem,
  enrolledOnDay,
  enrolledOnProblem,
  enrolmentAccessProblem,
  enrolProblem,
  leaveProblem,
  sessionDay,
} from './policy.ts';
import {
  enrolledCounts,
  insertEnrolment,
  lastMarkedDay,
  leaveAtVersion,
  selectEnrolment,
  selectEnrolmentOf,
  selectEnrolmentsByIds,
  selectMarksOfEnrolments,
  selectMarksOfSession,
  selectModule,
  selectPlanEnrolments,
  selectSessionRoll,
  selectSessionsOf,
  upsertMark,
} from './queries.ts';
import type {
  Attendance,
  AttendanceStatus,
  EnrolInput,
  Enrolment,
  LeaveInput,
  ModuleKind,
  RecordAttendanceInput,
} from './schemas.ts';
import { requireSession, toSession } from './service.ts';

/** A plan's enrolments, each with the sessions of its days and the marks recorded at them. */
async function planEnrolments(tx: TenantTx, ctx: CentreContext, trajectoryId: string): Promise<Enrolment[]> {
  const centreId = ctx.actor.centreId;
  const rows = await selectPlanEnrolments(tx, centreId, trajectoryId);
  const sessions = await selectSessionsOf(
    tx,
    centreId,
    rows.map((row) => row.module.id),
  );
  const marks = await selectMarksOfEnrolments(
    tx,
    centreId,
    rows.map((row) => row.enrolment.id),
  );
  const markOf = new Map(marks.map((m) => [`${m.enrolmentId}/${m.sessionId}`, m.status as AttendanceStatus]));
  return rows.map(({ enrolment, module, partnerName }) => {
    const mine = sessions
      .filter(
        ({ session }) =>
          session.moduleId === module.id && enrolledOnDay(enrolment, sessionDay(session.startsAt)),
      )
      .map(({ session, recorded }) => {
        const { id, startsAt, endsAt, place, started } = toSession(ctx, session, recorded);
        return { id, startsAt, endsAt, place, started, status: markOf.get(`${enrolment.id}/${id}`) ?? null };
      });
    const count = (status: AttendanceStatus) =>
      marks.filter((m) => m.enrolmentId === enrolment.id && m.status === status).length;
    return {
      id: enrolment.id,
      moduleId: module.id,
      moduleName: module.name,
      kind: module.kind as ModuleKind,
      partnerName,
      moduleActive: module.active,
      trajectoryId: enrolment.trajectoryId,
      personId: enrolment.personId,
      enrolledOn: enrolment.enrolledOn,
      leftOn: enrolment.leftOn,
      attendance: { present: count('present'), excused: count('excused'), absent: count('absent') },
      sessions: mine,
      version: enrolment.version,
    };
  });
}

export async function listPlanModules(
  tx: TenantTx,
  ctx: CentreContext,
  trajectoryId: string,
): Promise<{ items: Enrolment[] }> {
  const plan = await requireTrajectory(tx, ctx, trajectoryId);
  const items = await planEnrolments(tx, ctx, trajectoryId);
  await recordAudit(tx, ctx, {
    action: 'enrolment.list',
    personId: plan.trajectory.personId,
    subjectType: 'trajectory',
    subjectId: trajectoryId,
  });
  return { items };
}

/** Enrols the plan's person in a module: 409 when the plan is closed, the module inactive or full, or the person already in it. */
export async function enrol(
  tx: TenantTx,
  ctx: CentreContext,
  trajectoryId: string,
  input: EnrolInput,
): Promise<Enrolment> {
  const centreId = ctx.actor.centreId;
  // Locked: a plan closing, or another enrolment taking the last place, waits for this one.
  const plan = await requireTrajectory(tx, ctx, trajectoryId, true);
  const found = await selectModule(tx, centreId, input.moduleId, true);
  if (!found) throw invalidFields([{ path: 'moduleId', key: 'validation.unknownModule' }]);
  const enrolledOn = input.enrolledOn ?? ctx.clock.today();
  const dateProblem = enrolledOnProblem(enrolledOn, ctx.clock.today(), plan.birthDate);
  if (dateProblem) throw dateProblem;
  const problem = enrolProblem({
    planState: plan.trajectory.state,
    module: found.module,
    enrolled: (await enrolledCounts(tx, centreId, [input.moduleId])).get(input.moduleId) ?? 0,
    existing: await selectEnrolmentOf(tx, centreId, input.moduleId, trajectoryId),
  });
  if (problem) throw problem;
  const personId = plan.trajectory.personId;
  const row = await insertEnrolment(tx, {
    centreId,
    moduleId: input.moduleId,
    trajectoryId,
    personId,
    enrolledOn,
    userId: ctx.actor.userId,
    now: ctx.clock.now(),
  });
  await recordAudit(tx, ctx, {
    action: 'enrolment.create',
    personId,
    subjectType: 'module_enrolment',
    subjectId: row.id,
    details: { moduleId: input.moduleId, trajectoryId },
  });
  await recordEvent(tx, ctx, {
    type: 'module.enrolled',
    subjectType: 'module_enrolment',
    subjectId: row.id,
    personId,
    occurredOn: enrolledOn,
    payload: { trajectoryId, moduleId: input.moduleId, moduleName: found.module.name },
  });
  const made = (await planEnrolments(tx, ctx, trajectoryId)).find((e) => e.id === row.id);
  if (!made) throw new Error('enrolment not found after insert');
  return made;
}

/**
 * A plan closes: its enrolments still running end on the closing day (or the day of their last
 * recorded mark, or of the enrolment, when the plan was closed with an earlier date), which frees
 * their places.
 */
export async function leaveModulesOfClosedPlan(
  tx: TenantTx,
  ctx: CentreContext,
  trajectoryId: string,
  closedOn: string,
): Promise<void> {
  const centreId = ctx.actor.centreId;
  for (const { enrolment, module } of await selectPlanEnrolments(tx, centreId, trajectoryId)) {
    if (enrolment.leftOn !== null) continue;
    const marked = await lastMarkedDay(tx, centreId, enrolment.id);
    const leftOn = [closedOn, enrolment.enrolledOn, marked ?? closedOn].sort().at(-1) ?? closedOn;
    const row = await leaveAtVersion(
      tx,
      { centreId, id: enrolment.id, version: enrolment.version },
      { leftOn, updatedBy: ctx.actor.userId, now: ctx.clock.now() },
    );
    if (!row) throw new Problem('conflict', 'errors.concurrentChange');
    await recordAudit(tx, ctx, {
      action: 'enrolment.leave',
      personId: row.personId,
      subjectType: 'module_enrolment',
      subjectId: row.id,
      details: { moduleId: row.moduleId, leftOn, reason: 'planClosed' },
    });
    await recordEvent(tx, ctx, {
      type: 'module.left',
      subjectType: 'module_enrolment',
      subjectId: row.id,
      personId: row.personId,
      occurredOn: leftOn,
      payload: { trajectoryId, moduleId: row.moduleId, moduleName: module.name, leftOn },
    });
  }
}

export async function leaveModule(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: LeaveInput,
): Promise<Enrolment> {
  const centreId = ctx.actor.centreId;
  const found = await selectEnrolment(tx, centreId, id, true);
  const access = enrolmentAccessProblem(ctx.actor, found?.enrolment);
  if (access || !found) throw access;
  const { enrolment } = found;
  const problem = leaveProblem(enrolment, input, ctx.clock.today(), await lastMarkedDay(tx, centreId, id));
  if (problem) throw problem;
  const row = await leaveAtVersion(
    tx,
    { centreId, id, version: input.version },
    { leftOn: input.leftOn, updatedBy: ctx.actor.userId, now: ctx.clock.now() },
  );
  if (!row) throw new Problem('conflict', 'errors.concurrentChange');
  const module = await selectModule(tx, centreId, row.moduleId);
  await recordAudit(tx, ctx, {
    action: 'enrolment.leave',
    personId: row.personId,
    subjectType: 'module_enrolment',
    subjectId: id,
    details: { moduleId: row.moduleId, leftOn: row.leftOn },
  });
  await recordEvent(tx, ctx, {
    type: 'module.left',
    subjectType: 'module_enrolment',
    subjectId: id,
    personId: row.personId,
    occurredOn: input.leftOn,
    payload: {
      trajectoryId: row.trajectoryId,
      moduleId: row.moduleId,
      moduleName: module?.module.name ?? '',
      leftOn: input.leftOn,
    },
  });
  const left = (await planEnrolments(tx, ctx, row.trajectoryId)).find((e) => e.id === id);
  if (!left) throw new Error('enrolment not found after leaving');
  return left;
}

async function sessionRoll(
  tx: TenantTx,
  ctx: CentreContext,
  current: Awaited<ReturnType<typeof requireSession>>,
): Promise<Attendance> {
  const { session } = current;
  const roll = await selectSessionRoll(tx, ctx.actor.centreId, {
    id: session.id,
    moduleId: session.moduleId,
    day: current.day,
  });
  return {
    session: {
      ...toSession(ctx, session, current.recorded),
      moduleName: current.moduleName,
      kind: current.kind as ModuleKind,
    },
    items: roll.map(({ enrolment, firstName, lastName, status }) => ({
      enrolmentId: enrolment.id,
      personId: enrolment.personId,
      personName: `${firstName} ${lastName}`,
      status: (status as AttendanceStatus | null) ?? null,
    })),
  };
}

/** The people enrolled on the session's day, each with their mark (null: not recorded yet). */
export async function getAttendance(
  tx: TenantTx,
  ctx: CentreContext,
  sessionId: string,
): Promise<Attendance> {
  const current = await requireSession(tx, ctx, sessionId);
  const attendance = await sessionRoll(tx, ctx, current);
  await recordAudit(tx, ctx, {
    action: 'attendance.read',
    subjectType: 'module_session',
    subjectId: sessionId,
    details: { personIds: attendance.items.map((item) => item.personId) },
  });
  return attendance;
}

/**
 * Records the marks sent (others stay as they are). A mark that does not change writes nothing;
 * each one that does writes its event on the person's timeline and its audit row.
 */
export async function recordAttendance(
  tx: TenantTx,
  ctx: CentreContext,
  sessionId: string,
  input: RecordAttendanceInput,
): Promise<Attendance> {
  const centreId = ctx.actor.centreId;
  const current = await requireSession(tx, ctx, sessionId, true);
  const { session } = current;
  const enrolments = await selectEnrolmentsByIds(
    tx,
    centreId,
    input.items.map((item) => item.enrolmentId),
  );
  const problem = attendanceProblem(input.items, new Map(enrolments.map((e) => [e.id, e])), {
    moduleId: session.moduleId,
    day: current.day,
    started: toSession(ctx, session, 0).started,
  });
  if (problem) throw problem;
  const before = new Map(
    (await selectMarksOfSession(tx, centreId, sessionId)).map((m) => [m.enrolmentId, m.status]),
  );
  const personOf = new Map(enrolments.map((e) => [e.id, e.personId]));
  let recorded = before.size;
  for (const item of input.items) {
    if (before.get(item.enrolmentId) === item.status) continue;
    if (!before.has(item.enrolmentId)) recorded += 1;
    const personId = personOf.get(item.enrolmentId) as string;
    await upsertMark(tx, {
      centreId,
      sessionId,
      enrolmentId: item.enrolmentId,
      status: item.status,
      recordedBy: ctx.actor.userId,
      now: ctx.clock.now(),
    });
    await recordAudit(tx, ctx, {
      action: 'attendance.record',
      personId,
      subjectType: 'module_session',
      subjectId: sessionId,
      details: { enrolmentId: item.enrolmentId, status: item.status },
    });
    await recordEvent(tx, ctx, {
      type: 'attendance.recorded',
      subjectType: 'module_enrolment',
      subjectId: item.enrolmentId,
      personId,
      occurredOn: current.day,
      payload: {
        moduleId: session.moduleId,
        moduleName: current.moduleName,
        sessionId,
        status: item.status,
      },
    });
  }
  return sessionRoll(tx, ctx, { ...current, recorded });
}
