/**
 * Deterministic demo data (as Lino Welfare does): the same centres, people and logins on every
 * machine, so a new user, a test and a screenshot all see the same thing.
 * Names are invented; national numbers are generated, valid and fictitious.
 */
import { randomUUID } from 'node:crypto';
import type { Clock } from '../clock.ts';
import type { Executor } from '../db/connect.ts';
import { centres, users } from '../db/schema.ts';
import { asSystem, inTenant } from '../db/tenancy.ts';
import { insertRecordVersion } from '../db/versions.ts';
import { addMonths } from '../domain/dates.ts';
import { makeNiss } from '../domain/niss.ts';
import { foldForSearch } from '../domain/text.ts';
import { hashPassword } from '../features/auth/service.ts';
import { insertDelegation } from '../features/centre/queries.ts';
import { insertEvent } from '../features/events/queries.ts';
import { insertPerson } from '../features/persons/queries.ts';
import { seedEvaluations } from './demo-evaluations.ts';
import { seedPersonFile } from './demo-file.ts';
import { seedHistory } from './demo-history.ts';
import { seedJournal } from './demo-journal.ts';
import { seedModules } from './demo-modules.ts';
import { seedPlans } from './demo-plans.ts';
import { seedReferrals } from './demo-referrals.ts';
import { seedSanctions } from './demo-sanctions.ts';

export const DEMO_PASSWORD = 'passerelle-demo';

export const DEMO_USERS = [
  {
    email: 'worker@namur.demo',
    displayName: 'Camille Dubois',
    role: 'worker',
    centre: 'namur',
    locale: 'fr',
  },
  { email: 'lead@namur.demo', displayName: 'Martine Lejeune', role: 'lead', centre: 'namur', locale: 'fr' },
  { email: 'worker2@namur.demo', displayName: 'Nadia Benali', role: 'worker', centre: 'namur', locale: 'fr' },
  {
    email: 'worker3@namur.demo',
    displayName: 'Julien Masson',
    role: 'worker',
    centre: 'namur',
    locale: 'fr',
  },
  { email: 'admin@namur.demo', displayName: 'Olivier Collard', role: 'admin', centre: 'namur', locale: 'fr' },
  { email: 'worker@gent.demo', displayName: 'Sofie De Smet', role: 'worker', centre: 'gent', locale: 'nl' },
  { email: 'lead@gent.demo', displayName: 'An Peeters', role: 'lead', centre: 'gent', locale: 'nl' },
  { email: 'worker2@gent.demo', displayName: 'Jonas Wouters', role: 'worker', centre: 'gent', locale: 'nl' },
  { email: 'worker3@gent.demo', displayName: 'Lotte Maes', role: 'worker', centre: 'gent', locale: 'nl' },
  { email: 'admin@gent.demo', displayName: 'Pieter Claes', role: 'admin', centre: 'gent', locale: 'nl' },
  { email: 'federal@spp.demo', displayName: 'Analyste SPP', role: 'federal', centre: null, locale: 'fr' },
] as const;

const CENTRES = {
  namur: {
    name: 'CPAS de Namur-Démo',
    language: 'fr',
    first: {
      F: [
        'Hélène',
        'Éloïse',
        'Chloé',
        'Zoë',
        'Amélie',
        'Fatima',
        'Léa',
        'Noémie',
        'Inès',
        'Sarah',
        'Aïcha',
        'Marie',
      ],
      M: [
        'François',
        'Jérôme',
        'Noël',
        'Théo',
        'Mehdi',
        'Loïc',
        'Benoît',
        'Yannick',
        'Karim',
        'Raphaël',
        'Lucas',
      ],
    },
    last: [
      'Lefèvre',
      'Dupont',
      'Lambert',
      'Martin',
      'Renard',
      'Mathieu',
      'Gérard',
      'Denis',
      'Hénin',
      'Lecomte',
      'Benali',
      'Dethier',
      'Fontaine',
      'Léonard',
      'Piérard',
      'Collignon',
    ],
    languages: ['fr', 'fr', 'fr', 'fr', 'nl', 'de', 'en'],
  },
  gent: {
    name: 'OCMW Gent-Demo',
    language: 'nl',
    first: {
      F: ['Anaïs', 'Lotte', 'Emma', 'Fien', 'Zoë', 'Noor', 'Yasmina', 'Lien', 'Griet', 'Mieke', 'Özlem'],
      M: ['Jeroen', 'Wouter', 'Bram', 'Senne', 'Stijn', 'Ömer', 'Mohamed', 'Pieter', 'Raf', 'Kobe', 'Dries'],
    },
    last: [
      'Peeters',
      'Janssens',
      'Maes',
      'De Vos',
      'Vermeulen',
      'Van den Broeck',
      'Claeys',
      'Goossens',
      'Wouters',
      'Yılmaz',
      'De Clercq',
      'Verstraete',
      'Desmet',
      'Van Damme',
    ],
    languages: ['nl', 'nl', 'nl', 'nl', 'fr', 'en'],
  },
} as const;

