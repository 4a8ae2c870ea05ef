/**
 * Small-cell suppression (DOMAIN.md §4: federal figures never show a cell of fewer than 5 people).
 *
 * What a reader sees and may rely on:
 * - a count of 1 to 4 is shown as "<5" (primary suppression);
 * - a group of fewer than 5 is not broken down at all: when a total is 1 to 4, every cell it adds
 *   up, zeros included, is "<5" too (true of a zero: it is fewer than 5). Otherwise four "<5" cells
 *   under a "<5" total would each have to be 1;
 * - elsewhere a zero stays 0: that nobody is in a cell names nobody, and hiding zeros would hide
 *   most of a sparse table for nothing;
 * - a cell hidden only so that a "<5" cannot be worked out is shown as HIDDEN (complementary
 *   suppression), never as "<5", which would be false of it. The rule is public, so a reader knows
 *   such a cell holds 5 or more; the checks below assume they do.
 *
 * A hidden count must not be recoverable from what is shown, in two ways that are checked:
 * - by the bounds of one line: "total − visible cells" leaves the hidden cells of a row or column
 *   to share a known sum; given what their marks say (1–4, 0–4, 5 or more), no cell may be forced
 *   to a single value (one hidden cell alone in a line is the simplest case; two "<5" sharing 2 is
 *   another). The next smallest visible cell of that line is hidden, or its total when none is left;
 * - (tables) by combining rows and columns: a hidden cell is determined by the linear equations of
 *   the table exactly when it is a bridge of the graph whose nodes are the rows and columns
 *   (totals included) and whose edges are the hidden cells; the cheapest path of visible cells
 *   closing a cycle through it is hidden as well (fewest people hidden, ties to the first cell).
 * A zero that could be worked out is left alone, for the reason zeros are shown.
 *
 * Not checked: bounds reasoning across several lines at once (that needs a linear-programming
 * audit of the whole table); a reader doing it may narrow a hidden cell to a range.
 */

/** The mark of a cell hidden so that a small one cannot be recovered; the interface names it. */
export const HIDDEN = 'hidden';
export type ShownCount = number | `<${number}` | typeof HIDDEN;

type Mark = 'shown' | 'small' | 'hidden';

/** An additive line: the cells at `members` add up to the cell at `total` (indices in one array). */
interface Line {
  members: readonly number[];
  total: number;
}

/**
 * A table for the graph of rows and columns: the indices (into the values) of its cells, row by
 * row, its last column holding the row totals and its last row the column totals.
 */
export type Grid = readonly (readonly number[])[];

function assertCounts(values: readonly number[]): void {
  for (const v of values) {
    if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`${v} is not a count`);
  }
}

/** Decides which cells to show, hide as small, or hide as a complement. */
function protect(
  values: readonly number[],
  lines: readonly Line[],
  minimum: number,
  grids: readonly Grid[] = [],
): Mark[] {
  if (!Number.isSafeInteger(minimum) || minimum < 1) throw new RangeError(`minimum ${minimum}`);
  const isSmall = (v: number) => v > 0 && v < minimum;
  const marks: Mark[] = values.map((v) => (isSmall(v) ? 'small' : 'shown'));
  for (const line of lines) {
    if (isSmall(values[line.total] as number)) for (const m of line.members) marks[m] = 'small';
  }
  // A "<5" may be 0 when it adds up to a "<5" total (see above); elsewhere a "<5" is 1–4.
  const mayBeZero = new Set<number>();
  for (const line of lines) {
    if (marks[line.total] === 'small') for (const m of line.members) mayBeZero.add(m);
  }
  const bounds = (cell: number): [number, number] => {
    const v = values[cell] as number;
    if (marks[cell] === 'shown') return [v, v];
    if (marks[cell] === 'hidden') return [minimum, Number.POSITIVE_INFINITY];
    return [mayBeZero.has(cell) ? 0 : 1, minimum - 1];
  };

  /** Whether some hidden non-zero cell of the line is forced to one value by its line alone. */
  const pinned = (line: Line): boolean => {
    const lo = line.members.map((m) => bounds(m)[0]);
    const hi = line.members.map((m) => bounds(m)[1]);
    const [totalLo, totalHi] = bounds(line.total);
    const forced = (cell: number, low: number, high: number) =>
      marks[cell] !== 'shown' && (values[cell] as number) > 0 && low >= high;
    if (forced(line.total, Math.max(totalLo, sum(lo)), Math.min(totalHi, sum(hi)))) return true;
    // Each member is the total less the others: its range is bounded by theirs.
    return line.members.some((m, i) =>
      forced(
        m,
        Math.max(lo[i] as number, totalLo - sum(hi, i)),
        Math.min(hi[i] as number, totalHi - sum(lo, i)),
      ),
    );
  };

  const hide = (cell: number) => {
    marks[cell] = 'hidden';
  };

  /** Hides the next smallest visible non-zero cell of the line, or its total; false when none. */
  const complementLine = (line: Line): boolean => {
    let best: number | null = null;
    for (const m of line.members) {
      const v = values[m] as number;
      if (marks[m] === 'shown' && v > 0 && (best === null || v < (values[best] as number))) best = m;
    }
    if (best === null && marks[line.total] === 'shown' && (values[line.total] as number) > 0) {
      best = line.total;
    }
    if (best === null) return false;
    hide(best);
    return true;
  };

  for (;;) {
    if (lines.some((line) => pinned(line) && complementLine(line))) continue;
    if (grids.some((grid) => closeBridge(values, marks, grid))) continue;
    return marks;
  }
}

