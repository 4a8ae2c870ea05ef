/**
 * Rules on taking a measurement: it is taken with an instrument the centre knows, in a version
 * that exists (the latest unless the caller names one), so its scores can always be read back
 * against the scale they were given on. A measurement recorded by mistake is corrected (a new
 * version) or withdrawn (with a reason); a withdrawn one is never changed again.
 */
import type { InstrumentDefinition } from '../../domain/instruments.ts';
import type { Actor } from '../auth/policy.ts';
import { invalidFields, Problem, staleVersion } from '../problem.ts';

export interface MeasurementRecord {
  centreId: string;
  withdrawnAt: Date | null;
  version: number;
}

export function measurementAccessProblem(
  actor: Pick<Actor, 'centreId'>,
  measurement: MeasurementRecord | undefined,
): Problem | null {
  if (!measurement || measurement.centreId !== actor.centreId) {
    return new Problem('not-found', 'errors.measurementNotFound');
  }
  return null;
}

/**
 * A correction or a withdrawal, checked in this order: it must exist for the caller, be in force
 * (a withdrawn measurement is kept as it was withdrawn), and be at the version read.
 */
export function measurementChangeProblem(
  actor: Pick<Actor, 'centreId'>,
  measurement: MeasurementRecord | undefined,
  readVersion: number,
): Problem | null {
  const access = measurementAccessProblem(actor, measurement);
  if (access || !measurement) return access;
  if (measurement.withdrawnAt) return new Problem('conflict', 'errors.measurementWithdrawn');
  if (measurement.version !== readVersion) return staleVersion(readVersion, measurement.version);
  return null;
}

export type InstrumentChoice =
  | { problem: Problem; version?: undefined; definition?: undefined }
  | { problem: null; version: number; definition: InstrumentDefinition };

export function chooseInstrumentVersion(
  versions: ReadonlyMap<number, InstrumentDefinition>,
  requested: number | undefined,
): InstrumentChoice {
  if (versions.size === 0) {
    return { problem: invalidFields([{ path: 'instrumentKey', key: 'validation.unknownInstrument' }]) };
  }
  const version = requested ?? Math.max(...versions.keys());
  const definition = versions.get(version);
  if (!definition) {
    return {
      problem: invalidFields([{ path: 'instrumentVersion', key: 'validation.unknownInstrumentVersion' }]),
    };
  }
  return { problem: null, version, definition };
}