/** Invented addresses in each demo town: real streets and postcodes, made-up house numbers. */
const DEMO_ADDRESSES: Record<'namur' | 'gent', { street: string; postcode: string; municipality: string }[]> =
  {
    namur: [
      { street: 'Rue de Fer', postcode: '5000', municipality: 'Namur' },
      { street: 'Avenue de la Plante', postcode: '5000', municipality: 'Namur' },
      { street: 'Rue Mazy', postcode: '5100', municipality: 'Jambes' },
      { street: 'Chaussée de Louvain', postcode: '5020', municipality: 'Champion' },
      { street: 'Rue de Bomel', postcode: '5000', municipality: 'Namur' },
      { street: 'Rue des Carmes', postcode: '5000', municipality: 'Namur' },
    ],
    gent: [
      { street: 'Sleepstraat', postcode: '9000', municipality: 'Gent' },
      { street: 'Dampoortstraat', postcode: '9000', municipality: 'Gent' },
      { street: 'Antwerpsesteenweg', postcode: '9040', municipality: 'Sint-Amandsberg' },
      { street: 'Kortrijksesteenweg', postcode: '9000', municipality: 'Gent' },
      { street: 'Brugsesteenweg', postcode: '9032', municipality: 'Wondelgem' },
      { street: 'Jozef II-straat', postcode: '9000', municipality: 'Gent' },
    ],
  };

function demoAddress(centre: 'namur' | 'gent', rng: ReturnType<typeof random>) {
  const place = rng.pick(DEMO_ADDRESSES[centre]);
  return {
    street: place.street,
    houseNumber: String(1 + Math.floor(rng.next() * 180)),
    box: rng.next() < 0.3 ? String(1 + Math.floor(rng.next() * 12)) : null,
    postcode: place.postcode,
    municipality: place.municipality,
  };
}

/** Small seeded generator: the demo must not change between runs. */
function random(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T };
}

export const PEOPLE_PER_CENTRE = 30;

/**
 * Seeds the demo centres into a new database only; returns false, changing nothing, when any
 * centre exists: demo accounts, whose password is public, never join a real installation.
 */
