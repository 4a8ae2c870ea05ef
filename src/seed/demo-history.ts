/**
 * Two past years of demo files (2024 and 2025), so the yearly report, the dashboards and the
 * federal view are full on first start. Per centre, 40 more people whose plans lived in those
 * years: social-activation plans (growth plans and PIIS oriented towards social activation) and
 * PIIS of other orientations, started, running on 31 December and closed with every result
 * indicator; evaluations with a participation-ladder measurement, decided sanctions, module
 * sessions with attendance, and cost lines. Everything goes through the same use cases as a
 * worker's clicks, each on its own day (one list of steps run in date order), except the cost lines,
 * which have no use case yet and are inserted as they are. Then the administrator sets each year's
 * objectives and subsidies and closes 2024; 2025 stays open for the demo's administrator to close.
 *
 * The figures are laid out by hand (see the comments and src/seed/demo.test.ts): the test checks the
 * closed 2024 report against them.
 */
import { sql } from 'drizzle-orm';
import { manualClock } from '../clock.ts';
import type { Executor } from '../db/connect.ts';
import { asSystem, inTenant, type TenantTx } from '../db/tenancy.ts';
import { insertRecordVersion } from '../db/versions.ts';
import { addDays } from '../domain/dates.ts';
import { makeNiss } from '../domain/niss.ts';
import type { Outcome } from '../domain/reports.ts';
import { foldForSearch } from '../domain/text.ts';
import type { Actor } from '../features/auth/policy.ts';
import { insertDelegation } from '../features/centre/queries.ts';
import type { CentreContext } from '../features/context.ts';
import { insertEvent } from '../features/events/queries.ts';
import { insertPerson } from '../features/persons/queries.ts';
import { selectReportYear } from '../features/reports/queries.ts';
import { closeReportYear, saveReportYear } from '../features/reports/service.ts';
import { seedPersonFile } from './demo-file.ts';
import { type HistoryPlan, historySteps, runSteps } from './demo-history-steps.ts';

type Language = 'fr' | 'nl';
type Centre = 'namur' | 'gent';

export const HISTORY_YEARS = [2024, 2025] as const;
/** People per centre and year whose plans started in that year. */
export const HISTORY_PEOPLE_PER_YEAR = 20;

/** Invented names, none of the demo's others and none of the 2015 working group's. */
const NAMES: Record<Centre, { F: string[]; M: string[]; last: string[]; languages: string[] }> = {
  namur: {
    F: ['Amandine', 'Céline', 'Delphine', 'Estelle', 'Gaëlle', 'Justine', 'Laetitia', 'Mélanie', 'Samira'],
    M: ['Arnaud', 'Cédric', 'Damien', 'Grégory', 'Hugo', 'Kevin', 'Maxime', 'Quentin', 'Youssef'],
    last: [
      'Bodart',
      'Charlier',
      'Delvaux',
      'Evrard',
      'Fabry',
      'Gillet',
      'Jacquet',
      'Marchal',
      'Pirson',
      'Thiry',
    ],
    languages: ['fr', 'fr', 'nl', 'fr', 'de', 'fr', 'en'],
  },
  gent: {
    F: ['Annelies', 'Ellen', 'Hanne', 'Jolien', 'Katrien', 'Marieke', 'Nele', 'Tine', 'Zeynep'],
    M: ['Arne', 'Bert', 'Davy', 'Jelle', 'Karel', 'Matthias', 'Robbe', 'Thomas', 'Yusuf'],
    last: [
      'Bauwens',
      'Cools',
      'De Backer',
      'Dhondt',
      'Hermans',
      'Lambrecht',
      'Michiels',
      'Roels',
      'Segers',
      'Willems',
    ],
    languages: ['nl', 'nl', 'fr', 'nl', 'en', 'nl', 'de'],
  },
};

/** Age on 31 December of the plan's year: every band, under 25 to 55 and over. */
const AGES = [19, 27, 36, 47, 58, 22, 31, 41, 52, 63, 24, 29, 38, 45, 56, 20, 33, 49, 61, 26];

