import { describe, expect, it } from 'vitest';
import { nextDay } from './dates.ts';
import {
  achievedAgainstTarget,
  ageBand,
  costPerTrajectory,
  type DatedScore,
  OUTCOMES,
  outcomeOrder,
  progressChange,
  progressSummary,
  RESULT_INDICATORS,
  sanctionDurationBand,
  sanctionKindKey,
  share,
} from './reports.ts';
import { longestSuspensionEnd } from './sanctions.ts';

describe('ageBand', () => {
  it.each([
    // On 31 December, the report's day: a birthday on the day counts.
    ['2025-12-31', '2025-12-31', 'under25'], // born on the day: 0
    ['2001-01-01', '2025-12-31', 'under25'], // 24
    ['2001-12-31', '2025-12-31', 'under25'], // 24, 25 tomorrow
    ['2000-12-31', '2025-12-31', '25to34'], // 25 on the day
    ['1991-12-31', '2025-12-31', '25to34'], // 34
    ['1990-12-31', '2025-12-31', '35to44'], // 35 on the day
    ['1981-12-31', '2025-12-31', '35to44'], // 44
    ['1980-12-31', '2025-12-31', '45to54'], // 45 on the day
    ['1971-12-31', '2025-12-31', '45to54'], // 54
    ['1970-12-31', '2025-12-31', '55plus'], // 55 on the day
    ['1930-06-15', '2025-12-31', '55plus'],
    // Another day: the year difference alone would say 35 for both.
    ['1991-06-15', '2026-06-14', '25to34'],
    ['1991-06-15', '2026-06-15', '35to44'],
    // Born on 29 February: a year older on 1 March in a year without one.
    ['1980-02-29', '2025-02-28', '35to44'], // 44
    ['1980-02-29', '2025-03-01', '45to54'], // 45
    ['1996-02-29', '2021-02-28', 'under25'],
    ['1996-02-29', '2021-03-01', '25to34'],
    ['1996-02-29', '2020-02-29', 'under25'], // 24 on the leap day itself
  ] as const)('born %s, on %s → %s', (birthDate, onDay, band) => {
    expect(ageBand(birthDate, onDay)).toBe(band);
  });

  it('refuses a person born after the day', () => {
    expect(() => ageBand('2026-01-01', '2025-12-31')).toThrow(RangeError);
  });
});

describe('outcomes', () => {
  it('the result indicators are the form’s four, in its order', () => {
    expect(RESULT_INDICATORS).toEqual([
      'socioProfessional',
      'reinforcedAutonomy',
      'volunteering',
      'employment',
    ]);
  });

  it.each([
    ['none', [], []],
    [
      'mixed, in any order',
      ['other', 'volunteering', 'employment', 'stoppedByPerson', 'socioProfessional'],
      ['socioProfessional', 'volunteering', 'employment', 'stoppedByPerson', 'other'],
    ],
    ['each once', ['other', 'employment', 'other', 'employment'], ['employment', 'other']],
    [
      'others only, in OUTCOMES order',
      ['endOfRight', 'studiesCompleted'],
      ['studiesCompleted', 'endOfRight'],
    ],
    [
      'all, reversed',
      [...OUTCOMES].reverse(),
      [
        'socioProfessional',
        'reinforcedAutonomy',
        'volunteering',
        'employment',
        'studiesCompleted',
        'stoppedByPerson',
        'movedToAnotherCentre',
        'endOfRight',
        'other',
      ],
    ],
  ] as const)('%s', (_, outcomes, order) => {
    expect(outcomeOrder(outcomes)).toEqual(order);
  });
});

