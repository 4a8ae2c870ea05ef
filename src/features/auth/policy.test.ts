import { describe, expect, it } from 'vitest';
import {
  can,
  countingFailures,
  loginThrottleKeys,
  loginWaitSeconds,
  PERMISSIONS,
  type Permission,
  ROLES,
  type Role,
} from './policy.ts';

describe('can', () => {
  const matrix: Record<Role, Permission[]> = {
    worker: ['self', 'person.read', 'person.write', 'instrument.read', 'centre.read', 'studies.answer'],
    lead: [
      'self',
      'person.read',
      'person.write',
      'person.assign',
      'record.history',
      'instrument.read',
      'centre.read',
      'sanction.approve',
      'team.read',
      'studies.answer',
      'report.read',
    ],
    admin: [
      'self',
      'person.read',
      'person.write',
      'person.assign',
      'audit.read',
      'record.history',
      'instrument.read',
      'instrument.manage',
      'centre.read',
      'centre.manage',
      'services.manage',
      'modules.manage',
      'sanction.approve',
      'team.read',
      'studies.manage',
      'report.read',
      'report.manage',
    ],
    federal: ['self', 'studies.manage', 'federal.read'],
  };
  for (const role of ROLES) {
    for (const permission of PERMISSIONS) {
      const allowed = matrix[role].includes(permission);
      it(`${role} ${allowed ? 'may' : 'may not'} ${permission}`, () =>
        expect(can({ role }, permission)).toBe(allowed));
    }
  }
});

describe('loginWaitSeconds (5 free failures)', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);
  it.each([
    ['no failure', 0, null, 0],
    ['four failures just now', 4, secondsAgo(0), 0],
    ['five failures just now: wait one minute', 5, secondsAgo(0), 60],
    ['five failures, last 45 s ago', 5, secondsAgo(45), 15],
    ['five failures, last 60 s ago: allowed again', 5, secondsAgo(60), 0],
    ['six failures just now: two minutes', 6, secondsAgo(0), 120],
    ['seven failures just now: four minutes', 7, secondsAgo(0), 240],
    ['twelve failures just now: capped at 15 minutes', 12, secondsAgo(0), 900],
    ['forty failures 14 min 59 s ago: still counted, 1 s left', 40, secondsAgo(899), 1],
    ['forty failures, the last 15 minutes ago: forgotten', 40, secondsAgo(900), 0],
  ] as Array<[string, number, Date | null, number]>)(
    '%s → %s s',
    (_name, failures, lastFailureAt, expected) => {
      expect(loginWaitSeconds({ failures, lastFailureAt }, now, 5)).toBe(expected);
    },
  );
});

describe('countingFailures', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  it.each([
    [3, new Date('2026-11-23T09:50:00Z'), 3],
    [3, new Date('2026-11-23T09:45:00Z'), 0],
    [3, null, 0],
  ] as Array<[number, Date | null, number]>)(
    '%i failures, last at %s → %i',
    (failures, lastFailureAt, expected) =>
      expect(countingFailures({ failures, lastFailureAt }, now)).toBe(expected),
  );
});

describe('loginThrottleKeys', () => {
  it('counts an attempt against the account with the address, the address, and the account', () =>
    expect(loginThrottleKeys('a@b.be', '10.0.0.1')).toEqual({
      accountAddress: 'account+address:a@b.be|10.0.0.1',
      address: 'address:10.0.0.1',
      account: 'account:a@b.be',
    }));
});
