/**
 * npm run bench:today — the worker's home page at the size the issue names: a worker who follows
 * 200 people, each with an active plan (objectives, 3 actions, an interview asked for on one in
 * ten, evaluations held on half of them), and a centre of 10 such workers for the team's view.
 * Times GET /today and GET /today/team through the app itself (session, tenancy, audit row and
 * all), median and worst of 20 runs after 3 warm-ups. Target: under a second (issue 9); we aim far
 * below it.
 *
 *   npm run bench:today                   embedded PGlite in memory
 *   npm run bench:today -- --url postgres://postgres@127.0.0.1:5432/passerelle_bench_today
 *                                         a scratch PostgreSQL database (created and dropped)
 */
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { manualClock } from '../src/clock.ts';
import { readConfig } from '../src/config.ts';
import type { Database } from '../src/db/connect.ts';
import { buildApp } from '../src/http/app.ts';
import { DEMO_PASSWORD, seedDemo } from '../src/seed/demo.ts';
import { openScratch } from './scratch.ts';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    people: { type: 'string', default: '200' },
    workers: { type: 'string', default: '10' },
    runs: { type: 'string', default: '20' },
  },
});
const PEOPLE = Number(args.people);
const WORKERS = Number(args.workers);
const RUNS = Number(args.runs);
const TODAY = '2026-11-23';

const day = (offset: number) =>
  new Date(Date.parse(`${TODAY}T00:00:00Z`) + offset * 86_400_000).toISOString().slice(0, 10);

/** Plans written as rows (the owner, outside row-level security): arranging, not measuring. */
async function arrange(database: Database) {
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`set local role none`);
    const found = (await tx.execute(
      sql`select centre_id, password_hash from users where email = 'worker@namur.demo'`,
    )) as unknown as { rows: { centre_id: string; password_hash: string }[] };
    const [namur] = found.rows;
    if (!namur) throw new Error('no demo centre');
    for (let w = 0; w < WORKERS; w++) {
      const userId = randomUUID();
      await tx.execute(sql`insert into users (id, centre_id, email, display_name, password_hash, role, locale)
        values (${userId}, ${namur.centre_id}, ${`bench${w}@namur.demo`}, ${`Bench ${w}`}, ${namur.password_hash}, 'worker', 'fr')`);
      for (let p = 0; p < PEOPLE; p++) {
        const personId = randomUUID();
        const trajectoryId = randomUUID();
        const start = day(-((p * 7) % 330) - 20);
        const end = day(-((p * 7) % 330) - 20 + 364);
        await tx.execute(sql`insert into persons (id, centre_id, first_name, last_name, birth_date, sex, language, search_name, responsible_user_id)
          values (${personId}, ${namur.centre_id}, 'Lina', ${`Bench${p}`}, '1990-01-01', 'F', 'fr', ${`bench${p} lina`}, ${userId})`);
        await tx.execute(sql`insert into trajectories (id, centre_id, person_id, form, state, situation, decision_date, current_version)
          values (${trajectoryId}, ${namur.centre_id}, ${personId}, 'piis', 'active', 'integrationIncome', ${day(-400)}, 1)`);
        const content = {
          orientations: ['training'],
          communityServiceAgreedOn: null,
          objectives: [{ id: 'o1', text: 'Objectif' }],
          personCommitments: [],
          centreCommitments: [],
          actions: [0, 1, 2].map((a) => ({
            id: `a${a}`,
            what: 'Action',
            who: 'la personne',
            dueOn: day(((p + a * 11) % 40) - 20),
            status: a === 2 ? 'done' : 'planned',
            objectiveId: 'o1',
          })),
          parties: [],
          supportPerson: null,
          evaluationArrangements: '',
        };
        const information = {
          informedOn: start,
          language: 'fr',
          supportPersonExplained: true,
          reflectionRequested: false,
        };
        await tx.execute(sql`insert into trajectory_versions (centre_id, trajectory_id, number, state, content, start_on, planned_end_on, information, signed_on)
          values (${namur.centre_id}, ${trajectoryId}, 1, 'signed', ${JSON.stringify(content)}::jsonb, ${start}, ${end}, ${JSON.stringify(information)}::jsonb, ${start})`);
        if (p % 10 === 0) {
          await tx.execute(sql`insert into interview_requests (centre_id, trajectory_id, requested_on)
            values (${namur.centre_id}, ${trajectoryId}, ${day(-(p % 6))})`);
        }
        if (p % 2 === 0) {
          await tx.execute(sql`insert into evaluations (centre_id, trajectory_id, person_id, held_on, mode, missed, attendance, objective_progress, held_by)
            values (${namur.centre_id}, ${trajectoryId}, ${personId}, ${day(-10)}, 'inPerson', false, '{}'::jsonb, '[]'::jsonb, ${userId})`);
        }
      }
    }
    await tx.execute(sql`analyze`);
  });
}

const { database, drop } = await openScratch(args.url);
try {
  await database.migrate();
  await seedDemo(database.db, manualClock(`${TODAY}T08:00:00Z`));
  await arrange(database);
  const app = await buildApp({
    database,
    clock: manualClock(`${TODAY}T08:00:00Z`),
    config: readConfig({ LOG_LEVEL: 'warn' }),
  });
  await app.ready();
  const login = async (email: string) => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/v1/session',
      headers: { origin: 'http://localhost:80' },
      payload: { email, password: DEMO_PASSWORD },
    });
    const cookie = response.cookies.find((c) => c.name === 'passerelle_session');
    if (!cookie) throw new Error(`login ${email}: ${response.statusCode}`);
    return `passerelle_session=${cookie.value}`;
  };
  const time = async (cookie: string, url: string) => {
    const times: number[] = [];
    let items = 0;
    for (let run = -3; run < RUNS; run++) {
      const started = performance.now();
      const response = await app.inject({ method: 'GET', url, headers: { cookie } });
      const elapsed = performance.now() - started;
      if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
      items = (response.json().items ?? response.json().workers).length;
      if (run >= 0) times.push(elapsed);
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)] ?? 0;
    return { url, items, medianMs: Math.round(median), worstMs: Math.round(times.at(-1) ?? 0) };
  };
  const worker = await login('bench0@namur.demo');
  const lead = await login('lead@namur.demo');
  const results = [await time(worker, '/api/v1/today'), await time(lead, '/api/v1/today/team')];
  console.log(
    JSON.stringify(
      { engine: database.engine, people: PEOPLE, workers: WORKERS, runs: RUNS, results },
      null,
      2,
    ),
  );
  await app.close();
} finally {
  await database.close();
  await drop();
}
