import { describe, expect, it } from 'vitest';
import type { Problem } from '../problem.ts';
import {
  attendanceProblem,
  enrolledOnDay,
  enrolledOnProblem,
  enrolProblem,
  leaveProblem,
  moduleChangeProblem,
  partnerProblem,
  sessionChangeProblem,
  sessionStarted,
} from './policy.ts';

const rule = (problem: Problem | null) =>
  problem === null
    ? null
    : ((problem.options.extensions?.rule as string | undefined) ??
      problem.options.errors?.map((e) => `${e.path}:${e.key}`).join(',') ??
      problem.key);

describe('sessionStarted', () => {
  const now = new Date('2026-11-23T09:00:00Z'); // 10:00 in Brussels
  it.each([
    ['yesterday', '2026-11-22T18:00:00+01:00', true],
    ['today, before now', '2026-11-23T09:30:00+01:00', true],
    ['today, at this very minute', '2026-11-23T10:00:00+01:00', true],
    ['today, later', '2026-11-23T10:01:00+01:00', false],
    ['tomorrow', '2026-11-24T08:00:00+01:00', false],
    // 23:30 UTC on the 22nd: already the 23rd in Brussels, and the Belgian day is what counts.
    ['just after midnight in Brussels', '2026-11-23T00:30:00+01:00', true],
  ])('%s → %s', (_name, startsAt, started) => {
    expect(sessionStarted(new Date(startsAt), '2026-11-23', now)).toBe(started);
  });

  it('follows a pinned today, whatever the real clock says', () => {
    const realNow = new Date('2026-12-03T09:00:00Z');
    expect(sessionStarted(new Date('2026-11-25T10:00:00+01:00'), '2026-11-23', realNow)).toBe(false);
    expect(sessionStarted(new Date('2026-11-20T10:00:00+01:00'), '2026-11-23', realNow)).toBe(true);
  });
});

describe('enrolledOnDay', () => {
  it.each([
    ['before the enrolment', { enrolledOn: '2026-11-10', leftOn: null }, '2026-11-09', false],
    ['on the first day', { enrolledOn: '2026-11-10', leftOn: null }, '2026-11-10', true],
    ['long after, not left', { enrolledOn: '2026-11-10', leftOn: null }, '2027-06-01', true],
    ['on the last day', { enrolledOn: '2026-11-10', leftOn: '2026-11-20' }, '2026-11-20', true],
    ['after leaving', { enrolledOn: '2026-11-10', leftOn: '2026-11-20' }, '2026-11-21', false],
  ])('%s → %s', (_name, enrolment, day, expected) => {
    expect(enrolledOnDay(enrolment, day)).toBe(expected);
  });
});

describe('enrolProblem', () => {
  const open = { active: true, capacity: 3 };
  it.each([
    ['a free place', 'active', open, 2, undefined, null],
    ['no capacity limit', 'draft', { active: true, capacity: null }, 500, undefined, null],
    ['a closed plan first of all', 'closed', { active: false, capacity: 1 }, 1, undefined, 'plan.closed'],
    ['a deactivated module', 'active', { active: false, capacity: 3 }, 0, undefined, 'module.inactive'],
    ['already enrolled', 'active', open, 3, { leftOn: null }, 'module.alreadyEnrolled'],
    ['enrolled before and left', 'active', open, 0, { leftOn: '2026-11-01' }, 'module.leftEarlier'],
    ['the last place taken', 'informed', open, 3, undefined, 'module.full'],
  ] as const)('%s → %s', (_name, planState, module, enrolled, existing, expected) => {
    expect(rule(enrolProblem({ planState, module, enrolled, existing }))).toBe(expected);
  });
});

describe('enrolledOnProblem', () => {
  it.each([
    ['today', '2026-11-23', null],
    ['tomorrow', '2026-11-24', 'enrolledOn:validation.dateInFuture'],
    ['before birth', '1989-12-31', 'enrolledOn:validation.beforeBirth'],
  ])('%s → %s', (_name, day, expected) => {
    expect(rule(enrolledOnProblem(day, '2026-11-23', '1990-01-01'))).toBe(expected);
  });
});

