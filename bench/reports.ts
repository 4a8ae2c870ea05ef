/**
 * npm run bench:reports — the yearly report of a large city centre (DOMAIN.md §8): 10,000 people
 * and 15,000 plans over 2024–2025 (a third growth plans, a quarter closed with an outcome, each
 * with a signed version and 3 evaluations), 750 decided sanctions, two progress measurements per
 * person and a cost line on one plan in five. Times GET /reports/annual?year=2025 through the app
 * (session, tenancy, the live computation from the dated records, audit row) as the centre's
 * lead: median and worst of 10 runs after 2 warm-ups; then the same year once closed (frozen
 * figures). Target (issue 10): under 300 ms on PostgreSQL.
 *
 *   npm run bench:reports                 embedded PGlite in memory
 *   npm run bench:reports -- --url postgres://postgres@127.0.0.1:5432/passerelle_bench_reports
 *                                         a scratch PostgreSQL database (created and dropped;
 *                                         --keep leaves it, to EXPLAIN the queries by hand)
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { manualClock } from '../src/clock.ts';
import { readConfig } from '../src/config.ts';
import type { Database } from '../src/db/connect.ts';
import { buildApp } from '../src/http/app.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/seed/demo.ts';
import { openScratch } from './scratch.ts';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    people: { type: 'string', default: '10000' },
    plans: { type: 'string', default: '15000' },
    runs: { type: 'string', default: '10' },
    // Leaves the scratch database in place, to EXPLAIN the report's queries by hand.
    keep: { type: 'boolean', default: false },
  },
});
const PEOPLE = Number(args.people);
const PLANS = Number(args.plans);
const RUNS = Number(args.runs);
const TODAY = '2026-11-23';

/** The centre, written set-wise as the owner (outside row-level security): arranging, not measuring. */
async function arrange(database: Database, centreId: string, leadId: string) {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`set local role none`);
    await tx.execute(
      sql`insert into centres (id, name, language, region) values (${centreId}, 'CPAS de Grandeville', 'fr', 'brussels')`,
    );
    await tx.execute(
      sql`insert into users (id, centre_id, email, display_name, password_hash, role, locale)
          select ${leadId}, ${centreId}, 'lead@grandeville.bench', 'Chef Grandeville', password_hash, 'lead', 'fr'
          from users where email = 'lead@namur.demo'`,
    );
    await tx.execute(
      sql`insert into persons (id, centre_id, first_name, last_name, birth_date, sex, language, search_name, responsible_user_id)
          select gen_random_uuid(), ${centreId}, 'Lina', 'Bench' || g, date '1960-01-01' + (g * 37 % 16000),
                 (array['F','M','X'])[1 + g % 3], (array['fr','nl','de','en'])[1 + g % 4], 'bench' || g || ' lina', ${leadId}
            from generate_series(1, ${PEOPLE}) g`,
    );
    await tx.execute(
      sql`create temporary table bench_people on commit drop as
          select id, row_number() over (order by id) as n from persons where centre_id = ${centreId}`,
    );
    await tx.execute(
      sql`create temporary table bench_plans on commit drop as
          select gen_random_uuid() as id, p.id as person_id, g,
                 date '2024-01-01' + (g % 640) as decided_on,
                 case when g % 3 = 0 then 'growthPlan' else 'piis' end as form,
                 (array['employment','training','studies','socialIntegration','socialActivation','communityService'])[1 + g % 6] as orientation
            from generate_series(1, ${PLANS}) g
            join bench_people p on p.n = 1 + (g - 1) % ${PEOPLE}`,
    );
    await tx.execute(
      sql`insert into trajectories (id, centre_id, person_id, form, state, situation, decision_date, current_version, closed_on, outcome, created_at)
          select id, ${centreId}, person_id, form, case when g % 4 = 0 then 'closed' else 'active' end,
                 'integrationIncome', decided_on, 1,
                 case when g % 4 = 0 then decided_on + 250 end,
                 case when g % 4 = 0 then (array['socioProfessional','reinforcedAutonomy','volunteering','employment','studiesCompleted','stoppedByPerson','movedToAnotherCentre','endOfRight','other'])[1 + g % 9] end,
                 decided_on::timestamp
            from bench_plans`,
    );
    await tx.execute(
      sql`insert into trajectory_versions (centre_id, trajectory_id, number, state, content, start_on, planned_end_on, signed_on)
          select ${centreId}, id, 1, 'signed',
                 jsonb_build_object('orientations', jsonb_build_array(orientation), 'objectives', '[]'::jsonb, 'actions', '[]'::jsonb),
                 decided_on + 30, decided_on + 394, decided_on + 30
            from bench_plans`,
    );
    await tx.execute(
      sql`insert into evaluations (centre_id, trajectory_id, person_id, held_on, mode, missed, attendance, objective_progress, held_by)
          select ${centreId}, id, person_id, decided_on + 30 + 110 * k,
                 case when k = 2 then 'remote' else 'inPerson' end, g % 17 = 0, '{}'::jsonb, '[]'::jsonb, ${leadId}
            from bench_plans, generate_series(1, 3) k`,
    );
    await tx.execute(
      sql`insert into sanctions (centre_id, trajectory_id, person_id, state, extent, partial_percent, start_on, end_on, suspended, proposed_by, decision_on)
          select ${centreId}, id, person_id, 'decided', case when g % 2 = 0 then 'total' else 'partial' end,
                 case when g % 2 = 0 then null else 50 end,
                 date '2025-01-01' + (g % 330), date '2025-01-01' + (g % 330) + (g % 25), g % 3 = 0, ${leadId},
                 date '2025-01-01' + (g % 330)
            from bench_plans where g % 20 = 0`,
    );
    await tx.execute(
      sql`insert into measurements (centre_id, person_id, instrument_key, instrument_version, measured_on, context, scores)
          select ${centreId}, p.id, 'participation-ladder', 1, d, 'evaluation',
                 jsonb_build_array(jsonb_build_object('domain', 'participation', 'workerScore', 1 + (p.n + k) % 6))
            from bench_people p,
                 lateral (values (1, date '2024-06-01' + (p.n % 300)::int), (2, date '2025-03-01' + (p.n % 250)::int)) m(k, d)`,
    );
    await tx.execute(
      sql`insert into trajectory_costs (centre_id, trajectory_id, incurred_on, amount_cents, description)
          select ${centreId}, id, date '2025-01-15' + (g % 300), 15000 + (g * 7919) % 225000, 'Formation'
            from bench_plans where g % 5 = 0`,
    );
    // PGlite has one connection, and no VACUUM worth timing: its statistics are enough.
    if (!args.url) await tx.execute(sql`analyze`);
  });
  // The visibility map, hint bits and statistics a database that has lived a while has (as
  // bench/generate.ts does): without them the first reads write pages back and the timings wander.
  // VACUUM runs outside a transaction and as the tables' owner, so not through the pool.
  if (args.url) {
    const owner = new pg.Client({ connectionString: args.url });
    await owner.connect();
    await owner.query('vacuum (analyze)').finally(() => owner.end());
  }
}

