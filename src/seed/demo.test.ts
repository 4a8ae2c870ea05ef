/**
 * The demo data as the test template holds it (seeded by test/global-setup.ts under the restricted
 * default role): demo accounts are marked, every record has its event, and a database that already
 * has a centre never gets the demo.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabase } from '../../test/database.ts';
import { TEST_START } from '../../test/database-names.ts';
import { ownerRows } from '../../test/owner.ts';
import { manualClock } from '../clock.ts';
import type { Database } from '../db/connect.ts';
import { addressProblem } from '../domain/address.ts';
import { birthDateNissProblem, sexParityWarns } from '../domain/person.ts';
import { seedDemo } from './demo.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(() => database.close());

const totals = async () =>
  (
    await ownerRows<Record<string, number>>(
      database,
      sql`select (select count(*)::int from centres) as centres, (select count(*)::int from users) as users,
                 (select count(*)::int from persons) as persons, (select count(*)::int from events) as events`,
    )
  )[0];

describe('seedDemo', () => {
  it('marks every account it creates as a demo account', async () => {
    const rows = await ownerRows<{ email: string; demo: boolean }>(
      database,
      sql`select email, is_demo as demo from users order by email`,
    );
    expect(rows).toEqual([
      { email: 'admin@gent.demo', demo: true },
      { email: 'admin@namur.demo', demo: true },
      { email: 'federal@spp.demo', demo: true },
      { email: 'lead@gent.demo', demo: true },
      { email: 'lead@namur.demo', demo: true },
      { email: 'worker2@gent.demo', demo: true },
      { email: 'worker2@namur.demo', demo: true },
      { email: 'worker3@gent.demo', demo: true },
      { email: 'worker3@namur.demo', demo: true },
      { email: 'worker@gent.demo', demo: true },
      { email: 'worker@namur.demo', demo: true },
    ]);
  });

  it('gives each centre a lead and three workers, who follow ten people each', async () => {
    const rows = await ownerRows(
      database,
      sql`select c.name, u.role, (select count(*)::int from persons p where p.responsible_user_id = u.id) as files
          from users u join centres c on c.id = u.centre_id where u.role in ('worker', 'lead')
          order by c.name, u.role, u.email`,
    );
    expect(rows).toEqual([
      { name: 'CPAS de Namur-Démo', role: 'lead', files: 0 },
      { name: 'CPAS de Namur-Démo', role: 'worker', files: 10 },
      { name: 'CPAS de Namur-Démo', role: 'worker', files: 10 },
      { name: 'CPAS de Namur-Démo', role: 'worker', files: 10 },
      { name: 'OCMW Gent-Demo', role: 'lead', files: 0 },
      { name: 'OCMW Gent-Demo', role: 'worker', files: 10 },
      { name: 'OCMW Gent-Demo', role: 'worker', files: 10 },
      { name: 'OCMW Gent-Demo', role: 'worker', files: 10 },
    ]);
  });

  it('writes one event per record, by the centre worker, on the day of the record', async () => {
    // Plans in every state: a draft, an informed one, three active (one amended, one a growth
    // plan), and one closed with each outcome the federal figures count.
    const PLANS = [
      'active',
      'active',
      'active',
      'closed:employment',
      'closed:endOfRight',
      'closed:movedToAnotherCentre',
      'closed:other',
      'closed:reinforcedAutonomy',
      'closed:socioProfessional',
      'closed:stoppedByPerson',
      'closed:studiesCompleted',
      'closed:volunteering',
      'draft',
      'informed',
    ].join(',');
    const perCentre = await ownerRows(
      database,
      sql`select c.name,
                 (select count(*)::int from persons p where p.centre_id = c.id) as persons,
                 (select count(*)::int from assessments a where a.centre_id = c.id) as assessments,
                 (select count(*)::int from measurements m where m.centre_id = c.id) as measurements,
                 (select count(*)::int from journal_entries j where j.centre_id = c.id) as journal,
                 (select string_agg(t.state || coalesce(':' || t.outcome, ''), ',' order by t.state, t.outcome)
                    from trajectories t where t.centre_id = c.id) as plans,
                 (select count(*)::int from events e where e.centre_id = c.id) as events
          from centres c order by c.name`,
    );
    expect(perCentre).toEqual([
      {
        name: 'CPAS de Namur-Démo',
        persons: 30,
        assessments: 26,
        measurements: 132,
        journal: 70,
        plans: PLANS,
        events: 310,
      },
      {
        name: 'OCMW Gent-Demo',
        persons: 30,
        assessments: 24,
        measurements: 110,
        journal: 74,
        plans: PLANS,
        events: 290,
      },
    ]);
    // Each event must match its record exactly, as the services and migration 0003 write them.
    const matching = await ownerRows(
      database,
      sql`select e.type, count(*)::int as count
          from events e
          join users u on u.id = e.actor_user_id and u.role = 'worker' and u.centre_id = e.centre_id
          left join persons p on e.type = 'person.registered' and p.id = e.subject_id
            and p.id = e.person_id and e.occurred_on = (p.created_at at time zone 'Europe/Brussels')::date
            and e.recorded_at = p.created_at and e.payload = '{}'::jsonb
          left join assessments a on e.type = 'assessment.recorded' and a.id = e.subject_id
            and a.person_id = e.person_id and e.occurred_on = a.assessed_on and e.recorded_at = a.created_at
            and e.payload = jsonb_build_object('domains', jsonb_array_length(a.domains))
          left join measurements m on e.type = 'measurement.recorded' and m.id = e.subject_id
            and m.person_id = e.person_id and e.occurred_on = m.measured_on and e.recorded_at = m.created_at
            and e.payload = jsonb_build_object('instrumentKey', m.instrument_key,
                                               'instrumentVersion', m.instrument_version, 'context', m.context)
          left join journal_entries j on e.type = 'journal.written' and j.id = e.subject_id
            and j.person_id = e.person_id and e.occurred_on = j.occurred_on and e.recorded_at = j.created_at
            and e.payload = jsonb_build_object('kind', j.kind) and e.actor_user_id = j.author_user_id
          where e.subject_seq = 1 and coalesce(p.id, a.id, m.id, j.id) is not null
          group by e.type order by e.type`,
    );
    expect(matching).toEqual([
      { type: 'assessment.recorded', count: 50 },
      { type: 'journal.written', count: 144 },
      { type: 'measurement.recorded', count: 242 },
      { type: 'person.registered', count: 60 },
    ]);
  });

  it('gives people identities the registration checks accept: number, birth date and sex agree', async () => {
    const people = await ownerRows<{ birthDate: string; sex: string; nationalNumber: string | null }>(
      database,
      sql`select birth_date::text as "birthDate", sex, national_number as "nationalNumber" from persons`,
    );
    expect(people.filter((p) => p.nationalNumber).length).toBeGreaterThan(40);
    const disagreeing = people.filter(
      (p) =>
        birthDateNissProblem(p.birthDate, p.nationalNumber) !== null ||
        sexParityWarns(p.sex, p.nationalNumber),
    );
    expect(disagreeing).toEqual([]);
  });

  it('gives most people an address the registration checks accept', async () => {
    const rows = await ownerRows<{
      postcode: string | null;
      municipality: string | null;
      street: string | null;
    }>(database, sql`select postcode, municipality, street from persons order by id`);
    const withAddress = rows.filter((r) => r.postcode !== null);
    expect([withAddress.length, rows.length]).toEqual([46, 60]);
    for (const row of withAddress) {
      expect(row.street).not.toBeNull();
      expect(addressProblem(row), `${row.postcode} ${row.municipality}`).toBeNull();
    }
  });

  it('adds nothing to a database that has any centre, whatever its name', async () => {
    // Renamed, the demo centres stand for a real installation's: a check by name would seed again.
    await ownerRows(
      database,
      sql`update centres set name = case language when 'fr' then 'CPAS de Liège' else 'OCMW Brugge' end`,
    );
    const before = await totals();
    expect(before).toEqual({ centres: 2, users: 11, persons: 60, events: 600 });
    expect(await seedDemo(database.db, manualClock(TEST_START))).toBe(false);
    expect(await totals()).toEqual(before);
  });
});
