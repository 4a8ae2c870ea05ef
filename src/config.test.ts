import { describe, expect, it } from 'vitest';
import { positiveInteger, readConfig } from './config.ts';

describe('positiveInteger', () => {
  it.each([
    [undefined, 30],
    ['', 30],
    [' 45 ', 45],
    ['1', 1],
  ])('%o → %i', (value, expected) =>
    expect(positiveInteger('SESSION_IDLE_MINUTES', value, 30)).toBe(expected),
  );

  it.each(['0', '-5', 'thirty', '1.5', '30m'])('refuses %o at start with the setting named', (value) =>
    expect(() => positiveInteger('SESSION_IDLE_MINUTES', value, 30)).toThrow(
      `SESSION_IDLE_MINUTES must be a whole number of at least 1, got "${value}"`,
    ),
  );
});

describe('readConfig', () => {
  it('reads the session limits and the port', () =>
    expect(readConfig({ SESSION_DAYS: '7', SESSION_IDLE_MINUTES: '15', PORT: '9090' })).toMatchObject({
      sessionDays: 7,
      sessionIdleMinutes: 15,
      port: 9090,
    }));

  it('stops on a session limit that is not a number, instead of failing every request', () =>
    expect(() => readConfig({ SESSION_IDLE_MINUTES: 'half an hour' })).toThrow(
      'SESSION_IDLE_MINUTES must be a whole number of at least 1, got "half an hour"',
    ));
});
