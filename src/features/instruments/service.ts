/** Progress instruments: the built-in ones and the centre's own, every version kept. */
import { isUniqueViolation } from '../../db/errors.ts';
import type { TenantTx } from '../../db/tenancy.ts';
import { BUILT_IN_INSTRUMENTS, isBuiltInKey } from '../../domain/instruments/built-in.ts';
import { type InstrumentDefinition, sameDefinition } from '../../domain/instruments.ts';
import { recordAudit } from '../audit/service.ts';
import type { CentreContext } from '../context.ts';
import { recordEvent } from '../events/service.ts';
import { Problem } from '../problem.ts';
import { instrumentUploadProblem } from './policy.ts';
import { insertInstrumentVersion, selectCentreInstruments } from './queries.ts';
import type { Instrument } from './schemas.ts';

/** Every version of an instrument known to a centre, oldest first; empty when unknown. */
export async function instrumentVersions(
  tx: TenantTx,
  centreId: string,
  key: string,
): Promise<Map<number, InstrumentDefinition>> {
  const builtIn = BUILT_IN_INSTRUMENTS.find((i) => i.key === key);
  if (builtIn) return new Map([[builtIn.version, builtIn]]);
  const rows = await selectCentreInstruments(tx, centreId, key);
  return new Map(rows.map((r) => [r.version, r.definition as InstrumentDefinition]));
}

function present(
  definition: InstrumentDefinition,
  version: number,
  versions: number[],
  builtIn: boolean,
): Instrument {
  const { key, name, description, scale, domains } = definition;
  return { key, name, description, scale, domains, version, versions, builtIn };
}

export async function listInstruments(tx: TenantTx, ctx: CentreContext): Promise<{ items: Instrument[] }> {
  const rows = await selectCentreInstruments(tx, ctx.actor.centreId);
  const own = new Map<string, { version: number; definition: InstrumentDefinition; versions: number[] }>();
  for (const row of rows) {
    const entry = own.get(row.key);
    own.set(row.key, {
      version: row.version,
      definition: row.definition as InstrumentDefinition,
      versions: [...(entry?.versions ?? []), row.version],
    });
  }
  return {
    items: [
      ...BUILT_IN_INSTRUMENTS.map((i) => present(i, i.version, [i.version], true)),
      ...[...own.values()].map((e) => present(e.definition, e.version, e.versions, false)),
    ],
  };
}

export async function getInstrument(
  tx: TenantTx,
  ctx: CentreContext,
  key: string,
  version?: number,
): Promise<Instrument> {
  const versions = await instrumentVersions(tx, ctx.actor.centreId, key);
  const all = [...versions.keys()].sort((a, b) => a - b);
  const wanted = version ?? all[all.length - 1];
  const definition = wanted === undefined ? undefined : versions.get(wanted);
  if (!definition || wanted === undefined) throw new Problem('not-found', 'errors.instrumentNotFound');
  return present(definition, wanted, all, isBuiltInKey(key));
}

/**
 * Loads a centre's instrument. The same key with a changed definition makes a new version; the
 * same definition again changes nothing. Built-in keys are reserved.
 */
export async function uploadInstrument(
  tx: TenantTx,
  ctx: CentreContext,
  definition: InstrumentDefinition,
): Promise<{ instrument: Instrument; created: boolean }> {
  const problem = instrumentUploadProblem(definition);
  if (problem) throw problem;
  const versions = await instrumentVersions(tx, ctx.actor.centreId, definition.key);
  const numbers = [...versions.keys()].sort((a, b) => a - b);
  const latest = numbers[numbers.length - 1];
  const latestDefinition = latest === undefined ? undefined : versions.get(latest);
  if (latest !== undefined && latestDefinition && sameDefinition(latestDefinition, definition)) {
    return { instrument: present(latestDefinition, latest, numbers, false), created: false };
  }
  const version = (latest ?? 0) + 1;
  let id: string;
  try {
    id = await insertInstrumentVersion(tx, {
      centreId: ctx.actor.centreId,
      key: definition.key,
      version,
      definition,
      createdBy: ctx.actor.userId,
      now: ctx.clock.now(),
    });
  } catch (error) {
    // Two administrators uploading at once: the unique index keeps one; the other retries.
    if (isUniqueViolation(error, 'instruments_key_version')) {
      throw new Problem('conflict', 'errors.concurrentChange');
    }
    throw error;
  }
  await recordAudit(tx, ctx, {
    action: 'instrument.create',
    subjectType: 'instrument',
    subjectId: `${definition.key}@${version}`,
  });
  await recordEvent(tx, ctx, {
    type: 'instrument.loaded',
    subjectType: 'instrument',
    subjectId: id,
    personId: null,
    occurredOn: ctx.clock.today(),
    payload: { key: definition.key, version },
  });
  return { instrument: present(definition, version, [...numbers, version], false), created: true };
}
