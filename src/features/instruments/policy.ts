/**
 * Rules on a centre's instruments. The built-in instruments ship with the code and are the same
 * for every centre: a centre cannot load its own definition under one of their keys.
 */
import { isBuiltInKey } from '../../domain/instruments/built-in.ts';
import { Problem } from '../problem.ts';

export function instrumentUploadProblem(definition: { key: string }): Problem | null {
  if (!isBuiltInKey(definition.key)) return null;
  return new Problem('conflict', 'errors.instrumentKeyReserved', {
    errors: [{ path: 'key', key: 'errors.instrumentKeyReserved' }],
  });
}
