/**
 * The lives of the demo's past plans (demo-history.ts) as dated steps through the use cases: the
 * plan drafted, the person informed, the plan signed, evaluations held, module sessions attended,
 * sanctions proposed, approved and decided, the plan closed. Steps run in date order, each with
 * the clock of its day, so every use case sees the plan as it stood then.
 */
import { manualClock } from '../clock.ts';
import type { TenantTx } from '../db/tenancy.ts';
import { belgianInstant } from '../domain/belgian-time.ts';
import { addDays, lastDayOfMonths } from '../domain/dates.ts';
import { lastDayOfYears } from '../domain/deadlines.ts';
import type { Outcome } from '../domain/reports.ts';
import type { Actor } from '../features/auth/policy.ts';
import type { CentreContext } from '../features/context.ts';
import { CreateEvaluationSchema } from '../features/evaluations/schemas.ts';
import { recordEvaluation } from '../features/evaluations/service.ts';
import { enrol, recordAttendance } from '../features/modules/enrolments.ts';
import type { AttendanceStatus, ModuleKind } from '../features/modules/schemas.ts';
import { addSession, createModule } from '../features/modules/service.ts';
import { ProposeSanctionSchema } from '../features/sanctions/schemas.ts';
import { approveSanction, decideSanction, proposeSanction } from '../features/sanctions/service.ts';
import { closePlan, informPerson, signPlan } from '../features/trajectories/lifecycle.ts';
import { CreateTrajectorySchema, type Trajectory } from '../features/trajectories/schemas.ts';
import { createTrajectory } from '../features/trajectories/service.ts';

type Language = 'fr' | 'nl';

export interface HistoryPlan {
  index: number;
  year: number;
  form: 'piis' | 'growthPlan';
  orientations: string[];
  decisionDate: string | null;
  draftedOn: string;
  signedOn: string;
  closedOn: string;
  outcome: Outcome;
  evaluations: string[];
  ladder: [number, number] | number[];
  sanction: 'totalSuspended' | 'partial' | 'total' | null;
  module: ModuleKind | null;
  person: { age: number; birthDate: string; sex: 'F' | 'M' };
}

/** A drawn signature, as small as a PNG gets. */
const SIGNATURE =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

const TEXTS: Record<
  Language,
  {
    objectives: string[];
    arrangements: string;
    did: string;
    opinion: string;
    modules: Record<ModuleKind, { name: string; description: string; place: string }>;
  }
> = {
  fr: {
    objectives: ['Retrouver un rythme et des contacts', 'Préparer un projet de bénévolat ou de formation'],
    arrangements: 'Une évaluation par trimestre au CPAS.',
    did: 'A participé aux activités prévues ; le projet avance.',
    opinion:
      'Absences répétées aux rendez-vous convenus, sans justification malgré la mise en demeure. Entendu·e, pas de motif donné.',
    modules: {
      collective: {
        name: 'Atelier cuisine et santé',
        description: 'Cuisiner ensemble à petit budget, une fois par mois.',
        place: 'CPAS, cuisine collective',
      },
      individual: {
        name: 'Accompagnement vers le bénévolat',
        description: 'Un entretien par mois pour trouver et préparer un bénévolat.',
        place: 'CPAS, bureau 1.12',
      },
    },
  },
  nl: {
    objectives: [
      'Opnieuw een ritme en contacten vinden',
      'Een project voor vrijwilligerswerk of opleiding voorbereiden',
    ],
    arrangements: 'Elk kwartaal een evaluatie in het OCMW.',
    did: 'Nam deel aan de geplande activiteiten; het project vordert.',
    opinion:
      'Herhaaldelijk afwezig op afgesproken afspraken, zonder verantwoording ondanks de ingebrekestelling. Gehoord, geen reden opgegeven.',
    modules: {
      collective: {
        name: 'Kookatelier en gezondheid',
        description: 'Samen koken met een klein budget, één keer per maand.',
        place: 'OCMW, gemeenschappelijke keuken',
      },
      individual: {
        name: 'Begeleiding naar vrijwilligerswerk',
        description: 'Eén gesprek per maand om vrijwilligerswerk te vinden en voor te bereiden.',
        place: 'OCMW, bureau 1.12',
      },
    },
  },
};

export interface Step {
  day: string;
  /** Within a day: set-up first, then the plan's steps, closures last. */
  order: number;
  run: () => Promise<void>;
}

/** Runs the steps in date order (stable within a day); returns each plan's trajectory id by index. */
export async function runSteps(built: { steps: Step[]; trajectories: Map<number, string> }) {
  const steps = built.steps
    .map((s, n) => ({ ...s, n }))
    .sort((a, b) => a.day.localeCompare(b.day) || a.order - b.order || a.n - b.n);
  for (const step of steps) await step.run();
  return built.trajectories;
}

