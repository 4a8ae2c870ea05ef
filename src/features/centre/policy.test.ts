import { describe, expect, it } from 'vitest';
import { type CentrePolicy, DEFAULT_POLICY } from '../../domain/centre-policy.ts';
import {
  centrePolicyProblem,
  changedPolicyFields,
  coversDay,
  delegateProblem,
  delegationAccessProblem,
  delegationEndProblem,
  delegationOverlapProblem,
  evaluationsPerYear,
  periodsOverlap,
} from './policy.ts';

describe('evaluationsPerYear', () => {
  it.each([
    [{ kind: 'perYear', minimum: 3 }, 3],
    [{ kind: 'perYear', minimum: 12 }, 12],
    [{ kind: 'everyMonths', months: 1 }, 12],
    [{ kind: 'everyMonths', months: 3 }, 4],
    [{ kind: 'everyMonths', months: 4 }, 3],
  ] as Array<[CentrePolicy['evaluation'], number]>)('%j → %i', (evaluation, expected) =>
    expect(evaluationsPerYear(evaluation)).toBe(expected),
  );
});

describe('centrePolicyProblem', () => {
  const withIt = (change: Partial<CentrePolicy>) => centrePolicyProblem({ ...DEFAULT_POLICY, ...change });
  it.each([
    ['the defaults', {}, null],
    ['3 in person of 3', { inPersonMinimum: 3 }, 3],
    [
      '4 in person every quarter (4 a year)',
      { inPersonMinimum: 4, evaluation: { kind: 'everyMonths', months: 3 } },
      null,
    ],
    ['5 in person every quarter', { inPersonMinimum: 5, evaluation: { kind: 'everyMonths', months: 3 } }, 4],
  ] as Array<[string, Partial<CentrePolicy>, number | null]>)('%s', (_name, change, max) => {
    const problem = withIt(change);
    if (max === null || (change.inPersonMinimum ?? 2) <= max) expect(problem).toBeNull();
    else
      expect(problem?.options.errors).toEqual([
        { path: 'inPersonMinimum', key: 'validation.inPersonAboveEvaluations', params: { max } },
      ]);
  });
});

describe('changedPolicyFields', () => {
  it('names the fields whose value differs, nested ones compared whole, in the policy’s order', () => {
    expect(changedPolicyFields(DEFAULT_POLICY, { ...DEFAULT_POLICY })).toEqual([]);
    expect(
      changedPolicyFields(DEFAULT_POLICY, {
        ...DEFAULT_POLICY,
        subsidyWarnings: false,
        evaluation: { kind: 'perYear', minimum: 4 },
      }),
    ).toEqual(['evaluation', 'subsidyWarnings']);
  });
});

describe('delegateProblem', () => {
  it.each([
    ['a worker', { role: 'worker' }, null],
    ['a lead', { role: 'lead' }, null],
    ['an administrator', { role: 'admin' }, 'errors.delegateNotFollower'],
    ['nobody of the centre', undefined, 'errors.delegateUnknown'],
  ])('%s', (_name, candidate, key) => {
    const problem = delegateProblem(candidate);
    expect(problem?.options.errors?.[0]).toEqual(key ? { path: 'userId', key } : undefined);
  });
});

describe('periods of delegation', () => {
  it.each([
    [{ since: '2026-01-01', until: null }, { since: '2027-01-01', until: null }, true],
    [{ since: '2026-01-01', until: '2026-12-31' }, { since: '2027-01-01', until: null }, false],
    [{ since: '2026-01-01', until: '2027-01-01' }, { since: '2027-01-01', until: null }, true],
    [{ since: '2026-06-01', until: '2026-06-30' }, { since: '2026-01-01', until: '2026-05-31' }, false],
    [{ since: '2026-06-01', until: '2026-06-30' }, { since: '2026-06-15', until: '2026-06-15' }, true],
  ])('%j and %j overlap: %s', (a, b, expected) => {
    expect(periodsOverlap(a, b)).toBe(expected);
    expect(periodsOverlap(b, a)).toBe(expected);
  });

  it('ignores the delegation itself when its end changes', () => {
    const own = { id: 'a', since: '2026-01-01', until: null };
    expect(delegationOverlapProblem(own, [own])).toBeNull();
    const other = { id: 'b', since: '2027-01-01', until: null };
    expect(delegationOverlapProblem(own, [own, other])?.options.extensions).toEqual({ delegationId: 'b' });
  });

  it('covers its first and last day, included', () => {
    const period = { since: '2026-01-01', until: '2026-01-31' };
    expect(['2025-12-31', '2026-01-01', '2026-01-31', '2026-02-01'].map((d) => coversDay(period, d))).toEqual(
      [false, true, true, false],
    );
    expect(coversDay({ since: '2026-01-01', until: null }, '2099-01-01')).toBe(true);
  });

  it('ends on or after its first day, and exists only in its own centre', () => {
    expect(delegationEndProblem('2026-01-01', '2026-01-01')).toBeNull();
    expect(delegationEndProblem('2026-01-01', null)).toBeNull();
    expect(delegationEndProblem('2026-01-02', '2026-01-01')?.status).toBe(400);
    expect(delegationAccessProblem({ centreId: 'a' }, { centreId: 'b' })?.status).toBe(404);
    expect(delegationAccessProblem({ centreId: 'a' }, undefined)?.status).toBe(404);
    expect(delegationAccessProblem({ centreId: 'a' }, { centreId: 'a' })).toBeNull();
  });
});
