import { describe, expect, it } from 'vitest';
import {
  type EvaluationFacts,
  evaluablePlanProblem,
  evaluationCorrectionProblem,
  evaluationProblems,
  maySeeEarlierVersions,
} from './policy.ts';

const NAMUR = '00000000-0000-4000-8000-000000000001';
const GENT = '00000000-0000-4000-8000-000000000002';
const HOLDER = '00000000-0000-4000-8000-00000000000a';
const OTHER = '00000000-0000-4000-8000-00000000000b';
const held = { centreId: NAMUR, heldBy: HOLDER, version: 2 };

describe('evaluablePlanProblem: only a plan in force', () => {
  it.each([
    ['active', null],
    ['draft', 'errors.evaluationPlanNotActive'],
    ['informed', 'errors.evaluationPlanNotActive'],
    ['closed', 'errors.planClosed'],
  ] as const)('%s → %s', (state, key) => {
    const problem = evaluablePlanProblem(state);
    expect(problem?.key ?? null).toBe(key);
    if (problem) expect(problem.status).toBe(409);
  });
});

describe('evaluationCorrectionProblem', () => {
  it.each([
    ['the holder, plan open, version read', { centreId: NAMUR, userId: HOLDER }, held, 'active', 2, null],
    ['none such', { centreId: NAMUR, userId: HOLDER }, undefined, 'active', 2, 'errors.evaluationNotFound'],
    ['another centre’s', { centreId: GENT, userId: HOLDER }, held, 'active', 2, 'errors.evaluationNotFound'],
    [
      'a colleague (before the version)',
      { centreId: NAMUR, userId: OTHER },
      held,
      'active',
      1,
      'errors.evaluationNotHolder',
    ],
    ['the plan closed', { centreId: NAMUR, userId: HOLDER }, held, 'closed', 2, 'errors.planClosed'],
    ['a stale version', { centreId: NAMUR, userId: HOLDER }, held, 'active', 1, 'errors.staleVersion'],
  ] as const)('%s → %s', (_name, actor, record, planState, version, key) =>
    expect(evaluationCorrectionProblem(actor, record, planState, version)?.key ?? null).toBe(key),
  );
});

describe('evaluationProblems', () => {
  const ok: EvaluationFacts = {
    heldOn: '2026-11-20',
    missed: false,
    nextOn: '2026-12-01',
    personCame: true,
    objectiveIds: ['o1'],
    withMeasurement: true,
  };
  const context = {
    today: '2026-11-23',
    planStart: '2026-03-02',
    objectives: new Set(['o1', 'o2']),
    planHasObjectives: true,
  };
  const missed = { ...ok, missed: true, personCame: false, objectiveIds: [], withMeasurement: false };
  const keys = (facts: Partial<EvaluationFacts>, change: Partial<typeof context> = {}) =>
    evaluationProblems({ ...ok, ...facts }, { ...context, ...change }).map((e) => `${e.path} ${e.key}`);

  it.each([
    ['held, with progress and a measurement', {}, {}, []],
    ['today itself', { heldOn: '2026-11-23' }, {}, []],
    ['on the plan’s first day', { heldOn: '2026-03-02' }, {}, []],
    ['tomorrow', { heldOn: '2026-11-24', nextOn: null }, {}, ['heldOn validation.dateInFuture']],
    [
      'the day before the start',
      { heldOn: '2026-03-01' },
      {},
      ['heldOn validation.evaluationBeforePlanStart'],
    ],
    ['a next date on the day', { nextOn: '2026-11-20' }, {}, ['nextOn validation.nextAfterHeld']],
    ['a next date before', { nextOn: '2026-11-19' }, {}, ['nextOn validation.nextAfterHeld']],
    ['no progress', { objectiveIds: [] }, {}, ['objectiveProgress validation.progressRequired']],
    [
      'no progress, a plan without objectives',
      { objectiveIds: [] },
      { objectives: new Set<string>(), planHasObjectives: false },
      [],
    ],
    [
      'an unknown objective',
      { objectiveIds: ['o1', 'o7'] },
      {},
      ['objectiveProgress.1.objectiveId validation.unknownObjective'],
    ],
    ['a missed appointment', missed, {}, []],
    [
      'a missed appointment with everything a meeting has',
      { ...missed, personCame: true, objectiveIds: ['o1'], withMeasurement: true },
      {},
      [
        'attendance.person validation.missedButCame',
        'objectiveProgress validation.missedNoProgress',
        'measurement validation.missedNoMeasurement',
      ],
    ],
  ] as const)('%s', (_name, facts, change, expected) => expect(keys(facts, change)).toEqual(expected));

  it('the problem of a day before the start names the start as people read it', () => {
    expect(evaluationProblems({ ...ok, heldOn: '2026-03-01' }, context)[0]?.params).toEqual({
      date: '02/03/2026',
    });
  });
});

describe('maySeeEarlierVersions', () => {
  it.each([
    ['worker', false],
    ['lead', true],
    ['admin', true],
  ] as const)('%s → %s', (role, expected) => expect(maySeeEarlierVersions({ role })).toBe(expected));
});
