/**
 * What changed between two versions of a plan, in terms a worker and the person can read: each
 * objective, commitment, action or party added, removed or changed, and each field changed.
 * Items with a key (objectives, actions) are matched by it; the others by their text.
 */

export interface PlanSnapshot {
  orientations: readonly string[];
  communityServiceAgreedOn: string | null;
  objectives: readonly { id: string; text: string }[];
  personCommitments: readonly { objectiveId: string; text: string }[];
  centreCommitments: readonly { objectiveId: string; text: string }[];
  actions: readonly {
    id: string;
    what: string;
    who: string;
    dueOn: string | null;
    status: string;
    objectiveId: string | null;
  }[];
  parties: readonly { name: string; role: string }[];
  supportPerson: { name: string; relation: string } | null;
  evaluationArrangements: string;
  startOn: string | null;
  plannedEndOn: string | null;
}

export type PlanChange =
  | { field: string; change: 'changed'; before: unknown; after: unknown }
  | { field: string; change: 'added' | 'removed'; item: unknown }
  | { field: string; change: 'changed'; key: string; before: unknown; after: unknown };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function byKey<T>(
  field: string,
  before: readonly T[],
  after: readonly T[],
  keyOf: (item: T) => string,
): PlanChange[] {
  const changes: PlanChange[] = [];
  const old = new Map(before.map((item) => [keyOf(item), item]));
  const next = new Map(after.map((item) => [keyOf(item), item]));
  for (const [key, item] of old) {
    const now = next.get(key);
    if (now === undefined) changes.push({ field, change: 'removed', item });
    else if (!same(item, now)) changes.push({ field, change: 'changed', key, before: item, after: now });
  }
  for (const [key, item] of next) if (!old.has(key)) changes.push({ field, change: 'added', item });
  return changes;
}

export function planDiff(before: PlanSnapshot, after: PlanSnapshot): PlanChange[] {
  const changes: PlanChange[] = [];
  for (const field of [
    'orientations',
    'communityServiceAgreedOn',
    'supportPerson',
    'evaluationArrangements',
    'startOn',
    'plannedEndOn',
  ] as const) {
    if (!same(before[field], after[field]))
      changes.push({ field, change: 'changed', before: before[field], after: after[field] });
  }
  changes.push(...byKey('objectives', before.objectives, after.objectives, (o) => o.id));
  changes.push(...byKey('actions', before.actions, after.actions, (a) => a.id));
  for (const field of ['personCommitments', 'centreCommitments'] as const) {
    changes.push(...byKey(field, before[field], after[field], (c) => `${c.objectiveId}\u0000${c.text}`));
  }
  changes.push(...byKey('parties', before.parties, after.parties, (p) => `${p.name}\u0000${p.role}`));
  return changes;
}