/**
 * The outcomes of the social-activation plans (the first 12 of a year: even ones growth plans,
 * odd ones PIIS towards social activation). The first 8 close in their year, the next 4 run on
 * 31 December and close in the next year. In 2025 Namur closes 6 plans towards volunteering (5 of
 * 2025, 1 of 2024) and Gent 3: the federal view shows Namur's and suppresses Gent's.
 */
const ACTIVATION_OUTCOMES: Record<Centre, Record<number, Outcome[]>> = {
  namur: {
    2024: [
      'volunteering',
      'socioProfessional',
      'volunteering',
      'reinforcedAutonomy',
      'employment',
      'volunteering',
      'socioProfessional',
      'endOfRight',
      // Closed in 2025.
      'volunteering',
      'employment',
      'socioProfessional',
      'reinforcedAutonomy',
    ],
    2025: [
      'volunteering',
      'volunteering',
      'socioProfessional',
      'volunteering',
      'reinforcedAutonomy',
      'volunteering',
      'volunteering',
      'stoppedByPerson',
      // Closed in 2026.
      'employment',
      'volunteering',
      'socioProfessional',
      'reinforcedAutonomy',
    ],
  },
  gent: {
    2024: [
      'volunteering',
      'socioProfessional',
      'reinforcedAutonomy',
      'employment',
      'volunteering',
      'socioProfessional',
      'reinforcedAutonomy',
      'other',
      'employment',
      'socioProfessional',
      'reinforcedAutonomy',
      'stoppedByPerson',
    ],
    2025: [
      'volunteering',
      'socioProfessional',
      'volunteering',
      'employment',
      'reinforcedAutonomy',
      'volunteering',
      'other',
      'socioProfessional',
      'employment',
      'volunteering',
      'socioProfessional',
      'reinforcedAutonomy',
    ],
  },
};

/** The other PIIS (the last 8 of a year), all closed in the next year. */
const PIIS_ORIENTATIONS = [
  ['training'],
  ['employment'],
  ['studies'],
  ['socialIntegration'],
  ['training', 'employment'],
  ['employment'],
  ['training'],
  ['socialIntegration', 'training'],
];
const PIIS_OUTCOMES: Outcome[] = [
  'studiesCompleted',
  'employment',
  'endOfRight',
  'movedToAnotherCentre',
  'socioProfessional',
  'employment',
  'other',
  'stoppedByPerson',
];

/** The plans of one centre, in order: 20 started in 2024, then 20 in 2025. */
export function historyPlans(centre: Centre): HistoryPlan[] {
  const plans: HistoryPlan[] = [];
  for (const year of HISTORY_YEARS) {
    for (let j = 0; j < HISTORY_PEOPLE_PER_YEAR; j++) {
      const index = plans.length;
      const activation = j < 12;
      // Activation plans drafted every two weeks from early January; the other PIIS from June.
      const draftedOn = activation
        ? addDays(`${year}-01-08`, 14 * j)
        : addDays(`${year}-06-02`, 14 * (j - 12));
      const signedOn = addDays(draftedOn, 14);
      let closedOn: string;
      let outcome: Outcome;
      if (activation) {
        outcome = ACTIVATION_OUTCOMES[centre][year]?.[j] as Outcome;
        closedOn =
          j < 8
            ? ([addDays(signedOn, 190 + 5 * j), `${year}-12-15`].sort()[0] as string)
            : addDays(`${year + 1}-02-10`, 30 * (j - 8));
      } else {
        outcome = PIIS_OUTCOMES[j - 12] as Outcome;
        closedOn = addDays(`${year + 1}-03-03`, 21 * (j - 12));
      }
      const form = activation && j % 2 === 0 ? 'growthPlan' : 'piis';
      const orientations = activation
        ? j % 4 === 1
          ? ['socialActivation']
          : ['socialActivation', 'training']
        : (PIIS_ORIENTATIONS[j - 12] as string[]);
      const age = AGES[j] as number;
      plans.push({
        index,
        year,
        form,
        orientations: form === 'growthPlan' ? ['socialActivation'] : orientations,
        // A third of the other PIIS were signed after the 3 months from the decision.
        decisionDate: form === 'piis' ? addDays(draftedOn, !activation && j % 3 === 0 ? -130 : -10) : null,
        draftedOn,
        signedOn,
        closedOn,
        outcome,
        // 2 evaluations measured on the ladder; a third (remote) for two plans in three.
        evaluations: [45, 130, ...(j % 3 === 2 ? [] : [220])]
          .map((d) => addDays(signedOn, d))
          .filter((d) => d < closedOn),
        ladder: [2 + (index % 3), 2 + (index % 3) + ([1, -1, 0, 2][index % 4] as number)],
        sanction:
          year === 2024 || centre === 'namur'
            ? j === 12
              ? 'totalSuspended'
              : j === 14
                ? 'partial'
                : j === 17 && centre === 'namur'
                  ? 'total'
                  : null
            : j === 12
              ? 'totalSuspended'
              : j === 15
                ? 'partial'
                : null,
        module: activation ? (j % 2 === 0 ? 'collective' : 'individual') : null,
        person: {
          age,
          birthDate: `${year - age}-${String(1 + ((j * 5) % 12)).padStart(2, '0')}-${String(1 + ((j * 7) % 28)).padStart(2, '0')}`,
          sex: (j + (j >> 1)) % 2 === 0 ? 'F' : 'M',
        },
      });
    }
  }
  return plans;
}

