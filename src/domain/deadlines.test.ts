import { describe, expect, it } from 'vitest';
import { type CentrePolicy, DEFAULT_POLICY } from './centre-policy.ts';
import {
  activationLastDay,
  conclusionDeadline,
  evaluationSchedule,
  firstSigningDay,
  interviewDeadline,
  lastDayOfYears,
  type PlanFacts,
  planDeadlines,
  plannedEndProblem,
  reflectionEnd,
} from './deadlines.ts';

const policy = (change: Partial<CentrePolicy> = {}): CentrePolicy => ({ ...DEFAULT_POLICY, ...change });

describe('conclusionDeadline: 3 months after the anchor, month ends clamped', () => {
  it.each([
    ['2026-01-15', null, 'decision', '2026-04-15'],
    ['2026-11-30', null, 'decision', '2027-02-28'],
    ['2027-11-30', null, 'decision', '2028-02-29'], // a leap year
    ['2026-11-29', null, 'decision', '2027-02-28'],
    ['2026-08-31', null, 'decision', '2026-11-30'],
    ['2026-12-31', null, 'decision', '2027-03-31'],
    ['2026-01-15', '2026-01-22', 'notification', '2026-04-22'],
    ['2026-01-15', null, 'notification', null], // the notification date is not known yet
    [null, '2026-01-22', 'decision', null],
  ] as const)(
    'decision %s, notification %s, anchor %s → %s',
    (decisionDate, notificationDate, anchor, expected) =>
      expect(conclusionDeadline({ decisionDate, notificationDate }, policy({ deadlineAnchor: anchor }))).toBe(
        expected,
      ),
  );
});

describe('reflection period: 5 days after the information, calendar or working', () => {
  it.each([
    ['2026-11-23', 'calendar', 5, '2026-11-28', '2026-11-29'],
    ['2026-11-23', 'working', 5, '2026-11-30', '2026-12-01'],
    ['2026-11-06', 'working', 5, '2026-11-16', '2026-11-17'], // over Armistice
    ['2026-12-23', 'working', 5, '2026-12-31', '2027-01-01'], // over Christmas
    ['2026-12-28', 'calendar', 10, '2027-01-07', '2027-01-08'], // a centre's longer period
    ['2024-02-26', 'calendar', 5, '2024-03-02', '2024-03-03'], // over 29 February
  ] as const)('informed %s, %s %i days: ends %s, sign from %s', (informedOn, kind, days, end, signFrom) => {
    const centre = policy({ reflectionDayKind: kind, reflectionDays: days });
    expect(reflectionEnd(informedOn, centre)).toBe(end);
    expect(firstSigningDay(informedOn, centre)).toBe(signFrom);
  });
});

describe('interviewDeadline: 5 working days after the request', () => {
  it.each([
    ['2026-11-23', '2026-11-30'],
    ['2026-04-02', '2026-04-10'], // Easter Monday
    ['2026-05-22', '2026-06-01'], // Whit Monday
  ])('asked %s → held by %s', (requestedOn, expected) =>
    expect(interviewDeadline(requestedOn)).toBe(expected),
  );
});

describe('periods of whole years', () => {
  it.each([
    ['2026-03-01', 1, '2027-02-28'],
    ['2023-03-01', 1, '2024-02-29'], // the year ends on a leap day
    ['2024-02-29', 1, '2025-02-28'], // from a leap day: to 28 February, not the 27th
    ['2024-02-29', 4, '2028-02-28'],
    ['2026-01-31', 1, '2027-01-30'],
    ['2026-01-01', 2, '2027-12-31'],
    ['2024-02-29', 2, '2026-02-28'],
  ])('%s + %i year(s) → last day %s', (start, years, expected) =>
    expect(lastDayOfYears(start, years)).toBe(expected),
  );

  it('a social-activation trajectory runs a year at most', () => {
    expect(activationLastDay('2026-01-01')).toBe('2026-12-31');
  });
});

describe('plannedEndProblem', () => {
  it.each([
    [['socialActivation'], '2026-01-01', '2026-12-31', null],
    [['socialActivation'], '2026-01-01', '2027-01-01', 'validation.activationMaxOneYear'],
    [['training', 'socialActivation'], '2026-01-01', '2027-06-30', 'validation.activationMaxOneYear'], // a mixed plan
    [['employment'], '2026-01-01', '2028-06-30', null],
    [['employment'], '2026-01-01', '2025-12-31', 'validation.endBeforeStart'],
    [['socialActivation'], '2026-01-01', null, null],
  ] as const)('%j from %s to %s → %s', (orientations, startOn, plannedEndOn, expected) =>
    expect(plannedEndProblem({ orientations, startOn, plannedEndOn })).toBe(expected),
  );
});

