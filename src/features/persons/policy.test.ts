import { describe, expect, it } from 'vitest';
import { personAccessProblem, personUpdateProblem } from './policy.ts';

const namur = { centreId: 'namur' };
const person = { centreId: 'namur', version: 3 };

describe('personAccessProblem', () => {
  it.each([
    ['own centre', person, null],
    ['another centre', { centreId: 'gent', version: 3 }, 'errors.personNotFound'],
    ['no such person', undefined, 'errors.personNotFound'],
  ] as const)('%s → %s', (_name, record, key) =>
    expect(personAccessProblem(namur, record)?.key ?? null).toBe(key),
  );
  it('answers 404, not 403, for another centre', () =>
    expect(personAccessProblem(namur, { centreId: 'gent', version: 1 })?.status).toBe(404));
});

describe('personUpdateProblem', () => {
  it.each([
    ['the version read', 3, null, null],
    ['a stale version', 2, 'errors.staleVersion', 409],
    ['a version from the future', 4, 'errors.staleVersion', 409],
  ] as const)('%s → %s', (_name, version, key, status) => {
    const problem = personUpdateProblem(namur, person, version);
    expect(problem?.key ?? null).toBe(key);
    expect(problem?.status ?? null).toBe(status);
  });
  it('says not found before stale for another centre', () =>
    expect(personUpdateProblem(namur, { centreId: 'gent', version: 3 }, 1)?.key).toBe(
      'errors.personNotFound',
    ));
});
