import { describe, expect, it } from 'vitest';
import { type PlanSnapshot, planDiff } from './plan-diff.ts';

const base: PlanSnapshot = {
  orientations: ['training'],
  communityServiceAgreedOn: null,
  objectives: [
    { id: 'o1', text: 'Obtenir le permis cariste' },
    { id: 'o2', text: 'Stabiliser le logement' },
  ],
  personCommitments: [{ objectiveId: 'o1', text: 'Suivre la formation' }],
  centreCommitments: [{ objectiveId: 'o1', text: 'Payer l’inscription' }],
  actions: [
    {
      id: 'a1',
      what: 'S’inscrire',
      who: 'la personne',
      dueOn: '2026-12-15',
      status: 'planned',
      objectiveId: 'o1',
    },
  ],
  parties: [{ name: 'Forem', role: 'centre de formation' }],
  supportPerson: null,
  evaluationArrangements: '',
  startOn: '2026-12-01',
  plannedEndOn: '2027-11-30',
};

describe('planDiff', () => {
  it('finds nothing between a version and itself', () => expect(planDiff(base, base)).toEqual([]));

  it('tells each change, matched by key or by text', () => {
    const after: PlanSnapshot = {
      ...base,
      orientations: ['training', 'employment'],
      plannedEndOn: '2028-05-31',
      objectives: [
        { id: 'o1', text: 'Obtenir le permis cariste et un emploi' },
        { id: 'o3', text: 'Ouvrir un compte' },
      ],
      personCommitments: [{ objectiveId: 'o1', text: 'Suivre la formation' }],
      centreCommitments: [{ objectiveId: 'o1', text: 'Payer l’inscription et le transport' }],
      actions: [{ ...base.actions[0], status: 'done' } as PlanSnapshot['actions'][number]],
      supportPerson: { name: 'Sa sœur', relation: 'sœur' },
    };
    expect(planDiff(base, after)).toEqual([
      { field: 'orientations', change: 'changed', before: ['training'], after: ['training', 'employment'] },
      {
        field: 'supportPerson',
        change: 'changed',
        before: null,
        after: { name: 'Sa sœur', relation: 'sœur' },
      },
      { field: 'plannedEndOn', change: 'changed', before: '2027-11-30', after: '2028-05-31' },
      {
        field: 'objectives',
        change: 'changed',
        key: 'o1',
        before: { id: 'o1', text: 'Obtenir le permis cariste' },
        after: { id: 'o1', text: 'Obtenir le permis cariste et un emploi' },
      },
      { field: 'objectives', change: 'removed', item: { id: 'o2', text: 'Stabiliser le logement' } },
      { field: 'objectives', change: 'added', item: { id: 'o3', text: 'Ouvrir un compte' } },
      {
        field: 'actions',
        change: 'changed',
        key: 'a1',
        before: base.actions[0],
        after: { ...base.actions[0], status: 'done' },
      },
      {
        field: 'centreCommitments',
        change: 'removed',
        item: { objectiveId: 'o1', text: 'Payer l’inscription' },
      },
      {
        field: 'centreCommitments',
        change: 'added',
        item: { objectiveId: 'o1', text: 'Payer l’inscription et le transport' },
      },
    ]);
  });

  it('a party removed and another added', () => {
    const after = { ...base, parties: [{ name: 'Bruxelles Formation', role: 'centre de formation' }] };
    expect(planDiff(base, after).map((c) => `${c.field} ${c.change}`)).toEqual([
      'parties removed',
      'parties added',
    ]);
  });
});
