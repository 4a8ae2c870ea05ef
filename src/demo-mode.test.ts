import { describe, expect, it } from 'vitest';
import { demoMode, isProduction } from './demo-mode.ts';

describe('demoMode', () => {
  it.each([
    [{}, true],
    [{ PASSERELLE_DEMO: 'on' }, true],
    [{ PASSERELLE_DEMO: ' ON ' }, true],
    [{ PASSERELLE_DEMO: '1' }, true],
    [{ PASSERELLE_DEMO: 'off' }, false],
    [{ PASSERELLE_DEMO: 'false' }, false],
    [{ PASSERELLE_DEMO: '0' }, false],
    [{ NODE_ENV: 'production' }, false],
    [{ NODE_ENV: 'production', PASSERELLE_DEMO: 'on' }, false],
    [{ NODE_ENV: 'development', PASSERELLE_DEMO: 'on' }, true],
  ] as Array<[NodeJS.ProcessEnv, boolean]>)('%o → %s', (env, expected) =>
    expect(demoMode(env)).toBe(expected),
  );

  it('refuses a value it does not understand rather than guess', () =>
    expect(() => demoMode({ PASSERELLE_DEMO: 'maybe' })).toThrow(
      'PASSERELLE_DEMO must be on or off, got "maybe"',
    ));

  it.each([
    [{ NODE_ENV: 'production' }, true],
    [{ NODE_ENV: 'test' }, false],
    [{}, false],
  ] as Array<[NodeJS.ProcessEnv, boolean]>)('isProduction %o → %s', (env, expected) =>
    expect(isProduction(env)).toBe(expected),
  );
});