/** The sum of the numbers, leaving one out (so that Infinity − Infinity never happens). */
function sum(numbers: readonly number[], except = -1): number {
  return numbers.reduce((a, b, i) => (i === except ? a : a + b), 0);
}

/**
 * Finds a hidden non-zero cell the table's equations determine (a bridge of the graph of hidden
 * cells), and hides the cheapest visible path that puts it on a cycle. False when there is none.
 */
function closeBridge(values: readonly number[], marks: Mark[], grid: Grid): boolean {
  const rows = grid.length;
  const columns = grid[0]?.length ?? 0;
  const nodes = rows + columns;
  // Each cell of the grid is an edge between its row's node and its column's node.
  const edges: { cell: number; ends: [number, number] }[] = [];
  grid.forEach((row, r) => {
    row.forEach((cell, c) => {
      edges.push({ cell, ends: [r, rows + c] });
    });
  });
  for (const { cell, ends: cellEnds } of edges) {
    if (marks[cell] === 'shown' || (values[cell] as number) === 0) continue;
    const [from, to] = cellEnds;
    // Cheapest path from the cell's row to its column without it: hidden cells cost nothing,
    // visible ones cost the people they hold, visible zeros are not used.
    const distance = new Array<number>(nodes).fill(Number.POSITIVE_INFINITY);
    const via = new Array<number>(nodes).fill(-1);
    const done = new Array<boolean>(nodes).fill(false);
    distance[from] = 0;
    for (;;) {
      let node = -1;
      for (let n = 0; n < nodes; n++) {
        if (
          !done[n] &&
          Number.isFinite(distance[n]) &&
          (node < 0 || (distance[n] as number) < (distance[node] as number))
        )
          node = n;
      }
      if (node < 0) break;
      done[node] = true;
      for (let e = 0; e < edges.length; e++) {
        const {
          cell: other,
          ends: [a, b],
        } = edges[e] as (typeof edges)[number];
        if (other === cell) continue;
        if (a !== node && b !== node) continue;
        const cost = marks[other] === 'shown' ? (values[other] as number) : 0;
        if (marks[other] === 'shown' && cost === 0) continue;
        const next = a === node ? b : a;
        if ((distance[node] as number) + cost < (distance[next] as number)) {
          distance[next] = (distance[node] as number) + cost;
          via[next] = e;
        }
      }
    }
    if (distance[to] === 0) continue; // already on a cycle of hidden cells: not a bridge
    if (!Number.isFinite(distance[to])) continue; // cannot happen with consistent totals
    for (let node = to; node !== from; ) {
      const {
        cell: edge,
        ends: [a, b],
      } = edges[via[node] as number] as (typeof edges)[number];
      if (marks[edge] === 'shown') marks[edge] = 'hidden';
      node = a === node ? b : a;
    }
    return true;
  }
  return false;
}