/** Cost lines in cents, 150 € to 2,400 €: every other plan a month after signing, a third later too. */
export function historyCosts(plan: HistoryPlan): { incurredOn: string; cents: number }[] {
  const lines: { incurredOn: string; cents: number }[] = [];
  if (plan.index % 2 === 0)
    lines.push({ incurredOn: addDays(plan.signedOn, 30), cents: 15_000 + ((plan.index * 37_013) % 225_001) });
  if (plan.index % 3 === 0) {
    const incurredOn = addDays(plan.signedOn, 120);
    if (incurredOn < plan.closedOn)
      lines.push({ incurredOn, cents: 15_000 + ((plan.index * 91_019) % 225_001) });
  }
  return lines;
}

const COST_TEXT: Record<Language, string[]> = {
  fr: ['Frais d’inscription à la formation', 'Abonnement de bus', 'Matériel de l’atelier'],
  nl: ['Inschrijvingsgeld opleiding', 'Busabonnement', 'Materiaal voor het atelier'],
};

export interface HistoryCentre {
  key: Centre;
  centreId: string;
  language: Language;
  actors: Record<string, Pick<Actor, 'displayName' | 'email' | 'role' | 'locale'>>;
}

/**
 * Seeds 2024 and 2025 in one centre: the people and their plans' lives, then the report years.
 * Sets the centres' regions first (as the system: the request role may not change a centre).
 */
