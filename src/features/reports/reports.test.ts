/**
 * The yearly report over the API, on the real database, in a centre built by hand for this file:
 * every expected figure below is counted by hand from the fixture (the comments say how), not by
 * the code under test. Plans are drafted through the API; signatures, closures, evaluations,
 * sanctions, modules, measurements and costs are written as the owner, with their dates: this
 * tests what the report reads, not how those features write.
 *
 * The clock is 23 November 2026, so 2025 is a past year that can be closed.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import type { AnnualReport, ReportMembers } from './schemas.ts';

let t: TestApp;
let centreId: string;
let admin: { id: string; session: string };
let lead: { id: string; session: string };
let worker: { id: string; session: string };
let namurAdmin: string;
let federal: string;
const people: Record<string, string> = {};
const plans: Record<string, string> = {};

let address = 0;
async function newUser(role: 'admin' | 'lead' | 'worker') {
  const id = randomUUID();
  const email = `report-${role}-${id.slice(0, 6)}@testville.demo`;
  await ownerRows(
    t.database,
    sql`insert into users (id, centre_id, email, display_name, password_hash, role, locale)
        select ${id}, ${centreId}, ${email}, ${`Report ${role}`}, password_hash, ${role}, 'en'
        from users where email = 'worker@namur.demo'`,
  );
  return { id, session: await t.login(email, { address: `10.30.0.${++address}` }) };
}

async function person(name: string, birthDate: string, sex: 'F' | 'M' | 'X', language: string) {
  const response = await t.call(worker.session, {
    method: 'POST',
    url: '/api/v1/persons',
    payload: { firstName: name, lastName: `${name}son`, birthDate, sex, language },
  });
  expect(response.statusCode, response.body).toBe(201);
  people[name] = response.json<{ id: string }>().id;
}

/** Drafts a plan through the API, then dates its drafting as the owner (the API drafts today). */
async function draft(name: string, draftedOn: string, overrides: Record<string, unknown>) {
  const response = await t.call(worker.session, {
    method: 'POST',
    url: '/api/v1/trajectories',
    payload: {
      personId: people[name],
      form: 'piis',
      situation: 'integrationIncome',
      orientations: ['training'],
      objectives: [{ id: 'o1', text: 'Un objectif' }],
      personCommitments: [],
      centreCommitments: [],
      actions: [],
      reactualisedAfterShortJob: true,
      ...overrides,
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  const id = response.json<{ id: string }>().id;
  plans[name] = id;
  await ownerRows(
    t.database,
    sql`update trajectories set created_at = ${`${draftedOn}T10:00:00Z`} where id = ${id}`,
  );
}

async function sign(name: string, signedOn: string, plannedEndOn: string) {
  await ownerRows(
    t.database,
    sql`update trajectory_versions set state = 'signed', signed_on = ${signedOn}, start_on = ${signedOn},
          planned_end_on = ${plannedEndOn}
        where trajectory_id = ${plans[name]} and number = 1`,
  );
  await ownerRows(t.database, sql`update trajectories set state = 'active' where id = ${plans[name]}`);
}

async function close(name: string, closedOn: string, outcome: string) {
  await ownerRows(
    t.database,
    sql`update trajectories set state = 'closed', closed_on = ${closedOn}, outcome = ${outcome} where id = ${plans[name]}`,
  );
}

async function evaluate(name: string, heldOn: string, mode: 'inPerson' | 'remote') {
  await ownerRows(
    t.database,
    sql`insert into evaluations (centre_id, trajectory_id, person_id, held_on, mode, attendance, objective_progress, held_by)
        values (${centreId}, ${plans[name]}, ${people[name]}, ${heldOn}, ${mode}, '{}'::jsonb, '[]'::jsonb, ${worker.id})`,
  );
}

async function sanction(
  name: string,
  state: string,
  decisionOn: string | null,
  extent: 'total' | 'partial',
  suspended: boolean,
  startOn: string,
  endOn: string,
) {
  await ownerRows(
    t.database,
    sql`insert into sanctions (centre_id, trajectory_id, person_id, state, extent, partial_percent, start_on, end_on, suspended, proposed_by, decision_on)
        values (${centreId}, ${plans[name]}, ${people[name]}, ${state}, ${extent}, ${extent === 'partial' ? 50 : null},
                ${startOn}, ${endOn}, ${suspended}, ${worker.id}, ${decisionOn})`,
  );
}

async function measure(name: string, measuredOn: string, score: number) {
  await ownerRows(
    t.database,
    sql`insert into measurements (centre_id, person_id, instrument_key, instrument_version, measured_on, context, scores)
        values (${centreId}, ${people[name]}, 'participation-ladder', 1, ${measuredOn}, 'evaluation',
                ${JSON.stringify([{ domain: 'participation', workerScore: score }])}::jsonb)`,
  );
}

async function cost(name: string, incurredOn: string, cents: number) {
  await ownerRows(
    t.database,
    sql`insert into trajectory_costs (centre_id, trajectory_id, incurred_on, amount_cents, description)
        values (${centreId}, ${plans[name]}, ${incurredOn}, ${cents}, 'Formation')`,
  );
}

const get = (session: string, url: string) => t.call(session, { method: 'GET', url });

async function report(year = 2025): Promise<AnnualReport> {
  const response = await get(lead.session, `/api/v1/reports/annual?year=${year}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<AnnualReport>();
}

/** The value of one row and column of a table, by keys. */
function figure(r: AnnualReport, tableKey: string, rowKey: string, columnKey = 'count') {
  for (const section of r.sections) {
    const table = section.tables.find((x) => x.key === tableKey);
    if (!table) continue;
    const row = table.rows.find((x) => x.key === rowKey);
    const column = table.columns.findIndex((c) => c.key === columnKey);
    if (!row || column < 0) throw new Error(`no ${tableKey}/${rowKey}/${columnKey}`);
    return row.values[column]?.value;
  }
  throw new Error(`no table ${tableKey}`);
}

beforeAll(async () => {
  t = await createTestApp();
  centreId = randomUUID();
  await ownerRows(
    t.database,
    sql`insert into centres (id, name, language) values (${centreId}, 'CPAS de Rapportville', 'fr')`,
  );
  admin = await newUser('admin');
  lead = await newUser('lead');
  worker = await newUser('worker');
  namurAdmin = await t.login('admin@namur.demo', { address: '10.30.1.1' });
  federal = await t.login('federal@spp.demo', { address: '10.30.1.2' });

  // Anne: PIIS for social activation and training, decided 10 Jan, signed 1 Mar 2025 (deadline
  // 10 Apr: on time), in force on 31 Dec; her plan year runs to Feb 2026, so it is not judged.
  await person('Anne', '2003-03-01', 'F', 'fr');
  await draft('Anne', '2025-01-12', {
    orientations: ['socialActivation', 'training'],
    decisionDate: '2025-01-10',
  });
  await sign('Anne', '2025-03-01', '2026-02-28');
  await evaluate('Anne', '2025-05-01', 'inPerson');
  // Bert: a growth plan signed in 2024, closed on 31 May 2025 towards volunteering.
  await person('Bert', '1980-06-15', 'M', 'nl');
  await draft('Bert', '2024-05-20', {
    form: 'growthPlan',
    situation: 'noFinancialAid',
    orientations: ['socialActivation'],
  });
  await sign('Bert', '2024-06-01', '2025-05-31');
  await close('Bert', '2025-05-31', 'volunteering');
  // Chloé: PIIS for employment, decided 1 Feb, signed 15 Jun 2025 (deadline 1 May: late), closed
  // on 30 Nov 2025 with a job; her plan year had not ended, so it is not judged.
  await person('Chloé', '1995-01-20', 'F', 'fr');
  await draft('Chloé', '2025-02-03', { orientations: ['employment'], decisionDate: '2025-02-01' });
  await sign('Chloé', '2025-06-15', '2026-06-14');
  await close('Chloé', '2025-11-30', 'employment');
  // David: PIIS for social integration signed 1 Mar 2024, planned to end 28 Feb 2025, still open
  // on 31 Dec 2025; its last plan year ended with 3 evaluations, 2 in person: minimum met.
  await person('David', '1970-01-01', 'M', 'de');
  await draft('David', '2024-02-01', { orientations: ['socialIntegration'] });
  await sign('David', '2024-03-01', '2025-02-28');
  await evaluate('David', '2024-05-01', 'inPerson');
  await evaluate('David', '2024-09-01', 'inPerson');
  await evaluate('David', '2025-01-10', 'remote');
  // Emma: PIIS for studies signed in 2023, closed 15 Jun 2025 with studies completed; her last
  // plan year (Jun 2024 – May 2025) had 1 evaluation: minimum not met.
  await person('Emma', '2001-07-01', 'F', 'en');
  await draft('Emma', '2023-05-10', { orientations: ['studies'], decisionDate: '2023-05-01' });
  await sign('Emma', '2023-06-01', '2025-05-31');
  await evaluate('Emma', '2024-07-01', 'inPerson');
  await close('Emma', '2025-06-15', 'studiesCompleted');
  // Fred, Gina, Hugo: under 25 on the integration income, no PIIS signed on 31 Dec 2025: overdue
  // (decided 1 Aug), within the deadline (decided 15 Nov), exempted.
  await person('Fred', '2004-02-02', 'M', 'fr');
  await draft('Fred', '2025-08-02', { decisionDate: '2025-08-01' });
  await person('Gina', '2005-05-05', 'F', 'nl');
  await draft('Gina', '2025-11-16', { decisionDate: '2025-11-15' });
  await person('Hugo', '2006-01-01', 'M', 'fr');
  await draft('Hugo', '2025-03-01', { decisionDate: '2025-02-20' });
  await ownerRows(
    t.database,
    sql`update trajectories set exemption = '{"reason":"health","justification":"Hospitalisé"}'::jsonb where id = ${plans.Hugo}`,
  );
  // Ivan: equivalent aid, signed in 2026: nothing in 2025. Jules: closed in 2024: nothing either.
  await person('Ivan', '1990-01-01', 'X', 'fr');
  await draft('Ivan', '2025-12-01', {
    situation: 'equivalentAid',
    orientations: ['employment'],
    decisionDate: '2025-12-01',
  });
  await sign('Ivan', '2026-01-10', '2027-01-09');
  await person('Jules', '1999-09-09', 'M', 'fr');
  await draft('Jules', '2023-01-10', { form: 'growthPlan', orientations: ['socialActivation'] });
  await sign('Jules', '2023-02-01', '2024-01-31');
  await close('Jules', '2024-01-31', 'volunteering');

  // Sanctions decided in 2025: Anne total 7 days; Chloé partial with sursis, all of September.
  // A proposal not decided, and one decided in 2024, do not count.
  await sanction('Anne', 'decided', '2025-10-01', 'total', false, '2025-10-01', '2025-10-07');
  await sanction('Chloé', 'decided', '2025-08-20', 'partial', true, '2025-09-01', '2025-09-30');
  await sanction('Anne', 'proposed', null, 'total', false, '2025-12-01', '2025-12-05');
  await sanction('David', 'decided', '2024-06-01', 'total', false, '2024-06-01', '2024-06-30');

  // A collective module: sessions on 10 Mar 2025, on 31 Dec 2025 at 23:30 and on 1 Jan 2025 at
  // 00:30 in Brussels (UTC+1: 22:30 and 23:30 UTC the day before), and on 1 Jan 2026 at 00:15
  // (23:15 UTC on 31 Dec 2025): the first three are 2025's, whatever the UTC date says.
  const [module] = await ownerRows<{ id: string }>(
    t.database,
    sql`insert into modules (centre_id, name, kind) values (${centreId}, 'Atelier cuisine', 'collective') returning id`,
  );
  const sessions = await ownerRows<{ id: string }>(
    t.database,
    sql`insert into module_sessions (centre_id, module_id, starts_at, ends_at) values
          (${centreId}, ${module?.id}, '2025-03-10T09:00:00Z', '2025-03-10T11:00:00Z'),
          (${centreId}, ${module?.id}, '2025-12-31T22:30:00Z', '2025-12-31T22:50:00Z'),
          (${centreId}, ${module?.id}, '2024-12-31T23:30:00Z', '2024-12-31T23:50:00Z'),
          (${centreId}, ${module?.id}, '2025-12-31T23:15:00Z', '2025-12-31T23:45:00Z')
        returning id`,
  );
  const [enrolment] = await ownerRows<{ id: string }>(
    t.database,
    sql`insert into module_enrolments (centre_id, module_id, trajectory_id, person_id, enrolled_on)
        values (${centreId}, ${module?.id}, ${plans.Anne}, ${people.Anne}, '2025-03-01') returning id`,
  );
  // Anne's marks: present at the first, absent at the second; the 2026 session's mark does not count.
  await ownerRows(
    t.database,
    sql`insert into session_attendance (centre_id, session_id, enrolment_id, status) values
          (${centreId}, ${sessions[0]?.id}, ${enrolment?.id}, 'present'),
          (${centreId}, ${sessions[1]?.id}, ${enrolment?.id}, 'absent'),
          (${centreId}, ${sessions[3]?.id}, ${enrolment?.id}, 'excused')`,
  );

  // Progress on the participation ladder: Anne 2 → 4 (improved), Bert 3 → 3 (stayed), Chloé
  // measured once (not counted), Fred measured twice but only in 2024 (not measured in 2025).
  await measure('Anne', '2024-12-01', 2);
  await measure('Anne', '2025-06-01', 4);
  await measure('Bert', '2025-01-10', 3);
  await measure('Bert', '2025-05-01', 3);
  await measure('Chloé', '2025-07-01', 2);
  await measure('Fred', '2024-01-01', 1);
  await measure('Fred', '2024-06-01', 2);

  // Costs of 2025: Anne 1,000.00 € + 500.50 €, Bert 300.00 €; Chloé's line of 2024 does not count.
  await cost('Anne', '2025-04-01', 100_000);
  await cost('Anne', '2025-06-01', 50_050);
  await cost('Bert', '2025-02-01', 30_000);
  await cost('Chloé', '2024-12-31', 99_900);
});
afterAll(() => t.close());

describe('GET /reports/annual', () => {
  it('counts the fixture centre’s 2025 as counted by hand', async () => {
    const r = await report();
    expect(r.closedAt).toBeNull();
    expect(r.centre.name).toBe('CPAS de Rapportville');
    // Social activation: Anne's PIIS (social activation) and Bert's growth plan.
    expect(figure(r, 'activationSummary', 'started')).toBe(1); // Anne
    expect(figure(r, 'activationSummary', 'running')).toBe(1); // Anne
    expect(figure(r, 'activationSummary', 'closed')).toBe(1); // Bert
    const outcomes = r.sections[0]?.tables[1];
    expect(outcomes?.rows.map((x) => x.key)).toEqual([
      'socioProfessional',
      'reinforcedAutonomy',
      'volunteering',
      'employment',
      'studiesCompleted',
      'stoppedByPerson',
      'movedToAnotherCentre',
      'endOfRight',
      'other',
    ]);
    expect(figure(r, 'activationOutcomes', 'volunteering')).toBe(1);
    expect(figure(r, 'activationOutcomes', 'volunteering', 'shareOfClosed')).toBe(1);
    expect(figure(r, 'activationOutcomes', 'employment')).toBe(0); // Chloé's plan is not social activation

    // PIIS in force on 31 Dec: Anne (social activation + training), David (social integration).
    expect(figure(r, 'piisInForce', 'total')).toBe(2);
    expect(figure(r, 'piisInForce', 'socialActivation')).toBe(1);
    expect(figure(r, 'piisInForce', 'training')).toBe(1);
    expect(figure(r, 'piisInForce', 'socialIntegration')).toBe(1);
    expect(figure(r, 'piisInForce', 'employment')).toBe(0);
    // Concluded in 2025: Anne (on time), Chloé (late).
    expect(figure(r, 'piisConcluded', 'total')).toBe(2);
    expect(figure(r, 'piisConcluded', 'employment')).toBe(1);
    expect(figure(r, 'piisDeadlines', 'concludedOnTime')).toBe(1);
    expect(figure(r, 'piisDeadlines', 'concludedOnTime', 'base')).toBe(2);
    expect(figure(r, 'piisDeadlines', 'concludedOnTime', 'share')).toBe(0.5);
    expect(figure(r, 'piisDeadlines', 'concludedDeadlineUnknown')).toBe(0);
    // Judged: David (met) and Emma (not met).
    expect(figure(r, 'piisDeadlines', 'evaluationMet')).toBe(1);
    expect(figure(r, 'piisDeadlines', 'evaluationMet', 'base')).toBe(2);
    expect(figure(r, 'piisWithout', 'overdue', 'people')).toBe(1); // Fred
    expect(figure(r, 'piisWithout', 'withinDeadline', 'people')).toBe(1); // Gina
    expect(figure(r, 'piisWithout', 'exemption', 'people')).toBe(1); // Hugo

    // Sanctions: Anne total up to a week, Chloé partial with sursis up to a month.
    expect(figure(r, 'sanctions', 'total', 'upTo1Week')).toBe(1);
    expect(figure(r, 'sanctions', 'partialSuspended', 'upTo1Month')).toBe(1);
    expect(figure(r, 'sanctions', 'total', 'total')).toBe(1);
    expect(figure(r, 'sanctions', 'all', 'total')).toBe(2);
    expect(figure(r, 'sanctions', 'all', 'upTo1Month')).toBe(1);
    expect(figure(r, 'sanctions', 'partial', 'total')).toBe(0);
    // 2 people sanctioned of the 4 with a PIIS in 2025 (Anne, Chloé, David, Emma).
    expect(figure(r, 'sanctionedPeople', 'sanctioned')).toBe(2);
    expect(figure(r, 'sanctionedPeople', 'sanctioned', 'base')).toBe(4);
    expect(figure(r, 'sanctionedPeople', 'sanctioned', 'share')).toBe(0.5);

    // Participants: Anne, Bert, Chloé, David, Emma.
    expect(figure(r, 'participantsBySex', 'total', 'people')).toBe(5);
    expect(figure(r, 'participantsBySex', 'F', 'people')).toBe(3);
    expect(figure(r, 'participantsBySex', 'M', 'people')).toBe(2);
    expect(figure(r, 'participantsBySex', 'X', 'people')).toBe(0);
    expect(figure(r, 'participantsBySex', 'F', 'share')).toBe(0.6);
    expect(figure(r, 'participantsByAge', 'under25', 'people')).toBe(2); // Anne 22, Emma 24
    expect(figure(r, 'participantsByAge', '25to34', 'people')).toBe(1); // Chloé 30
    expect(figure(r, 'participantsByAge', '35to44', 'people')).toBe(0);
    expect(figure(r, 'participantsByAge', '45to54', 'people')).toBe(1); // Bert 45
    expect(figure(r, 'participantsByAge', '55plus', 'people')).toBe(1); // David 55
    expect(figure(r, 'participantsByLanguage', 'fr', 'people')).toBe(2);
    expect(figure(r, 'participantsByLanguage', 'de', 'people')).toBe(1);

    // Modules: 3 collective sessions in 2025 (Brussels days), Anne present once and absent once.
    expect(figure(r, 'modules', 'collective', 'sessions')).toBe(3);
    expect(figure(r, 'modules', 'collective', 'people')).toBe(1);
    expect(figure(r, 'modules', 'collective', 'present')).toBe(1);
    expect(figure(r, 'modules', 'collective', 'absent')).toBe(1);
    expect(figure(r, 'modules', 'collective', 'excused')).toBe(0);
    expect(figure(r, 'modules', 'collective', 'attendanceRate')).toBe(0.5);
    expect(figure(r, 'modules', 'individual', 'sessions')).toBe(0);

    // Progress: Anne +2, Bert 0.
    const progressKey = 'participation-ladder.participation';
    expect(figure(r, 'progress', progressKey, 'measuredTwice')).toBe(2);
    expect(figure(r, 'progress', progressKey, 'meanChange')).toBe(1);
    expect(figure(r, 'progress', progressKey, 'improved')).toBe(1);
    expect(figure(r, 'progress', progressKey, 'stayed')).toBe(1);
    expect(figure(r, 'progress', progressKey, 'declined')).toBe(0);

    // Costs: 1,800.50 € over 2 plans, 900.25 € each.
    expect(figure(r, 'costs', 'trajectories', 'value')).toBe(2);
    expect(figure(r, 'costs', 'total', 'value')).toBe(180_050);
    expect(figure(r, 'costs', 'perTrajectory', 'value')).toBe(90_025);
  });

  it('lists who is behind a figure, in name order', async () => {
    const members = async (cell: string) => {
      const response = await get(lead.session, `/api/v1/reports/annual/members?year=2025&cell=${cell}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json<ReportMembers>();
    };
    const volunteering = await members('activation.outcome.volunteering');
    expect(volunteering).toMatchObject({ subject: 'trajectory', count: 1 });
    expect(volunteering.items).toEqual([
      {
        person: { id: people.Bert, firstName: 'Bert', lastName: 'Bertson' },
        trajectoryId: plans.Bert,
        sanctionId: null,
      },
    ]);
    const women = await members('participants.sex.F');
    expect(women.items.map((i) => i.person.firstName)).toEqual(['Anne', 'Chloé', 'Emma']);
    const sanctioned = await members('sanctions.partialSuspended.upTo1Month');
    expect(sanctioned.items.map((i) => [i.person.firstName, i.trajectoryId])).toEqual([
      ['Chloé', plans.Chloé],
    ]);

    const unknown = await get(
      lead.session,
      '/api/v1/reports/annual/members?year=2025&cell=modules.collective.sessions',
    );
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().detail).toBe(
      'This figure is not in the yearly report, or it has no list behind it.',
    );
  });

  it('refuses bad years with a clear message and other roles with 403', async () => {
    const bad = await get(lead.session, '/api/v1/reports/annual?year=twenty');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({
      path: 'year',
      message: 'Give a 4-digit year, for example 2025.',
    });
    const future = await get(lead.session, '/api/v1/reports/annual?year=2027');
    expect(future.statusCode).toBe(400);
    expect(future.json().detail).toBe(
      'The year 2027 has not started yet: choose the current year or a past one.',
    );
    expect((await get(worker.session, '/api/v1/reports/annual?year=2025')).statusCode).toBe(403);
    expect((await get(federal, '/api/v1/reports/annual?year=2025')).statusCode).toBe(403);
    // Another centre's administrator sees their own centre: none of this fixture's people.
    const namur = await get(namurAdmin, '/api/v1/reports/annual/members?year=2025&cell=participants.total');
    expect(namur.statusCode).toBe(200);
    expect(namur.json<ReportMembers>().items.some((i) => Object.values(people).includes(i.person.id))).toBe(
      false,
    );
  });
});

