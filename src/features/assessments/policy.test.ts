import { describe, expect, it } from 'vitest';
import { assessmentAccessProblem, assessmentUpdateProblem, assessmentWithdrawProblem } from './policy.ts';

const namur = { centreId: 'namur' };
const open = { centreId: 'namur', lockedAt: null, withdrawnAt: null, version: 2 };
const locked = { ...open, lockedAt: new Date('2026-10-01T10:00:00Z') };
const withdrawn = { ...open, withdrawnAt: new Date('2026-10-02T10:00:00Z') };

describe('assessmentAccessProblem', () => {
  it.each([
    ['own centre', open, null],
    ['own centre, withdrawn: still readable', withdrawn, null],
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
    ['withdrawn', withdrawn, 2, 'errors.assessmentWithdrawn', 409],
    ['withdrawn and stale: the withdrawal is the reason', withdrawn, 1, 'errors.assessmentWithdrawn', 409],
    ['another centre, locked', { ...locked, centreId: 'gent' }, 2, 'errors.assessmentNotFound', 404],
  ] as const)('%s → %s', (_name, record, version, key, status) => {
    const problem = assessmentUpdateProblem(namur, record, version);
    expect(problem?.key ?? null).toBe(key);
    expect(problem?.status ?? null).toBe(status);
  });
});

describe('assessmentWithdrawProblem', () => {
  it.each([
    ['open, version read', open, 2, null, null],
    ['open, stale version', open, 1, 'errors.staleVersion', 409],
    ['locked: a signed plan rests on it', locked, 2, 'errors.assessmentLockedWithdraw', 409],
    ['locked and stale: the lock is the reason', locked, 1, 'errors.assessmentLockedWithdraw', 409],
    ['already withdrawn', withdrawn, 2, 'errors.assessmentWithdrawn', 409],
    ['another centre', { ...open, centreId: 'gent' }, 2, 'errors.assessmentNotFound', 404],
    ['missing', undefined, 1, 'errors.assessmentNotFound', 404],
  ] as const)('%s → %s', (_name, record, version, key, status) => {
    const problem = assessmentWithdrawProblem(namur, record, version);
    expect(problem?.key ?? null).toBe(key);
    expect(problem?.status ?? null).toBe(status);
  });
});
