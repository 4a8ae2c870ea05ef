/**
 * Rules of modules, their sessions, enrolments and attendance, as pure functions. A module is
 * deactivated, never deleted; a place is held from enrolment until the person leaves; attendance
 * is recorded for the people enrolled on the session's day, and presence or absence only once the
 * session has started (an excuse may come before). Each refusal names its rule.
 */
import { calendarDate } from '../../domain/dates.ts';
import { formatDayMonthYear } from '../../domain/typed-dates.ts';
import type { Actor } from '../auth/policy.ts';
import { type FieldError, invalidFields, Problem, staleVersion } from '../problem.ts';
import type { AttendanceStatus } from './schemas.ts';

export interface ModuleRecord {
  centreId: string;
  active: boolean;
  capacity: number | null;
  version: number;
}
export interface SessionRecord {
  centreId: string;
  startsAt: Date;
  version: number;
}
export interface EnrolmentRecord {
  centreId: string;
  moduleId: string;
  enrolledOn: string;
  leftOn: string | null;
  version: number;
}

const conflict = (key: string, rule: string, params: Record<string, string> = {}) =>
  new Problem('conflict', key, {
    params: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, formatDayMonthYear(v)])),
    extensions: { rule, ...params },
  });

export function moduleAccessProblem(
  actor: Pick<Actor, 'centreId'>,
  module: Pick<ModuleRecord, 'centreId'> | undefined,
): Problem | null {
  if (!module || module.centreId !== actor.centreId) return new Problem('not-found', 'errors.moduleNotFound');
  return null;
}

export function sessionAccessProblem(
  actor: Pick<Actor, 'centreId'>,
  session: Pick<SessionRecord, 'centreId'> | undefined,
): Problem | null {
  if (!session || session.centreId !== actor.centreId)
    return new Problem('not-found', 'errors.moduleSessionNotFound');
  return null;
}

export function enrolmentAccessProblem(
  actor: Pick<Actor, 'centreId'>,
  enrolment: Pick<EnrolmentRecord, 'centreId'> | undefined,
): Problem | null {
  if (!enrolment || enrolment.centreId !== actor.centreId)
    return new Problem('not-found', 'errors.moduleEnrolmentNotFound');
  return null;
}

/** The day a session takes place, in Belgium. */
export const sessionDay = (startsAt: Date) => calendarDate(startsAt);

/**
 * Whether a session has started. The calendar day decides first, so that a demo or test with a
 * pinned "today" (PASSERELLE_TODAY) agrees with its own dates; on today itself, the time of day.
 */
export function sessionStarted(startsAt: Date, today: string, now: Date): boolean {
  const day = sessionDay(startsAt);
  if (day !== today) return day < today;
  return startsAt.getTime() <= now.getTime();
}

/** Enrolled that day: from the day of enrolment to the day they left, both included. */
export function enrolledOnDay(enrolment: Pick<EnrolmentRecord, 'enrolledOn' | 'leftOn'>, day: string) {
  return enrolment.enrolledOn <= day && (enrolment.leftOn === null || day <= enrolment.leftOn);
}

/** A change of the module: it exists here, at the version read, and still holds its people. */
export function moduleChangeProblem(
  module: ModuleRecord,
  readVersion: number,
  change: { capacity?: number | null },
  enrolled: number,
): Problem | null {
  if (module.version !== readVersion) return staleVersion(readVersion, module.version);
  if (change.capacity !== undefined && change.capacity !== null && change.capacity < enrolled) {
    return new Problem('conflict', 'errors.moduleCapacityBelowEnrolled', {
      params: { capacity: change.capacity, enrolled },
      extensions: { rule: 'module.capacityBelowEnrolled', enrolled },
    });
  }
  return null;
}

/** The partner named must be one of the centre's partner organisations, still active. */
export function partnerProblem(partner: { kind: string; active: boolean } | undefined): Problem | null {
  if (partner?.kind !== 'partner' || !partner.active)
    return invalidFields([{ path: 'partnerId', key: 'validation.notAPartner' }]);
  return null;
}

export function newSessionProblem(module: Pick<ModuleRecord, 'active'>): Problem | null {
  return module.active ? null : conflict('errors.moduleInactive', 'module.inactive');
}

