import { describe, expect, it } from 'vitest';
import { federalMarks, sizeBandOf, withSanctionBandTotals } from './federal.ts';

describe('sizeBandOf', () => {
  it.each([
    [0, 'small'],
    [99, 'small'],
    [100, 'medium'],
    [999, 'medium'],
    [1000, 'large'],
  ] as const)('%i participants: %s', (participants, band) => {
    expect(sizeBandOf(participants)).toBe(band);
  });
});

describe('withSanctionBandTotals', () => {
  it('adds each band over the four kinds', () => {
    const counts = withSanctionBandTotals(
      new Map([
        ['sanctions.total.upTo1Week', 2],
        ['sanctions.partialSuspended.upTo1Week', 3],
        ['sanctions.partial.over1Month', 1],
      ]),
    );
    expect(counts.get('sanctions.all.upTo1Week')).toBe(5);
    expect(counts.get('sanctions.all.over1Month')).toBe(1);
    expect(counts.get('sanctions.all.upTo2Weeks')).toBe(0);
  });
});

const sex = (f: number, m: number, x = 0) =>
  new Map([
    ['participants.sex.F', f],
    ['participants.sex.M', m],
    ['participants.sex.X', x],
    ['participants.total', f + m + x],
  ]);

describe('federalMarks', () => {
  it('the country alone: a small cell and its complement, the total shown', () => {
    const { national } = federalMarks(sex(3, 40), []);
    expect(national.get('participants.sex.F')).toBe('lessThan5');
    expect(national.get('participants.sex.M')).toBe('hidden');
    expect(national.has('participants.total')).toBe(false);
    expect(national.has('participants.sex.X')).toBe(false); // a zero names nobody
  });

  it('nothing small, nothing hidden', () => {
    const { national, groups } = federalMarks(sex(50, 60), [
      { key: 'a', counts: sex(20, 30) },
      { key: 'b', counts: sex(30, 30) },
    ]);
    expect([...national.keys()]).toEqual([]);
    expect([...(groups.get('a')?.keys() ?? [])]).toEqual([]);
  });

  // A seeded generator: the same tables every run.
  let seed = 42;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed % n;
  };

  it('across 300 random splits in 3 groups, no line leaves a hidden non-zero cell alone', () => {
    for (let run = 0; run < 300; run++) {
      const groups = ['a', 'b', 'c'].map((key) => ({
        key,
        counts: sex(random(3) ? random(12) : random(60), random(40), random(4) ? 0 : random(6)),
      }));
      const national = new Map<string, number>();
      for (const g of groups) for (const [c, v] of g.counts) national.set(c, (national.get(c) ?? 0) + v);
      const marks = federalMarks(national, groups);
      const hidden = (slot: 'all' | string, cell: string) =>
        (slot === 'all' ? marks.national : marks.groups.get(slot))?.has(cell) ?? false;
      const countOf = (slot: string, cell: string) =>
        (slot === 'all' ? national : groups.find((g) => g.key === slot)?.counts)?.get(cell) ?? 0;
      const cells = ['participants.sex.F', 'participants.sex.M', 'participants.sex.X', 'participants.total'];
      // Every count of 1 to 4 is suppressed.
      for (const slot of ['all', 'a', 'b', 'c']) {
        for (const cell of cells) {
          const v = countOf(slot, cell);
          if (v > 0 && v < 5) expect(hidden(slot, cell), `${run} ${slot} ${cell}`).toBe(true);
        }
      }
      // Within each group: F + M + X = total; across groups: a + b + c = country.
      const lines: [string, string][][] = [];
      for (const slot of ['all', 'a', 'b', 'c']) lines.push(cells.map((c) => [slot, c]));
      for (const cell of cells) lines.push(['a', 'b', 'c', 'all'].map((s) => [s, cell]));
      for (const line of lines) {
        // A withheld zero ("<5" in a group under 5) is as unknown to a reader as any other.
        const withheld = line.filter(([s, c]) => hidden(s, c));
        const alone = withheld.length === 1 && countOf(...(withheld[0] as [string, string])) > 0;
        expect(alone, `${run} ${JSON.stringify(line)}`).toBe(false);
      }
    }
  });
});