export async function seedDemo(db: Executor, clock: Clock): Promise<boolean> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const now = clock.now();
  const today = clock.today();
  const centreIds: Record<string, string> = {};
  // Centres and accounts are created as the system (the request role may create neither).
  const workerIds = await asSystem(db, 'seed', async (tx) => {
    const existing = await tx.select({ id: centres.id }).from(centres).limit(1);
    if (existing.length > 0) return null;
    for (const [key, centre] of Object.entries(CENTRES)) {
      const id = randomUUID();
      centreIds[key] = id;
      await tx.insert(centres).values({ id, name: centre.name, language: centre.language, createdAt: now });
    }
    const created = await tx
      .insert(users)
      .values(
        DEMO_USERS.map((u) => ({
          email: u.email,
          displayName: u.displayName,
          role: u.role,
          locale: u.locale,
          centreId: u.centre ? centreIds[u.centre] : null,
          passwordHash,
          isDemo: true,
          createdAt: now,
        })),
      )
      .returning({ id: users.id, email: users.email });
    return Object.fromEntries(created.map((u) => [u.email, u.id]));
  });
  if (!workerIds) return false;

  for (const [key, centre] of Object.entries(CENTRES)) {
    const centreId = centreIds[key] as string;
    const worker = DEMO_USERS.find((u) => u.centre === key && u.role === 'worker');
    const workerId = workerIds[worker?.email ?? ''];
    if (!workerId) throw new Error(`demo worker of ${key} missing`);
    const workerRow = { id: workerId };
    // A team of three workers and a lead: the files go round the workers, so each has their own people.
    const team = DEMO_USERS.filter((u) => u.centre === key && u.role === 'worker').map(
      (u) => workerIds[u.email] as string,
    );
    const rng = random(key === 'namur' ? 5000 : 9000);
    // The journal draws from its own sequence: adding it left every other demo value as it was.
    const journalRng = random(key === 'namur' ? 5100 : 9100);
    const addressRng = random(key === 'namur' ? 5200 : 9200);
    const thisYear = Number(today.slice(0, 4));
    await inTenant(db, { centreId, userId: workerRow.id }, async (tx) => {
      const followed: { personId: string; responsibleUserId: string; intakeDay: string }[] = [];
      for (let i = 0; i < PEOPLE_PER_CENTRE; i++) {
        const sex = rng.next() < 0.5 ? 'F' : 'M';
        // Ages 18 to 64, with a fair share under 25 (who must have a plan).
        const age = rng.next() < 0.3 ? 18 + Math.floor(rng.next() * 7) : 25 + Math.floor(rng.next() * 40);
        const birthDate = `${thisYear - age}-${String(1 + Math.floor(rng.next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rng.next() * 28)).padStart(2, '0')}`;
        const firstName = rng.pick(centre.first[sex]);
        const lastName = rng.pick(centre.last);
        // Men odd, women even; a few people are known only by a BIS number, a few by none.
        const sequence = 2 * (i + 10) + (sex === 'M' ? 1 : 0);
        const roll = rng.next();
        const nationalNumber =
          roll < 0.1 ? null : makeNiss(birthDate, sequence, roll < 0.2 ? 'sexKnown' : undefined);
        // Most people came 4 to 13 months ago and have a file; a few newcomers came this month.
        const newcomer = rng.next() < 0.15;
        const registeredOn = addMonths(today, newcomer ? 0 : -(4 + Math.floor(rng.next() * 10)));
        const registeredAt = new Date(`${registeredOn}T09:00:00Z`);
        const row = await insertPerson(tx, {
          centreId,
          createdBy: workerRow.id,
          responsibleUserId: team[i % team.length] as string,
          now: registeredAt < now ? registeredAt : now,
          firstName,
          lastName,
          birthDate,
          sex,
          language: rng.pick(centre.languages),
          nationalNumber,
          email: rng.next() < 0.5 ? `${foldForSearch(firstName).replace(/ /g, '')}.${i}@example.org` : null,
          phone:
            rng.next() < 0.7
              ? `04${String(70 + i)} ${String(100000 + Math.floor(rng.next() * 899999))}`
              : null,
          searchName: foldForSearch(`${lastName} ${firstName}`),
          // Most people have an address on file; a few (newly arrived, homeless) have none yet.
          ...(addressRng.next() < 0.85 ? demoAddress(key as keyof typeof DEMO_ADDRESSES, addressRng) : {}),
        });
        await insertRecordVersion(tx, 'person', row, { at: row.createdAt, by: workerRow.id });
        await insertEvent(tx, {
          centreId,
          type: 'person.registered',
          subjectType: 'person',
          subjectId: row.id,
          personId: row.id,
          // The registration day, as the service records it (clock.today()), even when the
          // pinned demo day is later than the real clock and createdAt falls back to now.
          occurredOn: registeredOn,
          recordedAt: row.createdAt,
          actorUserId: workerRow.id,
          payload: {},
        });
        if (!newcomer) {
          const file = {
            centreId,
            personId: row.id,
            language: centre.language,
            workerId: workerRow.id,
            today,
          };
          await seedPersonFile(tx, { ...file, intakeDay: registeredOn }, rng);
          await seedJournal(tx, { ...file, intakeDay: registeredOn }, journalRng);
          followed.push({
            personId: row.id,
            responsibleUserId: team[i % team.length] as string,
            intakeDay: registeredOn,
          });
        }
      }
      const actors = Object.fromEntries(
        DEMO_USERS.filter((u) => u.centre === key).map((u) => [
          workerIds[u.email] as string,
          { displayName: u.displayName, email: u.email, role: u.role, locale: u.locale },
        ]),
      );
      // Every worker and lead signs plans on the centre's behalf, under a delegation since 2025.
      for (const [userId, actor] of Object.entries(actors)) {
        if (actor.role !== 'worker' && actor.role !== 'lead') continue;
        await insertDelegation(tx, {
          centreId,
          userId,
          since: '2025-01-01',
          until: null,
          createdBy: userId,
          now,
        });
      }
      await seedPlans(tx, { centreId, language: centre.language, today }, followed, actors);
      await seedEvaluations(tx, { centreId, language: centre.language, today }, actors);
      await seedSanctions(tx, { centreId, language: centre.language, today }, actors);
      await seedReferrals(tx, { centreId, language: centre.language, today }, followed, actors);
      // Last: modules enrol people from the plans above and name the partners seeded with the referrals.
      await seedModules(tx, { centreId, language: centre.language, today }, actors);
    });
  }
  // Two past years (2024, 2025) for the yearly report and the federal view (demo-history.ts).
  for (const [key, centre] of Object.entries(CENTRES)) {
    const centreId = centreIds[key] as string;
    const actors = Object.fromEntries(
      DEMO_USERS.filter((u) => u.centre === key).map((u) => [
        workerIds[u.email] as string,
        { displayName: u.displayName, email: u.email, role: u.role, locale: u.locale },
      ]),
    );
    await seedHistory(db, { key: key as 'namur' | 'gent', centreId, language: centre.language, actors });
  }
  return true;
}