export async function seedHistory(db: Executor, centre: HistoryCentre): Promise<void> {
  await asSystem(db, 'seed', (tx) =>
    tx.execute(
      sql`update centres set region = ${centre.key === 'namur' ? 'wallonia' : 'flanders'} where id = ${centre.centreId}`,
    ),
  );
  const team = Object.entries(centre.actors)
    .filter(([, a]) => a.role === 'worker')
    .map(([id]) => id)
    .sort((a, b) => (centre.actors[a]?.email ?? '').localeCompare(centre.actors[b]?.email ?? ''));
  const names = NAMES[centre.key];
  const plans = historyPlans(centre.key);
  let seed = centre.key === 'namur' ? 5600 : 9600;
  const rng = {
    next: () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed / 2_147_483_648;
    },
  };
  await inTenant(db, { centreId: centre.centreId, userId: team[0] as string }, async (tx) => {
    // The workers signed on the centre's behalf in 2024 too, under an earlier delegation.
    for (const userId of Object.keys(centre.actors)) {
      const role = centre.actors[userId]?.role;
      if (role !== 'worker' && role !== 'lead') continue;
      await insertDelegation(tx, {
        centreId: centre.centreId,
        userId,
        since: '2023-09-01',
        until: '2024-12-31',
        createdBy: userId,
        now: new Date('2023-09-01T09:00:00Z'),
      });
    }
    const files: { personId: string; workerId: string }[] = [];
    for (const plan of plans) {
      const { sex, birthDate } = plan.person;
      const workerId = team[plan.index % team.length] as string;
      const firstName = names[sex][(plan.index * 7) % names[sex].length] as string;
      const lastName = names.last[(plan.index * 3 + (plan.year - 2024)) % names.last.length] as string;
      const registeredOn = addDays(plan.draftedOn, -21);
      const registeredAt = new Date(`${registeredOn}T09:00:00Z`);
      const row = await insertPerson(tx, {
        centreId: centre.centreId,
        createdBy: workerId,
        responsibleUserId: workerId,
        now: registeredAt,
        firstName,
        lastName,
        birthDate,
        sex,
        language: names.languages[plan.index % names.languages.length] as 'fr',
        nationalNumber:
          plan.index % 9 === 4 ? null : makeNiss(birthDate, 2 * (200 + plan.index) + (sex === 'M' ? 1 : 0)),
        email: null,
        phone: null,
        searchName: foldForSearch(`${lastName} ${firstName}`),
      });
      await insertRecordVersion(tx, 'person', row, { at: row.createdAt, by: workerId });
      await insertEvent(tx, {
        centreId: centre.centreId,
        type: 'person.registered',
        subjectType: 'person',
        subjectId: row.id,
        personId: row.id,
        occurredOn: registeredOn,
        recordedAt: row.createdAt,
        actorUserId: workerId,
        payload: {},
      });
      // The intake a week after registration: the assessment the plan rests on, a first measurement.
      const intakeDay = addDays(registeredOn, 7);
      await seedPersonFile(
        tx,
        {
          centreId: centre.centreId,
          personId: row.id,
          language: centre.language,
          workerId,
          intakeDay,
          today: addDays(intakeDay, 20),
        },
        rng,
      );
      files.push({ personId: row.id, workerId });
    }
    const trajectories = await runSteps(historySteps(tx, centre, plans, files));
    // Cost lines: no use case records them yet; inserted as the worker would have, with their dates.
    const text = COST_TEXT[centre.language];
    for (const plan of plans) {
      const trajectoryId = trajectories.get(plan.index);
      const file = files[plan.index];
      if (!trajectoryId || !file) continue;
      for (const [n, line] of historyCosts(plan).entries()) {
        const at = `${line.incurredOn}T10:00:00Z`;
        await tx.execute(
          sql`insert into trajectory_costs (centre_id, trajectory_id, incurred_on, amount_cents, description,
                created_at, created_by, updated_at, updated_by)
              values (${centre.centreId}, ${trajectoryId}, ${line.incurredOn}, ${line.cents}, ${text[(plan.index + n) % text.length] as string},
                ${at}, ${file.workerId}, ${at}, ${file.workerId})`,
        );
      }
    }
    await seedReportYears(tx, centre);
  });
}

/**
 * The administrator sets each year's objectives and subsidies in January of the next year and
 * closes 2024 in mid-February 2025; 2025 stays open (the demo's administrator may close it).
 */
async function seedReportYears(tx: TenantTx, centre: HistoryCentre) {
  const admin = Object.entries(centre.actors).find(([, a]) => a.role === 'admin');
  if (!admin) throw new Error('demo admin missing');
  const as = (day: string): CentreContext => ({
    clock: manualClock(`${day}T10:00:00Z`),
    actor: { ...admin[1], userId: admin[0], centreId: centre.centreId, sessionIdHash: null },
    requestId: 'demo-seed',
    address: '127.0.0.1',
  });
  const small = centre.key === 'gent';
  for (const year of HISTORY_YEARS) {
    await saveReportYear(tx, as(`${year + 1}-01-20`), year, {
      version: 0,
      objectives: {
        'activation.started': small ? 10 : 12,
        'activation.closed': 10,
        'activation.outcome.socioProfessional': 2,
        'activation.outcome.reinforcedAutonomy': 2,
        'activation.outcome.volunteering': small ? 3 : 5,
        'activation.outcome.employment': 1,
        'piis.concluded': 15,
      },
      // Euro cents.
      subsidies: {
        participationA: small ? 1_850_000 : 2_240_000,
        modulesB: small ? 620_000 : 780_000,
        childPovertyC: small ? 410_000 : 395_000,
        piis: year === 2024 ? 1_560_000 : 1_720_000,
      },
    });
  }
  const settings = await selectReportYear(tx, centre.centreId, 2024);
  await closeReportYear(tx, as('2025-02-15'), 2024, { version: settings?.version ?? 0 });
}
