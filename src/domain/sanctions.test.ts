import { describe, expect, it } from 'vitest';
import {
  appealDeadline,
  isRepeat,
  longestSuspensionEnd,
  type SanctionProposal,
  sanctionProblems,
} from './sanctions.ts';

const proposal = (change: Partial<SanctionProposal> = {}): SanctionProposal => ({
  situation: 'integrationIncome',
  noticeOn: '2026-10-01',
  workerOpinionOn: '2026-10-05',
  hearingOn: '2026-10-12',
  decisionOn: '2026-10-20',
  startOn: '2026-11-01',
  endOn: '2026-11-30',
  earlierDecisions: [],
  ...change,
});
const keys = (change: Partial<SanctionProposal>) =>
  sanctionProblems(proposal(change)).map((p) => `${p.path} ${p.key}`);

describe('sanctionProblems', () => {
  it.each([
    ['a first suspension of one month', {}, []],
    ['a first suspension of 6 weeks', { endOn: '2026-12-12' }, ['endOn validation.sanctionTooLong']],
    ['one day too many', { endOn: '2026-12-01' }, ['endOn validation.sanctionTooLong']],
    ['from 31 January: to 28 February at most', { startOn: '2027-01-31', endOn: '2027-02-28' }, []],
    [
      'from 31 January: 1 March is too long',
      { startOn: '2027-01-31', endOn: '2027-03-01' },
      ['endOn validation.sanctionTooLong'],
    ],
    [
      'again within 12 months: 3 months allowed',
      { endOn: '2027-01-31', earlierDecisions: ['2026-03-15'] },
      [],
    ],
    [
      'again within 12 months: not 4',
      { endOn: '2027-02-28', earlierDecisions: ['2026-03-15'] },
      ['endOn validation.sanctionTooLong'],
    ],
    [
      'an earlier one 13 months before: 1 month only',
      { endOn: '2027-01-31', earlierDecisions: ['2025-09-15'] },
      ['endOn validation.sanctionTooLong'],
    ],
    [
      'an earlier one exactly 12 months before counts',
      { endOn: '2027-01-31', earlierDecisions: ['2025-10-20'] },
      [],
    ],
    [
      'a person without the integration income',
      { situation: 'equivalentAid' },
      ['situation validation.sanctionNoIntegrationIncome'],
    ],
    [
      'a user without financial aid',
      { situation: 'noFinancialAid' },
      ['situation validation.sanctionNoIntegrationIncome'],
    ],
    ['no formal notice', { noticeOn: null }, ['noticeOn validation.sanctionNeedsNotice']],
    ['no worker’s opinion', { workerOpinionOn: null }, ['workerOpinionOn validation.sanctionNeedsOpinion']],
    [
      'a notice after the decision',
      { noticeOn: '2026-10-21' },
      ['noticeOn validation.sanctionNoticeAfterDecision'],
    ],
    [
      'an opinion after the decision',
      { workerOpinionOn: '2026-10-21' },
      ['workerOpinionOn validation.sanctionOpinionAfterDecision'],
    ],
    [
      'a hearing after the decision',
      { hearingOn: '2026-10-25' },
      ['hearingOn validation.sanctionHearingAfterDecision'],
    ],
    ['no hearing recorded', { hearingOn: null }, []],
    ['an end before the start', { endOn: '2026-10-31' }, ['endOn validation.endBeforeStart']],
    [
      'everything wrong at once, each on its field',
      { situation: 'noFinancialAid', noticeOn: null, workerOpinionOn: null, endOn: '2027-01-15' },
      [
        'situation validation.sanctionNoIntegrationIncome',
        'noticeOn validation.sanctionNeedsNotice',
        'workerOpinionOn validation.sanctionNeedsOpinion',
        'endOn validation.sanctionTooLong',
      ],
    ],
  ] as const)('%s', (_name, change, expected) => expect(keys(change)).toEqual(expected));

  it('tells the longest allowed and the rule applied', () => {
    expect(sanctionProblems(proposal({ endOn: '2026-12-12' }))).toEqual([
      { path: 'endOn', key: 'validation.sanctionTooLong', params: { months: 1, last: '2026-11-30' } },
    ]);
  });
});

describe('the dates of a sanction', () => {
  it.each([
    ['2026-11-01', 1, '2026-11-30'],
    ['2026-11-15', 1, '2026-12-14'],
    ['2026-01-31', 1, '2026-02-28'], // no 31 February: to the end of the month
    ['2024-01-31', 1, '2024-02-29'],
    ['2026-11-01', 3, '2027-01-31'],
  ] as const)('a suspension from %s for %i month(s) ends by %s', (start, months, end) =>
    expect(longestSuspensionEnd(start, months)).toBe(end),
  );

  it.each([
    ['2026-10-20', ['2025-10-20'], true],
    ['2026-10-20', ['2025-10-19'], false],
    ['2026-10-20', ['2026-10-20'], false], // the same decision is not an earlier one
    ['2026-10-20', [], false],
  ] as const)('decided %s after %j: a repeat? %s', (decision, earlier, expected) =>
    expect(isRepeat(decision, earlier)).toBe(expected),
  );

  it.each([
    ['2026-10-20', '2027-01-20'],
    ['2026-11-30', '2027-02-28'],
    ['2027-11-30', '2028-02-29'],
  ])('notified %s: appeal until %s', (notified, expected) => expect(appealDeadline(notified)).toBe(expected));
});
