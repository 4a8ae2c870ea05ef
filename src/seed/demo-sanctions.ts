/**
 * Demo sanctions, so the plan page and the lead's list are not empty on first start: per centre, a
 * sanction decided two months ago with sursis (proposed, approved by the lead, decided, notified),
 * and a proposal made two days ago that waits for the lead. Both rest on active PIIS of people who
 * receive the integration income, and go through the same use cases as a worker's clicks, each
 * on its own day, so the law's checks, events and audit rows are as real.
 */
import { manualClock } from '../clock.ts';
import type { TenantTx } from '../db/tenancy.ts';
import { addDays, lastDayOfMonths } from '../domain/dates.ts';
import type { Actor } from '../features/auth/policy.ts';
import type { CentreContext } from '../features/context.ts';
import { ProposeSanctionSchema } from '../features/sanctions/schemas.ts';
import { approveSanction, decideSanction, proposeSanction } from '../features/sanctions/service.ts';
import { selectTrajectories } from '../features/trajectories/queries.ts';

type Language = 'fr' | 'nl';

/** The worker's opinion, in the centre's language: what a lead reads before approving. */
const OPINIONS: Record<Language, [decided: string, waiting: string]> = {
  fr: [
    'Trois rendez-vous au centre de formation manqués sans justification, malgré la mise en demeure. Entendu, il reconnaît les absences ; premier manquement : sursis proposé.',
    'Ne s’est pas présentée aux deux dernières évaluations ni à l’atelier budget, sans réponse à la mise en demeure. Entendue avec sa sœur, elle n’a pas donné de motif.',
  ],
  nl: [
    'Drie afspraken bij het opleidingscentrum gemist zonder verantwoording, ondanks de ingebrekestelling. Gehoord erkent hij de afwezigheden; eerste tekortkoming: uitstel voorgesteld.',
    'Niet verschenen op de laatste twee evaluaties en de budgetworkshop, geen antwoord op de ingebrekestelling. Gehoord samen met haar zus, zonder reden op te geven.',
  ],
};

export async function seedSanctions(
  tx: TenantTx,
  centre: { centreId: string; language: Language; today: string },
  actors: Record<string, Pick<Actor, 'displayName' | 'email' | 'role' | 'locale'>>,
) {
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
  const lead = Object.entries(actors).find(([, actor]) => actor.role === 'lead')?.[0];
  if (!lead) throw new Error('demo lead missing');
  const daysAgo = (n: number) => addDays(centre.today, -n);

  // The active PIIS of people on the integration income, the oldest first (then by name: two plans
  // drafted the same day must come in the same order on every run).
  const key = (row: {
    trajectory: { createdAt: Date };
    lastName: string;
    firstName: string;
    birthDate: string;
  }) => `${row.trajectory.createdAt.toISOString()} ${row.lastName} ${row.firstName} ${row.birthDate}`;
  const plans = (
    await selectTrajectories(tx, { centreId: centre.centreId, state: 'active', before: null, limit: 100 })
  )
    .filter((row) => row.trajectory.form === 'piis' && row.trajectory.situation === 'integrationIncome')
    .filter((row) => row.responsibleUserId !== null)
    .sort((a, b) => key(a).localeCompare(key(b)));
  const [first, second] = plans;
  if (!first || !second) return;
  const [decidedOpinion, waitingOpinion] = OPINIONS[centre.language];

  // Decided two months ago, with sursis: the person failed once, the suspension waits.
  const worker = first.responsibleUserId as string;
  const start = daysAgo(45);
  const proposed = await proposeSanction(
    tx,
    as(worker, daysAgo(63)),
    first.trajectory.id,
    ProposeSanctionSchema.parse({
      noticeOn: daysAgo(80),
      workerOpinion: decidedOpinion,
      workerOpinionOn: daysAgo(70),
      hearingOn: daysAgo(66),
      hearingAssisted: false,
      extent: 'total',
      startOn: start,
      endOn: lastDayOfMonths(start, 1),
      suspended: true,
    }),
  );
  const approved = await approveSanction(tx, as(lead, daysAgo(61)), proposed.id, {
    version: proposed.version,
    note: '',
  });
  // Recorded once notified, three days after the decision.
  await decideSanction(tx, as(worker, daysAgo(53)), proposed.id, {
    version: approved.version,
    decisionOn: daysAgo(56),
    notifiedOn: daysAgo(53),
  });

  // Proposed two days ago: a partial suspension from next week, waiting for the lead.
  const next = addDays(centre.today, 8);
  await proposeSanction(
    tx,
    as(second.responsibleUserId as string, daysAgo(2)),
    second.trajectory.id,
    ProposeSanctionSchema.parse({
      noticeOn: daysAgo(16),
      workerOpinion: waitingOpinion,
      workerOpinionOn: daysAgo(9),
      hearingOn: daysAgo(5),
      hearingAssisted: true,
      extent: 'partial',
      partialPercent: 50,
      startOn: next,
      endOn: lastDayOfMonths(next, 1),
      suspended: false,
    }),
  );
}
