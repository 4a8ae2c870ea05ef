/** Measurements with a progress instrument, and progress read against the person's starting point. */
import { isDeepStrictEqual } from 'node:util';
import type { TenantTx } from '../../db/tenancy.ts';
import { insertRecordVersion } from '../../db/versions.ts';
import { type InstrumentDefinition, scoreProblems } from '../../domain/instruments.ts';
import { fileDateProblem } from '../../domain/person.ts';
import { computeProgress } from '../../domain/progress.ts';
import { recordAudit } from '../audit/service.ts';
import type { CentreContext } from '../context.ts';
import { recordEvent } from '../events/service.ts';
import { instrumentVersions } from '../instruments/service.ts';
import { requirePerson } from '../persons/service.ts';
import { type FieldError, invalidFields, Problem } from '../problem.ts';
import {
  includeWithdrawn,
  toWithdrawal,
  type WITHDRAWN_FILTERS,
  type WithdrawalRequest,
} from '../withdrawals.ts';
import { chooseInstrumentVersion, measurementAccessProblem, measurementChangeProblem } from './policy.ts';
import {
  correctMeasurementAtVersion,
  insertMeasurement,
  type MeasurementWithNames,
  selectMeasurement,
  selectMeasurements,
  withdrawMeasurementAtVersion,
} from './queries.ts';
import type { CorrectMeasurementInput, CreateMeasurementInput, Measurement } from './schemas.ts';

type StoredScore = Measurement['scores'][number];
type ScoreInput = CreateMeasurementInput['scores'][number];

function toMeasurement({
  measurement: row,
  author,
  updatedBy,
  withdrawnBy,
}: MeasurementWithNames): Measurement {
  return {
    id: row.id,
    personId: row.personId,
    instrumentKey: row.instrumentKey,
    instrumentVersion: row.instrumentVersion,
    measuredOn: row.measuredOn,
    context: row.context as Measurement['context'],
    // Stored before one-sided scores existed, a score always had the worker's side.
    scores: (row.scores as Partial<StoredScore>[]).map((s) => ({
      domain: s.domain as string,
      workerScore: s.workerScore ?? null,
      personScore: s.personScore ?? null,
      note: s.note ?? null,
    })),
    withdrawal: toWithdrawal(row, withdrawnBy),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: author,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy,
  };
}

/** The scores as stored: both sides named (null when not given), an empty note as none. */
const toStoredScores = (scores: readonly ScoreInput[]): StoredScore[] =>
  scores.map((s) => ({
    domain: s.domain,
    workerScore: s.workerScore ?? null,
    personScore: s.personScore ?? null,
    note: s.note || null,
  }));