describe('evaluationSchedule: spread over the plan, on working days', () => {
  const dates = (list: { date: string; inPerson: boolean }[]) =>
    list.map((e) => `${e.date}${e.inPerson ? '*' : ''}`);

  it.each([
    [
      'a year, 3 evaluations, 2 in person (a Saturday moves to Monday)',
      '2026-01-05',
      '2027-01-04',
      policy(),
      ['2026-05-06*', '2026-09-07*', '2027-01-04'],
    ],
    [
      'six months: 2 evaluations, both in person',
      '2026-03-02',
      '2026-09-01',
      policy(),
      ['2026-06-02*', '2026-09-01*'],
    ],
    [
      'Easter Monday moves one on; an end on Saturday moves back to Friday; under half a year, one in person',
      '2026-01-03',
      '2026-07-04',
      policy(),
      ['2026-04-07*', '2026-07-03'],
    ],
    [
      'a stricter centre: 4 a year',
      '2026-01-05',
      '2027-01-04',
      policy({ evaluation: { kind: 'perYear', minimum: 4 } }),
      ['2026-04-07*', '2026-07-06*', '2026-10-05', '2027-01-04'],
    ],
    [
      'every 3 months: 21 July moves to the 22nd; the rest of the plan ends with one',
      '2026-04-21',
      '2027-04-20',
      policy({ evaluation: { kind: 'everyMonths', months: 3 } }),
      ['2026-07-22*', '2026-10-21*', '2027-01-21', '2027-04-20'],
    ],
    [
      'two years: 6 evaluations, 4 in person (Ascension 2027 moves one on)',
      '2026-01-05',
      '2028-01-04',
      policy(),
      ['2026-05-07*', '2026-09-07*', '2027-01-05*', '2027-05-07*', '2027-09-06', '2028-01-04'],
    ],
    ['an end before the start: none', '2026-01-05', '2026-01-01', policy(), []],
  ])('%s', (_name, start, end, centre, expected) =>
    expect(dates(evaluationSchedule(start, end, centre))).toEqual(expected),
  );
});