describe('the people’s feedback in the report', () => {
  const answer = (year: number, understandable: number | null, heard: number | null) =>
    ownerRows(
      t.database,
      sql`insert into feedback_answers (centre_id, year, language, understandable, heard)
          values (${centreId}, ${year}, 'fr', ${understandable}, ${heard})`,
    );

  it('shows nothing of fewer than 5 answers, and withholds small scores and the mean they would reveal', async () => {
    // 2024: 3 answers only.
    for (let i = 0; i < 3; i++) await answer(2024, 4, 4);
    const few = await report(2024);
    const feedback = few.sections.find((s) => s.key === 'feedback')?.tables[0];
    expect(feedback?.rows.find((r) => r.key === 'answers')?.values[0]).toEqual({
      value: null,
      mark: 'lessThan5',
    });
    expect(feedback?.rows.find((r) => r.key === 'understandable')?.values.slice(0, 2)).toEqual([
      { value: null, mark: 'lessThan5' },
      { value: null, mark: 'hidden' },
    ]);

    // 2023: 12 answers. Understandable: seven 4s, four 3s, one 2 (mean 3.5); heard: twelve 4s.
    for (let i = 0; i < 7; i++) await answer(2023, 4, 4);
    for (let i = 0; i < 4; i++) await answer(2023, 3, 4);
    await answer(2023, 2, 4);
    const r = await report(2023);
    const rows = r.sections.find((s) => s.key === 'feedback')?.tables[0]?.rows ?? [];
    const understandable = rows.find((x) => x.key === 'understandable')?.values ?? [];
    expect(rows.find((x) => x.key === 'answers')?.values[0]).toEqual({ value: 12 });
    expect(understandable[0]).toEqual({ value: 12 });
    // The four 3s and the one 2 are "<5"; with them the mean (42 / 12) would tell how many of
    // each there are, so it is withheld.
    expect(understandable[1]).toEqual({ value: null, mark: 'hidden' });
    expect(understandable.slice(2)).toEqual([
      { value: 0 },
      { value: null, mark: 'lessThan5' },
      { value: null, mark: 'lessThan5' },
      { value: 7 },
    ]);
    const heard = rows.find((x) => x.key === 'heard')?.values ?? [];
    expect(heard.slice(0, 2)).toEqual([{ value: 12 }, { value: 4 }]);
    expect(heard.slice(2)).toEqual([{ value: 0 }, { value: 0 }, { value: 0 }, { value: 12 }]);
  });
});