function show(value: number, mark: Mark, minimum: number): ShownCount {
  if (mark === 'shown') return value;
  return mark === 'small' ? `<${minimum}` : HIDDEN;
}

/**
 * A one-dimensional breakdown (by sex, by age band…) and its total, the sum of the cells, ready to
 * publish: see the file's comment for the rules.
 *
 * @throws RangeError on a cell that is not a count.
 */
export function suppress(cells: readonly number[], minimum = 5): { cells: ShownCount[]; total: ShownCount } {
  assertCounts(cells);
  const values = [...cells, cells.reduce((a, b) => a + b, 0)];
  const line: Line = { members: cells.map((_, i) => i), total: cells.length };
  const marks = protect(values, [line], minimum);
  const shown = values.map((v, i) => show(v, marks[i] as Mark, minimum));
  return { cells: shown.slice(0, cells.length), total: shown[cells.length] as ShownCount };
}

export interface SuppressedTable {
  rows: ShownCount[][];
  rowTotals: ShownCount[];
  columnTotals: ShownCount[];
  total: ShownCount;
}

/**
 * A two-dimensional table (rows × columns) with its row totals, column totals and grand total, all
 * computed from the cells, ready to publish. Rows and columns are checked alike, and again after
 * every cell hidden, until nothing changes.
 *
 * @throws RangeError on rows of different lengths or a cell that is not a count.
 */
export function suppressTable(rows: readonly (readonly number[])[], minimum = 5): SuppressedTable {
  const width = rows[0]?.length ?? 0;
  for (const row of rows) {
    if (row.length !== width) throw new RangeError('rows of different lengths');
    assertCounts(row);
  }
  // One array of (rows + 1) × (columns + 1): the last column holds row totals, the last row
  // column totals, the corner the grand total. Every row and every column is then a line.
  const height = rows.length + 1;
  const columns = width + 1;
  const values: number[] = [];
  for (const row of rows)
    values.push(
      ...row,
      row.reduce((a, b) => a + b, 0),
    );
  for (let j = 0; j < columns; j++) {
    values.push(rows.reduce((sum, _, i) => sum + (values[i * columns + j] as number), 0));
  }
  const lines: Line[] = [];
  for (let i = 0; i < height; i++) {
    lines.push({
      members: Array.from({ length: width }, (_, j) => i * columns + j),
      total: i * columns + width,
    });
  }
  for (let j = 0; j < columns; j++) {
    lines.push({
      members: Array.from({ length: rows.length }, (_, i) => i * columns + j),
      total: rows.length * columns + j,
    });
  }
  const grid: Grid = Array.from({ length: height }, (_, i) =>
    Array.from({ length: columns }, (_, j) => i * columns + j),
  );
  const marks = protect(values, lines, minimum, [grid]);
  const shown = values.map((v, k) => show(v, marks[k] as Mark, minimum));
  const at = (i: number, j: number) => shown[i * columns + j] as ShownCount;
  return {
    rows: rows.map((_, i) => Array.from({ length: width }, (_, j) => at(i, j))),
    rowTotals: rows.map((_, i) => at(i, width)),
    columnTotals: Array.from({ length: width }, (_, j) => at(rows.length, j)),
    total: at(rows.length, width),
  };
}

/**
 * Any set of counts bound by additive lines (each line's members add up to its total) and by
 * tables (grids of those counts, whose rows and columns are also lines): the federal view puts the
 * counts of every group and of the whole country in one array, so that a cell protected in one
 * group cannot be recovered from the country's total less the other groups. Lines and grids are
 * checked together, again after every cell hidden, until nothing changes.
 *
 * @throws RangeError on a value that is not a count.
 */
export function suppressCounts(
  values: readonly number[],
  lines: readonly { members: readonly number[]; total: number }[],
  grids: readonly Grid[] = [],
  minimum = 5,
): ShownCount[] {
  assertCounts(values);
  const marks = protect(values, lines, minimum, grids);
  return values.map((v, i) => show(v, marks[i] as Mark, minimum));
}
