import { describe, expect, it } from 'vitest';
import { HIDDEN, type ShownCount, suppress, suppressTable } from './suppression.ts';

const S = '<5';
const H = HIDDEN;

// ---------------------------------------------------------------------------------------------
// An independent checker: what a reader could work out from a publication.

/** The cells at `members` add up to the cell at `total`. */
interface Line {
  members: number[];
  total: number;
}

/** Values, what is shown, and the additive lines, flattened the same way for lists and tables. */
interface Publication {
  values: number[];
  shown: ShownCount[];
  lines: Line[];
}

function listPublication(cells: number[], out: ReturnType<typeof suppress>): Publication {
  const total = cells.reduce((a, b) => a + b, 0);
  return {
    values: [...cells, total],
    shown: [...out.cells, out.total],
    lines: [{ members: cells.map((_, i) => i), total: cells.length }],
  };
}

function tablePublication(rows: number[][], out: ReturnType<typeof suppressTable>): Publication {
  const width = (rows[0]?.length ?? 0) + 1;
  const withTotals = rows.map((r) => [...r, r.reduce((a, b) => a + b, 0)]);
  const columnTotals = Array.from({ length: width }, (_, j) =>
    withTotals.reduce((s, r) => s + (r[j] ?? 0), 0),
  );
  const grid = [...withTotals, columnTotals];
  const shownGrid = [
    ...out.rows.map((r, i) => [...r, out.rowTotals[i] as ShownCount]),
    [...out.columnTotals, out.total],
  ];
  const lines: Line[] = [];
  for (let i = 0; i < grid.length; i++) {
    lines.push({
      members: Array.from({ length: width - 1 }, (_, j) => i * width + j),
      total: i * width + width - 1,
    });
  }
  for (let j = 0; j < width; j++) {
    lines.push({ members: rows.map((_, i) => i * width + j), total: rows.length * width + j });
  }
  return { values: grid.flat(), shown: shownGrid.flat(), lines };
}

/** Rank of a matrix (small integers: floating elimination with a tolerance is exact enough). */
function rank(matrix: number[][]): number {
  const m = matrix.map((r) => [...r]);
  let r = 0;
  const columns = m[0]?.length ?? 0;
  for (let c = 0; c < columns && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[c] as number) > 1e-9);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot] as number[], m[r] as number[]];
    const p = m[r] as number[];
    for (let i = 0; i < m.length; i++) {
      const row = m[i] as number[];
      if (i === r || Math.abs(row[c] as number) < 1e-9) continue;
      const f = (row[c] as number) / (p[c] as number);
      for (let k = 0; k < columns; k++) row[k] = (row[k] as number) - f * (p[k] as number);
    }
    r++;
  }
  return r;
}

