/**
 * The demo data as the test template holds it (seeded by test/global-setup.ts under the restricted
 * default role): demo accounts are marked, every record has its event, and a database that already
 * has a centre never gets the demo.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp } from '../../test/app.ts';
import { testDatabase } from '../../test/database.ts';
import { TEST_START } from '../../test/database-names.ts';
import { ownerRows } from '../../test/owner.ts';
import { manualClock } from '../clock.ts';
import type { Database } from '../db/connect.ts';
import { addressProblem } from '../domain/address.ts';
import { DEFAULT_POLICY } from '../domain/centre-policy.ts';
import { type EvaluationFact, evaluationPlan } from '../domain/evaluation-schedule.ts';
import { birthDateNissProblem, sexParityWarns } from '../domain/person.ts';
import type { AnnualReport } from '../features/reports/schemas.ts';
import { seedDemo } from './demo.ts';

let database: Database;
beforeAll(async () => {
  database = await testDatabase();
});
afterAll(() => database.close());

/** The plans of the demo day (drafted from October 2025 on), not the past years' (demo-history.ts). */
const DEMO_DAY_PLANS = sql.raw(`t.created_at >= '2025-10-01'`);

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

  it('gives each centre a lead and three workers, who follow ten people each and the past years’ files', async () => {
    const rows = await ownerRows(
      database,
      sql`select c.name, u.role, (select count(*)::int from persons p where p.responsible_user_id = u.id) as files
          from users u join centres c on c.id = u.centre_id where u.role in ('worker', 'lead')
          order by c.name, u.role, u.email`,
    );
    expect(rows).toEqual([
      { name: 'CPAS de Namur-Démo', role: 'lead', files: 0 },
      // Ten of the demo day each, and the 40 people of 2024 and 2025 (demo-history.ts) in turn.
      { name: 'CPAS de Namur-Démo', role: 'worker', files: 23 },
      { name: 'CPAS de Namur-Démo', role: 'worker', files: 23 },
      { name: 'CPAS de Namur-Démo', role: 'worker', files: 24 },
      { name: 'OCMW Gent-Demo', role: 'lead', files: 0 },
      { name: 'OCMW Gent-Demo', role: 'worker', files: 23 },
      { name: 'OCMW Gent-Demo', role: 'worker', files: 23 },
      { name: 'OCMW Gent-Demo', role: 'worker', files: 24 },
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
                    from trajectories t where t.centre_id = c.id and ${DEMO_DAY_PLANS}) as plans,
                 (select count(*)::int from events e where e.centre_id = c.id) as events
          from centres c order by c.name`,
    );
    expect(perCentre).toEqual([
      {
        name: 'CPAS de Namur-Démo',
        // With the 40 people of 2024 and 2025 (demo-history.ts), their intakes, the measurements
        // taken at their evaluations, and all their plans' events.
        persons: 70,
        assessments: 66,
        // With the 2 measurements taken at demo evaluations (demo-evaluations.ts).
        measurements: 418,
        journal: 70,
        plans: PLANS,
        // With the modules (demo-modules.ts): 69 events per centre.
        events: 1298,
      },
      {
        name: 'OCMW Gent-Demo',
        persons: 70,
        assessments: 64,
        measurements: 393,
        journal: 74,
        plans: PLANS,
        events: 1271,
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
      { type: 'assessment.recorded', count: 130 },
      { type: 'journal.written', count: 144 },
      { type: 'measurement.recorded', count: 811 },
      { type: 'person.registered', count: 140 },
    ]);
  });

  it('gives each centre four modules with weekly sessions, the active plans enrolled, attendance recorded', async () => {
    const modules = await ownerRows(
      database,
      sql`select c.name as centre, m.name, m.kind, s.name as partner, m.capacity,
                 (select count(*)::int from module_sessions x where x.module_id = m.id) as sessions,
                 (select count(*)::int from module_sessions x where x.module_id = m.id
                    and (x.starts_at at time zone 'Europe/Brussels')::date > '2026-11-23') as coming,
                 (select count(*)::int from module_enrolments e where e.module_id = m.id) as enrolled,
                 (select count(*)::int from module_enrolments e where e.module_id = m.id and e.left_on is not null) as "left",
                 (select string_agg(a.status || ':' || n, ',' order by a.status) from (
                    select a.status, count(*)::int as n from session_attendance a
                    join module_sessions x on x.id = a.session_id where x.module_id = m.id group by a.status) a) as marks
          from modules m join centres c on c.id = m.centre_id left join services s on s.id = m.partner_id
          where m.created_at >= '2026-01-01'
          order by c.name, m.name`,
    );
    const module = (
      centre: string,
      name: string,
      kind: string,
      partner: string | null,
      capacity: number,
      enrolled: number,
      left: number,
      marks: string,
      // Mondays' sessions (the budget workshops) meet today: two to come after it, three for the others.
      coming = 3,
    ) => ({ centre, name, kind, partner, capacity, sessions: 8, coming, enrolled, left, marks });
    const namur = 'CPAS de Namur-Démo';
    const gent = 'OCMW Gent-Demo';
    expect(modules).toEqual([
      module(namur, 'Atelier budget', 'collective', null, 10, 3, 0, 'absent:3,excused:3,present:7', 2),
      module(namur, 'Atelier numérique', 'collective', null, 6, 1, 1, 'absent:2,present:2'),
      module(namur, 'Coaching vers l’emploi', 'individual', null, 4, 1, 0, 'absent:2,excused:1,present:2'),
      module(
        namur,
        'Groupe de remobilisation',
        'collective',
        'Atelier de remobilisation Le Tremplin',
        8,
        1,
        0,
        'absent:2,present:2',
      ),
      module(gent, 'Activeringsgroep', 'collective', 'Activeringsproject De Kiem', 8, 1, 0, 'present:4'),
      module(gent, 'Budgetatelier', 'collective', null, 10, 3, 0, 'absent:1,excused:1,present:11', 2),
      module(gent, 'Digitale vaardigheden', 'collective', null, 6, 1, 1, 'absent:1,present:3'),
      module(gent, 'Jobcoaching', 'individual', null, 4, 1, 0, 'excused:1,present:4'),
    ]);
    // Enrolled from the active plans only; the latest session of each group (today's budget
    // workshop among them) waits for its attendance.
    const plans = await ownerRows(
      database,
      sql`select distinct t.state from module_enrolments e join trajectories t on t.id = e.trajectory_id
          where ${DEMO_DAY_PLANS}`,
    );
    expect(plans).toEqual([{ state: 'active' }]);
    const waiting = await ownerRows(
      database,
      sql`select m.name, (x.starts_at at time zone 'Europe/Brussels')::date::text as day
          from module_sessions x join modules m on m.id = x.module_id
          where (x.starts_at at time zone 'Europe/Brussels')::date <= '2026-11-23'
            and m.created_at >= '2026-01-01'
            and not exists (select 1 from session_attendance a where a.session_id = x.id)
          order by m.name`,
    );
    expect(waiting).toEqual([
      { name: 'Activeringsgroep', day: '2026-11-17' },
      { name: 'Atelier budget', day: '2026-11-23' },
      { name: 'Atelier numérique', day: '2026-11-18' },
      { name: 'Budgetatelier', day: '2026-11-23' },
      { name: 'Digitale vaardigheden', day: '2026-11-18' },
      { name: 'Groupe de remobilisation', day: '2026-11-17' },
    ]);
    const events = await ownerRows(
      database,
      sql`select type, count(*)::int as count, count(person_id)::int as "ofPerson" from events
          where type like 'module.%' or type = 'attendance.recorded' group by type order by type`,
    );
    expect(events).toEqual([
      // With the past years' two modules per centre, 20 sessions a year each (demo-history.ts),
      // left by their plans when they closed.
      { type: 'attendance.recorded', count: 374, ofPerson: 374 },
      { type: 'module.created', count: 12, ofPerson: 0 },
      { type: 'module.enrolled', count: 60, ofPerson: 60 },
      { type: 'module.left', count: 50, ofPerson: 50 },
      { type: 'module.sessionPlanned', count: 144, ofPerson: 0 },
    ]);
  });

  it('gives each centre an integration service with a member, three partners, and referrals in every state', async () => {
    const services = await ownerRows(
      database,
      sql`select c.name as centre, s.kind, s.name, s.active,
                 (select string_agg(u.email, ',' order by u.email) from service_members m
                    join users u on u.id = m.user_id where m.service_id = s.id) as members
          from services s join centres c on c.id = s.centre_id order by c.name, s.kind, s.name`,
    );
    expect(services).toEqual([
      {
        centre: 'CPAS de Namur-Démo',
        kind: 'internal',
        name: 'Service d’insertion socioprofessionnelle',
        active: true,
        members: 'worker2@namur.demo',
      },
      {
        centre: 'CPAS de Namur-Démo',
        kind: 'partner',
        name: 'Atelier de remobilisation Le Tremplin',
        active: true,
        members: null,
      },
      {
        centre: 'CPAS de Namur-Démo',
        kind: 'partner',
        name: 'Centre de formation Les Tilleuls',
        active: true,
        members: null,
      },
      {
        centre: 'CPAS de Namur-Démo',
        kind: 'partner',
        name: 'Maison de l’emploi de Namur-Démo',
        active: true,
        members: null,
      },
      {
        centre: 'OCMW Gent-Demo',
        kind: 'internal',
        name: 'Dienst socio-professionele inschakeling',
        active: true,
        members: 'worker2@gent.demo',
      },
      {
        centre: 'OCMW Gent-Demo',
        kind: 'partner',
        name: 'Activeringsproject De Kiem',
        active: true,
        members: null,
      },
      {
        centre: 'OCMW Gent-Demo',
        kind: 'partner',
        name: 'Opleidingscentrum De Brug',
        active: true,
        members: null,
      },
      {
        centre: 'OCMW Gent-Demo',
        kind: 'partner',
        name: 'Werkwinkel Gent-Demo',
        active: true,
        members: null,
      },
    ]);
    // Waiting (one for the service, one for a named member), running (the service, a partner),
    // ended, declined; every one sent by the file's worker, who stays responsible for the file.
    const referrals = await ownerRows(
      database,
      sql`select c.name as centre, s.kind, r.state, count(*)::int as count,
                 bool_and(r.sent_by = p.responsible_user_id) as "sentByFileWorker",
                 count(r.to_user_id)::int as named, count(r.receiving_user_id)::int as receiving
          from referrals r join centres c on c.id = r.centre_id join services s on s.id = r.service_id
          join persons p on p.id = r.person_id
          group by c.name, s.kind, r.state order by c.name, s.kind, r.state`,
    );
    const namur = 'CPAS de Namur-Démo';
    const gent = 'OCMW Gent-Demo';
    const row = (centre: string, kind: string, state: string, count = 1, named = 0, receiving = 0) => ({
      centre,
      kind,
      state,
      count,
      sentByFileWorker: true,
      named,
      receiving,
    });
    // In Namur the member's own person goes to a partner instead of her own service.
    expect(referrals).toEqual([
      row(namur, 'internal', 'accepted', 1, 0, 1),
      row(namur, 'internal', 'ended', 1, 0, 1),
      row(namur, 'internal', 'pending'),
      row(namur, 'partner', 'accepted'),
      row(namur, 'partner', 'declined'),
      row(namur, 'partner', 'pending'),
      row(gent, 'internal', 'accepted', 1, 0, 1),
      row(gent, 'internal', 'ended', 1, 0, 1),
      row(gent, 'internal', 'pending', 2, 1, 0),
      row(gent, 'partner', 'accepted'),
      row(gent, 'partner', 'declined'),
    ]);
    // The members take the person on; nobody answers a referral they sent.
    const answered = await ownerRows<{ n: number }>(
      database,
      sql`select count(*)::int as n from referrals r join service_members m
            on m.service_id = r.service_id and m.user_id = r.receiving_user_id
          where r.receiving_user_id <> r.sent_by`,
    );
    expect(answered).toEqual([{ n: 4 }]);
    const events = await ownerRows(
      database,
      sql`select type, count(*)::int as count from events
          where type like 'referral.%' or type like 'service.%' group by type order by type`,
    );
    expect(events).toEqual([
      { type: 'referral.accepted', count: 6 },
      { type: 'referral.declined', count: 2 },
      { type: 'referral.ended', count: 2 },
      { type: 'referral.sent', count: 12 },
      { type: 'service.created', count: 8 },
      { type: 'service.membersChanged', count: 2 },
    ]);
  });

  it('gives each centre a sanction decided with sursis and a proposal waiting for the lead, on active PIIS', async () => {
    const rows = await ownerRows(
      database,
      sql`select c.name as centre, s.state, s.extent, s.partial_percent as "partialPercent", s.suspended,
                 t.form, t.state as "planState", t.situation, p.role as "proposedBy", a.role as "approvedBy",
                 s.notified_on is not null as notified,
                 (select string_agg(e.type, ',' order by e.subject_seq) from events e where e.subject_id = s.id) as events
          from sanctions s join centres c on c.id = s.centre_id
          join trajectories t on t.id = s.trajectory_id
          join users p on p.id = s.proposed_by left join users a on a.id = s.approved_by
          where ${DEMO_DAY_PLANS}
          order by c.name, s.state`,
    );
    const decided = {
      state: 'decided',
      extent: 'total',
      partialPercent: null,
      suspended: true,
      form: 'piis',
      planState: 'active',
      situation: 'integrationIncome',
      proposedBy: 'worker',
      approvedBy: 'lead',
      notified: true,
      events: 'sanction.proposed,sanction.approved,sanction.decided',
    };
    const waiting = {
      state: 'proposed',
      extent: 'partial',
      partialPercent: 50,
      suspended: false,
      form: 'piis',
      planState: 'active',
      situation: 'integrationIncome',
      proposedBy: 'worker',
      approvedBy: null,
      notified: false,
      events: 'sanction.proposed',
    };
    expect(rows).toEqual([
      { centre: 'CPAS de Namur-Démo', ...decided },
      { centre: 'CPAS de Namur-Démo', ...waiting },
      { centre: 'OCMW Gent-Demo', ...decided },
      { centre: 'OCMW Gent-Demo', ...waiting },
    ]);
  });

  it('gives the active plans evaluations: one followed on time, one with its latest appointment missed, one with none', async () => {
    const rows = await ownerRows<Record<string, unknown>>(
      database,
      sql`select c.name as centre, t.form, e.held_on as "heldOn", e.mode, e.missed, e.next_on as "nextOn",
                 m.context as "measurement", u.role as "heldBy",
                 (select string_agg(v.type, ',' order by v.subject_seq) from events v where v.subject_id = e.id) as events
          from evaluations e join centres c on c.id = e.centre_id
          join trajectories t on t.id = e.trajectory_id
          join users u on u.id = e.held_by
          left join measurements m on m.id = e.measurement_id
          where ${DEMO_DAY_PLANS}
          order by c.name, e.held_on, t.form`,
    );
    // Every evaluation is a worker's, with its one event; a missed appointment has no measurement.
    expect(rows.every((r) => r.heldBy === 'worker' && r.events === 'evaluation.recorded')).toBe(true);
    const line = (r: Record<string, unknown>) =>
      `${r.centre} ${r.form} ${r.heldOn} ${r.mode}${r.missed ? ' missed' : ''}${r.nextOn ? ` next ${r.nextOn}` : ''}${r.measurement ? ' measured' : ''}`;
    expect(rows.map(line)).toEqual([
      // Namur: the first plan's suggestions passed were held (the next date agreed at the latest);
      // the growth plan's first appointment was missed.
      'CPAS de Namur-Démo piis 2026-07-17 inPerson measured',
      'CPAS de Namur-Démo growthPlan 2026-11-13 inPerson missed',
      'CPAS de Namur-Démo piis 2026-11-13 inPerson next 2027-03-18 measured',
      // Gent: the same, over a plan a year old; the growth plan's second appointment was missed.
      'OCMW Gent-Demo piis 2026-03-13 inPerson measured',
      'OCMW Gent-Demo growthPlan 2026-06-15 inPerson measured',
      'OCMW Gent-Demo piis 2026-07-15 inPerson',
      'OCMW Gent-Demo growthPlan 2026-10-16 inPerson missed',
      'OCMW Gent-Demo piis 2026-11-10 remote next 2026-12-29 measured',
    ]);
    // What the worker's day reads: each centre has active plans with an evaluation overdue.
    const plans = await ownerRows<{ centre: string; id: string; startOn: string; plannedEndOn: string }>(
      database,
      sql`select c.name as centre, t.id, v.start_on as "startOn", v.planned_end_on as "plannedEndOn"
          from trajectories t join centres c on c.id = t.centre_id
          join trajectory_versions v on v.trajectory_id = t.id and v.number = t.current_version
          where t.state = 'active'`,
    );
    const facts = await ownerRows<EvaluationFact & { trajectoryId: string }>(
      database,
      sql`select trajectory_id as "trajectoryId", held_on as "heldOn", mode, missed, next_on as "nextOn"
          from evaluations`,
    );
    const overdue = plans.map((plan) => {
      const held = facts.filter((f) => f.trajectoryId === plan.id);
      const late = evaluationPlan(plan.startOn, plan.plannedEndOn, held, DEFAULT_POLICY).filter(
        (e) => e.heldOn === null && e.date < TEST_START.slice(0, 10),
      );
      return `${plan.centre} ${held.length} held or missed, ${late.length} overdue`;
    });
    overdue.sort();
    expect(overdue).toEqual([
      'CPAS de Namur-Démo 0 held or missed, 1 overdue',
      'CPAS de Namur-Démo 1 held or missed, 1 overdue',
      'CPAS de Namur-Démo 2 held or missed, 0 overdue',
      'OCMW Gent-Demo 0 held or missed, 1 overdue',
      'OCMW Gent-Demo 2 held or missed, 1 overdue',
      'OCMW Gent-Demo 3 held or missed, 0 overdue',
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
    // The people of the past years (demo-history.ts) have no address on file.
    expect([withAddress.length, rows.length]).toEqual([46, 140]);
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
    expect(before).toEqual({ centres: 2, users: 11, persons: 140, events: 2569 });
    expect(await seedDemo(database.db, manualClock(TEST_START))).toBe(false);
    expect(await totals()).toEqual(before);
  });
});

/** Every figure of a report that names its cell, by cell. */
function figuresOf(report: AnnualReport): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const section of report.sections)
    for (const table of section.tables)
      for (const row of table.rows) for (const v of row.values) if (v.cell) out[v.cell] = v.value;
  return out;
}

describe('the demo’s past years (demo-history.ts)', () => {
  it('closed 2024 with the figures laid out by hand, and left 2025 open', async () => {
    const t = await createTestApp();
    try {
      const lead = await t.login('lead@namur.demo');
      const get = async (year: number) => {
        const response = await t.call(lead, { method: 'GET', url: `/api/v1/reports/annual?year=${year}` });
        expect(response.statusCode, response.body).toBe(200);
        return response.json<AnnualReport>();
      };
      const closed = await get(2024);
      expect(closed.closedAt).toBe('2025-02-15T10:00:00.000Z');
      const f = figuresOf(closed);
      // Namur, 2024: 20 people, each with one plan signed in 2024. The first 12 are social
      // activation (6 growth plans, 6 PIIS towards it): all started; 8 closed in 2024 (3
      // volunteering, 2 socio-professional, 1 each reinforced autonomy, employment, end of right),
      // 4 running on 31 December. The 14 PIIS (6 of them towards social activation) were all
      // concluded in 2024, 3 of the 8 others signed after their 3 months; none closed in 2024.
      // Sanctions decided: 3 (plans 12, 14 and 17).
      expect({
        started: f['activation.started'],
        running: f['activation.running'],
        closed: f['activation.closed'],
        volunteering: f['activation.outcome.volunteering'],
        socioProfessional: f['activation.outcome.socioProfessional'],
        reinforcedAutonomy: f['activation.outcome.reinforcedAutonomy'],
        employment: f['activation.outcome.employment'],
        endOfRight: f['activation.outcome.endOfRight'],
        piisConcluded: f['piis.concluded'],
        piisOnTime: f['piis.concludedOnTime'],
        piisInForce: f['piis.inForce'],
        sanctions: f['sanctions.total'],
        participants: f['participants.total'],
      }).toEqual({
        started: 12,
        running: 4,
        closed: 8,
        volunteering: 3,
        socioProfessional: 2,
        reinforcedAutonomy: 1,
        employment: 1,
        endOfRight: 1,
        piisConcluded: 14,
        piisOnTime: 11,
        // The 8 other PIIS and the 2 PIIS towards social activation still running.
        piisInForce: 10,
        sanctions: 3,
        participants: 20,
      });
      // 2025 is open (live figures): 6 plans closed towards volunteering in Namur (5 of 2025's, 1
      // of 2024's), enough for the federal view to show it once closed.
      const open = await get(2025);
      expect(open.closedAt).toBeNull();
      expect(open.canClose).toBe(false);
      expect(figuresOf(open)['activation.outcome.volunteering']).toBe(6);
      const years = await ownerRows(
        t.database,
        sql`select c.name, c.region, r.year, r.closed_at is not null as closed
            from report_years r join centres c on c.id = r.centre_id order by c.name, r.year`,
      );
      expect(years).toEqual([
        { name: 'CPAS de Namur-Démo', region: 'wallonia', year: 2024, closed: true },
        { name: 'CPAS de Namur-Démo', region: 'wallonia', year: 2025, closed: false },
        { name: 'OCMW Gent-Demo', region: 'flanders', year: 2024, closed: true },
        { name: 'OCMW Gent-Demo', region: 'flanders', year: 2025, closed: false },
      ]);
      // Gent closed 3 plans towards volunteering in 2025: a figure of 1 to 4, suppressed federally.
      const gent = await t.login('lead@gent.demo');
      const response = await t.call(gent, { method: 'GET', url: '/api/v1/reports/annual?year=2025' });
      expect(figuresOf(response.json<AnnualReport>())['activation.outcome.volunteering']).toBe(3);
    } finally {
      await t.close();
    }
  });
});
