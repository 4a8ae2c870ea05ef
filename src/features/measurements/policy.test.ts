import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition } from '../../domain/instruments.ts';
import { chooseInstrumentVersion, measurementAccessProblem, measurementChangeProblem } from './policy.ts';

const definition = (tag: string) => ({ key: 'ours', tag }) as unknown as InstrumentDefinition;
const versions = new Map([
  [1, definition('v1')],
  [2, definition('v2')],
]);

describe('chooseInstrumentVersion', () => {
  it('takes the latest version when none is named', () =>
    expect(chooseInstrumentVersion(versions, undefined)).toMatchObject({ problem: null, version: 2 }));
  it('takes the version named', () => {
    const choice = chooseInstrumentVersion(versions, 1);
    expect(choice.version).toBe(1);
    expect(choice.definition).toBe(versions.get(1));
  });
  it.each([
    ['an unknown instrument', new Map(), undefined, 'instrumentKey', 'validation.unknownInstrument'],
    ['an unknown version', versions, 3, 'instrumentVersion', 'validation.unknownInstrumentVersion'],
  ] as const)('refuses %s', (_name, known, requested, path, key) => {
    const choice = chooseInstrumentVersion(known, requested);
    expect(choice.problem?.options.errors).toEqual([{ path, key }]);
  });
});

const namur = { centreId: 'namur' };
const inForce = { centreId: 'namur', withdrawnAt: null, version: 3 };
const withdrawn = { ...inForce, withdrawnAt: new Date('2026-11-01T09:00:00Z') };

describe('measurementAccessProblem', () => {
  it.each([
    ['own centre', inForce, null],
    ['own centre, withdrawn: still readable', withdrawn, null],
    ['another centre', { ...inForce, centreId: 'gent' }, 'errors.measurementNotFound'],
    ['missing', undefined, 'errors.measurementNotFound'],
  ] as const)('%s → %s', (_name, record, key) =>
    expect(measurementAccessProblem(namur, record)?.key ?? null).toBe(key),
  );
});

describe('measurementChangeProblem', () => {
  it.each([
    ['in force, version read', inForce, 3, null, null],
    ['in force, stale version', inForce, 2, 'errors.staleVersion', 409],
    ['withdrawn', withdrawn, 3, 'errors.measurementWithdrawn', 409],
    ['withdrawn and stale: the withdrawal is the reason', withdrawn, 1, 'errors.measurementWithdrawn', 409],
    ['another centre', { ...inForce, centreId: 'gent' }, 3, 'errors.measurementNotFound', 404],
    ['missing', undefined, 1, 'errors.measurementNotFound', 404],
  ] as const)('%s → %s', (_name, record, version, key, status) => {
    const problem = measurementChangeProblem(namur, record, version);
    expect(problem?.key ?? null).toBe(key);
    expect(problem?.status ?? null).toBe(status);
  });
});
