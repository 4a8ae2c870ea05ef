/** Measurements with a progress instrument, and progress read against the person's starting point. */
import type { TenantTx } from '../../db/tenancy.ts';
import { insertRecordVersion } from '../../db/versions.ts';
import { scoreProblems } from '../../domain/instruments.ts';
import { fileDateProblem } from '../../domain/person.ts';
import { computeProgress } from '../../domain/progress.ts';
import { recordAudit } from '../audit/service.ts';
import type { CentreContext } from '../context.ts';
import { recordEvent } from '../events/service.ts';
import { instrumentVersions } from '../instruments/service.ts';
import { requirePerson } from '../persons/service.ts';
import { invalidFields } from '../problem.ts';
import { chooseInstrumentVersion } from './policy.ts';
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

export async function createMeasurement(
  tx: TenantTx,
  ctx: CentreContext,
  personId: string,
  input: CreateMeasurementInput,
): Promise<Measurement> {
  const person = await requirePerson(tx, ctx, personId);
  const versions = await instrumentVersions(tx, ctx.actor.centreId, input.instrumentKey);
  const choice = chooseInstrumentVersion(versions, input.instrumentVersion);
  if (choice.problem) throw choice.problem;
  const { version, definition } = choice;

  const problems = scoreProblems(definition, input.scores).map((p) => ({
    path: p.path.join('.'),
    key: p.key,
    params: p.params,
  }));
  const dateProblem = fileDateProblem(input.measuredOn, person.birthDate, ctx.clock.today());
  if (dateProblem) problems.unshift({ path: 'measuredOn', key: dateProblem, params: undefined });
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
  await recordEvent(tx, ctx, {
    type: 'measurement.recorded',
    subjectType: 'measurement',
    subjectId: row.id,
    personId,
    occurredOn: row.measuredOn,
    payload: {
      instrumentKey: row.instrumentKey,
      instrumentVersion: row.instrumentVersion,
      context: row.context,
    },
  });
  return toMeasurement({ measurement: row, author: ctx.actor.displayName });
}

export async function listMeasurements(
  tx: TenantTx,
  ctx: CentreContext,
  personId: string,
  instrumentKey?: string,
) {
  await requirePerson(tx, ctx, personId);
  const rows = await selectMeasurements(tx, ctx.actor.centreId, personId, instrumentKey);
  await recordAudit(tx, ctx, { action: 'measurement.list', personId, details: { returned: rows.length } });
  return { items: rows.map(toMeasurement) };
}

export async function getProgress(tx: TenantTx, ctx: CentreContext, personId: string, instrumentKey: string) {
  await requirePerson(tx, ctx, personId);
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
}
