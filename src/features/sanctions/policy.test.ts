import { describe, expect, it } from 'vitest';
import type { Role } from '../auth/policy.ts';
import type { Problem } from '../problem.ts';
import {
  approvalProblem,
  correctionProblem,
  decisionProblem,
  extentErrors,
  lawErrors,
  mayApprove,
  mayApproveSanctions,
  mayWithdraw,
  planSanctionProblem,
  type SanctionRecord,
  withdrawalProblem,
} from './policy.ts';
import type { SanctionState } from './schemas.ts';

const CENTRE = 'c1';
const actor = (role: Role, userId = 'lead-1') => ({ centreId: CENTRE, userId, role });
const sanction = (state: SanctionState, change: Partial<SanctionRecord> = {}): SanctionRecord => ({
  centreId: CENTRE,
  state,
  proposedBy: 'worker-1',
  version: 3,
  ...change,
});
const LEAD = { sanctionApprovers: 'lead' } as const;
const EITHER = { sanctionApprovers: 'leadOrAdmin' } as const;

/** A problem as "status key rule": what the caller gets. */
const shown = (problem: Problem | null) =>
  problem
    ? `${problem.status} ${problem.key}${problem.options.extensions?.rule ? ` ${problem.options.extensions.rule}` : ''}`
    : null;

describe('who approves a sanction proposal', () => {
  it.each([
    ['worker', LEAD, false],
    ['lead', LEAD, true],
    ['admin', LEAD, false],
    ['worker', EITHER, false],
    ['lead', EITHER, true],
    ['admin', EITHER, true],
    ['federal', EITHER, false],
  ] as const)('a %s under %o: %s', (role, policy, expected) => {
    expect(mayApproveSanctions(role, policy)).toBe(expected);
  });

  it('never the proposer, and only a proposal', () => {
    expect(mayApprove(actor('lead'), sanction('proposed'), LEAD)).toBe(true);
    expect(mayApprove(actor('lead', 'worker-1'), sanction('proposed'), LEAD)).toBe(false);
    expect(mayApprove(actor('lead'), sanction('approved'), LEAD)).toBe(false);
  });
});

describe('approvalProblem (approve and refuse)', () => {
  it.each([
    ['a lead answers a proposal', actor('lead'), sanction('proposed'), LEAD, 3, null],
    ['an administrator when the policy names them', actor('admin'), sanction('proposed'), EITHER, 3, null],
    [
      'an administrator when the policy names leads only',
      actor('admin'),
      sanction('proposed'),
      LEAD,
      3,
      '403 errors.sanctionNotApprover',
    ],
    ['a worker', actor('worker'), sanction('proposed'), EITHER, 3, '403 errors.sanctionNotApprover'],
    [
      'the proposer, though a lead',
      actor('lead', 'worker-1'),
      sanction('proposed'),
      LEAD,
      3,
      '403 errors.sanctionOwnProposal',
    ],
    [
      'an approved sanction',
      actor('lead'),
      sanction('approved'),
      LEAD,
      3,
      '409 errors.sanctionNotProposed sanction.answerOnlyProposed',
    ],
    [
      'a refused one',
      actor('lead'),
      sanction('refused'),
      LEAD,
      3,
      '409 errors.sanctionNotProposed sanction.answerOnlyProposed',
    ],
    ['a stale version', actor('lead'), sanction('proposed'), LEAD, 2, '409 errors.staleVersion'],
    [
      'another centre’s sanction',
      actor('lead'),
      sanction('proposed', { centreId: 'c2' }),
      LEAD,
      3,
      '404 errors.sanctionNotFound',
    ],
  ] as const)('%s → %s', (_name, who, record, policy, version, expected) => {
    expect(shown(approvalProblem(who, record, policy, version))).toBe(expected);
  });

  it('an unknown sanction is not found', () => {
    expect(shown(approvalProblem(actor('lead'), undefined, LEAD, 1))).toBe('404 errors.sanctionNotFound');
  });
});

