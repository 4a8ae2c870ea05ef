/**
 * The demo module catalogue: per centre, three collective modules (one run by a partner
 * organisation when the centre has one) and an individual one, with weekly sessions from five weeks
 * ago to three weeks ahead; the people of the active plans enrolled in them; attendance recorded at
 * every past session but the latest of each collective module, left for the worker to record (a
 * browser journey does). One person left a module. Through the same use cases as a worker's clicks,
 * each on its own day, with its own seeded sequence.
 */
import { and, asc, eq } from 'drizzle-orm';
import { manualClock } from '../clock.ts';
import { services, trajectories } from '../db/schema.ts';
import type { TenantTx } from '../db/tenancy.ts';
import { belgianInstant } from '../domain/belgian-time.ts';
import { addDays } from '../domain/dates.ts';
import type { Actor } from '../features/auth/policy.ts';
import type { CentreContext } from '../features/context.ts';
import { enrol, leaveModule, recordAttendance } from '../features/modules/enrolments.ts';
import type { AttendanceStatus, Enrolment, ModuleKind } from '../features/modules/schemas.ts';
import { addSession, createModule } from '../features/modules/service.ts';

type Language = 'fr' | 'nl';

interface DemoModule {
  name: string;
  kind: ModuleKind;
  description: string;
  capacity: number | null;
  /** Run by the centre's first partner organisation, when it has one. */
  partner: boolean;
  /** Its day of the week, from Monday (0). */
  weekday: number;
  start: string;
  end: string;
  place: string;
}

const MODULES: Record<Language, DemoModule[]> = {
  fr: [
    {
      name: 'Atelier budget',
      kind: 'collective',
      description:
        'Tenir un budget, lire ses factures, éviter les dettes. En petit groupe, un matin par semaine.',
      capacity: 10,
      partner: false,
      weekday: 0,
      start: '09:30',
      end: '12:00',
      place: 'CPAS, salle du rez-de-chaussée',
    },
    {
      name: 'Groupe de remobilisation',
      kind: 'collective',
      description: 'Reprendre un rythme et confiance en soi : activités collectives, sorties, projets.',
      capacity: 8,
      partner: true,
      weekday: 1,
      start: '13:30',
      end: '16:00',
      place: 'Rue des Carmes 4, Namur',
    },
    {
      name: 'Atelier numérique',
      kind: 'collective',
      description: 'Courriel, itsme, démarches en ligne : les bases, pas à pas.',
      capacity: 6,
      partner: false,
      weekday: 2,
      start: '09:00',
      end: '11:00',
      place: 'Espace public numérique',
    },
    {
      name: 'Coaching vers l’emploi',
      kind: 'individual',
      description: 'Un entretien individuel par semaine : projet, CV, candidatures.',
      capacity: 4,
      partner: false,
      weekday: 3,
      start: '14:00',
      end: '15:00',
      place: 'CPAS, bureau 1.08',
    },
  ],
  nl: [
    {
      name: 'Budgetatelier',
      kind: 'collective',
      description:
        'Een budget opmaken, facturen lezen, schulden vermijden. In kleine groep, één voormiddag per week.',
      capacity: 10,
      partner: false,
      weekday: 0,
      start: '09:30',
      end: '12:00',
      place: 'OCMW, zaal gelijkvloers',
    },
    {
      name: 'Activeringsgroep',
      kind: 'collective',
      description: 'Opnieuw een ritme en zelfvertrouwen vinden: groepsactiviteiten, uitstappen, projecten.',
      capacity: 8,
      partner: true,
      weekday: 1,
      start: '13:30',
      end: '16:00',
      place: 'Sleepstraat 20, Gent',
    },
    {
      name: 'Digitale vaardigheden',
      kind: 'collective',
      description: 'E-mail, itsme, online aanvragen: de basis, stap voor stap.',
      capacity: 6,
      partner: false,
      weekday: 2,
      start: '09:00',
      end: '11:00',
      place: 'Digipunt',
    },
    {
      name: 'Jobcoaching',
      kind: 'individual',
      description: 'Eén individueel gesprek per week: project, cv, sollicitaties.',
      capacity: 4,
      partner: false,
      weekday: 3,
      start: '14:00',
      end: '15:00',
      place: 'OCMW, bureau 1.08',
    },
  ],
};

/** Weekly sessions from five weeks before this week to two weeks after it. */
const WEEKS = 8;
const FIRST_WEEK = -5;