describe('leaveProblem', () => {
  const enrolment = { centreId: 'c', moduleId: 'm', enrolledOn: '2026-11-10', leftOn: null, version: 1 };
  it.each([
    ['today', { leftOn: '2026-11-23', version: 1 }, null, null],
    ['on the day of the last mark', { leftOn: '2026-11-18', version: 1 }, '2026-11-18', null],
    ['a stale version', { leftOn: '2026-11-23', version: 2 }, null, 'errors.staleVersion'],
    ['in the future', { leftOn: '2026-11-24', version: 1 }, null, 'leftOn:validation.dateInFuture'],
    [
      'before the enrolment',
      { leftOn: '2026-11-09', version: 1 },
      null,
      'leftOn:validation.leftBeforeEnrolled',
    ],
    [
      'before a recorded mark',
      { leftOn: '2026-11-17', version: 1 },
      '2026-11-18',
      'module.attendanceAfterLeaving',
    ],
  ])('%s → %s', (_name, input, lastMarked, expected) => {
    expect(rule(leaveProblem(enrolment, input, '2026-11-23', lastMarked))).toBe(expected);
  });

  it('refuses to leave twice, before anything else', () => {
    const left = { ...enrolment, leftOn: '2026-11-20', version: 2 };
    expect(rule(leaveProblem(left, { leftOn: '2026-11-21', version: 1 }, '2026-11-23', null))).toBe(
      'module.alreadyLeft',
    );
  });
});

describe('moduleChangeProblem, partnerProblem, sessionChangeProblem', () => {
  const module = { centreId: 'c', active: true, capacity: 5, version: 3 };
  it.each([
    ['a capacity above the people enrolled', { capacity: 4 }, 3, 4, null],
    ['a capacity equal to them', { capacity: 4 }, 3, 4, null],
    ['no limit any more', { capacity: null }, 3, 9, null],
    ['a capacity below them', { capacity: 2 }, 3, 4, 'module.capacityBelowEnrolled'],
    ['a stale version', {}, 2, 0, 'errors.staleVersion'],
  ])('module: %s → %s', (_name, change, version, enrolled, expected) => {
    expect(rule(moduleChangeProblem(module, version, change, enrolled))).toBe(expected);
  });

  it.each([
    ['an active partner', { kind: 'partner', active: true }, null],
    ['an internal service', { kind: 'internal', active: true }, 'partnerId:validation.notAPartner'],
    ['a deactivated partner', { kind: 'partner', active: false }, 'partnerId:validation.notAPartner'],
    ['nothing of this centre', undefined, 'partnerId:validation.notAPartner'],
  ])('partner: %s → %s', (_name, partner, expected) => {
    expect(rule(partnerProblem(partner))).toBe(expected);
  });

  const session = { centreId: 'c', startsAt: new Date('2026-11-20T09:00:00Z'), version: 1 };
  it.each([
    ['new times, nothing recorded', true, 0, 1, null],
    ['a new place, marks recorded', false, 4, 1, null],
    ['new times, marks recorded', true, 4, 1, 'session.attendanceRecorded'],
    ['a stale version', false, 0, 2, 'errors.staleVersion'],
  ])('session: %s → %s', (_name, timesChange, recorded, version, expected) => {
    expect(rule(sessionChangeProblem(session, version, timesChange, recorded))).toBe(expected);
  });
});

describe('attendanceProblem', () => {
  const enrolments = new Map([
    ['e1', { moduleId: 'm', enrolledOn: '2026-11-01', leftOn: null }],
    ['e2', { moduleId: 'm', enrolledOn: '2026-11-21', leftOn: null }],
    ['e3', { moduleId: 'other', enrolledOn: '2026-11-01', leftOn: null }],
    ['e4', { moduleId: 'm', enrolledOn: '2026-11-01', leftOn: '2026-11-19' }],
  ]);
  const started = { moduleId: 'm', day: '2026-11-20', started: true };
  it.each([
    ['a person enrolled that day', [{ enrolmentId: 'e1', status: 'present' }], started, null],
    [
      'people enrolled later, elsewhere, who left, unknown',
      [
        { enrolmentId: 'e2', status: 'present' },
        { enrolmentId: 'e3', status: 'present' },
        { enrolmentId: 'e4', status: 'absent' },
        { enrolmentId: 'e9', status: 'excused' },
      ],
      started,
      'items.0.enrolmentId:validation.notEnrolledThatDay,items.1.enrolmentId:validation.notEnrolledThatDay,items.2.enrolmentId:validation.notEnrolledThatDay,items.3.enrolmentId:validation.notEnrolledThatDay',
    ],
    [
      'an excuse before the start',
      [{ enrolmentId: 'e1', status: 'excused' }],
      { ...started, started: false },
      null,
    ],
    [
      'an absence before the start',
      [{ enrolmentId: 'e1', status: 'absent' }],
      { ...started, started: false },
      'session.notStarted',
    ],
  ] as const)('%s → %s', (_name, items, session, expected) => {
    expect(rule(attendanceProblem([...items], enrolments, session))).toBe(expected);
  });
});
