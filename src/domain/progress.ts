/**
 * Progress is read against the person's own starting point (DOMAIN.md §2): for each domain, the
 * first measurement is the baseline, the latest is where they stand, and the change is the
 * difference, counted only when both were scored on the same scale. The person's own score stands
 * beside the worker's; a gap of 2 levels or more is shown, never averaged away.
 *
 * A measurement may give one side only (the person's view without the worker's score, or the
 * reverse): each side's change runs from the first point that has that side to the last one that
 * has it, and a disagreement needs both sides on the same point.
 */
import { type InstrumentDefinition, type Scale, scaleOf } from './instruments.ts';

export interface MeasuredScore {
  domain: string;
  workerScore?: number | null;
  personScore?: number | null;
  note?: string | null;
}

export interface Measurement {
  id: string;
  measuredOn: string;
  /** Order of recording, to sort measurements taken on the same day. */
  recordedAt: string;
  instrumentVersion: number;
  scores: readonly MeasuredScore[];
}

export interface SeriesPoint {
  measurementId: string;
  measuredOn: string;
  instrumentVersion: number;
  workerScore: number | null;
  personScore: number | null;
  note: string | null;
}

export interface DomainProgress {
  domain: string;
  /** The first and the last point of the domain, whichever sides they have. */
  baseline: SeriesPoint;
  latest: SeriesPoint;
  /** The first and the last point with the worker's score; null when the worker never scored it. */
  workerBaseline: SeriesPoint | null;
  workerLatest: SeriesPoint | null;
  /** The same for the person's own score. */
  personBaseline: SeriesPoint | null;
  personLatest: SeriesPoint | null;
  /** Worker's latest − worker's first; null with a single such point or when the scales differ. */
  change: number | null;
  /** The same for the person's own score. */
  personChange: number | null;
  series: SeriesPoint[];
}

export interface Disagreement {
  domain: string;
  measurementId: string;
  measuredOn: string;
  workerScore: number;
  personScore: number;
  gap: number;
}

export interface Progress {
  domains: DomainProgress[];
  /** Mean of the domain changes that can be counted, rounded to 2 decimals; null when none can. */
  overallChange: number | null;
  disagreements: Disagreement[];
}

export const DISAGREEMENT_GAP = 2;

const sameScale = (a: Scale | null, b: Scale | null) => !!a && !!b && a.min === b.min && a.max === b.max;

type Side = 'workerScore' | 'personScore';

/** One side's first and last points and the change between them, when they can be compared. */
function sideProgress(
  points: readonly SeriesPoint[],
  side: Side,
  domain: string,
  definitions: ReadonlyMap<number, InstrumentDefinition>,
) {
  const scored = points.filter((p) => p[side] !== null);
  const first = scored[0] ?? null;
  const last = scored[scored.length - 1] ?? null;
  if (!first || !last || first === last) return { first, last, change: null };
  const firstDefinition = definitions.get(first.instrumentVersion);
  const lastDefinition = definitions.get(last.instrumentVersion);
  const comparable =
    !!firstDefinition &&
    !!lastDefinition &&
    sameScale(scaleOf(firstDefinition, domain), scaleOf(lastDefinition, domain));
  return {
    first,
    last,
    change: comparable ? (last[side] as number) - (first[side] as number) : null,
  };
}

/**
 * @param definitions the instrument's definition for each version the measurements were taken with
 * @param domainOrder domains in the order to report them (the latest version's order)
 */
export function computeProgress(
  measurements: readonly Measurement[],
  definitions: ReadonlyMap<number, InstrumentDefinition>,
  domainOrder: readonly string[],
): Progress {
  // Two measurements recorded in one transaction share their instant: the id settles the order, so
  // that the same measurements always give the same baseline (the report counts it in SQL too).
  const ordered = [...measurements].sort(
    (a, b) =>
      a.measuredOn.localeCompare(b.measuredOn) ||
      a.recordedAt.localeCompare(b.recordedAt) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
  const series = new Map<string, SeriesPoint[]>();
  for (const m of ordered) {
    for (const s of m.scores) {
      const workerScore = s.workerScore ?? null;
      const personScore = s.personScore ?? null;
      if (workerScore === null && personScore === null) continue;
      const points = series.get(s.domain) ?? [];
      points.push({
        measurementId: m.id,
        measuredOn: m.measuredOn,
        instrumentVersion: m.instrumentVersion,
        workerScore,
        personScore,
        note: s.note ?? null,
      });
      series.set(s.domain, points);
    }
  }

  const order = [...domainOrder, ...[...series.keys()].filter((d) => !domainOrder.includes(d))];
  const domains: DomainProgress[] = [];
  const disagreements: Disagreement[] = [];
  for (const domain of order) {
    const points = series.get(domain);
    if (!points?.length) continue;
    const latest = points[points.length - 1] as SeriesPoint;
    const worker = sideProgress(points, 'workerScore', domain, definitions);
    const person = sideProgress(points, 'personScore', domain, definitions);
    domains.push({
      domain,
      baseline: points[0] as SeriesPoint,
      latest,
      workerBaseline: worker.first,
      workerLatest: worker.last,
      personBaseline: person.first,
      personLatest: person.last,
      change: worker.change,
      personChange: person.change,
      series: points,
    });
    if (
      latest.workerScore !== null &&
      latest.personScore !== null &&
      Math.abs(latest.workerScore - latest.personScore) >= DISAGREEMENT_GAP
    ) {
      disagreements.push({
        domain,
        measurementId: latest.measurementId,
        measuredOn: latest.measuredOn,
        workerScore: latest.workerScore,
        personScore: latest.personScore,
        gap: latest.personScore - latest.workerScore,
      });
    }
  }
  const changes = domains.map((d) => d.change).filter((c): c is number => c !== null);
  const overallChange = changes.length
    ? Math.round((changes.reduce((a, b) => a + b, 0) / changes.length) * 100) / 100
    : null;
  return { domains, overallChange, disagreements };
}
