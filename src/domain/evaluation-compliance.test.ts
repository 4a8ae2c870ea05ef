import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from './centre-policy.ts';
import { type EvaluationHeld, evaluationCompliance, evaluationMinimum } from './evaluation-compliance.ts';

const plan = { startOn: '2026-01-05', plannedEndOn: '2027-01-04' };
const inPerson = (heldOn: string): EvaluationHeld => ({ heldOn, mode: 'inPerson', missed: false });
const remote = (heldOn: string): EvaluationHeld => ({ heldOn, mode: 'remote', missed: false });
const missed = (heldOn: string): EvaluationHeld => ({ heldOn, mode: 'inPerson', missed: true });

describe('evaluationCompliance (3 a year, 2 in person)', () => {
  it.each([
    [
      'three, two in person: met',
      [inPerson('2026-04-01'), inPerson('2026-08-01'), remote('2026-12-01')],
      '2026-12-15',
      'met',
    ],
    [
      'three, only one in person, the year over: not met',
      [inPerson('2026-04-01'), remote('2026-08-01'), remote('2026-12-01')],
      '2027-01-05',
      'notMet',
    ],
    [
      'three, only one in person, time left: on track (one more in person)',
      [inPerson('2026-03-01'), remote('2026-04-01'), remote('2026-04-20')],
      '2026-04-21',
      'onTrack',
    ],
    ['none yet, at the start: on track', [], '2026-01-10', 'onTrack'],
    [
      'one in the year, one suggestion left, two missing: at risk',
      [inPerson('2026-05-01')],
      '2026-10-01',
      'atRisk',
    ],
    [
      'a missed appointment counts for nothing',
      [inPerson('2026-05-01'), missed('2026-09-01'), inPerson('2026-12-01')],
      '2027-01-05',
      'notMet',
    ],
    [
      'evaluations before the plan year do not count',
      [inPerson('2025-12-01'), inPerson('2026-05-01'), inPerson('2026-09-08')],
      '2027-01-05',
      'notMet',
    ],
  ] as const)('%s', (_name, evaluations, today, expected) =>
    expect(evaluationCompliance(plan, evaluations, DEFAULT_POLICY, today).state).toBe(expected),
  );

  it('tells what it counted', () => {
    expect(
      evaluationCompliance(
        plan,
        [inPerson('2026-04-01'), remote('2026-08-01')],
        DEFAULT_POLICY,
        '2026-08-02',
      ),
    ).toEqual({
      state: 'onTrack',
      from: '2026-01-05',
      to: '2027-01-04',
      required: 3,
      requiredInPerson: 2,
      held: 2,
      heldInPerson: 1,
      // The schedule moved with the evaluation of 1 August: one place left, on the planned end.
      scheduledAhead: 1,
    });
  });

  it('in the second year of a plan, counts that year only', () => {
    const long = { startOn: '2026-01-05', plannedEndOn: '2028-01-04' };
    const result = evaluationCompliance(
      long,
      [inPerson('2026-04-01'), inPerson('2026-08-01'), inPerson('2026-12-01')],
      DEFAULT_POLICY,
      '2027-02-01',
    );
    expect(result).toMatchObject({ from: '2027-01-05', to: '2028-01-04', held: 0, state: 'onTrack' });
  });

  it('a six-month plan needs two, one in person', () => {
    const short = { startOn: '2026-01-05', plannedEndOn: '2026-07-03' };
    expect(
      evaluationCompliance(
        short,
        [remote('2026-03-01'), inPerson('2026-06-01')],
        DEFAULT_POLICY,
        '2026-07-03',
      ),
    ).toMatchObject({
      required: 2,
      requiredInPerson: 1,
      state: 'met',
    });
  });
});

describe('evaluationCompliance reads the schedule as it moved', () => {
  const withNext = (heldOn: string, nextOn: string): EvaluationHeld => ({ ...inPerson(heldOn), nextOn });

  it.each([
    [
      'one held, the next suggestion passed: at risk, one place ahead for two missing',
      [inPerson('2026-05-01')],
      '2026-10-01',
      { state: 'atRisk', held: 1, heldInPerson: 1, scheduledAhead: 1 },
    ],
    [
      'a next date agreed ahead: on track, two places ahead',
      [withNext('2026-05-01', '2026-10-15')],
      '2026-10-01',
      { state: 'onTrack', held: 1, heldInPerson: 1, scheduledAhead: 2 },
    ],
    [
      'three remote: two in person still suggested before the end, on track',
      [remote('2026-04-01'), remote('2026-08-03'), remote('2026-11-02')],
      '2026-12-01',
      { state: 'onTrack', held: 3, heldInPerson: 0, scheduledAhead: 2 },
    ],
    [
      'a suggestion due today still counts as ahead',
      [inPerson('2026-05-01')],
      '2026-09-02',
      { state: 'onTrack', held: 1, heldInPerson: 1, scheduledAhead: 2 },
    ],
  ] as const)('%s', (_name, evaluations, today, expected) =>
    expect(evaluationCompliance(plan, evaluations, DEFAULT_POLICY, today)).toMatchObject(expected),
  );
});

describe('evaluationMinimum (the yearly report’s reading)', () => {
  it.each([
    [
      'met before the year ends',
      [inPerson('2026-04-01'), inPerson('2026-08-01'), remote('2026-12-01')],
      '2026-12-15',
      'met',
    ],
    ['the year over, short: not met', [inPerson('2026-04-01'), remote('2026-08-01')], '2027-01-05', 'notMet'],
    ['the year still running, short: not decided', [inPerson('2026-04-01')], '2026-10-01', null],
    ['on the year’s last day, short: not decided yet', [inPerson('2026-04-01')], '2027-01-04', null],
    [
      'a missed appointment counts for nothing',
      [inPerson('2026-05-01'), missed('2026-09-01'), inPerson('2026-12-01')],
      '2027-01-05',
      'notMet',
    ],
  ] as const)('%s', (_name, evaluations, today, expected) =>
    expect(evaluationMinimum(plan, evaluations, DEFAULT_POLICY, today)).toBe(expected),
  );

  it('agrees with evaluationCompliance on met and not met', () => {
    const cases: [EvaluationHeld[], string][] = [
      [[inPerson('2026-04-01'), inPerson('2026-08-01'), remote('2026-12-01')], '2026-12-15'],
      [[inPerson('2026-04-01'), remote('2026-08-01'), remote('2026-12-01')], '2027-01-05'],
      [[], '2027-02-01'],
    ];
    for (const [evaluations, today] of cases) {
      const state = evaluationCompliance(plan, evaluations, DEFAULT_POLICY, today).state;
      const minimum = evaluationMinimum(plan, evaluations, DEFAULT_POLICY, today);
      expect(minimum ?? 'open').toBe(state === 'met' || state === 'notMet' ? state : 'open');
    }
  });
});
