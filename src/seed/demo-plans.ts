/**
 * Demo plans in every state, so the plan pages are full on first start: a draft, an informed plan
 * in its reflection period, active plans (one amended), a growth plan for a person without
 * financial aid, and closed plans with each outcome the federal figures count. They go through the
 * same use cases as a worker's clicks, each on its own day, so events and deadlines are as real.
 */
import { manualClock } from '../clock.ts';
import type { TenantTx } from '../db/tenancy.ts';
import { addDays } from '../domain/dates.ts';
import { lastDayOfYears } from '../domain/deadlines.ts';
import type { Actor } from '../features/auth/policy.ts';
import type { CentreContext } from '../features/context.ts';
import { amendPlan, closePlan, informPerson, signPlan } from '../features/trajectories/lifecycle.ts';
import { CreateTrajectorySchema, OUTCOMES, type Trajectory } from '../features/trajectories/schemas.ts';
import { createTrajectory, updateTrajectory } from '../features/trajectories/service.ts';

type Language = 'fr' | 'nl';

/** A drawn signature, as small as a PNG gets: the demo does not pretend to be anyone's hand. */
const SIGNATURE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const TEXTS: Record<
  Language,
  {
    objectives: string[];
    person: string[];
    centre: string[];
    actions: [string, string][];
    arrangements: string;
  }
> = {
  fr: {
    objectives: ['Suivre une formation qualifiante', 'Stabiliser le budget du ménage'],
    person: ['Participer à toutes les séances de formation', 'Tenir un carnet de dépenses'],
    centre: ['Prendre en charge les frais d’inscription', 'Organiser un suivi budgétaire mensuel'],
    actions: [
      ['S’inscrire au centre de formation', 'la personne'],
      ['Prendre rendez-vous au service de médiation de dettes', 'l’assistant social'],
    ],
    arrangements: 'Une évaluation par trimestre au CPAS, dont au moins deux en entretien.',
  },
  nl: {
    objectives: ['Een kwalificerende opleiding volgen', 'Het gezinsbudget stabiliseren'],
    person: ['Alle opleidingsdagen bijwonen', 'Een uitgavenboekje bijhouden'],
    centre: ['De inschrijvingskosten ten laste nemen', 'Maandelijkse budgetbegeleiding organiseren'],
    actions: [
      ['Inschrijven bij het opleidingscentrum', 'de persoon'],
      ['Afspraak maken bij de schuldbemiddeling', 'de maatschappelijk werker'],
    ],
    arrangements: 'Elk kwartaal een evaluatie in het OCMW, waarvan minstens twee in een gesprek.',
  },
};

interface DemoFile {
  personId: string;
  responsibleUserId: string;
  intakeDay: string;
}

export async function seedPlans(
  tx: TenantTx,
  centre: { centreId: string; language: Language; today: string },
  files: DemoFile[],
  actors: Record<string, Pick<Actor, 'displayName' | 'email' | 'role' | 'locale'>>,
) {
  const text = TEXTS[centre.language];
  const at = (file: DemoFile, day: string): CentreContext => {
    const actor = actors[file.responsibleUserId];
    if (!actor) throw new Error('demo worker missing');
    return {
      clock: manualClock(`${day}T10:00:00Z`),
      actor: { ...actor, userId: file.responsibleUserId, centreId: centre.centreId, sessionIdHash: null },
      requestId: 'demo-seed',
      address: '127.0.0.1',
    };
  };
  const daysAgo = (n: number) => addDays(centre.today, -n);

  /** A plan drafted on `day`, resting on the person's latest assessment. */
  const draft = (file: DemoFile, day: string, change: Record<string, unknown> = {}) => {
    const start = addDays(day, 14);
    return createTrajectory(
      tx,
      at(file, day),
      CreateTrajectorySchema.parse({
        personId: file.personId,
        form: 'piis',
        situation: 'integrationIncome',
        incomeCategory: 'single',
        decisionDate: addDays(day, -10),
        notificationDate: addDays(day, -6),
        incomeInPreviousThreeMonths: false,
        orientations: ['training'],
        objectives: text.objectives.map((t, i) => ({ id: `o${i + 1}`, text: t })),
        personCommitments: text.person.map((t, i) => ({ objectiveId: `o${i + 1}`, text: t })),
        centreCommitments: text.centre.map((t, i) => ({ objectiveId: `o${i + 1}`, text: t })),
        actions: text.actions.map(([what, who], i) => ({
          id: `a${i + 1}`,
          what,
          who,
          dueOn: addDays(start, 30 * (i + 1)),
          objectiveId: `o${i + 1}`,
        })),
        evaluationArrangements: text.arrangements,
        startOn: start,
        plannedEndOn: lastDayOfYears(start, 1),
        ...change,
      }),
    );
  };
  const inform = (file: DemoFile, plan: Trajectory, day: string, reflectionRequested = false) =>
    informPerson(tx, at(file, day), plan.id, {
      version: plan.version,
      informedOn: day,
      language: centre.language,
      supportPersonExplained: true,
      reflectionRequested,
    });
  const sign = (file: DemoFile, plan: Trajectory, day: string, withSignatures = true) =>
    signPlan(tx, at(file, day), plan.id, {
      version: plan.version,
      signedOn: day,
      person: withSignatures ? { kind: 'screen', image: SIGNATURE } : null,
      worker: withSignatures ? { kind: 'screen', image: SIGNATURE } : null,
      reflectionWaived: false,
      councilNotedOn: null,
    });
  const active = async (file: DemoFile, drafted: string, change: Record<string, unknown> = {}) => {
    const plan = await draft(file, drafted, change);
    const informed = await inform(file, plan, addDays(drafted, 7));
    return sign(file, informed, addDays(drafted, 14), plan.form === 'piis');
  };

  const [first, second, third, fourth, fifth, ...rest] = files;
  if (first) await draft(first, daysAgo(20));
  if (second) await inform(second, await draft(second, daysAgo(12)), daysAgo(2), true);
  // Plans follow the intake: drafted a week and a half after the assessment.
  if (third) await active(third, addDays(third.intakeDay, 10));
  if (fourth) {
    // Amended a month ago: a new objective agreed, informed and signed again.
    const plan = await active(fourth, addDays(fourth.intakeDay, 10));
    const amended = await amendPlan(tx, at(fourth, daysAgo(30)), plan.id, plan.version);
    const changed = await updateTrajectory(tx, at(fourth, daysAgo(30)), plan.id, {
      version: amended.version,
      objectives: [...amended.plan.objectives, { id: 'o3', text: text.objectives[0] ?? '' }],
    });
    const informed = await inform(fourth, changed, daysAgo(28));
    await sign(fourth, informed, daysAgo(26));
  }
  if (fifth) {
    // A person without financial aid: a growth plan of social activation, signed by nobody.
    await active(fifth, addDays(fifth.intakeDay, 10), {
      form: 'growthPlan',
      situation: 'noFinancialAid',
      incomeCategory: null,
      decisionDate: null,
      notificationDate: null,
      incomeInPreviousThreeMonths: null,
      orientations: ['socialActivation'],
    });
  }
  for (const [index, outcome] of OUTCOMES.entries()) {
    const file = rest[index];
    if (!file) break;
    const plan = await active(file, addDays(file.intakeDay, 7));
    const closedOn = daysAgo(5 + 3 * index);
    await closePlan(tx, at(file, closedOn), plan.id, { version: plan.version, closedOn, outcome, note: '' });
  }
}
