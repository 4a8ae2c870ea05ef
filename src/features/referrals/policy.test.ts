import { describe, expect, it } from 'vitest';
import {
  allowedSteps,
  answerProblem,
  destinationProblem,
  endProblem,
  openReferralProblem,
  type ReferralRecord,
  receivingWorkerProblem,
  stepDateProblem,
  withdrawProblem,
} from './policy.ts';

const NAMUR = '00000000-0000-4000-8000-000000000001';
const GENT = '00000000-0000-4000-8000-000000000002';
const SENDER = 'sender';
const MEMBER = 'member';
const OTHER = 'other';

const referral = (overrides: Partial<ReferralRecord> = {}): ReferralRecord => ({
  centreId: NAMUR,
  serviceId: 'isp',
  serviceKind: 'internal',
  sentBy: SENDER,
  state: 'pending',
  sentOn: '2026-11-02',
  answeredOn: null,
  version: 1,
  ...overrides,
});
const none = { member: false, fileResponsible: false, receiving: false };
const member = { ...none, member: true };
const actor = (userId: string, centreId = NAMUR) => ({ userId, centreId });

describe('destinationProblem', () => {
  const internal = { kind: 'internal', active: true };
  const partner = { kind: 'partner', active: true };
  it.each([
    ['an internal service, to the service', internal, null, [], null],
    ['an internal service, to one of its members', internal, MEMBER, [MEMBER], null],
    ['a partner', partner, null, [], null],
    ['no such service', undefined, null, [], 'serviceId:errors.serviceUnknown'],
    [
      'a deactivated service',
      { kind: 'internal', active: false },
      null,
      [],
      'serviceId:errors.serviceInactive',
    ],
    ['a worker who is not a member', internal, OTHER, [MEMBER], 'toUserId:errors.notServiceMember'],
    ['a worker of a partner', partner, MEMBER, [], 'toUserId:errors.partnerNoWorker'],
  ] as const)('%s', (_name, service, toUserId, members, expected) => {
    const error = destinationProblem(service, toUserId, members)?.options.errors?.[0];
    expect(error ? `${error.path}:${error.key}` : null).toBe(expected);
  });
});

describe('openReferralProblem', () => {
  it.each([
    ['none before', [], null],
    [
      'a pending one to the same service',
      [{ serviceId: 'isp', state: 'pending' }],
      'referral.oneOpenPerService',
    ],
    [
      'a running one to the same service',
      [{ serviceId: 'isp', state: 'accepted' }],
      'referral.oneOpenPerService',
    ],
    ['a pending one to another service', [{ serviceId: 'forem', state: 'pending' }], null],
    [
      'declined, withdrawn and ended ones to the same service',
      [
        { serviceId: 'isp', state: 'declined' },
        { serviceId: 'isp', state: 'withdrawn' },
        { serviceId: 'isp', state: 'ended' },
      ],
      null,
    ],
  ])('%s', (_name, existing, rule) => {
    const problem = openReferralProblem(existing, 'isp');
    expect(problem?.options.extensions?.rule ?? null).toBe(rule);
    if (problem) expect(problem.status).toBe(409);
  });
});

describe('stepDateProblem', () => {
  const after = { day: '2026-11-02', key: 'validation.answerBeforeSent' };
  it.each([
    ['the day it follows', '2026-11-02', null],
    ['today', '2026-11-23', null],
    ['tomorrow', '2026-11-24', 'validation.dateInFuture'],
    ['the day before the step it follows', '2026-11-01', 'validation.answerBeforeSent'],
  ])('%s', (_name, day, key) => {
    expect(stepDateProblem('answeredOn', day, '2026-11-23', after)?.options.errors?.[0]?.key ?? null).toBe(
      key,
    );
  });
});

