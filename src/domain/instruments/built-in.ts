/** The instruments every centre has, with Passerelle's own wording (no licensed text). */
import {
  type InstrumentDefinition,
  InstrumentDefinitionSchema,
  type VersionedInstrument,
} from '../instruments.ts';
import participationLadder from './participation-ladder.json' with { type: 'json' };
import psychologicalEmpowerment from './psychological-empowerment.json' with { type: 'json' };
import selfRelianceMatrix from './self-reliance-matrix.json' with { type: 'json' };

export const BUILT_IN_INSTRUMENTS: readonly VersionedInstrument[] = [
  participationLadder,
  selfRelianceMatrix,
  psychologicalEmpowerment,
].map((definition) => ({
  // Parsing proves the shipped files follow the published format.
  ...(InstrumentDefinitionSchema.parse(definition) as InstrumentDefinition),
  version: 1,
  builtIn: true,
}));

export function isBuiltInKey(key: string): boolean {
  return BUILT_IN_INSTRUMENTS.some((i) => i.key === key);
}