/** The scores against the instrument version's scales and the date against the person's file. */
function checkScoresAndDate(
  ctx: CentreContext,
  definition: InstrumentDefinition,
  input: { measuredOn?: string; scores?: readonly ScoreInput[] },
  birthDate: string,
) {
  const problems: FieldError[] = scoreProblems(definition, input.scores ?? []).map((p) => ({
    path: p.path.join('.'),
    key: p.key,
    params: p.params,
  }));
  const dateProblem = input.measuredOn
    ? fileDateProblem(input.measuredOn, birthDate, ctx.clock.today())
    : null;
  if (dateProblem) problems.unshift({ path: 'measuredOn', key: dateProblem });
  if (problems.length) throw invalidFields(problems);
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
  checkScoresAndDate(ctx, definition, input, person.birthDate);

  const row = await insertMeasurement(tx, {
    centreId: ctx.actor.centreId,
    personId,
    instrumentKey: input.instrumentKey,
    instrumentVersion: version,
    measuredOn: input.measuredOn,
    context: input.context,
    scores: toStoredScores(input.scores),
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
  const name = ctx.actor.displayName;
  return toMeasurement({ measurement: row, author: name, updatedBy: name, withdrawnBy: null });
}

/** Oldest first; the withdrawn ones only when a team lead or an administrator asks for them. */
export async function listMeasurements(
  tx: TenantTx,
  ctx: CentreContext,
  personId: string,
  options: { instrumentKey?: string; withdrawn?: (typeof WITHDRAWN_FILTERS)[number] } = {},
) {
  const withWithdrawn = includeWithdrawn(ctx.actor, options.withdrawn);
  await requirePerson(tx, ctx, personId);
  const rows = await selectMeasurements(tx, ctx.actor.centreId, personId, {
    instrumentKey: options.instrumentKey,
    includeWithdrawn: withWithdrawn,
  });
  await recordAudit(tx, ctx, { action: 'measurement.list', personId, details: { returned: rows.length } });
  return { items: rows.map(toMeasurement) };
}

/** One measurement, withdrawn or not: the timeline points at it either way. */
export async function getMeasurement(tx: TenantTx, ctx: CentreContext, id: string): Promise<Measurement> {
  const row = await selectMeasurement(tx, ctx.actor.centreId, id);
  const problem = measurementAccessProblem(ctx.actor, row?.measurement);
  if (problem || !row) throw problem;
  await recordAudit(tx, ctx, {
    action: 'measurement.read',
    personId: row.measurement.personId,
    subjectType: 'measurement',
    subjectId: id,
  });
  return toMeasurement(row);
}

const CORRECTABLE = ['measuredOn', 'context', 'scores'] as const;

/**
 * Corrects a measurement recorded with a mistake: its date, moment or scores, checked against the
 * instrument version it was taken with (that stays). A new version; the earlier state is kept.
 */
export async function correctMeasurement(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: CorrectMeasurementInput,
): Promise<Measurement> {
  const current = await selectMeasurement(tx, ctx.actor.centreId, id, true);
  const problem = measurementChangeProblem(ctx.actor, current?.measurement, input.version);
  if (problem || !current) throw problem;
  const measurement = current.measurement;
  const person = await requirePerson(tx, ctx, measurement.personId);
  const definition = (await instrumentVersions(tx, ctx.actor.centreId, measurement.instrumentKey)).get(
    measurement.instrumentVersion,
  );
  // The instrument version a measurement was taken with is never removed.
  if (!definition)
    throw new Error(`instrument ${measurement.instrumentKey} v${measurement.instrumentVersion} is gone`);
  checkScoresAndDate(ctx, definition, input, person.birthDate);

  const wanted = {
    measuredOn: input.measuredOn,
    context: input.context,
    scores: input.scores ? toStoredScores(input.scores) : undefined,
  };
  const stored = toMeasurement(current);
  const changes: Partial<Record<(typeof CORRECTABLE)[number], unknown>> = {};
  for (const field of CORRECTABLE) {
    const value = wanted[field];
    if (value !== undefined && !isDeepStrictEqual(value, stored[field])) changes[field] = value;
  }
  // Saving what is already there makes no new version.
  if (Object.keys(changes).length === 0) return stored;
  const row = await correctMeasurementAtVersion(
    tx,
    { centreId: ctx.actor.centreId, id, version: input.version },
    { ...(changes as Partial<typeof wanted>), updatedBy: ctx.actor.userId, now: ctx.clock.now() },
  );
  if (!row) throw new Problem('conflict', 'errors.concurrentChange');
  const fields = Object.keys(changes);
  await insertRecordVersion(tx, 'measurement', row, { at: row.updatedAt, by: row.updatedBy });
  await recordAudit(tx, ctx, {
    action: 'measurement.correct',
    personId: row.personId,
    subjectType: 'measurement',
    subjectId: id,
    details: { fields },
  });
  await recordEvent(tx, ctx, {
    type: 'measurement.corrected',
    subjectType: 'measurement',
    subjectId: id,
    personId: row.personId,
    occurredOn: ctx.clock.today(),
    payload: { fields },
  });
  return toMeasurement({ ...current, measurement: row, updatedBy: ctx.actor.displayName });
}

/**
 * Withdraws a measurement recorded by mistake: it leaves the lists and the progress, stays in the
 * audit trail and on the timeline, and its earlier state stays in record_versions.
 */
export async function withdrawMeasurement(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: WithdrawalRequest,
): Promise<Measurement> {
  const current = await selectMeasurement(tx, ctx.actor.centreId, id, true);
  const problem = measurementChangeProblem(ctx.actor, current?.measurement, input.version);
  if (problem || !current) throw problem;
  const row = await withdrawMeasurementAtVersion(
    tx,
    { centreId: ctx.actor.centreId, id, version: input.version },
    { by: ctx.actor.userId, reason: input.reason, now: ctx.clock.now() },
  );
  if (!row) throw new Problem('conflict', 'errors.concurrentChange');
  await insertRecordVersion(tx, 'measurement', row, { at: row.updatedAt, by: row.updatedBy });
  // The reason is the worker's own words about the person: it stays in the record, not in the trail.
  await recordAudit(tx, ctx, {
    action: 'measurement.withdraw',
    personId: row.personId,
    subjectType: 'measurement',
    subjectId: id,
  });
  await recordEvent(tx, ctx, {
    type: 'measurement.withdrawn',
    subjectType: 'measurement',
    subjectId: id,
    personId: row.personId,
    occurredOn: ctx.clock.today(),
    payload: { instrumentKey: row.instrumentKey },
  });
  const name = ctx.actor.displayName;
  return toMeasurement({ ...current, measurement: row, updatedBy: name, withdrawnBy: name });
}

/** Read from the measurements in force: a withdrawn one changes nothing. */
export async function getProgress(tx: TenantTx, ctx: CentreContext, personId: string, instrumentKey: string) {
  await requirePerson(tx, ctx, personId);
  const definitions = await instrumentVersions(tx, ctx.actor.centreId, instrumentKey);
  if (definitions.size === 0)
    throw invalidFields([{ path: 'instrument', key: 'validation.unknownInstrument' }]);
  const rows = await selectMeasurements(tx, ctx.actor.centreId, personId, { instrumentKey });
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
