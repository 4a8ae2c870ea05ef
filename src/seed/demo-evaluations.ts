/**
 * Demo evaluations, so the plan pages show the year's minimum and the today list has evaluations
 * to hold on first start. Of each centre's active plans (the oldest first), the first is followed
 * on time (every suggestion passed was held, the latest with a progress measurement and the next
 * date agreed); the second had its latest appointment missed (the person did not come), so that
 * evaluation is overdue; the third has had no evaluation yet. They go through the same use case as
 * a worker's clicks, each on its own day, so events, audit rows and measurements are as real.
 */
import { manualClock } from '../clock.ts';
import type { TenantTx } from '../db/tenancy.ts';
import { addDays } from '../domain/dates.ts';
import { evaluationPlan } from '../domain/evaluation-schedule.ts';
import { onOrBeforeWorkingDay } from '../domain/working-days.ts';
import type { Actor } from '../features/auth/policy.ts';
import { centrePolicy } from '../features/centre/service.ts';
import type { CentreContext } from '../features/context.ts';
import { CreateEvaluationSchema, PROGRESS_LEVELS } from '../features/evaluations/schemas.ts';
import { recordEvaluation } from '../features/evaluations/service.ts';
import { selectTrajectories } from '../features/trajectories/queries.ts';
import { versionInForce } from '../features/trajectories/service.ts';

type Language = 'fr' | 'nl';

const TEXTS: Record<
  Language,
  { personDid: string[]; centreDid: string[]; nextSteps: string[]; notes: string[]; partner: string }
> = {
  fr: {
    personDid: [
      'A suivi les séances de formation et tenu son carnet de dépenses.',
      'A pris contact avec le centre de formation ; le carnet de dépenses est commencé.',
      'A rassemblé les documents demandés pour la médiation de dettes.',
    ],
    centreDid: [
      'Inscription payée ; premier rendez-vous de suivi budgétaire tenu.',
      'Contact pris avec le service de médiation de dettes.',
      'Orientation vers un atelier de recherche d’emploi.',
    ],
    nextSteps: [
      'Terminer le module en cours ; faire le point sur le budget du mois.',
      'Prendre rendez-vous à la médiation de dettes.',
      'Préparer un CV pour la fin de la formation.',
    ],
    notes: ['Bonne assiduité.', 'Quelques absences justifiées.', 'À revoir au prochain entretien.'],
    partner: 'Forem',
  },
  nl: {
    personDid: [
      'Volgde de opleidingsdagen en hield het uitgavenboekje bij.',
      'Nam contact op met het opleidingscentrum; het uitgavenboekje is begonnen.',
      'Verzamelde de documenten voor de schuldbemiddeling.',
    ],
    centreDid: [
      'Inschrijving betaald; eerste budgetgesprek gehouden.',
      'Contact opgenomen met de schuldbemiddeling.',
      'Doorverwezen naar een sollicitatieworkshop.',
    ],
    nextSteps: [
      'De lopende module afwerken; het budget van de maand overlopen.',
      'Een afspraak maken bij de schuldbemiddeling.',
      'Een cv voorbereiden tegen het einde van de opleiding.',
    ],
    notes: [
      'Goede aanwezigheid.',
      'Enkele gewettigde afwezigheden.',
      'Te bespreken bij het volgende gesprek.',
    ],
    partner: 'VDAB',
  },
};

/** Small seeded generator of its own: adding the evaluations left every other demo value as it was. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
}

export async function seedEvaluations(
  tx: TenantTx,
  centre: { centreId: string; language: Language; today: string },
  actors: Record<string, Pick<Actor, 'displayName' | 'email' | 'role' | 'locale'>>,
) {
  const text = TEXTS[centre.language];
  const next = random(centre.language === 'fr' ? 5300 : 9300);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const as = (userId: string, day: string): CentreContext => {
    const actor = actors[userId];
    if (!actor) throw new Error('demo user missing');
    return {
      clock: manualClock(`${day}T10:00:00Z`),
      actor: { ...actor, userId, centreId: centre.centreId, sessionIdHash: null },
      requestId: 'demo-seed',
      address: '127.0.0.1',
    };
  };

  // The active plans, the oldest first (then by name: plans drafted the same day keep their order).
  const key = (row: {
    trajectory: { createdAt: Date };
    lastName: string;
    firstName: string;
    birthDate: string;
  }) => `${row.trajectory.createdAt.toISOString()} ${row.lastName} ${row.firstName} ${row.birthDate}`;
  const plans = (
    await selectTrajectories(tx, { centreId: centre.centreId, state: 'active', before: null, limit: 100 })
  )
    .filter((row) => row.responsibleUserId !== null)
    .sort((a, b) => key(a).localeCompare(key(b)));

  for (const [index, row] of plans.slice(0, 3).entries()) {
    const worker = row.responsibleUserId as string;
    const version = await versionInForce(tx, as(worker, centre.today), row);
    const startOn = version?.startOn ?? version?.signedOn;
    if (!version || !startOn || !version.plannedEndOn) continue;
    const policy = await centrePolicy(tx, as(worker, centre.today));
    // The suggestions already passed, as the plan first laid them out, and the first still ahead.
    const suggested = evaluationPlan(startOn, version.plannedEndOn, [], policy);
    const passed = suggested.filter((s) => s.date < centre.today);
    const ahead = suggested.find((s) => s.date >= centre.today)?.date;
    const plan = index === 0 ? 'onTime' : index === 1 ? 'lastMissed' : 'none';
    if (plan === 'none') continue;
    for (const [n, suggestion] of passed.entries()) {
      const last = n === passed.length - 1;
      const missed = plan === 'lastMissed' && last;
      // Held a couple of working days before the suggested day, never before the plan starts.
      const heldOn = [onOrBeforeWorkingDay(addDays(suggestion.date, -2)), startOn].sort()[1] as string;
      const measured = !missed && (last || n === 0);
      const body = CreateEvaluationSchema.parse({
        heldOn,
        mode: missed || suggestion.inPerson ? 'inPerson' : 'remote',
        missed,
        attendance: missed
          ? { person: false }
          : {
              person: true,
              supportPerson: next() < 0.3,
              partners: next() < 0.4 ? [text.partner] : [],
            },
        objectiveProgress: missed
          ? []
          : version.objectives.map((objective) => ({
              objectiveId: objective.id,
              level: pick(PROGRESS_LEVELS.slice(0, 3)),
              note: next() < 0.5 ? pick(text.notes) : '',
            })),
        personDid: missed ? '' : pick(text.personDid),
        centreDid: missed ? '' : pick(text.centreDid),
        nextSteps: missed ? '' : pick(text.nextSteps),
        // On time: the next date agreed at the latest evaluation is the next one the plan suggests.
        nextOn: plan === 'onTime' && last ? (ahead ?? addDays(heldOn, 49)) : null,
        ...(measured
          ? {
              measurement: {
                instrumentKey: 'participation-ladder',
                scores: [
                  {
                    domain: 'participation',
                    workerScore: 2 + Math.floor(next() * 3),
                    personScore: 2 + Math.floor(next() * 3),
                  },
                ],
              },
            }
          : {}),
      });
      await recordEvaluation(tx, as(worker, heldOn), row.trajectory.id, body);
    }
  }
}