describe('downloads', () => {
  it('gives the same figures as XLSX, a zip of CSV files and a PDF', async () => {
    const xlsx = await get(lead.session, '/api/v1/reports/annual?year=2025&format=xlsx');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(xlsx.headers['content-disposition']).toBe('attachment; filename="passerelle-report-2025.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const activation = workbook.getWorksheet('Social activation');
    const rows: unknown[][] = [];
    activation?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    // Bert's plan, towards volunteering: a number, not text.
    expect(rows.find((r) => r[0] === 'Volunteering')?.[1]).toBe(1);

    const csv = await get(lead.session, '/api/v1/reports/annual?year=2025&format=csv');
    expect(csv.headers['content-type']).toBe('application/zip');
    const files = unzipSync(new Uint8Array(csv.rawPayload));
    const participants = Object.entries(files).find(([name]) => name.endsWith('participants.csv'));
    expect(strFromU8(participants?.[1] ?? new Uint8Array())).toContain('Female;3;0.6');

    const pdf = await get(lead.session, '/api/v1/reports/annual?year=2025&format=pdf');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    expect((await get(worker.session, '/api/v1/reports/annual?year=2025&format=xlsx')).statusCode).toBe(403);
    expect((await get(lead.session, '/api/v1/reports/annual?year=2025&format=docx')).statusCode).toBe(400);
  });
});

describe('objectives, subsidies and closing a year', () => {
  it('shows achieved against the targets the administrator set', async () => {
    const before = await report();
    const put = await t.call(admin.session, {
      method: 'PUT',
      url: '/api/v1/reports/annual/2025/settings',
      payload: {
        version: before.version,
        objectives: { 'activation.started': 4, 'activation.outcome.volunteering': 2 },
        subsidies: { participationA: 2_500_000, piis: 120_000 },
      },
    });
    expect(put.statusCode, put.body).toBe(200);
    const r = put.json<AnnualReport>();
    expect(figure(r, 'objectives', 'activation.started', 'target')).toBe(4);
    expect(figure(r, 'objectives', 'activation.started', 'achieved')).toBe(1);
    expect(figure(r, 'objectives', 'activation.started', 'share')).toBe(0.25);
    expect(figure(r, 'objectives', 'activation.outcome.volunteering', 'share')).toBe(0.5);
    expect(figure(r, 'objectives', 'piis.concluded', 'target')).toBeNull();
    expect(figure(r, 'subsidies', 'total', 'amount')).toBe(2_620_000);

    const stale = await t.call(admin.session, {
      method: 'PUT',
      url: '/api/v1/reports/annual/2025/settings',
      payload: { version: before.version, objectives: {}, subsidies: {} },
    });
    expect(stale.statusCode).toBe(409);
    const unknownKey = await t.call(admin.session, {
      method: 'PUT',
      url: '/api/v1/reports/annual/2025/settings',
      payload: { version: r.version, objectives: { 'persons.total': 3 }, subsidies: {} },
    });
    expect(unknownKey.statusCode).toBe(400);
    const asLead = await t.call(lead.session, {
      method: 'PUT',
      url: '/api/v1/reports/annual/2025/settings',
      payload: { version: r.version, objectives: {}, subsidies: {} },
    });
    expect(asLead.statusCode).toBe(403);
  });

  it('a closed year keeps its figures when files are edited later; an open year follows them', async () => {
    const open = await report();
    // An open year follows the files: Bert recorded as X moves a participant from M to X.
    await ownerRows(t.database, sql`update persons set sex = 'X' where id = ${people.Bert}`);
    const edited = await report();
    expect(figure(edited, 'participantsBySex', 'M', 'people')).toBe(1);
    expect(figure(edited, 'participantsBySex', 'X', 'people')).toBe(1);
    await ownerRows(t.database, sql`update persons set sex = 'M' where id = ${people.Bert}`);

    const tooEarly = await t.call(admin.session, {
      method: 'POST',
      url: '/api/v1/reports/annual/2026/close',
      payload: { version: 0 },
    });
    expect(tooEarly.statusCode).toBe(409);
    expect(tooEarly.json().detail).toBe(
      'The year 2026 has not ended: it can be closed from the following 1 January.',
    );

    const closing = await t.call(admin.session, {
      method: 'POST',
      url: '/api/v1/reports/annual/2025/close',
      payload: { version: open.version },
    });
    expect(closing.statusCode, closing.body).toBe(200);
    const closed = closing.json<AnnualReport>();
    expect(closed.closedAt).toBe('2026-11-23T09:00:00.000Z');
    expect(closed.sections).toEqual(open.sections);

    // Later edits: Bert's sex, Anne's plan closed back in December towards volunteering, a new
    // sanction decided in 2025, a new cost line of 2025.
    await ownerRows(
      t.database,
      sql`update persons set sex = 'X', birth_date = '2010-01-01' where id = ${people.Bert}`,
    );
    await close('Anne', '2025-12-15', 'volunteering');
    await sanction('David', 'decided', '2025-12-01', 'total', false, '2025-12-01', '2025-12-31');
    await cost('David', '2025-12-01', 10_000);
    const after = await report();
    expect(after.sections).toEqual(open.sections);
    expect(after.closedAt).toBe(closed.closedAt);
    // The drill-down reads the frozen members too: Bert's plan only, not Anne's late closure.
    const members = await get(
      lead.session,
      '/api/v1/reports/annual/members?year=2025&cell=activation.outcome.volunteering',
    );
    expect(members.json<ReportMembers>().items.map((i) => i.trajectoryId)).toEqual([plans.Bert]);

    const again = await t.call(admin.session, {
      method: 'POST',
      url: '/api/v1/reports/annual/2025/close',
      payload: { version: closed.version },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().detail).toBe('The year 2025 is closed: its figures no longer change.');
    const settings = await t.call(admin.session, {
      method: 'PUT',
      url: '/api/v1/reports/annual/2025/settings',
      payload: { version: closed.version, objectives: {}, subsidies: {} },
    });
    expect(settings.statusCode).toBe(409);
    // The request role may not change frozen figures at all (no UPDATE or DELETE granted).
    const refused = await t.database.db.execute(sql`update report_counts set count = 0`).then(
      () => null,
      (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
    );
    expect(refused).toMatch(/permission denied/);
  });
  it('two administrators closing the same year at once: one closes it, the other is told it is closed', async () => {
    const second = await newUser('admin');
    const close = (session: string) =>
      t.call(session, { method: 'POST', url: '/api/v1/reports/annual/2022/close', payload: { version: 0 } });
    const answers = await Promise.all([close(admin.session), close(second.session)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const [rows] = await ownerRows<{ n: number }>(
      t.database,
      sql`select count(*)::int as n from report_years where centre_id = ${centreId} and year = 2022 and closed_at is not null`,
    );
    expect(rows?.n).toBe(1);
  });
});
