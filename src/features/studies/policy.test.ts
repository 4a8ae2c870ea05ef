import { describe, expect, it } from 'vitest';
import { addressedTo, managesStudy, ownerOf } from './policy.ts';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';

describe('managesStudy', () => {
  it.each([
    ['federal', null, null, true],
    ['federal', null, A, false],
    ['admin', A, A, true],
    ['admin', A, B, false],
    ['admin', A, null, false],
    ['lead', A, A, false],
    ['worker', A, A, false],
  ] as const)('%s of %s, study of %s → %s', (role, centreId, owner, expected) => {
    expect(managesStudy({ role, centreId }, { centreId: owner })).toBe(expected);
  });
});

describe('ownerOf and addressedTo', () => {
  it('gives a federal study no centre and an administrator’s study their centre', () => {
    expect(ownerOf({ role: 'federal', centreId: null })).toBeNull();
    expect(ownerOf({ role: 'admin', centreId: A })).toBe(A);
  });
  it.each([
    [true, [], A, true],
    [false, [A], A, true],
    [false, [A], B, false],
    [false, [], A, false],
  ] as const)('all %s, list %j, centre %s → %s', (targetAll, ids, centre, expected) => {
    expect(addressedTo({ targetAll, targetCentreIds: ids }, centre)).toBe(expected);
  });
});
