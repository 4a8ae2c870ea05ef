/**
 * Which figures of the yearly report each file counts in (DOMAIN.md §4). A figure is a *cell*,
 * named like `activation.outcome.volunteering`; a file's dated records, read as they stood on
 * 31 December, say which cells it belongs to. The report counts the members of each cell, the
 * drill-down lists them, and closing a year freezes both (features/reports). Pure: the same rules
 * for the live report of an open year, the frozen one, and the fixture test's hand count.
 *
 * Decisions (docs/architecture.md "The yearly report"):
 * - a plan *starts* on its first signature (growth plans too: their signing step is their start);
 *   a plan closed before it was ever signed started nothing and is not counted as closed;
 * - *social activation* is a growth plan, or a PIIS whose orientations include social activation;
 * - *in force on 31 December*: started on or before, not closed by then; its orientations are those
 *   of the last version signed by then (a mixed plan counts under each of its orientations, so the
 *   orientation rows may add up to more than the total);
 * - *concluded in the year*: first signed in the year, with the orientations of that version;
 *   on time when signed no later than the 3-month deadline from the centre's anchor date;
 * - *evaluation minimum*: read at 31 December (or at closure, if earlier) with the evaluations held
 *   by then; a plan whose plan year has not ended yet (on track or at risk) is not judged.
 */
import type { CentrePolicy } from '../centre-policy.ts';
import { conclusionDeadline, type Orientation } from '../deadlines.ts';
import { type EvaluationHeld, evaluationMinimum } from '../evaluation-compliance.ts';
import { type AgeBand, ageBand, type Outcome, sanctionDurationBand, sanctionKindKey } from '../reports.ts';

export interface SignedVersion {
  number: number;
  signedOn: string;
  startOn: string | null;
  plannedEndOn: string | null;
  orientations: readonly Orientation[];
}

export interface PersonFacts {
  id: string;
  birthDate: string;
  sex: 'F' | 'M' | 'X';
  language: 'fr' | 'nl' | 'de' | 'en';
}

/** A plan as its dated records stood on 31 December of the year (later records left out by the caller or here). */
export interface PlanFacts {
  id: string;
  person: PersonFacts;
  form: 'piis' | 'growthPlan';
  situation: 'integrationIncome' | 'equivalentAid' | 'noFinancialAid';
  decisionDate: string | null;
  notificationDate: string | null;
  exempted: boolean;
  /** The day the plan was drafted (its creation, Brussels date). */
  draftedOn: string;
  closedOn: string | null;
  outcome: Outcome | null;
  /** Every version signed so far, whatever its state now (superseded ones included). */
  signedVersions: readonly SignedVersion[];
  evaluations: readonly EvaluationHeld[];
}

export interface YearBounds {
  year: number;
  first: string;
  last: string;
}

export function yearBounds(year: number): YearBounds {
  return { year, first: `${year}-01-01`, last: `${year}-12-31` };
}

/** A membership: this subject (a plan, a person or a sanction) counts in this cell. */
export interface Membership {
  cell: string;
  subjectId: string;
  /** Summed with the cell's other members (cents, score changes); 0 for a plain count. */
  amount: number;
}

function signedBy(plan: PlanFacts, day: string): SignedVersion[] {
  return plan.signedVersions.filter((v) => v.signedOn <= day).sort((a, b) => a.number - b.number);
}

const closedBy = (plan: PlanFacts, day: string) => plan.closedOn !== null && plan.closedOn <= day;

export function isSocialActivation(plan: PlanFacts, versions: readonly SignedVersion[]): boolean {
  if (plan.form === 'growthPlan') return true;
  return versions.some((v) => v.orientations.includes('socialActivation'));
}

