/**
 * Rules on taking a measurement: it is taken with an instrument the centre knows, in a version
 * that exists (the latest unless the caller names one), so its scores can always be read back
 * against the scale they were given on.
 */
import type { InstrumentDefinition } from '../../domain/instruments.ts';
import { invalidFields, type Problem } from '../problem.ts';

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