/** Every way a publication gives a small cell away, or breaks the rules; empty when it does not. */
function leaks({ values, shown, lines }: Publication, minimum = 5): string[] {
  const problems: string[] = [];
  const small = `<${minimum}`;
  const at = (k: number) => values[k] as number;
  const hidden = values.map((_, k) => typeof shown[k] !== 'number');
  // The rules of the marks.
  values.forEach((v, k) => {
    const s = shown[k];
    if (typeof s === 'number' && s !== v) problems.push(`cell ${k} shows ${s}, not ${v}`);
    if (typeof s === 'number' && s > 0 && s < minimum) problems.push(`cell ${k} shows ${s}`);
    if (s === small && v >= minimum) problems.push(`cell ${k} (${v}) marked ${small}`);
    if (s === HIDDEN && v < minimum) problems.push(`cell ${k} (${v}) hidden as a complement`);
    const inSmallGroup = lines.some((l) => l.members.includes(k) && at(l.total) > 0 && at(l.total) < minimum);
    if (v === 0 && s !== 0 && !inSmallGroup) problems.push(`zero at ${k} hidden`);
    // Else four "<5" beside a 0 under a "<5" total would each have to be 1.
    if (v === 0 && s === 0 && inSmallGroup) problems.push(`zero at ${k} shown in a group under 5`);
  });
  // The reader's bounds for each hidden cell (see suppression.ts).
  const mayBeZero = (k: number) => lines.some((l) => l.members.includes(k) && shown[l.total] === small);
  const lo = (k: number) =>
    shown[k] === HIDDEN ? minimum : shown[k] === small ? (mayBeZero(k) ? 0 : 1) : at(k);
  const hi = (k: number) =>
    shown[k] === HIDDEN ? Number.POSITIVE_INFINITY : shown[k] === small ? minimum - 1 : at(k);

  for (const line of lines) {
    const lineHidden = line.members.filter((m) => hidden[m]);
    // Total − visible cells: one hidden cell alone under a visible total is given away.
    if (!hidden[line.total] && lineHidden.length === 1 && at(lineHidden[0] as number) > 0) {
      problems.push(`cell ${lineHidden[0]} = total − visible cells`);
    }
    // The bounds of the line, by enumeration: each hidden non-zero cell must have two possible values.
    if (shown[line.total] === HIDDEN || lineHidden.length === 0) continue;
    const visible = line.members.filter((m) => !hidden[m]).reduce((a, m) => a + at(m), 0);
    const totals = hidden[line.total]
      ? Array.from({ length: minimum }, (_, t) => t).filter((t) => t >= lo(line.total))
      : [at(line.total)];
    const possible = new Map<number, Set<number>>(lineHidden.map((m) => [m, new Set()]));
    const possibleTotals = new Set<number>();
    for (const total of totals) {
      const rest = total - visible;
      if (rest < 0) continue;
      // reach[i]: sums the hidden cells other than i can make, by dynamic programming.
      const sums = (except: number) => {
        let reach = new Set([0]);
        for (const m of lineHidden) {
          if (m === except) continue;
          const next = new Set<number>();
          for (const s of reach)
            for (let v = lo(m); v <= Math.min(hi(m), rest); v++) if (s + v <= rest) next.add(s + v);
          reach = next;
        }
        return reach;
      };
      if (sums(-1).has(rest)) possibleTotals.add(total);
      for (const m of lineHidden) {
        const others = sums(m);
        for (let v = lo(m); v <= Math.min(hi(m), rest); v++)
          if (others.has(rest - v)) possible.get(m)?.add(v);
      }
    }
    for (const [m, set] of possible) {
      if (at(m) > 0 && set.size < 2) problems.push(`cell ${m} forced by its line to ${[...set]}`);
    }
    if (hidden[line.total] && at(line.total) > 0 && possibleTotals.size < 2) {
      problems.push(`total ${line.total} forced by its line`);
    }
  }
  // Any combination of lines: a hidden cell is given away when its unit vector lies in the row
  // space of the lines' coefficients over the hidden cells.
  const unknowns = values.map((_, k) => k).filter((k) => hidden[k]);
  const matrix = lines.map((l) =>
    unknowns.map((k) => (l.members.includes(k) ? 1 : 0) - (l.total === k ? 1 : 0)),
  );
  const r = rank(matrix);
  unknowns.forEach((k, i) => {
    if (at(k) > 0 && rank([...matrix, unknowns.map((_, j) => (j === i ? 1 : 0))]) === r) {
      problems.push(`cell ${k} = a combination of visible lines`);
    }
  });
  return problems;
}

/** A small seeded generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
/** Counts as a centre's figures look: many zeros and small cells among larger ones. */
const count = (next: () => number) => {
  const r = next();
  if (r < 0.2) return 0;
  if (r < 0.55) return 1 + Math.floor(next() * 4);
  return 5 + Math.floor(next() * 21);
};

// ---------------------------------------------------------------------------------------------