/** The cells a plan counts in for the year, with the plan as the member (people are counted apart). */
export function planCells(plan: PlanFacts, y: YearBounds, policy: CentrePolicy): Membership[] {
  const out: Membership[] = [];
  const add = (cell: string) => out.push({ cell, subjectId: plan.id, amount: 0 });
  const versions = signedBy(plan, y.last);
  const first = versions[0];
  const latest = versions[versions.length - 1];
  const closedInYear = plan.closedOn !== null && plan.closedOn >= y.first && plan.closedOn <= y.last;
  const inForce = !!first && !closedBy(plan, y.last);

  if (first && isSocialActivation(plan, versions)) {
    if (first.signedOn >= y.first) add('activation.started');
    if (inForce) add('activation.running');
    if (closedInYear && plan.outcome) {
      add('activation.closed');
      add(`activation.outcome.${plan.outcome}`);
    }
  }

  if (plan.form !== 'piis') return out;
  if (inForce && latest) {
    add('piis.inForce');
    for (const o of new Set(latest.orientations)) add(`piis.inForce.${o}`);
  }
  if (first && first.signedOn >= y.first) {
    add('piis.concluded');
    for (const o of new Set(first.orientations)) add(`piis.concluded.${o}`);
    const deadline = conclusionDeadline(plan, policy);
    if (deadline === null) add('piis.concludedDeadlineUnknown');
    else if (first.signedOn <= deadline) add('piis.concludedOnTime');
  }
  if (first && (inForce || closedInYear)) {
    const judgedOn = closedInYear && plan.closedOn ? plan.closedOn : y.last;
    const startOn = first.startOn ?? first.signedOn;
    const plannedEndOn = latest?.plannedEndOn ?? null;
    if (plannedEndOn && startOn <= judgedOn) {
      const held = plan.evaluations.filter((e) => e.heldOn <= judgedOn);
      const minimum = evaluationMinimum({ startOn, plannedEndOn }, held, policy, judgedOn);
      if (minimum) {
        add('piis.evaluationJudged');
        if (minimum === 'met') add('piis.evaluationMet');
      }
    }
  }
  return out;
}

/** Whether the person took part in the year: a plan of theirs was in force on some day of it. */
export function tookPartIn(plan: PlanFacts, y: YearBounds): boolean {
  const first = signedBy(plan, y.last)[0];
  return !!first && !(plan.closedOn !== null && plan.closedOn < y.first);
}

/** The participant cells of a person (age on 31 December, sex and language as recorded). */
export function participantCells(person: PersonFacts, y: YearBounds): Membership[] {
  const band: AgeBand = ageBand(person.birthDate, y.last);
  return [
    'participants.total',
    `participants.sex.${person.sex}`,
    `participants.age.${band}`,
    `participants.language.${person.language}`,
  ].map((cell) => ({ cell, subjectId: person.id, amount: 0 }));
}

export const WITHOUT_PIIS_REASONS = ['exemption', 'withinDeadline', 'overdue'] as const;
export type WithoutPiisReason = (typeof WITHOUT_PIIS_REASONS)[number];

/**
 * Why a person under 25 on the integration income had no PIIS signed on 31 December, from a PIIS
 * file drafted by then, neither signed nor closed: exempted (health or equity), still within the
 * 3 months, or overdue. null when the plan is not such a case. A deadline not yet known (no
 * anchor date recorded) counts as within the deadline: the clock has not started.
 */
export function withoutPiisReason(
  plan: PlanFacts,
  y: YearBounds,
  policy: CentrePolicy,
): WithoutPiisReason | null {
  if (plan.form !== 'piis' || plan.situation !== 'integrationIncome') return null;
  if (plan.draftedOn > y.last || closedBy(plan, y.last) || signedBy(plan, y.last).length > 0) return null;
  if (plan.person.birthDate > y.last || ageBand(plan.person.birthDate, y.last) !== 'under25') return null;
  if (plan.exempted) return 'exemption';
  const deadline = conclusionDeadline(plan, policy);
  return deadline === null || deadline >= y.last ? 'withinDeadline' : 'overdue';
}

export interface DecidedSanction {
  id: string;
  personId: string;
  extent: 'total' | 'partial';
  suspended: boolean;
  startOn: string;
  endOn: string;
}

export function sanctionCells(s: DecidedSanction): Membership[] {
  const kind = sanctionKindKey(s);
  const band = sanctionDurationBand(s.startOn, s.endOn);
  return [
    { cell: 'sanctions.total', subjectId: s.id, amount: 0 },
    { cell: `sanctions.${kind}.${band}`, subjectId: s.id, amount: 0 },
    { cell: `sanctions.${kind}.total`, subjectId: s.id, amount: 0 },
    { cell: 'sanctions.people', subjectId: s.personId, amount: 0 },
  ];
}
