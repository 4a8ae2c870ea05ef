import { describe, expect, it } from 'vitest';
import { BUILT_IN_INSTRUMENTS } from './instruments/built-in.ts';
import type { InstrumentDefinition } from './instruments.ts';
import { computeProgress, type Measurement } from './progress.ts';

const ladder = BUILT_IN_INSTRUMENTS[0] as InstrumentDefinition;
/** Version 2 of an instrument whose "work" domain moved to a 0–10 scale and gained "health". */
const v1: InstrumentDefinition = {
  ...ladder,
  key: 'custom',
  domains: [
    { key: 'work', name: ladder.name },
    { key: 'home', name: ladder.name },
  ],
};
const v2: InstrumentDefinition = {
  ...v1,
  domains: [
    { key: 'work', name: ladder.name, scale: { min: 0, max: 10, levels: [] } },
    { key: 'home', name: ladder.name },
    { key: 'health', name: ladder.name },
  ],
};
const versions = new Map([
  [1, v1],
  [2, v2],
]);

let n = 0;
const m = (
  measuredOn: string,
  scores: Array<[string, number, number?]>,
  instrumentVersion = 1,
  recordedAt = `2026-01-01T00:00:0${n}Z`,
): Measurement => ({
  id: `m${++n}`,
  measuredOn,
  recordedAt,
  instrumentVersion,
  scores: scores.map(([domain, workerScore, personScore]) => ({ domain, workerScore, personScore })),
});

describe('computeProgress', () => {
  const cases: Array<{
    name: string;
    measurements: Measurement[];
    expect: { changes: Record<string, number | null>; overall: number | null; disagreements?: string[] };
  }> = [
    { name: 'no measurement', measurements: [], expect: { changes: {}, overall: null } },
    {
      name: 'a single measurement: a baseline, no change yet',
      measurements: [m('2026-01-10', [['work', 2]])],
      expect: { changes: { work: null }, overall: null },
    },
    {
      name: 'baseline and latest',
      measurements: [
        m('2026-01-10', [
          ['work', 2],
          ['home', 3],
        ]),
        m('2026-06-10', [
          ['work', 4],
          ['home', 2],
        ]),
      ],
      expect: { changes: { work: 2, home: -1 }, overall: 0.5 },
    },
    {
      name: 'given out of order: sorted by date',
      measurements: [
        m('2026-06-10', [['work', 4]]),
        m('2026-01-10', [['work', 1]]),
        m('2026-03-10', [['work', 6]]),
      ],
      expect: { changes: { work: 3 }, overall: 3 },
    },
    {
      name: 'equal dates: the one recorded later is the latest',
      measurements: [
        m('2026-02-01', [['work', 1]], 1, '2026-02-01T08:00:00Z'),
        m('2026-02-01', [['work', 5]], 1, '2026-02-01T09:00:00Z'),
        m('2026-02-01', [['work', 3]], 1, '2026-02-01T07:00:00Z'),
      ],
      expect: { changes: { work: 2 }, overall: 2 },
    },
    {
      name: 'a domain missing from some measurements keeps its own baseline',
      measurements: [
        m('2026-01-10', [['work', 2]]),
        m('2026-03-10', [['home', 1]]),
        m('2026-06-10', [
          ['work', 3],
          ['home', 4],
        ]),
      ],
      expect: { changes: { work: 1, home: 3 }, overall: 2 },
    },
    {
      name: 'a new version changed the scale of a domain: its change is not counted',
      measurements: [
        m('2026-01-10', [
          ['work', 2],
          ['home', 2],
        ]),
        m(
          '2026-06-10',
          [
            ['work', 8],
            ['home', 4],
            ['health', 3],
          ],
          2,
        ),
      ],
      expect: { changes: { work: null, home: 2, health: null }, overall: 2 },
    },
    {
      name: 'worker and person 2 levels apart on the latest measurement',
      measurements: [
        m('2026-01-10', [['work', 2, 5]]),
        m('2026-06-10', [
          ['work', 4, 2],
          ['home', 3, 4],
        ]),
      ],
      expect: { changes: { work: 2, home: null }, overall: 2, disagreements: ['work'] },
    },
  ];

  it.each(cases)('$name', ({ measurements, expect: expected }) => {
    const progress = computeProgress(measurements, versions, ['work', 'home', 'health']);
    expect(Object.fromEntries(progress.domains.map((d) => [d.domain, d.change]))).toEqual(expected.changes);
    expect(progress.overallChange).toBe(expected.overall);
    expect(progress.disagreements.map((d) => d.domain)).toEqual(expected.disagreements ?? []);
  });

  it('keeps the series with versions and both scores', () => {
    const progress = computeProgress(
      [m('2026-01-10', [['home', 2, 3]]), m('2026-06-10', [['home', 4]], 2)],
      versions,
      ['home'],
    );
    expect(progress.domains[0]).toMatchObject({
      baseline: { workerScore: 2, personScore: 3, instrumentVersion: 1 },
      latest: { workerScore: 4, personScore: null, instrumentVersion: 2 },
      change: 2,
      personChange: null,
    });
    expect(progress.domains[0]?.series).toHaveLength(2);
  });
});
