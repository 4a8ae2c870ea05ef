import { describe, expect, it } from 'vitest';
import { CentrePolicySchema, DEFAULT_POLICY, evaluationsFor } from './centre-policy.ts';

describe('the centre policy', () => {
  it('defaults to the law: decision date, 5 calendar days, 3 evaluations a year with 2 in person', () => {
    expect(CentrePolicySchema.parse(DEFAULT_POLICY)).toEqual(DEFAULT_POLICY);
  });

  it.each([
    [
      'fewer than 3 evaluations a year',
      { evaluation: { kind: 'perYear', minimum: 2 } },
      'evaluation.minimum',
    ],
    [
      'an evaluation less often than every 4 months',
      { evaluation: { kind: 'everyMonths', months: 6 } },
      'evaluation.months',
    ],
    ['fewer than 2 in person', { inPersonMinimum: 1 }, 'inPersonMinimum'],
    ['a reflection period under 5 days', { reflectionDays: 3 }, 'reflectionDays'],
  ])('may be stricter than the law, never laxer: refuses %s', (_name, change, path) => {
    const result = CentrePolicySchema.safeParse({ ...DEFAULT_POLICY, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual([path]);
  });

  it.each([
    [DEFAULT_POLICY, 365, 3],
    [DEFAULT_POLICY, 183, 2],
    [DEFAULT_POLICY, 90, 1],
    [DEFAULT_POLICY, 730, 6],
    [{ ...DEFAULT_POLICY, evaluation: { kind: 'perYear' as const, minimum: 4 } }, 365, 4],
    [{ ...DEFAULT_POLICY, evaluation: { kind: 'everyMonths' as const, months: 3 } }, 365, 4],
  ])('evaluationsFor(%j, %i days) = %i', (policy, days, expected) =>
    expect(evaluationsFor(policy, days)).toBe(expected),
  );
});
