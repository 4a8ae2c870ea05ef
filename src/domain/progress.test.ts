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
  scores: Array<[string, number | null, (number | null)?]>,
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
    expect: {
      changes: Record<string, number | null>;
      overall: number | null;
      disagreements?: string[];
      personChanges?: Record<string, number | null>;
    };
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
    {
      name: "the person's view alone at intake: the worker's change starts at the worker's first score",
      measurements: [
        m('2026-01-10', [['work', null, 2]]),
        m('2026-03-10', [['work', 2, 3]]),
        m('2026-06-10', [['work', 5, 4]]),
      ],
      expect: { changes: { work: 3 }, personChanges: { work: 2 }, overall: 3 },
    },
    {
      name: "the worker's score alone: no person change, no disagreement",
      measurements: [m('2026-01-10', [['work', 1]]), m('2026-06-10', [['work', 5]])],
      expect: { changes: { work: 4 }, personChanges: { work: null }, overall: 4 },
    },
    {
      name: "only the person's view: their change, no worker change, nothing to disagree with",
      measurements: [m('2026-01-10', [['home', null, 1]]), m('2026-06-10', [['home', null, 5]])],
      expect: { changes: { home: null }, personChanges: { home: 4 }, overall: null },
    },
    {
      name: 'one side per measurement: each side has a single point, so no change yet',
      measurements: [m('2026-01-10', [['work', 2, null]]), m('2026-06-10', [['work', null, 5]])],
      expect: { changes: { work: null }, personChanges: { work: null }, overall: null },
    },
    {
      name: 'a gap on the latest measurement counts only when both sides gave a score on it',
      measurements: [m('2026-01-10', [['work', 1, 5]]), m('2026-06-10', [['work', 2, null]])],
      expect: { changes: { work: 1 }, personChanges: { work: null }, overall: 1 },
    },
    {
      name: 'a score with neither side is no point at all',
      measurements: [m('2026-01-10', [['work', 2]]), m('2026-06-10', [['work', null, null]])],
      expect: { changes: { work: null }, overall: null },
    },
  ];

  it.each(cases)('$name', ({ measurements, expect: expected }) => {
    const progress = computeProgress(measurements, versions, ['work', 'home', 'health']);
    expect(Object.fromEntries(progress.domains.map((d) => [d.domain, d.change]))).toEqual(expected.changes);
    expect(progress.overallChange).toBe(expected.overall);
    expect(progress.disagreements.map((d) => d.domain)).toEqual(expected.disagreements ?? []);
    if (expected.personChanges) {
      expect(Object.fromEntries(progress.domains.map((d) => [d.domain, d.personChange]))).toEqual(
        expected.personChanges,
      );
    }
  });

  it("names each side's first and last points, and keeps the notes", () => {
    const first = m('2026-01-10', [['work', null, 2]]);
    const second: Measurement = {
      ...m('2026-03-10', [['work', 3, null]]),
      scores: [{ domain: 'work', workerScore: 3, personScore: null, note: 'Stage trouvé' }],
    };
    const third = m('2026-06-10', [['work', 4, 3]]);
    const [work] = computeProgress([first, second, third], versions, ['work']).domains;
    expect(work).toMatchObject({
      baseline: { measurementId: first.id, workerScore: null, personScore: 2, note: null },
      latest: { measurementId: third.id },
      workerBaseline: { measurementId: second.id, workerScore: 3, note: 'Stage trouvé' },
      workerLatest: { measurementId: third.id, workerScore: 4 },
      personBaseline: { measurementId: first.id, personScore: 2 },
      personLatest: { measurementId: third.id, personScore: 3 },
      change: 1,
      personChange: 1,
    });
  });

  it("counts a side's change only on the same scale", () => {
    // The person's view at v1 (1–6) and at v2 (0–10): not comparable; the worker's, both at v2, is.
    const [work] = computeProgress(
      [
        m('2026-01-10', [['work', null, 2]]),
        m('2026-03-10', [['work', 3, null]], 2),
        m('2026-06-10', [['work', 6, 9]], 2),
      ],
      versions,
      ['work'],
    ).domains;
    expect([work?.change, work?.personChange]).toEqual([3, null]);
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

  it('orders two measurements of one day recorded at one instant by id, whatever order they come in', () => {
    const at = '2026-02-01T09:00:00Z';
    const early = { ...m('2026-02-01', [['work', 2]], 1, at), id: 'a-first' };
    const late = { ...m('2026-02-01', [['work', 5]], 1, at), id: 'b-second' };
    for (const given of [
      [early, late],
      [late, early],
    ]) {
      const [work] = computeProgress(given, versions, ['work']).domains;
      expect([work?.baseline.workerScore, work?.latest.workerScore, work?.change]).toEqual([2, 5, 3]);
    }
  });
});
