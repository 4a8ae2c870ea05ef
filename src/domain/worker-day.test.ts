import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from './centre-policy.ts';
import type { PlanFacts } from './deadlines.ts';
import { answerDue, endOfWeek, groupOf, horizonOf, type PlanForDay, planWork } from './worker-day.ts';

describe('endOfWeek (Monday to Sunday)', () => {
  it.each([
    ['Monday', '2026-11-23', '2026-11-29'],
    ['Wednesday', '2026-11-25', '2026-11-29'],
    ['Saturday', '2026-11-28', '2026-11-29'],
    ['Sunday is the last day of its own week', '2026-11-29', '2026-11-29'],
    ['across a year', '2026-12-31', '2027-01-03'],
  ])('%s', (_, today, sunday) => expect(endOfWeek(today)).toBe(sunday));
});

describe('groupOf (today Monday 23 November 2026)', () => {
  const today = '2026-11-23';
  it.each([
    ['yesterday', '2026-11-22', 'overdue'],
    ['a year ago', '2025-11-23', 'overdue'],
    ['today', '2026-11-23', 'thisWeek'],
    ['Sunday', '2026-11-29', 'thisWeek'],
    ['next Monday', '2026-11-30', 'later'],
    ['the 14th day', '2026-12-07', 'later'],
    ['the 15th day: beyond the list', '2026-12-08', null],
  ])('%s', (_, date, group) => expect(groupOf(date, today)).toBe(group));
  it('the horizon is today and 14 days', () => expect(horizonOf(today)).toBe('2026-12-07'));
});

describe('answerDue (5 working days)', () => {
  it.each([
    ['Monday → next Monday', '2026-11-23', '2026-11-30'],
    ['Friday → next Friday', '2026-11-27', '2026-12-04'],
    ['over Christmas (25 December is a holiday)', '2026-12-23', '2026-12-31'],
  ])('%s', (_, asked, due) => expect(answerDue(asked)).toBe(due));
});

const facts = (over: Partial<PlanFacts>): PlanFacts => ({
  form: 'piis',
  orientations: ['training'],
  decisionDate: null,
  notificationDate: null,
  informedOn: null,
  reflectionRequested: false,
  signedOn: null,
  startOn: null,
  plannedEndOn: null,
  closedOn: null,
  evaluations: [],
  interviewRequests: [],
  subsidyExtensionMotivatedOn: null,
  ...over,
});
const plan = (over: Partial<PlanFacts>, actions: PlanForDay['actions'] = []): PlanForDay => ({
  facts: facts(over),
  actions,
});
const rules = (p: PlanForDay, today = '2026-11-23') =>
  planWork(p, DEFAULT_POLICY, today).map((w) => `${w.date} ${w.key}`);

describe('planWork', () => {
  it('a PIIS not signed 3 months after the decision is overdue; nothing else is known yet', () => {
    expect(rules(plan({ decisionDate: '2026-08-10' }))).toEqual(['2026-11-10 piis.conclusion']);
  });

  it('a conclusion deadline beyond the horizon is not on the list', () => {
    expect(rules(plan({ decisionDate: '2026-10-10' }))).toEqual([]);
  });

  it('a signed plan: the evaluations and the plan end within the horizon, the actions to do', () => {
    const work = rules(
      plan(
        {
          form: 'growthPlan',
          signedOn: '2026-03-02',
          startOn: '2026-03-02',
          plannedEndOn: '2026-12-04',
        },
        [
          { id: 'cv', dueOn: '2026-11-20', status: 'inProgress' },
          { id: 'done', dueOn: '2026-11-20', status: 'done' },
          { id: 'dropped', dueOn: '2026-11-21', status: 'dropped' },
          { id: 'later', dueOn: '2026-12-20', status: 'planned' },
          { id: 'undated', dueOn: null, status: 'planned' },
        ],
      ),
    );
    // 277 days: 3 evaluations on days 92, 185 and the end; none held, so the first two are overdue
    // and the year's minimum is at risk today (one evaluation ahead for three to hold).
    expect(work).toEqual([
      '2026-06-02 evaluation.1',
      '2026-09-03 evaluation.2',
      '2026-11-20 action.cv',
      '2026-11-23 evaluation.minimum',
      '2026-12-04 evaluation.3',
      '2026-12-04 plan.end',
    ]);
  });

  it('a closed plan asks nothing', () => {
    expect(
      rules(
        plan(
          {
            signedOn: '2026-03-02',
            startOn: '2026-03-02',
            plannedEndOn: '2026-12-04',
            closedOn: '2026-11-01',
          },
          [{ id: 'cv', dueOn: '2026-11-20', status: 'planned' }],
        ),
      ),
    ).toEqual([]);
  });

  it('a draft plan has no evaluation nor end due yet', () => {
    expect(rules(plan({ form: 'growthPlan', startOn: '2026-03-02', plannedEndOn: '2026-11-30' }))).toEqual(
      [],
    );
  });

  it('a draft plan whose actions have dates: not due before it is signed', () => {
    expect(
      rules(plan({ form: 'growthPlan' }, [{ id: 'cv', dueOn: '2026-11-20', status: 'planned' }])),
    ).toEqual([]);
  });

  it('an interview the person asked for, not yet held', () => {
    expect(
      rules(plan({ form: 'growthPlan', interviewRequests: [{ requestedOn: '2026-11-20', heldOn: null }] })),
    ).toEqual(['2026-11-27 interview.1']);
  });
});
