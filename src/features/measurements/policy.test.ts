import { describe, expect, it } from 'vitest';
import type { InstrumentDefinition } from '../../domain/instruments.ts';
import { chooseInstrumentVersion } from './policy.ts';

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
