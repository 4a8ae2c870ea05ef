import { describe, expect, it } from 'vitest';
import { type CentrePolicy, DEFAULT_POLICY } from './centre-policy.ts';
import { type EvaluationFact, evaluationPlan } from './evaluation-schedule.ts';

const held = (heldOn: string, nextOn: string | null = null): EvaluationFact => ({
  heldOn,
  mode: 'inPerson',
  missed: false,
  nextOn,
});
const remote = (heldOn: string, nextOn: string | null = null): EvaluationFact => ({
  heldOn,
  mode: 'remote',
  missed: false,
  nextOn,
});
const missed = (heldOn: string, nextOn: string | null = null): EvaluationFact => ({
  heldOn,
  mode: 'inPerson',
  missed: true,
  nextOn,
});
const quarterly: CentrePolicy = { ...DEFAULT_POLICY, evaluation: { kind: 'everyMonths', months: 3 } };
/** `date*` to hold (or held) in person, `held` when an evaluation fills the place. */
const shown = (list: ReturnType<typeof evaluationPlan>) =>
  list.map((e) => `${e.date}${e.inPerson ? '*' : ''}${e.heldOn ? ' held' : ''}`);

describe('evaluationPlan: the schedule moves with the evaluations held', () => {
  // A year from Monday 5 January 2026: suggested on 6 May*, 7 September* and 4 January 2027.
  const start = '2026-01-05';
  const end = '2027-01-04';

  it.each([
    ['nothing held: the suggestions of the plan', [], ['2026-05-06*', '2026-09-07*', '2027-01-04']],
    [
      'held early (2 March): the other two spread from it to the end (3 August, not 7 September)',
      [held('2026-03-02')],
      ['2026-03-02* held', '2026-08-03*', '2027-01-04'],
    ],
    [
      'held late (1 July): the next one moves on to 5 October',
      [held('2026-07-01')],
      ['2026-07-01* held', '2026-10-05*', '2027-01-04'],
    ],
    [
      'a next date agreed at the evaluation is the next suggestion',
      [held('2026-03-02', '2026-06-15')],
      ['2026-03-02* held', '2026-06-15*', '2027-01-04'],
    ],
    [
      'a missed appointment moves nothing: the suggestion stays, to hold',
      [held('2026-05-06'), missed('2026-09-07')],
      ['2026-05-06* held', '2026-09-07*', '2027-01-04'],
    ],
    [
      'a new date agreed at a missed appointment is the next suggestion',
      [held('2026-05-06'), missed('2026-09-07', '2026-09-21')],
      ['2026-05-06* held', '2026-09-21*', '2027-01-04'],
    ],
    [
      'missed before anything held, with a new date: the rest spread from it (14 September, a Monday)',
      [missed('2026-05-06', '2026-05-20')],
      ['2026-05-20*', '2026-09-14*', '2027-01-04'],
    ],
    [
      'a next date agreed before a missed appointment that set none still stands (overdue then)',
      [held('2026-05-06', '2026-09-07'), missed('2026-09-07')],
      ['2026-05-06* held', '2026-09-07*', '2027-01-04'],
    ],
    [
      'three held remotely: the count is reached, the two in person are not; they are suggested',
      [remote('2026-03-02'), remote('2026-05-04'), remote('2026-07-01')],
      ['2026-03-02 held', '2026-05-04 held', '2026-07-01 held', '2026-10-05*', '2027-01-04*'],
    ],
    [
      'more than asked: every evaluation held is kept, nothing more suggested',
      [held('2026-02-02'), held('2026-04-01'), remote('2026-06-01'), remote('2026-08-03')],
      ['2026-02-02* held', '2026-04-01* held', '2026-06-01 held', '2026-08-03 held'],
    ],
    [
      'in any order: sorted by the day held',
      [held('2026-07-01'), held('2026-03-02')],
      ['2026-03-02* held', '2026-07-01* held', '2027-01-04'],
    ],
    [
      'held after the planned end: what is left falls due on the end',
      [held('2027-01-10')],
      ['2027-01-10* held', '2027-01-04*', '2027-01-04'],
    ],
    [
      'a next date past the planned end is kept as agreed; the rest falls due on the end',
      [held('2026-11-02', '2027-02-01')],
      ['2026-11-02* held', '2027-02-01*', '2027-01-04'],
    ],
  ])('%s', (_name, evaluations, expected) =>
    expect(shown(evaluationPlan(start, end, evaluations, DEFAULT_POLICY))).toEqual(expected),
  );

  it.each([
    [
      'every 3 months, nothing held: the cadence from the start',
      [],
      ['2026-07-22*', '2026-10-21*', '2027-01-21', '2027-04-20'],
    ],
    [
      'every 3 months, held early (1 June): every 3 months from it, none further apart',
      [held('2026-06-01')],
      ['2026-06-01* held', '2026-09-01*', '2026-12-01', '2027-03-01'],
    ],
    [
      'every 3 months, held late (1 September): closer together to fit before the end',
      [held('2026-09-01')],
      ['2026-09-01* held', '2026-11-17*', '2027-02-02', '2027-04-20'],
    ],
  ])('%s', (_name, evaluations, expected) =>
    expect(shown(evaluationPlan('2026-04-21', '2027-04-20', evaluations, quarterly))).toEqual(expected),
  );

  it('a plan that ends before it starts asks nothing, but what was held stays', () => {
    expect(shown(evaluationPlan('2026-01-05', '2026-01-01', [held('2026-01-05')], DEFAULT_POLICY))).toEqual([
      '2026-01-05* held',
    ]);
  });
});