describe('planDeadlines: every date of a plan, its rule and its state', () => {
  const plan = (facts: Partial<PlanFacts> = {}): PlanFacts => ({
    form: 'piis',
    orientations: ['socialIntegration'],
    decisionDate: '2026-09-01',
    notificationDate: '2026-09-08',
    informedOn: null,
    reflectionRequested: false,
    signedOn: null,
    startOn: null,
    plannedEndOn: null,
    closedOn: null,
    evaluations: [],
    interviewRequests: [],
    subsidyExtensionMotivatedOn: null,
    ...facts,
  });
  const summary = (facts: Partial<PlanFacts>, today: string, centre = policy()) =>
    planDeadlines(plan(facts), centre, today).map((d) => `${d.key} ${d.date} ${d.state}`);

  it('a draft PIIS: only the deadline to conclude, due then overdue', () => {
    expect(summary({}, '2026-11-23')).toEqual(['piis.conclusion 2026-12-01 due']);
    expect(summary({}, '2026-12-02')).toEqual(['piis.conclusion 2026-12-01 overdue']);
    expect(summary({}, '2026-12-01')).toEqual(['piis.conclusion 2026-12-01 due']); // the last day itself
  });

  it('the notification as the anchor moves the deadline', () => {
    expect(summary({}, '2026-12-02', policy({ deadlineAnchor: 'notification' }))).toEqual([
      'piis.conclusion 2026-12-08 due',
    ]);
  });

  it('a growth plan has no legal deadline to conclude', () => {
    expect(summary({ form: 'growthPlan' }, '2026-12-02')).toEqual([]);
  });

  it('informed with a reflection period: it runs, then is done', () => {
    expect(summary({ informedOn: '2026-11-23', reflectionRequested: true }, '2026-11-25')).toEqual([
      'piis.reflection 2026-11-28 due',
      'piis.conclusion 2026-12-01 due',
    ]);
    expect(summary({ informedOn: '2026-11-23', reflectionRequested: true }, '2026-11-29')[0]).toBe(
      'piis.reflection 2026-11-28 done',
    );
  });

  it('signed and running: conclusion done, evaluations, subsidy dates; evaluations held close them in order', () => {
    const signed = {
      signedOn: '2026-11-02',
      startOn: '2026-11-02',
      plannedEndOn: '2027-05-01',
      evaluations: [{ heldOn: '2027-01-29', mode: 'inPerson' as const, missed: false, nextOn: null }],
    };
    // A held evaluation shows the day it was held (the schedule moves with it: evaluation-schedule.ts).
    expect(summary(signed, '2027-05-02')).toEqual([
      'piis.conclusion 2026-12-01 done',
      'evaluation.1 2027-01-29 done',
      'evaluation.2 2027-04-30 overdue',
      'subsidy.extension 2027-11-01 due',
      'subsidy.end 2028-11-01 due',
    ]);
  });

  it('the subsidy extension is closed by its motivation, and no subsidy warning when the policy says so', () => {
    const running = { signedOn: '2026-01-05', startOn: '2026-01-05', plannedEndOn: '2027-01-04' };
    const keys = (facts: Partial<PlanFacts>, centre = policy()) =>
      planDeadlines(plan({ ...running, ...facts }), centre, '2027-01-10')
        .filter((d) => d.rule.startsWith('subsidy'))
        .map((d) => `${d.key} ${d.state}`);
    expect(keys({})).toEqual(['subsidy.extension overdue', 'subsidy.end due']);
    expect(keys({ subsidyExtensionMotivatedOn: '2026-12-15' })).toEqual([
      'subsidy.extension done',
      'subsidy.end due',
    ]);
    expect(keys({}, policy({ subsidyWarnings: false }))).toEqual([]);
  });

  it('interviews the person asked for: held in time, or overdue', () => {
    const requests = [
      { requestedOn: '2026-11-06', heldOn: '2026-11-12' },
      { requestedOn: '2026-11-16', heldOn: null },
    ];
    expect(summary({ interviewRequests: requests }, '2026-11-24')).toEqual([
      'interview.1 2026-11-16 done',
      'interview.2 2026-11-23 overdue',
      'piis.conclusion 2026-12-01 due',
    ]);
  });

  it('a social-activation plan ends within a year; closing it closes every open item', () => {
    const activation = {
      form: 'growthPlan' as const,
      orientations: ['socialActivation' as const],
      startOn: '2026-01-05',
      plannedEndOn: '2026-07-03',
    };
    expect(summary(activation, '2026-11-23')).toEqual([
      'evaluation.1 2026-04-07 overdue',
      'evaluation.2 2026-07-03 overdue',
      'activation.maxDuration 2027-01-04 due',
    ]);
    expect(summary({ ...activation, closedOn: '2026-07-03' }, '2026-11-23')).toEqual([
      'evaluation.1 2026-04-07 done',
      'evaluation.2 2026-07-03 done',
      'activation.maxDuration 2027-01-04 done',
    ]);
  });

  it('an amendment that extends the plan moves its evaluations, not its subsidy dates', () => {
    const signed = { signedOn: '2026-01-05', startOn: '2026-01-05', plannedEndOn: '2026-07-03' };
    const before = summary(signed, '2026-03-01').filter((d) => !d.startsWith('piis'));
    const after = summary({ ...signed, plannedEndOn: '2027-01-04' }, '2026-03-01').filter(
      (d) => !d.startsWith('piis'),
    );
    expect(before).toEqual([
      'evaluation.1 2026-04-07 due',
      'evaluation.2 2026-07-03 due',
      'subsidy.extension 2027-01-04 due',
      'subsidy.end 2028-01-04 due',
    ]);
    expect(after).toEqual([
      'evaluation.1 2026-05-06 due',
      'evaluation.2 2026-09-07 due',
      'evaluation.3 2027-01-04 due',
      'subsidy.extension 2027-01-04 due',
      'subsidy.end 2028-01-04 due',
    ]);
  });

  it('an amendment that adds social activation brings its one-year limit from the plan’s start', () => {
    const facts = { signedOn: '2026-01-05', startOn: '2026-01-05', plannedEndOn: '2026-12-31' };
    expect(summary({ ...facts, orientations: ['training'] }, '2026-03-01').join()).not.toContain(
      'activation',
    );
    expect(summary({ ...facts, orientations: ['training', 'socialActivation'] }, '2026-03-01')).toContain(
      'activation.maxDuration 2027-01-04 due',
    );
  });

  it('names each item’s rule and what closes it', () => {
    const [item] = planDeadlines(plan(), policy(), '2026-11-23');
    expect(item).toEqual({
      key: 'piis.conclusion',
      rule: 'piis.conclusion',
      date: '2026-12-01',
      state: 'due',
      closedBy: 'signature',
    });
  });
});