describe('the checker finds what it should (else it would pass anything)', () => {
  it.each([
    ['one hidden cell under a visible total', [3, 10, 20], [S, 10, 20], 33, 'cell 0 = total − visible cells'],
    ['two "<5" sharing 2', [1, 1, 40], [S, S, 40], 42, 'cell 0 forced by its line to 1'],
    ['two "<5" sharing 8', [4, 4, 40], [S, S, 40], 48, 'cell 0 forced by its line to 4'],
    [
      'a zero shown in a group under 5',
      [1, 1, 1, 1, 0],
      [S, S, S, S, 0],
      S,
      'zero at 4 shown in a group under 5',
    ],
    ['a complement marked "<5"', [3, 10, 20], [S, S, 20], 33, 'cell 1 (10) marked <5'],
    ['a zero hidden', [0, 10, 20], [H, 10, 20], 30, 'zero at 0 hidden'],
  ] as const)('%s', (_, cells, shownCells, total, problem) => {
    expect(leaks(listPublication([...cells], { cells: [...shownCells], total }))).toContain(problem);
  });

  it('a cell every line hides twice, yet the lines combined give away', () => {
    // Two groups of "<5" joined by one cell (row 1, column 2): each line has two hidden cells or
    // more, but (rows 2 + 3) − (columns 2 + 3) leaves that cell alone.
    const rows = [
      [2, 3, 20, 20],
      [3, 2, 2, 20],
      [20, 20, 3, 2],
      [20, 20, 2, 3],
    ];
    const out = {
      rows: rows.map((r) => r.map((v): ShownCount => (v < 5 ? S : v))),
      rowTotals: [45, 27, 45, 45],
      columnTotals: [45, 45, 27, 45],
      total: 162,
    };
    const problems = leaks(tablePublication(rows, out));
    expect(problems).toEqual(['cell 7 = a combination of visible lines']);
  });
});

describe('suppress: a breakdown and its total', () => {
  it.each([
    ['nothing small', [10, 20, 30], [10, 20, 30], 60],
    ['zeros stay 0', [0, 12, 8], [0, 12, 8], 20],
    ['one small: the next smallest is hidden too', [3, 10, 20], [S, H, 20], 33],
    ['the smallest, not the next in line', [3, 20, 10], [S, 20, H], 33],
    ['"<5" + one more than 5 would give 1 away: one more', [1, 5, 20], [S, H, H], 26],
    ['two "<5" that could only be 1 and 1', [1, 1, 40], [S, S, H], 42],
    ['two "<5" that could only be 4 and 4', [4, 4, 40], [S, S, H], 48],
    ['two "<5" sharing 5 stand on their own', [2, 3, 40], [S, S, 40], 45],
    ['with a zero beside them', [1, 4, 0, 30], [S, S, 0, 30], 35],
    ['a complement among zeros', [0, 3, 0, 12, 6], [0, S, 0, 12, H], 21],
    ['"<5" and a 5 could only be 1 and 5: the total too', [1, 5], [S, H], H],
    ['"<5" and a 5 from a 4', [4, 5], [S, H], 9],
    ['a total under 5', [2, 2], [S, S], S],
    ['a group under 5 is not broken down, zeros included', [3, 0, 0], [S, S, S], S],
    ['four ones', [1, 1, 1, 1], [S, S, S, S], S],
    ['all zero', [0, 0, 0], [0, 0, 0], 0],
    ['no cells', [], [], 0],
  ] as const)('%s: %j', (_, cells, shownCells, total) => {
    const out = suppress([...cells]);
    expect(out).toEqual({ cells: shownCells, total });
    expect(leaks(listPublication([...cells], out))).toEqual([]);
  });

  it('with another minimum, its own mark', () => {
    expect(suppress([5, 12, 20], 10)).toEqual({ cells: ['<10', H, 20], total: 37 });
  });

  it.each([[[-1]], [[1.5]], [[Number.NaN]]])('refuses %j', (cells) => {
    expect(() => suppress(cells)).toThrow(RangeError);
  });

  it('refuses a minimum under 1', () => {
    expect(() => suppress([1], 0)).toThrow(RangeError);
  });

  it('gives nothing away in 2,000 random breakdowns', () => {
    const next = random(20260101);
    const found: string[] = [];
    for (let n = 0; n < 2000; n++) {
      const cells = Array.from({ length: Math.floor(next() * 7) }, () => count(next));
      const problems = leaks(listPublication(cells, suppress(cells)));
      if (problems.length) found.push(`${JSON.stringify(cells)}: ${problems.join('; ')}`);
    }
    expect(found).toEqual([]);
  });
});

