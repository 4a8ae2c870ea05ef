import { describe, expect, it } from 'vitest';
import { assessmentAccessProblem, assessmentUpdateProblem } from './policy.ts';

const namur = { centreId: 'namur' };
const open = { centreId: 'namur', lockedAt: null, version: 2 };
const locked = { ...open, lockedAt: new Date('2026-10-01T10:00:00Z') };

describe('assessmentAccessProblem', () => {
  it.each([
    ['own centre', open, null],
    ['another centre', { ...open, centreId: 'gent' }, 'errors.assessmentNotFound'],
    ['missing', undefined, 'errors.assessmentNotFound'],
  ] as const)('%s → %s', (_name, record, key) =>
    expect(assessmentAccessProblem(namur, record)?.key ?? null).toBe(key),
  );
});

describe('assessmentUpdateProblem', () => {
  it.each([
    ['open, version read', open, 2, null, null],
    ['open, stale version', open, 1, 'errors.staleVersion', 409],
    ['locked, version read', locked, 2, 'errors.assessmentLocked', 409],
    ['locked and stale: the lock is the reason', locked, 1, 'errors.assessmentLocked', 409],
    ['another centre, locked', { ...locked, centreId: 'gent' }, 2, 'errors.assessmentNotFound', 404],
  ] as const)('%s → %s', (_name, record, version, key, status) => {
    const problem = assessmentUpdateProblem(namur, record, version);
    expect(problem?.key ?? null).toBe(key);
    expect(problem?.status ?? null).toBe(status);
  });
});