describe('planDeadlines: the evaluations as they happen, and the yearly minimum', () => {
  // A growth plan signed and started on Monday 5 January 2026 for a year: 3 evaluations, 2 in person.
  const running = (evaluations: PlanFacts['evaluations'], change: Partial<PlanFacts> = {}): PlanFacts => ({
    form: 'growthPlan',
    orientations: ['training'],
    decisionDate: null,
    notificationDate: null,
    informedOn: '2026-01-05',
    reflectionRequested: false,
    signedOn: '2026-01-05',
    startOn: '2026-01-05',
    plannedEndOn: '2027-01-04',
    closedOn: null,
    evaluations,
    interviewRequests: [],
    subsidyExtensionMotivatedOn: null,
    ...change,
  });
  const inPerson = (heldOn: string, nextOn: string | null = null) => ({
    heldOn,
    mode: 'inPerson' as const,
    missed: false,
    nextOn,
  });
  const remote = (heldOn: string) => ({ heldOn, mode: 'remote' as const, missed: false, nextOn: null });
  const missed = (heldOn: string) => ({ heldOn, mode: 'inPerson' as const, missed: true, nextOn: null });
  const summary = (facts: PlanFacts, today: string) =>
    planDeadlines(facts, policy(), today).map((d) => `${d.key} ${d.date} ${d.state}${d.inPerson ? '*' : ''}`);

  it.each([
    [
      'one held on 1 May, the next suggestion (2 September) passed: at risk, one to arrange today',
      [inPerson('2026-05-01')],
      '2026-10-01',
      {},
      [
        'evaluation.1 2026-05-01 done*',
        'evaluation.2 2026-09-02 overdue*',
        'evaluation.minimum 2026-10-01 due*',
        'evaluation.3 2027-01-04 due',
      ],
    ],
    [
      'the same before 2 September: on track, no minimum item',
      [inPerson('2026-05-01')],
      '2026-08-01',
      {},
      ['evaluation.1 2026-05-01 done*', 'evaluation.2 2026-09-02 due*', 'evaluation.3 2027-01-04 due'],
    ],
    [
      'a next date agreed (15 October) replaces the passed suggestion: on track again',
      [inPerson('2026-05-01', '2026-10-15')],
      '2026-10-01',
      {},
      ['evaluation.1 2026-05-01 done*', 'evaluation.2 2026-10-15 due*', 'evaluation.3 2027-01-04 due'],
    ],
    [
      'a missed appointment leaves the place to hold; at risk when nothing else is ahead',
      [inPerson('2026-05-01'), missed('2026-09-02')],
      '2026-10-01',
      {},
      [
        'evaluation.1 2026-05-01 done*',
        'evaluation.2 2026-09-02 overdue*',
        'evaluation.minimum 2026-10-01 due*',
        'evaluation.3 2027-01-04 due',
      ],
    ],
    [
      'three held, one in person: one more in person is suggested, on the end',
      [inPerson('2026-05-01'), remote('2026-09-01'), remote('2026-10-01')],
      '2026-10-02',
      {},
      [
        'evaluation.1 2026-05-01 done*',
        'evaluation.2 2026-09-01 done',
        'evaluation.3 2026-10-01 done',
        'evaluation.4 2027-01-04 due*',
      ],
    ],
    [
      'a plan not signed yet asks for no minimum',
      [inPerson('2026-05-01')],
      '2026-10-01',
      { signedOn: null },
      ['evaluation.1 2026-05-01 done*', 'evaluation.2 2026-09-02 overdue*', 'evaluation.3 2027-01-04 due'],
    ],
    [
      'a closed plan: everything done, no minimum',
      [inPerson('2026-05-01')],
      '2026-10-01',
      { closedOn: '2026-09-30' },
      ['evaluation.1 2026-05-01 done*', 'evaluation.2 2026-09-02 done*', 'evaluation.3 2027-01-04 done'],
    ],
  ] as const)('%s', (_name, evaluations, today, change, expected) =>
    expect(summary(running(evaluations, change), today)).toEqual(expected),
  );

  it('the minimum item names its rule and that an evaluation closes it', () => {
    const item = planDeadlines(running([inPerson('2026-05-01')]), policy(), '2026-10-01').find(
      (d) => d.rule === 'evaluation.minimum',
    );
    expect(item).toEqual({
      key: 'evaluation.minimum',
      rule: 'evaluation.minimum',
      date: '2026-10-01',
      state: 'due',
      closedBy: 'evaluation',
      inPerson: true,
    });
  });
});
