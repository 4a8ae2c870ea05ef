import { describe, expect, it } from 'vitest';
import { instrumentUploadProblem } from './policy.ts';

describe('instrumentUploadProblem', () => {
  it.each([
    ['participation-ladder', 'errors.instrumentKeyReserved'],
    ['self-reliance-matrix', 'errors.instrumentKeyReserved'],
    ['psychological-empowerment', 'errors.instrumentKeyReserved'],
    ['our-own-ladder', null],
  ])('%s → %s', (key, expected) => expect(instrumentUploadProblem({ key })?.key ?? null).toBe(expected));
});