/** Small seeded generator: the demo must not change between runs. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function seedModules(
  tx: TenantTx,
  centre: { centreId: string; language: Language; today: string },
  actors: Record<string, Pick<Actor, 'displayName' | 'email' | 'role' | 'locale'>>,
) {
  const next = random(centre.language === 'fr' ? 5400 : 9400);
  const as = (userId: string, at: string): CentreContext => {
    const actor = actors[userId];
    if (!actor) throw new Error('demo user missing');
    return {
      clock: manualClock(at.includes('T') ? at : `${at}T10:00:00Z`),
      actor: { ...actor, userId, centreId: centre.centreId, sessionIdHash: null },
      requestId: 'demo-seed',
      address: '127.0.0.1',
    };
  };
  const daysFromToday = (n: number) => addDays(centre.today, n);
  // Sessions fall on weekdays, whatever day the demo's today is.
  const monday = addDays(centre.today, -((new Date(`${centre.today}T12:00:00Z`).getUTCDay() + 6) % 7));
  const byRole = (role: string) => Object.entries(actors).find(([, actor]) => actor.role === role)?.[0];
  const admin = byRole('admin');
  // The centre's first worker records attendance at the sessions she runs with the group.
  const worker = byRole('worker');
  if (!admin || !worker) throw new Error('demo team incomplete');

  const [partner] = await tx
    .select({ id: services.id })
    .from(services)
    .where(
      and(eq(services.centreId, centre.centreId), eq(services.kind, 'partner'), eq(services.active, true)),
    )
    .orderBy(asc(services.name), asc(services.id))
    .limit(1);

  const catalogue = [];
  for (const spec of MODULES[centre.language]) {
    const setUp = as(admin, daysFromToday(-60));
    const module = await createModule(tx, setUp, {
      name: spec.name,
      kind: spec.kind,
      description: spec.description,
      capacity: spec.capacity,
      partnerId: spec.partner ? (partner?.id ?? null) : null,
    });
    const sessions = [];
    for (let week = 0; week < WEEKS; week++) {
      const day = addDays(monday, spec.weekday + 7 * (FIRST_WEEK + week));
      const startsAt = belgianInstant(day, spec.start);
      const endsAt = belgianInstant(day, spec.end);
      if (!startsAt || !endsAt) throw new Error(`no demo session time on ${day}`);
      sessions.push({
        day,
        session: await addSession(tx, as(admin, daysFromToday(-45)), module.id, {
          startsAt,
          endsAt,
          place: spec.place,
        }),
      });
    }
    catalogue.push({ spec, module, sessions });
  }

  // The people of the active plans, each in one or two modules, enrolled a month ago.
  const plans = await tx
    .select({ id: trajectories.id, createdBy: trajectories.createdBy })
    .from(trajectories)
    .where(and(eq(trajectories.centreId, centre.centreId), eq(trajectories.state, 'active')))
    .orderBy(asc(trajectories.createdAt), asc(trajectories.id));
  const enrolments: Enrolment[] = [];
  for (const [index, plan] of plans.entries()) {
    const enrolledOn = addDays(monday, -35 + index);
    const by = plan.createdBy && actors[plan.createdBy] ? plan.createdBy : worker;
    // Everyone in the budget workshop (the first module), and in one more: a group or the coaching.
    const choices = [0, index % 2 === 0 ? 1 + ((index / 2) % 2) : 3];
    for (const choice of choices) {
      const entry = catalogue[choice];
      if (!entry) continue;
      enrolments.push(
        await enrol(tx, as(by, enrolledOn), plan.id, { moduleId: entry.module.id, enrolledOn }),
      );
    }
  }
  // The last enrolment of the list ended ten days ago.
  const leaving = enrolments.at(-1);
  const leftOn = daysFromToday(-10);

  for (const { spec, module, sessions } of catalogue) {
    const past = sessions.filter(({ day }) => day <= centre.today);
    // The latest session of a group (today's, when there is one) waits for its attendance.
    const toRecord = spec.kind === 'collective' ? past.slice(0, -1) : past;
    for (const { day, session } of toRecord) {
      const items = enrolments
        .filter(
          (e) => e.moduleId === module.id && e.enrolledOn <= day && (e.id !== leaving?.id || day <= leftOn),
        )
        .map((e) => {
          const roll = next();
          const status: AttendanceStatus = roll < 0.7 ? 'present' : roll < 0.85 ? 'excused' : 'absent';
          return { enrolmentId: e.id, status };
        });
      if (items.length === 0) continue;
      await recordAttendance(tx, as(worker, session.endsAt), session.id, { items });
    }
  }
  if (leaving) {
    await leaveModule(tx, as(worker, leftOn), leaving.id, { leftOn, version: leaving.version });
  }
}