const { database, drop } = await openScratch(args.url);
try {
  await database.migrate();
  await seedDemo(database.db, manualClock(`${TODAY}T08:00:00Z`));
  const centreId = randomUUID();
  const leadId = randomUUID();
  const arranging = performance.now();
  await arrange(database, centreId, leadId);
  const arrangedMs = Math.round(performance.now() - arranging);
  const clock = manualClock(`${TODAY}T08:00:00Z`);
  const app = await buildApp({ database, clock, config: readConfig({ LOG_LEVEL: 'warn' }) });
  await app.ready();
  const login = await app.inject({
    method: 'POST',
    url: '/api/v1/session',
    headers: { origin: 'http://localhost:80' },
    payload: { email: 'lead@grandeville.bench', password: DEMO_PASSWORD },
  });
  const cookie = login.cookies.find((c) => c.name === 'passerelle_session');
  if (!cookie) throw new Error(`login: ${login.statusCode} ${login.body}`);
  const headers = { cookie: `passerelle_session=${cookie.value}`, origin: 'http://localhost:80' };
  const time = async (label: string) => {
    const times: number[] = [];
    let participants = 0;
    for (let run = -2; run < RUNS; run++) {
      const started = performance.now();
      const answer = await app.inject({ method: 'GET', url: '/api/v1/reports/annual?year=2025', headers });
      const elapsed = performance.now() - started;
      if (answer.statusCode !== 200) throw new Error(`${answer.statusCode} ${answer.body}`);
      const table = answer
        .json()
        .sections.find((s: { key: string }) => s.key === 'participants')
        .tables.find((t: { key: string }) => t.key === 'participantsBySex');
      participants = table.rows.find((r: { key: string }) => r.key === 'total').values[0].value;
      if (run >= 0) times.push(elapsed);
    }
    times.sort((a, b) => a - b);
    return {
      label,
      participants,
      medianMs: Math.round(times[Math.floor(times.length / 2)] ?? 0),
      worstMs: Math.round(times.at(-1) ?? 0),
    };
  };
  const live = await time('2025 open: computed from the dated records');
  // The lead cannot close a year: the owner writes the closure as the administrator would, via
  // the same use case path's tables (counts and members), through the API of an admin of the centre.
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`set local role none`);
    await tx.execute(sql`update users set role = 'admin' where id = ${leadId}`);
  });
  const closing = performance.now();
  const closed = await app.inject({
    method: 'POST',
    url: '/api/v1/reports/annual/2025/close',
    headers,
    payload: { version: 0 },
  });
  if (closed.statusCode !== 200) throw new Error(`close: ${closed.statusCode} ${closed.body}`);
  const closeMs = Math.round(performance.now() - closing);
  const frozen = await time('2025 closed: frozen figures');
  console.log(
    JSON.stringify(
      {
        engine: database.engine,
        people: PEOPLE,
        plans: PLANS,
        runs: RUNS,
        arrangedMs,
        closeMs,
        results: [live, frozen],
      },
      null,
      2,
    ),
  );
  await app.close();
} finally {
  await database.close();
  if (!args.keep) await drop();
}