describe('sanctionDurationBand: calendar days, both ends included', () => {
  it.each([
    ['2026-11-01', '2026-11-01', 'upTo1Week'], // 1 day
    ['2026-11-01', '2026-11-07', 'upTo1Week'], // 7
    ['2026-11-01', '2026-11-08', 'upTo2Weeks'], // 8
    ['2026-11-01', '2026-11-14', 'upTo2Weeks'], // 14
    ['2026-11-01', '2026-11-15', 'upTo1Month'], // 15
    ['2026-11-01', '2026-11-30', 'upTo1Month'], // the whole month
    ['2026-11-01', '2026-12-01', 'over1Month'],
    ['2026-10-15', '2026-11-14', 'upTo1Month'], // 31 days is still a month from 15 October
    ['2027-02-01', '2027-02-28', 'upTo1Month'],
    ['2027-02-01', '2027-03-01', 'over1Month'], // 29 days, yet more than February
    ['2027-01-31', '2027-02-28', 'upTo1Month'], // the law's month from 31 January
    ['2027-01-31', '2027-03-01', 'over1Month'],
    ['2026-10-20', '2026-10-26', 'upTo1Week'], // across the end of summer time: still 7 days
    ['2026-03-26', '2026-04-01', 'upTo1Week'], // across its start
    ['2028-02-23', '2028-02-29', 'upTo1Week'], // 7 with the leap day
    ['2028-02-23', '2028-03-01', 'upTo2Weeks'], // 8 with the leap day
    ['2026-11-01', '2027-01-31', 'over1Month'], // a repeat: 3 months
  ] as const)('%s to %s → %s', (startOn, endOn, band) => {
    expect(sanctionDurationBand(startOn, endOn)).toBe(band);
  });

  it('refuses a period that ends before it starts', () => {
    expect(() => sanctionDurationBand('2026-11-02', '2026-11-01')).toThrow(RangeError);
  });

  it('agrees with the law’s check on every first day of two years: the longest first sanction is "up to 1 month"', () => {
    const wrong: string[] = [];
    for (let day = '2027-01-01'; day < '2029-01-01'; day = nextDay(day)) {
      const last = longestSuspensionEnd(day, 1);
      if (sanctionDurationBand(day, last) !== 'upTo1Month') wrong.push(`${day}–${last}`);
      if (sanctionDurationBand(day, nextDay(last)) !== 'over1Month') wrong.push(`${day}–${nextDay(last)}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('sanctionKindKey', () => {
  it.each([
    ['total', false, 'total'],
    ['total', true, 'totalSuspended'],
    ['partial', false, 'partial'],
    ['partial', true, 'partialSuspended'],
  ] as const)('%s, suspended %s → %s', (extent, suspended, key) => {
    expect(sanctionKindKey({ extent, suspended })).toBe(key);
  });
});

describe('share: a ratio to a tenth of a percent', () => {
  it.each([
    [1, 3, 0.333],
    [2, 3, 0.667], // rounded, not cut
    [1, 8, 0.125],
    [1, 16, 0.063], // 6.25 %: halves up, not to even
    [1, 80, 0.013], // 1.25 %: a true half, not lost to a float error
    [1, 2000, 0.001], // 0.05 % shows as 0.1 %
    [1, 2001, 0],
    [0, 5, 0],
    [5, 5, 1],
    [12, 10, 1.2], // more than the target
    [0, 0, null],
    [3, 0, null],
  ])('%i / %i → %s', (numerator, denominator, expected) => {
    expect(share(numerator, denominator)).toBe(expected);
  });

  it.each([
    [-1, 3],
    [1.5, 3],
    [Number.NaN, 3],
    [1, -2],
    [1, Number.POSITIVE_INFINITY],
  ])('refuses %s / %s', (numerator, denominator) => {
    expect(() => share(numerator, denominator)).toThrow(RangeError);
  });
});

describe('achievedAgainstTarget', () => {
  it.each([
    [12, 10, { achieved: 12, target: 10, share: 1.2 }],
    [4, 10, { achieved: 4, target: 10, share: 0.4 }],
    [0, 10, { achieved: 0, target: 10, share: 0 }],
    [3, 0, { achieved: 3, target: 0, share: null }],
    [0, 0, { achieved: 0, target: 0, share: null }],
    [3, null, { achieved: 3, target: null, share: null }],
    [3, undefined, { achieved: 3, target: null, share: null }],
  ])('%i against %s', (achieved, target, expected) => {
    expect(achievedAgainstTarget(achieved, target)).toEqual(expected);
  });
});

const scores = (...points: Array<[string, number | null]>): DatedScore[] =>
  points.map(([measuredOn, score]) => ({ measuredOn, score }));
/** A person measured twice, with the given change from a baseline of 2. */
const changedBy = (change: number) => scores(['2026-01-01', 2], ['2026-06-01', 2 + change]);

describe('progressChange: first to last, by day', () => {
  it.each([
    ['no measurement', [], null],
    ['one measurement', scores(['2026-01-10', 2]), null],
    ['one side scored once', scores(['2026-01-10', 2], ['2026-03-01', null]), null],
    [
      'twice',
      scores(['2026-01-10', 2], ['2026-03-01', 4]),
      { baseline: 2, latest: 4, change: 2, direction: 'improved' },
    ],
    [
      'given out of order: by day, not as given',
      scores(['2026-05-01', 4], ['2026-01-10', 2], ['2026-03-01', 1]),
      { baseline: 2, latest: 4, change: 2, direction: 'improved' },
    ],
    [
      'down at the end: the last, not the best',
      scores(['2026-01-10', 3], ['2026-03-01', 5], ['2026-05-01', 1]),
      { baseline: 3, latest: 1, change: -2, direction: 'declined' },
    ],
    [
      'back where they started',
      scores(['2026-01-10', 3], ['2026-03-01', 1], ['2026-05-01', 3]),
      { baseline: 3, latest: 3, change: 0, direction: 'stayed' },
    ],
    [
      'not scored at first: the baseline is the first score',
      scores(['2026-01-10', null], ['2026-03-01', 2], ['2026-05-01', 3]),
      { baseline: 2, latest: 3, change: 1, direction: 'improved' },
    ],
    [
      'same day: in the order given',
      scores(['2026-01-10', 2], ['2026-01-10', 3]),
      { baseline: 2, latest: 3, change: 1, direction: 'improved' },
    ],
  ])('%s', (_, points, expected) => {
    expect(progressChange(points)).toEqual(expected);
  });
});

describe('progressSummary', () => {
  it.each([
    [
      'nobody',
      [],
      { measured: 0, counts: { improved: 0, stayed: 0, declined: 0 }, meanChange: null },
      { improved: null, stayed: null, declined: null },
    ],
    [
      // +2, 0, −3, +3 over 4 measured (the once-measured and the unmeasured do not count): 2 / 4.
      'six people, four measured twice or more',
      [
        scores(['2026-01-01', 1], ['2026-06-01', 3]),
        scores(['2026-01-01', 2], ['2026-06-01', 2]),
        scores(['2026-01-01', 4], ['2026-06-01', 1]),
        scores(['2026-01-01', 2]),
        [],
        scores(['2026-01-01', 1], ['2026-03-01', 2], ['2026-06-01', 4]),
      ],
      { measured: 4, counts: { improved: 2, stayed: 1, declined: 1 }, meanChange: 0.5 },
      { improved: 0.5, stayed: 0.25, declined: 0.25 },
    ],
    [
      'a third: 0.33, and shares of 33.3 % and 66.7 %',
      [changedBy(1), changedBy(0), changedBy(0)],
      { measured: 3, counts: { improved: 1, stayed: 2, declined: 0 }, meanChange: 0.33 },
      { improved: 0.333, stayed: 0.667, declined: 0 },
    ],
    [
      'a mean rise of 0.125 → 0.13',
      [changedBy(1), ...Array.from({ length: 7 }, () => changedBy(0))],
      { measured: 8, counts: { improved: 1, stayed: 7, declined: 0 }, meanChange: 0.13 },
      { improved: 0.125, stayed: 0.875, declined: 0 },
    ],
    [
      'a mean decline of 0.375 → −0.38, as large as the same rise',
      [...Array.from({ length: 3 }, () => changedBy(-1)), ...Array.from({ length: 5 }, () => changedBy(0))],
      { measured: 8, counts: { improved: 0, stayed: 5, declined: 3 }, meanChange: -0.38 },
      { improved: 0, stayed: 0.625, declined: 0.375 },
    ],
    [
      'one up, one down: 0',
      [changedBy(1), changedBy(-1)],
      { measured: 2, counts: { improved: 1, stayed: 0, declined: 1 }, meanChange: 0 },
      { improved: 0.5, stayed: 0, declined: 0.5 },
    ],
  ])('%s', (_, people, expected, shares) => {
    expect(progressSummary(people)).toEqual({ ...expected, shares });
  });

  it('a tiny decline rounds to 0, not −0', () => {
    const people = [changedBy(-1), ...Array.from({ length: 300 }, () => changedBy(0))];
    expect(progressSummary(people).meanChange).toBe(0); // toBe tells 0 from −0
  });
});

describe('costPerTrajectory: in cents, over the trajectories with a cost', () => {
  it.each([
    ['none recorded', [], { totalCents: 0, trajectories: 0, perTrajectoryCents: null }],
    ['one', [['t1', 240_000]], { totalCents: 240_000, trajectories: 1, perTrajectoryCents: 240_000 }],
    [
      'the ESF range, 2,400 € and 9,700 €',
      [
        ['t1', 240_000],
        ['t2', 970_000],
      ],
      { totalCents: 1_210_000, trajectories: 2, perTrajectoryCents: 605_000 },
    ],
    [
      'several costs on one trajectory: one trajectory',
      [
        ['t1', 10],
        ['t1', 20],
        ['t2', 30],
      ],
      { totalCents: 60, trajectories: 2, perTrajectoryCents: 30 },
    ],
    [
      'a recorded 0 € counts',
      [
        ['t1', 30],
        ['t2', 0],
      ],
      { totalCents: 30, trajectories: 2, perTrajectoryCents: 15 },
    ],
    [
      'half a cent rounds up',
      [
        ['t1', 1],
        ['t2', 0],
      ],
      { totalCents: 1, trajectories: 2, perTrajectoryCents: 1 },
    ],
    [
      'two thirds of a cent',
      [
        ['t1', 1],
        ['t2', 1],
        ['t3', 0],
      ],
      { totalCents: 2, trajectories: 3, perTrajectoryCents: 1 },
    ],
    [
      '0.10 € + 0.20 € is 0.30 €, exactly',
      [
        ['t1', 10],
        ['t2', 20],
      ],
      { totalCents: 30, trajectories: 2, perTrajectoryCents: 15 },
    ],
  ] as const)('%s', (_, costs, expected) => {
    expect(costPerTrajectory(costs.map(([trajectoryId, cents]) => ({ trajectoryId, cents })))).toEqual(
      expected,
    );
  });

  it.each([
    ['euros, not cents', 10.5],
    ['a negative amount', -1],
    ['NaN', Number.NaN],
  ])('refuses %s', (_, cents) => {
    expect(() => costPerTrajectory([{ trajectoryId: 't1', cents }])).toThrow(RangeError);
  });

  it('refuses a total too large to add exactly', () => {
    expect(() =>
      costPerTrajectory([
        { trajectoryId: 't1', cents: Number.MAX_SAFE_INTEGER },
        { trajectoryId: 't2', cents: 1 },
      ]),
    ).toThrow(RangeError);
  });
});
