/** The CI guard of the benchmark: a ratio that falls below half of the recorded one fails the run. */
import { describe, expect, it } from 'vitest';
import { ratioFalls } from '../bench/report.ts';

const row = (type: string, connections: number, ratio: number | null) => ({
  type,
  label: type,
  connections,
  ratio,
  targetRatio: 0.5,
  app: {} as never,
  baseline: {} as never,
});

describe('ratioFalls', () => {
  const recorded = { results: [row('list', 10, 0.3), row('list', 50, 0.28), row('person', 10, 0.2)] };

  it.each([
    ['all at or above half', [row('list', 10, 0.15), row('list', 50, 0.2), row('person', 10, 0.1)], []],
    [
      'one below half',
      [row('list', 10, 0.149), row('person', 10, 0.2)],
      ['list at 10 connections: 0.149 against 0.3 recorded'],
    ],
    [
      'no answer at all',
      [row('person', 10, null)],
      ['person at 10 connections: no answer against 0.2 recorded'],
    ],
    ['a type or connection count never recorded', [row('timeline', 10, 0.01), row('list', 1, 0.01)], []],
  ])('%s', (_, results, expected) => {
    expect(ratioFalls(recorded, { results })).toEqual(expected);
  });
});
