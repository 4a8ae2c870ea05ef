import { describe, expect, it } from 'vitest';
import { can, loginRetryAfter, PERMISSIONS, type Permission, ROLES, type Role } from './policy.ts';

describe('can', () => {
  const matrix: Record<Role, Permission[]> = {
    worker: ['self', 'person.read', 'person.write', 'instrument.read'],
    lead: ['self', 'person.read', 'person.write', 'instrument.read'],
    admin: ['self', 'person.read', 'person.write', 'audit.read', 'instrument.read', 'instrument.manage'],
    federal: ['self'],
  };
  for (const role of ROLES) {
    for (const permission of PERMISSIONS) {
      const allowed = matrix[role].includes(permission);
      it(`${role} ${allowed ? 'may' : 'may not'} ${permission}`, () =>
        expect(can({ role }, permission)).toBe(allowed));
    }
  }
});

describe('loginRetryAfter', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);
  it.each([
    ['no failure', [], null],
    ['four failures', [1, 2, 3, 4].map(minutesAgo), null],
    ['five failures, oldest 14 min ago', [14, 10, 5, 2, 1].map(minutesAgo), 60],
    ['five failures, oldest just out of window', [15, 10, 5, 2, 1].map(minutesAgo), null],
    ['six failures: waits for the fifth newest', [14.5, 14, 10, 5, 2, 1].map(minutesAgo), 60],
    ['old failures do not count', [60, 50, 40, 30, 20].map(minutesAgo), null],
  ] as Array<[string, Date[], number | null]>)('%s', (_name, failures, expected) => {
    expect(loginRetryAfter(failures, now)).toBe(expected);
  });
});
