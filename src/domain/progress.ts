/**
 * Progress is read against the person's own starting point (DOMAIN.md §2): for each domain, the
 * first measurement is the baseline, the latest is where they stand, and the change is the
 * difference, counted only when both were scored on the same scale. The person's own score stands
 * beside the worker's; a gap of 2 levels or more is shown, never averaged away.
 */
import { type InstrumentDefinition, type Scale, scaleOf } from './instruments.ts';

export interface MeasuredScore {
  domain: string;
  workerScore: number;
  personScore?: number | null;
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
  workerScore: number;
  personScore: number | null;
}

export interface DomainProgress {
  domain: string;
  baseline: SeriesPoint;
  latest: SeriesPoint;
  /** latest − baseline of the worker's score; null with a single point or when the scales differ. */
  change: number | null;
  /** The same for the person's own score, when they gave one at both ends. */
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

/**
 * @param definitions the instrument's definition for each version the measurements were taken with
 * @param domainOrder domains in the order to report them (the latest version's order)
 */
export function computeProgress(
  measurements: readonly Measurement[],
  definitions: ReadonlyMap<number, InstrumentDefinition>,
  domainOrder: readonly string[],
): Progress {
  const ordered = [...measurements].sort(
    (a, b) => a.measuredOn.localeCompare(b.measuredOn) || a.recordedAt.localeCompare(b.recordedAt),
  );
  const series = new Map<string, SeriesPoint[]>();
  for (const m of ordered) {
    for (const s of m.scores) {
      const points = series.get(s.domain) ?? [];
      points.push({
        measurementId: m.id,
        measuredOn: m.measuredOn,
        instrumentVersion: m.instrumentVersion,
        workerScore: s.workerScore,
        personScore: s.personScore ?? null,
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
    const baseline = points[0] as SeriesPoint;
    const latest = points[points.length - 1] as SeriesPoint;
    const baseDefinition = definitions.get(baseline.instrumentVersion);
    const latestDefinition = definitions.get(latest.instrumentVersion);
    const comparable =
      points.length > 1 &&
      !!baseDefinition &&
      !!latestDefinition &&
      sameScale(scaleOf(baseDefinition, domain), scaleOf(latestDefinition, domain));
    domains.push({
      domain,
      baseline,
      latest,
      change: comparable ? latest.workerScore - baseline.workerScore : null,
      personChange:
        comparable && baseline.personScore !== null && latest.personScore !== null
          ? latest.personScore - baseline.personScore
          : null,
      series: points,
    });
    if (
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