/** A session's times are fixed once attendance is recorded at it: the marks are about that day. */
export function sessionChangeProblem(
  session: SessionRecord,
  readVersion: number,
  timesChange: boolean,
  recorded: number,
): Problem | null {
  if (session.version !== readVersion) return staleVersion(readVersion, session.version);
  if (timesChange && recorded > 0)
    return conflict('errors.sessionAttendanceRecorded', 'session.attendanceRecorded');
  return null;
}

/** Checked in this order: the plan is open, the module open, the person not there yet, a place free. */
export function enrolProblem(input: {
  planState: string;
  module: Pick<ModuleRecord, 'active' | 'capacity'>;
  enrolled: number;
  existing: Pick<EnrolmentRecord, 'leftOn'> | undefined;
}): Problem | null {
  if (input.planState === 'closed') return conflict('errors.planClosed', 'plan.closed');
  if (!input.module.active) return conflict('errors.moduleInactive', 'module.inactive');
  if (input.existing) {
    return input.existing.leftOn === null
      ? conflict('errors.moduleAlreadyEnrolled', 'module.alreadyEnrolled')
      : conflict('errors.moduleLeftEarlier', 'module.leftEarlier', { leftOn: input.existing.leftOn });
  }
  if (input.module.capacity !== null && input.enrolled >= input.module.capacity) {
    return new Problem('conflict', 'errors.moduleFull', {
      params: { capacity: input.module.capacity },
      extensions: { rule: 'module.full' },
    });
  }
  return null;
}

/** The enrolment's first day: not in the future, not before the person was born. */
export function enrolledOnProblem(enrolledOn: string, today: string, birthDate: string): Problem | null {
  if (enrolledOn > today) return invalidFields([{ path: 'enrolledOn', key: 'validation.dateInFuture' }]);
  if (enrolledOn < birthDate) return invalidFields([{ path: 'enrolledOn', key: 'validation.beforeBirth' }]);
  return null;
}

/**
 * Leaving: once, at the version read, on a day from the enrolment to today, and not before a
 * session where the person's attendance was already recorded.
 */
export function leaveProblem(
  enrolment: EnrolmentRecord,
  input: { leftOn: string; version: number },
  today: string,
  lastMarkedDay: string | null,
): Problem | null {
  if (enrolment.leftOn !== null)
    return conflict('errors.moduleAlreadyLeft', 'module.alreadyLeft', { leftOn: enrolment.leftOn });
  if (enrolment.version !== input.version) return staleVersion(input.version, enrolment.version);
  if (input.leftOn > today) return invalidFields([{ path: 'leftOn', key: 'validation.dateInFuture' }]);
  if (input.leftOn < enrolment.enrolledOn)
    return invalidFields([{ path: 'leftOn', key: 'validation.leftBeforeEnrolled' }]);
  if (lastMarkedDay !== null && lastMarkedDay > input.leftOn)
    return conflict('errors.moduleAttendanceAfterLeaving', 'module.attendanceAfterLeaving', {
      day: lastMarkedDay,
    });
  return null;
}

/**
 * The marks of one session: each for a person of that module enrolled on its day; presence and
 * absence only once it has started. Field errors first (what was sent), then the state.
 */
export function attendanceProblem(
  items: { enrolmentId: string; status: AttendanceStatus }[],
  enrolments: Map<string, Pick<EnrolmentRecord, 'moduleId' | 'enrolledOn' | 'leftOn'>>,
  session: { moduleId: string; day: string; started: boolean },
): Problem | null {
  const errors: FieldError[] = [];
  items.forEach((item, index) => {
    const enrolment = enrolments.get(item.enrolmentId);
    if (!enrolment || enrolment.moduleId !== session.moduleId || !enrolledOnDay(enrolment, session.day))
      errors.push({ path: `items.${index}.enrolmentId`, key: 'validation.notEnrolledThatDay' });
  });
  if (errors.length > 0) return invalidFields(errors);
  if (!session.started && items.some((item) => item.status !== 'excused'))
    return conflict('errors.sessionNotStarted', 'session.notStarted');
  return null;
}
