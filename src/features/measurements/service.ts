/** Measurements with a progress instrument, and progress read against the person's starting point. */
import type { Executor } from '../../db/connect.ts';
import { inTenant } from '../../db/tenancy.ts';
import { insertRecordVersion } from '../../db/versions.ts';
import { isFutureDate } from '../../domain/dates.ts';
import { scoreProblems } from '../../domain/instruments.ts';
import { computeProgress } from '../../domain/progress.ts';
import { invalidFields } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import type { CentreContext } from '../context.ts';
import { instrumentVersions } from '../instruments/service.ts';
import { assertPersonInCentre } from '../persons/service.ts';
import type { TimelineEvent } from '../timeline/schemas.ts';
import { insertMeasurement, type MeasurementRow, selectMeasurements } from './queries.ts';
import type { CreateMeasurementInput, Measurement } from './schemas.ts';

type StoredScore = Measurement['scores'][number];

function toMeasurement({
  measurement: row,
  author,
}: {
  measurement: MeasurementRow;
  author: string | null;
}): Measurement {
  return {
    id: row.id,
    personId: row.personId,
    instrumentKey: row.instrumentKey,
    instrumentVersion: row.instrumentVersion,
    measuredOn: row.measuredOn,
    context: row.context as Measurement['context'],
    scores: row.scores as StoredScore[],
    createdAt: row.createdAt.toISOString(),
    createdBy: author,
  };
}

export function createMeasurement(ctx: CentreContext, personId: string, input: CreateMeasurementInput) {
  return inTenant(ctx.db, ctx.actor, async (tx) => {
    await assertPersonInCentre(tx, ctx.actor.centreId, personId);
    const versions = await instrumentVersions(tx, ctx.actor.centreId, input.instrumentKey);
    if (versions.size === 0)
      throw invalidFields([{ path: 'instrumentKey', key: 'validation.unknownInstrument' }]);
    const version = input.instrumentVersion ?? Math.max(...versions.keys());
    const definition = versions.get(version);
    if (!definition)
      throw invalidFields([{ path: 'instrumentVersion', key: 'validation.unknownInstrumentVersion' }]);

    const problems = scoreProblems(definition, input.scores).map((p) => ({
      path: p.path.join('.'),
      key: p.key,
      params: p.params,
    }));
    if (isFutureDate(input.measuredOn, ctx.clock.today())) {
      problems.unshift({ path: 'measuredOn', key: 'validation.dateInFuture', params: undefined });
    }
    if (problems.length) throw invalidFields(problems);

    const scores: StoredScore[] = input.scores.map((s) => ({
      domain: s.domain,
      workerScore: s.workerScore,
      personScore: s.personScore ?? null,
      note: s.note || null,
    }));
    const row = await insertMeasurement(tx, {
      centreId: ctx.actor.centreId,
      personId,
      instrumentKey: input.instrumentKey,
      instrumentVersion: version,
      measuredOn: input.measuredOn,
      context: input.context,
      scores,
      createdBy: ctx.actor.userId,
      now: ctx.clock.now(),
    });
    await insertRecordVersion(tx, 'measurement', row, { at: row.createdAt, by: row.createdBy });
    await recordAudit(tx, ctx, {
      action: 'measurement.create',
      personId,
      subjectType: 'measurement',
      subjectId: row.id,
    });
    return toMeasurement({ measurement: row, author: ctx.actor.displayName });
  });
}

/** The person's measurements as timeline events (see the timeline feature). */
export async function measurementEvents(
  tx: Executor,
  centreId: string,
  personId: string,
): Promise<TimelineEvent[]> {
  const rows = await selectMeasurements(tx, centreId, personId);
  return rows.map(({ measurement: m, author }) => ({
    kind: 'measurement',
    id: m.id,
    date: m.measuredOn,
    at: m.createdAt.toISOString(),
    by: author,
    detail: { instrumentKey: m.instrumentKey, instrumentVersion: m.instrumentVersion, context: m.context },
  }));
}

export function listMeasurements(ctx: CentreContext, personId: string, instrumentKey?: string) {
  return inTenant(ctx.db, ctx.actor, async (tx) => {
    await assertPersonInCentre(tx, ctx.actor.centreId, personId);
    const rows = await selectMeasurements(tx, ctx.actor.centreId, personId, instrumentKey);
    await recordAudit(tx, ctx, { action: 'measurement.list', personId, details: { returned: rows.length } });
    return { items: rows.map(toMeasurement) };
  });
}

export function getProgress(ctx: CentreContext, personId: string, instrumentKey: string) {
  return inTenant(ctx.db, ctx.actor, async (tx) => {
    await assertPersonInCentre(tx, ctx.actor.centreId, personId);
    const definitions = await instrumentVersions(tx, ctx.actor.centreId, instrumentKey);
    if (definitions.size === 0)
      throw invalidFields([{ path: 'instrument', key: 'validation.unknownInstrument' }]);
    const rows = await selectMeasurements(tx, ctx.actor.centreId, personId, instrumentKey);
    const latestDefinition = definitions.get(Math.max(...definitions.keys()));
    const progress = computeProgress(
      rows.map(({ measurement: m }) => ({
        id: m.id,
        measuredOn: m.measuredOn,
        recordedAt: m.createdAt.toISOString(),
        instrumentVersion: m.instrumentVersion,
        scores: m.scores as StoredScore[],
      })),
      definitions,
      latestDefinition?.domains.map((d) => d.key) ?? [],
    );
    await recordAudit(tx, ctx, {
      action: 'progress.read',
      personId,
      subjectType: 'instrument',
      subjectId: instrumentKey,
    });
    return {
      instrumentKey,
      versions: [...new Set(rows.map((r) => r.measurement.instrumentVersion))].sort((a, b) => a - b),
      measurementCount: rows.length,
      ...progress,
    };
  });
}
