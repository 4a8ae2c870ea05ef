import { describe, expect, it } from 'vitest';
import {
  listInactiveProblem,
  memberCandidatesProblem,
  membersProblem,
  nameTakenProblem,
  serviceChangeProblem,
} from './policy.ts';

const NAMUR = '00000000-0000-4000-8000-000000000001';
const GENT = '00000000-0000-4000-8000-000000000002';
const service = { id: 's1', centreId: NAMUR, kind: 'internal', name: 'Insertion', version: 2 };

describe('serviceChangeProblem', () => {
  it.each([
    ['its centre, at the version read', NAMUR, service, 2, null],
    ['no such service', NAMUR, undefined, 2, 'errors.serviceNotFound'],
    ['a service of another centre', GENT, service, 2, 'errors.serviceNotFound'],
    ['a stale version', NAMUR, service, 1, 'errors.staleVersion'],
  ] as const)('%s', (_name, centreId, record, version, key) => {
    expect(serviceChangeProblem({ centreId }, record, version)?.key ?? null).toBe(key);
  });
});

describe('membersProblem', () => {
  it('an internal service has members; a partner has none (409)', () => {
    expect(membersProblem({ kind: 'internal' })).toBeNull();
    const problem = membersProblem({ kind: 'partner' });
    expect([problem?.status, problem?.key]).toEqual([409, 'errors.partnerHasNoMembers']);
  });
});

describe('memberCandidatesProblem', () => {
  const found = [
    { id: 'w', role: 'worker' },
    { id: 'l', role: 'lead' },
    { id: 'a', role: 'admin' },
  ];
  it.each([
    ['workers and leads', ['w', 'l'], []],
    ['nobody', [], []],
    ['an administrator', ['w', 'a'], [{ path: 'userIds.1', key: 'errors.memberNotFollower' }]],
    ['a user of no centre of ours', ['x', 'w'], [{ path: 'userIds.0', key: 'errors.memberUnknown' }]],
  ])('%s', (_name, ids, errors) => {
    expect(memberCandidatesProblem(ids, found)?.options.errors ?? []).toEqual(errors);
  });
});

describe('nameTakenProblem', () => {
  const others = [
    { id: 's1', name: 'Service d’insertion' },
    { id: 's2', name: 'Mission Locale' },
  ];
  it.each([
    ['a new name', 'Forem', null, false],
    ['the same words in other letters', 'SERVICE D INSERTION', null, true],
    ['accents aside', 'Mission locale', null, true],
    ['its own name, renamed in capitals', 'MISSION LOCALE', 's2', false],
  ])('%s', (_name, name, self, taken) => {
    expect(nameTakenProblem(name, others, self) !== null).toBe(taken);
  });
});

describe('listInactiveProblem', () => {
  it.each([
    ['worker', 'active', null],
    ['worker', 'inactive', 'errors.forbidden'],
    ['lead', 'inactive', 'errors.forbidden'],
    ['admin', 'inactive', null],
  ] as const)('%s asking for %s', (role, include, key) => {
    expect(listInactiveProblem({ role }, include)?.key ?? null).toBe(key);
  });
});