describe('correctionProblem', () => {
  it.each([
    ['the proposer corrects their proposal', 'worker-1', sanction('proposed'), ['endOn'], 3, null],
    [
      'a colleague corrects it',
      'worker-2',
      sanction('proposed'),
      ['endOn'],
      3,
      '403 errors.sanctionNotProposer',
    ],
    [
      'a notification on a proposal',
      'worker-1',
      sanction('proposed'),
      ['notifiedOn'],
      3,
      '409 errors.sanctionNotApproved sanction.notifiedOnlyDecided',
    ],
    [
      'an approved sanction',
      'worker-1',
      sanction('approved'),
      ['endOn'],
      3,
      '409 errors.sanctionNotProposed sanction.correctOnlyProposed',
    ],
    [
      'a decided sanction’s notification, by anyone',
      'worker-2',
      sanction('decided'),
      ['notifiedOn'],
      3,
      null,
    ],
    [
      'a decided sanction’s period',
      'worker-1',
      sanction('decided'),
      ['notifiedOn', 'endOn'],
      3,
      '409 errors.sanctionDecidedFrozen sanction.decidedFrozen',
    ],
    ['a stale version', 'worker-1', sanction('proposed'), ['endOn'], 1, '409 errors.staleVersion'],
    ['saving nothing new', 'worker-1', sanction('proposed'), [], 3, null],
  ] as const)('%s → %s', (_name, userId, record, fields, version, expected) => {
    expect(shown(correctionProblem(actor('worker', userId), record, fields, version))).toBe(expected);
  });
});

describe('decisionProblem', () => {
  it.each([
    ['approved', 3, null],
    ['proposed', 3, '409 errors.sanctionNotApproved sanction.decideOnlyApproved'],
    ['refused', 3, '409 errors.sanctionNotApproved sanction.decideOnlyApproved'],
    ['decided', 3, '409 errors.sanctionNotApproved sanction.decideOnlyApproved'],
    ['approved', 2, '409 errors.staleVersion'],
  ] as const)('%s at version %d → %s', (state, version, expected) => {
    expect(shown(decisionProblem(actor('worker'), sanction(state), version))).toBe(expected);
  });
});

describe('withdrawalProblem', () => {
  it.each([
    ['the proposer, a proposal', actor('worker', 'worker-1'), 'proposed', LEAD, null],
    ['the proposer, an approved one', actor('worker', 'worker-1'), 'approved', LEAD, null],
    ['a lead', actor('lead'), 'approved', LEAD, null],
    ['another worker', actor('worker', 'worker-2'), 'proposed', LEAD, '403 errors.sanctionNotProposer'],
    [
      'an administrator the policy does not name',
      actor('admin'),
      'proposed',
      LEAD,
      '403 errors.sanctionNotProposer',
    ],
    ['an administrator the policy names', actor('admin'), 'proposed', EITHER, null],
    [
      'a decided sanction',
      actor('worker', 'worker-1'),
      'decided',
      LEAD,
      '409 errors.sanctionNotWithdrawable sanction.withdrawOnlyUndecided',
    ],
    [
      'a withdrawn one',
      actor('lead'),
      'withdrawn',
      LEAD,
      '409 errors.sanctionNotWithdrawable sanction.withdrawOnlyUndecided',
    ],
  ] as const)('%s → %s', (_name, who, state, policy, expected) => {
    expect(shown(withdrawalProblem(who, sanction(state), policy, 3))).toBe(expected);
    expect(mayWithdraw(who, sanction(state), policy)).toBe(expected === null);
  });
});

describe('planSanctionProblem', () => {
  it.each([
    ['piis', 'active', null],
    ['piis', 'draft', '409 errors.sanctionOnlyActivePiis sanction.onlyActivePiis'],
    ['piis', 'informed', '409 errors.sanctionOnlyActivePiis sanction.onlyActivePiis'],
    ['piis', 'closed', '409 errors.sanctionOnlyActivePiis sanction.onlyActivePiis'],
    ['growthPlan', 'active', '409 errors.sanctionOnlyActivePiis sanction.onlyActivePiis'],
  ] as const)('a %s %s → %s', (form, state, expected) => {
    expect(shown(planSanctionProblem({ form, state }))).toBe(expected);
  });
});

describe('lawErrors and extentErrors', () => {
  it('shows the last day allowed as people read it', () => {
    expect(
      lawErrors([
        { path: 'endOn', key: 'validation.sanctionTooLong', params: { months: 1, last: '2026-12-22' } },
        { path: 'noticeOn', key: 'validation.sanctionNeedsNotice' },
      ]),
    ).toEqual([
      { path: 'endOn', key: 'validation.sanctionTooLong', params: { months: 1, last: '22/12/2026' } },
      { path: 'noticeOn', key: 'validation.sanctionNeedsNotice' },
    ]);
  });

  it.each([
    ['total', null, []],
    ['partial', 40, []],
    ['partial', null, [{ path: 'partialPercent', key: 'validation.required' }]],
    ['total', 40, [{ path: 'partialPercent', key: 'validation.sanctionPercentOnlyPartial' }]],
  ] as const)('%s with %s %%', (extent, percent, expected) => {
    expect(extentErrors(extent, percent)).toEqual(expected);
  });
});