describe('answerProblem', () => {
  it.each([
    ['a member, pending, at the version read', actor(MEMBER), referral(), member, 1, null],
    ['no such referral', actor(MEMBER), undefined, member, 1, 'errors.referralNotFound'],
    ['another centre', actor(MEMBER, GENT), referral(), member, 1, 'errors.referralNotFound'],
    ['not a member of the internal service', actor(OTHER), referral(), none, 1, 'errors.referralNotMember'],
    ['even its sender, when not a member', actor(SENDER), referral(), none, 1, 'errors.referralNotMember'],
    [
      'anyone with the file, for a partner',
      actor(OTHER),
      referral({ serviceKind: 'partner' }),
      none,
      1,
      null,
    ],
    [
      'already answered',
      actor(MEMBER),
      referral({ state: 'accepted', answeredOn: '2026-11-03' }),
      member,
      1,
      'errors.referralNotPending',
    ],
    ['withdrawn', actor(MEMBER), referral({ state: 'withdrawn' }), member, 1, 'errors.referralNotPending'],
    ['a stale version', actor(MEMBER), referral({ version: 2 }), member, 1, 'errors.staleVersion'],
  ] as const)('%s', (_name, who, record, relation, version, key) => {
    expect(answerProblem(who, record, relation, version)?.key ?? null).toBe(key);
  });

  it('answers 404, 403 and 409', () => {
    expect(answerProblem(actor(MEMBER, GENT), referral(), member, 1)?.status).toBe(404);
    expect(answerProblem(actor(OTHER), referral(), none, 1)?.status).toBe(403);
    expect(answerProblem(actor(MEMBER), referral({ state: 'declined' }), member, 1)?.status).toBe(409);
  });
});

describe('receivingWorkerProblem', () => {
  it.each([
    ['nobody named (the accepting member)', 'internal', undefined, null],
    ['another member named', 'internal', MEMBER, null],
    ['someone outside the service', 'internal', OTHER, 'errors.notServiceMember'],
    ['nobody for a partner', 'partner', null, null],
    ['someone for a partner', 'partner', MEMBER, 'errors.partnerNoWorker'],
  ] as const)('%s', (_name, kind, named, key) => {
    expect(receivingWorkerProblem(kind, named, [MEMBER])?.options.errors?.[0]?.key ?? null).toBe(key);
  });
});

describe('withdrawProblem', () => {
  it.each([
    ['its sender, while pending', actor(SENDER), referral(), 1, null],
    ['someone else', actor(MEMBER), referral(), 1, 'errors.referralNotSender'],
    ['once accepted', actor(SENDER), referral({ state: 'accepted' }), 1, 'errors.referralNotPending'],
    ['a stale version', actor(SENDER), referral({ version: 3 }), 2, 'errors.staleVersion'],
    ['another centre', actor(SENDER, GENT), referral(), 1, 'errors.referralNotFound'],
  ] as const)('%s', (_name, who, record, version, key) => {
    expect(withdrawProblem(who, record, version)?.key ?? null).toBe(key);
  });
});

describe('endProblem', () => {
  const running = referral({ state: 'accepted', answeredOn: '2026-11-03' });
  it.each([
    ['its sender', actor(SENDER), running, none, null],
    ['the file’s worker', actor(OTHER), running, { ...none, fileResponsible: true }, null],
    ['a member of the service', actor(OTHER), running, member, null],
    ['the receiving worker, no longer a member', actor(OTHER), running, { ...none, receiving: true }, null],
    ['a colleague with no part in it', actor(OTHER), running, none, 'errors.referralMayNotEnd'],
    ['anyone with the file, for a partner', actor(OTHER), { ...running, serviceKind: 'partner' }, none, null],
    ['a pending one', actor(SENDER), referral(), none, 'errors.referralNotAccepted'],
    ['an ended one', actor(SENDER), referral({ state: 'ended' }), none, 'errors.referralNotAccepted'],
  ] as const)('%s', (_name, who, record, relation, key) => {
    expect(endProblem(who, record, relation, record.version)?.key ?? null).toBe(key);
  });
});

describe('allowedSteps', () => {
  it.each([
    ['a member, pending', MEMBER, referral(), member, { canAnswer: true, canWithdraw: false, canEnd: false }],
    ['its sender, pending', SENDER, referral(), none, { canAnswer: false, canWithdraw: true, canEnd: false }],
    [
      'its sender, pending, to a partner',
      SENDER,
      referral({ serviceKind: 'partner' }),
      none,
      { canAnswer: true, canWithdraw: true, canEnd: false },
    ],
    [
      'its sender, accepted',
      SENDER,
      referral({ state: 'accepted' }),
      none,
      { canAnswer: false, canWithdraw: false, canEnd: true },
    ],
    [
      'a colleague, accepted',
      OTHER,
      referral({ state: 'accepted' }),
      none,
      { canAnswer: false, canWithdraw: false, canEnd: false },
    ],
    [
      'anyone, ended',
      SENDER,
      referral({ state: 'ended' }),
      member,
      { canAnswer: false, canWithdraw: false, canEnd: false },
    ],
  ] as const)('%s', (_name, userId, record, relation, expected) => {
    expect(allowedSteps({ userId }, record, relation)).toEqual(expected);
  });
});