export function historySteps(
  tx: TenantTx,
  centre: {
    centreId: string;
    language: Language;
    actors: Record<string, Pick<Actor, 'displayName' | 'email' | 'role' | 'locale'>>;
  },
  plans: HistoryPlan[],
  files: { personId: string; workerId: string }[],
): { steps: Step[]; trajectories: Map<number, string> } {
  const text = TEXTS[centre.language];
  const as = (userId: string, at: string): CentreContext => {
    const actor = centre.actors[userId];
    if (!actor) throw new Error('demo user missing');
    return {
      clock: manualClock(at.includes('T') ? at : `${at}T10:00:00Z`),
      actor: { ...actor, userId, centreId: centre.centreId, sessionIdHash: null },
      requestId: 'demo-seed',
      address: '127.0.0.1',
    };
  };
  const byRole = (role: string) => Object.entries(centre.actors).find(([, a]) => a.role === role)?.[0];
  const admin = byRole('admin');
  const lead = byRole('lead');
  if (!admin || !lead) throw new Error('demo team incomplete');
  const steps: Step[] = [];
  const trajectories = new Map<number, string>();
  const current = new Map<number, Trajectory>();
  const at = (day: string, order: number, run: () => Promise<void>) => steps.push({ day, order, run });

  // Two modules run through both years: a monthly cooking workshop (the growth plans) and a
  // monthly individual interview (the PIIS towards social activation), set up by the administrator.
  const modules = new Map<ModuleKind, string>();
  const sessions: { kind: ModuleKind; day: string; id?: string; endsAt: string }[] = [];
  at('2024-01-15', 0, async () => {
    for (const kind of ['collective', 'individual'] as const) {
      const spec = text.modules[kind];
      const module = await createModule(tx, as(admin, '2024-01-15'), {
        name: spec.name,
        kind,
        description: spec.description,
        capacity: null,
        partnerId: null,
      });
      modules.set(kind, module.id);
    }
  });
  for (const year of [2024, 2025]) {
    // Second Tuesday (collective) and Thursday (individual) of each month, March to December.
    for (let month = 3; month <= 12; month++) {
      for (const kind of ['collective', 'individual'] as const) {
        const first = `${year}-${String(month).padStart(2, '0')}-01`;
        const weekday = kind === 'collective' ? 2 : 4;
        const offset = (weekday - new Date(`${first}T12:00:00Z`).getUTCDay() + 7) % 7;
        const day = addDays(first, offset + 7);
        const [start, end] = kind === 'collective' ? ['09:30', '12:30'] : ['14:00', '15:00'];
        const startsAt = belgianInstant(day, start);
        const endsAt = belgianInstant(day, end);
        if (!startsAt || !endsAt) throw new Error(`no session time on ${day}`);
        const session: (typeof sessions)[number] = { kind, day, endsAt };
        sessions.push(session);
        at(`${year}-01-20`, 0, async () => {
          const created = await addSession(tx, as(admin, `${year}-01-20`), modules.get(kind) as string, {
            startsAt,
            endsAt,
            place: text.modules[kind].place,
          });
          session.id = created.id;
        });
      }
    }
  }

  const enrolments: { kind: ModuleKind; id: string; from: string; to: string; index: number }[] = [];
  for (const plan of plans) {
    const file = files[plan.index];
    if (!file) continue;
    const worker = file.workerId;
    const plan$ = () => current.get(plan.index) as Trajectory;
    const start = addDays(plan.signedOn, 1);
    at(plan.draftedOn, 1, async () => {
      const created = await createTrajectory(
        tx,
        as(worker, plan.draftedOn),
        CreateTrajectorySchema.parse({
          personId: file.personId,
          form: plan.form,
          situation: plan.form === 'piis' ? 'integrationIncome' : 'noFinancialAid',
          incomeCategory: plan.form === 'piis' ? 'single' : null,
          decisionDate: plan.decisionDate,
          notificationDate: plan.decisionDate ? addDays(plan.decisionDate, 4) : null,
          incomeInPreviousThreeMonths: plan.form === 'piis' ? false : null,
          orientations: plan.orientations,
          objectives: text.objectives.map((t, i) => ({ id: `o${i + 1}`, text: t })),
          personCommitments: [],
          centreCommitments: [],
          actions: [],
          evaluationArrangements: text.arrangements,
          startOn: start,
          plannedEndOn: lastDayOfYears(start, 1),
        }),
      );
      trajectories.set(plan.index, created.id);
      current.set(plan.index, created);
    });
    const informedOn = addDays(plan.draftedOn, 7);
    at(informedOn, 1, async () => {
      current.set(
        plan.index,
        await informPerson(tx, as(worker, informedOn), plan$().id, {
          version: plan$().version,
          informedOn,
          language: centre.language,
          supportPersonExplained: true,
          reflectionRequested: false,
        }),
      );
    });
    at(plan.signedOn, 1, async () => {
      const signs = plan.form === 'piis';
      current.set(
        plan.index,
        await signPlan(tx, as(worker, plan.signedOn), plan$().id, {
          version: plan$().version,
          signedOn: plan.signedOn,
          person: signs ? { kind: 'screen', image: SIGNATURE } : null,
          worker: signs ? { kind: 'screen', image: SIGNATURE } : null,
          reflectionWaived: false,
          councilNotedOn: null,
        }),
      );
    });
    for (const [n, heldOn] of plan.evaluations.entries()) {
      const score = plan.ladder[n];
      at(heldOn, 2, async () => {
        await recordEvaluation(
          tx,
          as(worker, heldOn),
          plan$().id,
          CreateEvaluationSchema.parse({
            heldOn,
            mode: n < 2 ? 'inPerson' : 'remote',
            attendance: { person: true },
            objectiveProgress: text.objectives.map((_, i) => ({
              objectiveId: `o${i + 1}`,
              level: n === 0 ? 'progressing' : i === 0 ? 'achieved' : 'unchanged',
            })),
            personDid: text.did,
            ...(score !== undefined
              ? {
                  measurement: {
                    instrumentKey: 'participation-ladder',
                    scores: [{ domain: 'participation', workerScore: Math.min(6, Math.max(1, score)) }],
                  },
                }
              : {}),
          }),
        );
      });
    }
    if (plan.module) {
      const kind = plan.module;
      const enrolledOn = addDays(plan.signedOn, 7);
      at(enrolledOn, 2, async () => {
        const e = await enrol(tx, as(worker, enrolledOn), plan$().id, {
          moduleId: modules.get(kind) as string,
          enrolledOn,
        });
        enrolments.push({ kind, id: e.id, from: enrolledOn, to: plan.closedOn, index: plan.index });
      });
    }
    if (plan.sanction) {
      // Proposed 100 days after signing, decided a week later; the suspension starts two weeks on.
      const proposedOn = addDays(plan.signedOn, 100);
      const decisionOn = addDays(proposedOn, 7);
      const startOn = addDays(decisionOn, 14);
      const total = plan.sanction !== 'partial';
      let sanction: { id: string; version: number } | null = null;
      at(proposedOn, 3, async () => {
        sanction = await proposeSanction(
          tx,
          as(worker, proposedOn),
          plan$().id,
          ProposeSanctionSchema.parse({
            noticeOn: addDays(proposedOn, -20),
            workerOpinion: text.opinion,
            workerOpinionOn: addDays(proposedOn, -10),
            hearingOn: addDays(proposedOn, -5),
            hearingAssisted: plan.index % 2 === 0,
            extent: total ? 'total' : 'partial',
            ...(total ? {} : { partialPercent: 50 }),
            startOn,
            // A week's total suspension, or the longest the law allows (1 month).
            endOn: plan.sanction === 'total' ? addDays(startOn, 6) : lastDayOfMonths(startOn, 1),
            suspended: plan.sanction === 'totalSuspended',
          }),
        );
      });
      const approvedOn = addDays(proposedOn, 2);
      at(approvedOn, 3, async () => {
        const s = sanction as unknown as { id: string; version: number };
        sanction = await approveSanction(tx, as(lead, approvedOn), s.id, { version: s.version, note: '' });
      });
      const notifiedOn = addDays(decisionOn, 3);
      at(notifiedOn, 3, async () => {
        const s = sanction as unknown as { id: string; version: number };
        await decideSanction(tx, as(worker, notifiedOn), s.id, {
          version: s.version,
          decisionOn,
          notifiedOn,
        });
      });
    }
    at(plan.closedOn, 9, async () => {
      current.set(
        plan.index,
        await closePlan(tx, as(worker, plan.closedOn), plan$().id, {
          version: plan$().version,
          closedOn: plan.closedOn,
          outcome: plan.outcome,
          note: '',
        }),
      );
    });
  }

  // Attendance at every session, recorded by the first worker the evening it was held.
  const recorder = byRole('worker') as string;
  for (const [n, session] of sessions.entries()) {
    at(session.day, 5, async () => {
      const items = enrolments
        .filter((e) => e.kind === session.kind && e.from <= session.day && session.day < e.to)
        .map((e, k) => {
          const roll = (n * 7 + k * 3 + e.index) % 10;
          const status: AttendanceStatus = roll < 7 ? 'present' : roll < 9 ? 'excused' : 'absent';
          return { enrolmentId: e.id, status };
        });
      if (items.length === 0 || !session.id) return;
      await recordAttendance(tx, as(recorder, session.endsAt), session.id, { items });
    });
  }
  return { steps, trajectories };
}