describe('suppressTable: rows × columns with their totals', () => {
  it('nothing small: the table as it is', () => {
    expect(
      suppressTable([
        [10, 20],
        [30, 0],
      ]),
    ).toEqual({
      rows: [
        [10, 20],
        [30, 0],
      ],
      rowTotals: [30, 30],
      columnTotals: [40, 20],
      total: 60,
    });
  });

  it('one small cell: its row and its column each hide one more, and the cell across them', () => {
    const rows = [
      [3, 10, 20],
      [10, 12, 15],
    ];
    const out = suppressTable(rows);
    expect(out).toEqual({
      rows: [
        [S, H, 20],
        [H, H, 15],
      ],
      rowTotals: [33, 37],
      columnTotals: [13, 22, 35],
      total: 70,
    });
    expect(leaks(tablePublication(rows, out))).toEqual([]);
  });

  it('a row under 5 is not broken down, and its columns and total are protected (greedy: smallest first)', () => {
    const rows = [
      [2, 0, 1],
      [10, 20, 30],
    ];
    const out = suppressTable(rows);
    expect(out).toEqual({
      rows: [
        [S, S, S],
        [H, H, H], // column 0 hides 10; row 1 then hides 20, its smallest; column 2 hides 30
      ],
      rowTotals: [S, H],
      columnTotals: [12, 20, 31],
      total: 63,
    });
    expect(leaks(tablePublication(rows, out))).toEqual([]);
  });

  it('closes a cell that only the rows and columns combined would give away', () => {
    const rows = [
      [2, 3, 20, 20],
      [3, 2, 2, 20],
      [20, 20, 3, 2],
      [20, 20, 2, 3],
    ];
    const out = suppressTable(rows);
    expect(out).toEqual({
      rows: [
        [S, S, H, 20],
        [S, S, S, 20],
        [20, 20, S, S],
        [20, 20, S, S],
      ],
      rowTotals: [45, 27, 45, 45],
      columnTotals: [45, 45, 27, 45],
      total: 162,
    });
    expect(leaks(tablePublication(rows, out))).toEqual([]);
  });

  it('a table under 5 is all "<5"', () => {
    expect(
      suppressTable([
        [1, 0],
        [0, 2],
      ]),
    ).toEqual({
      rows: [
        [S, S],
        [S, S],
      ],
      rowTotals: [S, S],
      columnTotals: [S, S],
      total: S,
    });
  });

  it.each([
    ['no rows', [], { rows: [], rowTotals: [], columnTotals: [], total: 0 }],
    ['a row without columns', [[]], { rows: [[]], rowTotals: [0], columnTotals: [], total: 0 }],
  ])('%s', (_, rows, expected) => {
    expect(suppressTable(rows)).toEqual(expected);
  });

  it.each([
    ['rows of different lengths', [[1, 2], [3]]],
    ['a negative count', [[-1]]],
  ])('refuses %s', (_, rows) => {
    expect(() => suppressTable(rows)).toThrow(RangeError);
  });

  it('gives nothing away in 1,000 random tables up to 4 × 4', () => {
    const next = random(42);
    const found: string[] = [];
    for (let n = 0; n < 1000; n++) {
      const height = 1 + Math.floor(next() * 4);
      const width = 1 + Math.floor(next() * 4);
      const rows = Array.from({ length: height }, () => Array.from({ length: width }, () => count(next)));
      const problems = leaks(tablePublication(rows, suppressTable(rows)));
      if (problems.length) found.push(`${JSON.stringify(rows)}: ${problems.join('; ')}`);
    }
    expect(found).toEqual([]);
  });
});
