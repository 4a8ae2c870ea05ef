/**
 * The load benchmark of issue 11 ("Reads at the speed of the stack").
 *
 *   npm run bench -- --url postgres://postgres@127.0.0.1:5432/db [--connections 10,50] [--duration 10]
 *                    [--warmup 3] [--scale-label centre] [--users bench|demo] [--workers 40]
 *                    [--types list,name,number,person,progress,timeline] [--out bench/results/<label>.json]
 *                    [--app-workers 1] [--check bench/results/ci.json]
 *
 * Starts Passerelle (`node --import tsx src/cli/main.ts serve`) and the bare baseline
 * (bench/baseline.ts) as two processes on the database, logs in workers of many centres through
 * the real login, and drives both servers from this process with autocannon: per request type and
 * connection count, a warm-up, then a measured run against the app and the same run (the same
 * centres, people and searches, in the same order) against the baseline. Prints a Markdown table,
 * writes the figures as JSON, and with --check compares its ratios with recorded ones (the CI guard).
 *
 * The URL is the database owner's: it reads the data to choose requests from, and the baseline
 * connects with it (outside the restricted role, so no row-level security).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/seed/demo.ts';
import { BENCH_EMAIL_DOMAIN, BENCH_PASSWORD } from './dataset.ts';
import {
  cpuByPid,
  cpuMsOf,
  cpuSince,
  machineBusyMs,
  memoryOf,
  poolBackends,
  startServer,
  stopServer,
  waitReady,
} from './processes.ts';
import {
  type Measured,
  markdown,
  P99_TARGET_MS,
  percentile,
  type Report,
  ratioFalls,
  round,
} from './report.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const SESSION_COOKIE = 'passerelle_session';

const HELP = `npm run bench -- --url postgres://owner@127.0.0.1:5432/db [options]

  --url           the database (owner role), migrated and filled by npm run bench:data or seed:demo
  --connections   connection counts to measure, comma-separated (10,50)
  --duration      seconds of each measured run (10)
  --warmup        seconds of warm-up before each measured run (3)
  --users         bench (accounts ending .bench, the generator's password) or demo (*.demo) (bench)
  --workers       how many accounts to log in, spread over the centres (40)
  --types         request types, comma-separated: list,name,number,person,progress,timeline
  --scale-label   the name of this dataset in the report (centre, national, …; demo with --users demo)
  --out           JSON results file (bench/results/<label>.json)
  --app-port, --baseline-port   where the two servers listen (18080, 18081)
  --profile       a folder: the app runs with --cpu-prof and writes its CPU profile there on exit
  --password      the accounts' password, when not the generator's or the demo one
  --app-workers   Node processes of the app (its WORKERS setting) (1)
  --check         a recorded results file (bench/results/ci.json): exit 1 when a ratio of this run
                  falls below half of the recorded one for the same request type and connections`;

// ---------------------------------------------------------------------------------------------
// Request types: the app's real API; the baseline answers the same paths.

const TYPES = {
  list: { label: 'people list', target: 0.5 },
  name: { label: 'name search', target: 0.5 },
  number: { label: 'number search', target: 0.5 },
  person: { label: 'person', target: 0.35 },
  progress: { label: 'progress', target: 0.35 },
  timeline: { label: 'timeline', target: 0.35 },
} as const;
type RequestType = keyof typeof TYPES;

interface Worker {
  email: string;
  centreId: string;
  session?: string;
}

interface CentreSample {
  persons: string[];
  progressPersons: string[];
  nameFragments: string[];
  numberPrefixes: string[];
}

/** One request: who sends it (a logged-in worker) and what; the baseline gets the worker's centre. */
interface Choice {
  worker: number;
  centreId: string;
  path: string;
}

// ---------------------------------------------------------------------------------------------
// Arguments

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    connections: { type: 'string', default: '10,50' },
    duration: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    users: { type: 'string', default: 'bench' },
    workers: { type: 'string', default: '40' },
    types: { type: 'string', default: Object.keys(TYPES).join(',') },
    'scale-label': { type: 'string' },
    out: { type: 'string' },
    'app-port': { type: 'string', default: '18080' },
    'baseline-port': { type: 'string', default: '18081' },
    password: { type: 'string' },
    profile: { type: 'string' },
    'app-workers': { type: 'string', default: '1' },
    check: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});
if (args.help || !args.url) {
  console.log(HELP);
  process.exit(args.help ? 0 : 2);
}
const databaseUrl = args.url;
const usersKind = args.users === 'demo' ? 'demo' : 'bench';
if (args.users !== usersKind) fail(`--users is bench or demo, not ${args.users}`);
const connectionCounts = args.connections.split(',').map(positiveInteger);
const duration = positiveInteger(args.duration);
const warmup = Number(args.warmup);
if (!(warmup >= 0)) fail(`--warmup is a number of seconds, not ${args.warmup}`);
const workerCount = positiveInteger(args.workers);
const types = args.types.split(',').map((t) => t.trim()) as RequestType[];
for (const t of types) if (!(t in TYPES)) fail(`unknown request type ${t}: ${Object.keys(TYPES).join(', ')}`);
const label = args['scale-label'] ?? usersKind;
const outFile = resolve(args.out ?? join(root, 'bench/results', `${label}.json`));
const appPort = positiveInteger(args['app-port']);
const appWorkers = positiveInteger(args['app-workers']);
const recorded = args.check ? (JSON.parse(readFileSync(resolve(args.check), 'utf8')) as Report) : null;
const baselinePort = positiveInteger(args['baseline-port']);
const appUrl = `http://127.0.0.1:${appPort}`;
const baselineUrl = `http://127.0.0.1:${baselinePort}`;

function positiveInteger(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n <= 0) fail(`not a positive whole number: ${text}`);
  return n;
}

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// The accounts' password: the generator's (bench/dataset.ts) or the demo one, unless given.

function accountsPassword(): { password: string; source: string } {
  if (args.password) return { password: args.password, source: '--password' };
  return usersKind === 'demo'
    ? { password: DEMO_PASSWORD, source: 'src/seed/demo.ts DEMO_PASSWORD' }
    : { password: BENCH_PASSWORD, source: 'bench/dataset.ts BENCH_PASSWORD' };
}

// ---------------------------------------------------------------------------------------------
// What to ask: read from the database as its owner.

async function discover() {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const pattern = usersKind === 'demo' ? '%.demo' : `%.${BENCH_EMAIL_DOMAIN}`;
    const accounts = (
      await client.query<{ email: string; centreId: string }>(
        `select email, centre_id as "centreId" from users
         where email like $1 and centre_id is not null and role in ('worker', 'lead', 'admin')
         order by centre_id, role <> 'worker', email`,
        [pattern],
      )
    ).rows;
    if (accounts.length === 0) {
      fail(
        usersKind === 'demo'
          ? 'No demo accounts in this database: DATABASE_URL=… npm run seed:demo first.'
          : `No accounts ending .${BENCH_EMAIL_DOMAIN} in this database: npm run bench:data first, or --users demo.`,
      );
    }
    // Round robin over the centres: the first account of each centre, then the second, …
    const byCentre = new Map<string, string[]>();
    for (const a of accounts) byCentre.set(a.centreId, [...(byCentre.get(a.centreId) ?? []), a.email]);
    const workers: Worker[] = [];
    for (let round = 0; workers.length < workerCount; round++) {
      let added = false;
      for (const [centreId, emails] of byCentre) {
        const email = emails[round];
        if (email === undefined || workers.length >= workerCount) continue;
        workers.push({ email, centreId });
        added = true;
      }
      if (!added) break;
    }

    const samples = new Map<string, CentreSample>();
    for (const centreId of new Set(workers.map((w) => w.centreId))) {
      // md5 of the id: a fixed, well-spread sample, the same on every run of the same dataset.
      const persons = (
        await client.query<{ id: string; searchName: string; nationalNumber: string | null }>(
          `select id, search_name as "searchName", national_number as "nationalNumber" from persons
           where centre_id = $1 order by md5(id::text) limit 200`,
          [centreId],
        )
      ).rows;
      const measured = (
        await client.query<{ personId: string }>(
          `select person_id as "personId" from (
             select distinct person_id from measurements
             where centre_id = $1 and instrument_key = 'participation-ladder') m
           order by md5(person_id::text) limit 200`,
          [centreId],
        )
      ).rows;
      if (persons.length === 0) continue;
      samples.set(centreId, {
        persons: persons.map((p) => p.id),
        progressPersons: measured.length ? measured.map((m) => m.personId) : persons.map((p) => p.id),
        // What a worker types: the first letters of a last name (search_name is already folded).
        nameFragments: [
          ...new Set(
            persons.map((p) => (p.searchName.split(' ')[0] ?? '').slice(0, 4)).filter((f) => f.length >= 3),
          ),
        ],
        // The birth date part of a national number: the six leading digits.
        numberPrefixes: [
          ...new Set(persons.flatMap((p) => (p.nationalNumber ? [p.nationalNumber.slice(0, 6)] : []))),
        ],
      });
    }
    const withPeople = workers.filter((w) => samples.has(w.centreId));
    if (withPeople.length === 0) fail('The chosen accounts belong to centres without people.');

    const count = async (sql: string, params: unknown[] = []) =>
      Number((await client.query<{ n: string }>(sql, params)).rows[0]?.n ?? 0);
    const dataset = {
      centres: await count('select count(*) as n from centres'),
      accounts: await count('select count(*) as n from users where email like $1', [pattern]),
      persons: await count('select count(*) as n from persons'),
      measurements: await count('select count(*) as n from measurements'),
      events: await count('select count(*) as n from events'),
      auditEventsBefore: await count('select count(*) as n from audit_events'),
    };
    const postgres =
      (await client.query<{ v: string }>(`select current_setting('server_version') as v`)).rows[0]?.v ?? '?';
    return { workers: withPeople, samples, dataset, postgres };
  } finally {
    await client.end();
  }
}

/** A small seeded generator: the app and the baseline get the same sequence of requests. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** What each request type needs from a centre's sample: a worker of a centre without any is not chosen. */
const NEEDS: Record<RequestType, (sample: CentreSample) => readonly string[]> = {
  list: (s) => s.persons,
  name: (s) => s.nameFragments,
  number: (s) => s.numberPrefixes,
  person: (s) => s.persons,
  progress: (s) => s.progressPersons,
  timeline: (s) => s.persons,
};

function buildChoices(
  type: RequestType,
  workers: Worker[],
  samples: Map<string, CentreSample>,
  count = 8192,
): Choice[] {
  const random = mulberry32(11);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const eligible = workers.flatMap((w, i) => {
    const sample = samples.get(w.centreId);
    return sample && NEEDS[type](sample).length > 0 ? [i] : [];
  });
  if (eligible.length === 0) fail(`No centre of the chosen accounts has what a ${TYPES[type].label} needs.`);
  const choices: Choice[] = [];
  for (let i = 0; i < count; i++) {
    const worker = pick(eligible);
    const centreId = (workers[worker] as Worker).centreId;
    const sample = samples.get(centreId) as CentreSample;
    const path = (() => {
      switch (type) {
        case 'list':
          return '/api/v1/persons?limit=50';
        case 'name':
          return `/api/v1/persons?q=${encodeURIComponent(pick(sample.nameFragments))}`;
        case 'number':
          return `/api/v1/persons?q=${pick(sample.numberPrefixes)}`;
        case 'person':
          return `/api/v1/persons/${pick(sample.persons)}`;
        case 'progress':
          return `/api/v1/persons/${pick(sample.progressPersons)}/progress?instrument=participation-ladder`;
        case 'timeline':
          return `/api/v1/persons/${pick(sample.persons)}/timeline`;
      }
    })();
    choices.push({ worker, centreId, path });
  }
  return choices;
}

// ---------------------------------------------------------------------------------------------
// Logging in: the real POST /api/v1/session, with the Origin the login checks.

async function logIn(workers: Worker[], password: string) {
  for (const worker of workers) {
    const response = await fetch(`${appUrl}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: appUrl },
      body: JSON.stringify({ email: worker.email, password }),
    });
    if (!response.ok) {
      // Stop at the first refusal: every further wrong password would spend the address budget.
      throw new Error(`login of ${worker.email} answered ${response.status}: ${await response.text()}`);
    }
    const cookie = response.headers
      .getSetCookie()
      .map((c) => c.split(';')[0] ?? '')
      .find((c) => c.startsWith(`${SESSION_COOKIE}=`));
    if (!cookie) throw new Error(`login of ${worker.email} set no session cookie`);
    worker.session = cookie;
    await response.arrayBuffer();
  }
}

// ---------------------------------------------------------------------------------------------
// Driving a server

interface Target {
  name: 'app' | 'baseline';
  url: string;
  pid: number | undefined;
  /** A connection of the driver's own, to find the database backends whose CPU to count. */
  monitor: pg.Client;
  headers: (choice: Choice) => Record<string, string>;
}

async function drive(
  target: Target,
  choices: Choice[],
  connections: number,
  seconds: number,
): Promise<Measured> {
  let next = 0;
  const latencies: number[] = [];
  const serverCpu = cpuMsOf(target.pid);
  const postgresCpu = cpuByPid(await poolBackends(target.monitor, target.name));
  const machineBusy = machineBusyMs();
  const driverCpu = process.cpuUsage();
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((done, failed) => {
    const instance = autocannon(
      {
        url: target.url,
        connections,
        duration: seconds,
        pipelining: 1,
        timeout: 10,
        requests: [
          {
            method: 'GET',
            // Called for every request: the next worker, centre and person of the shared sequence.
            setupRequest: (request) => {
              const choice = choices[next++ % choices.length] as Choice;
              return { ...request, path: choice.path, headers: target.headers(choice) };
            },
          },
        ],
      },
      (error, result) => (error ? failed(error) : done(result)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  const wallMs = performance.now() - started;
  const serverCpuMs = cpuMsOf(target.pid) - serverCpu;
  const postgresMs = cpuSince(postgresCpu);
  const machineMs = machineBusyMs() - machineBusy;
  const driverUsage = process.cpuUsage(driverCpu);
  const driverCpuMs = (driverUsage.user + driverUsage.system) / 1000;
  const perRequest = (ms: number) => round(ms / Math.max(latencies.length, 1), 2);
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: round(latencies.length / (result.duration || seconds), 0),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? 0),
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    serverCpuMsPerRequest: perRequest(serverCpuMs),
    postgresCpuMsPerRequest: perRequest(postgresMs),
    driverCpuMsPerRequest: perRequest(driverCpuMs),
    machineCores: round(machineMs / wallMs, 2),
    otherCores: round(Math.max(0, machineMs - serverCpuMs - postgresMs - driverCpuMs) / wallMs, 2),
  };
}

async function measure(target: Target, choices: Choice[], connections: number): Promise<Measured> {
  if (warmup > 0) await drive(target, choices, connections, warmup);
  return drive(target, choices, connections, duration);
}

/** The same request to both servers must give the same answer, or the comparison means nothing. */
async function sameAnswer(type: RequestType, choice: Choice, app: Target, baseline: Target) {
  const ask = async (target: Target) => {
    const response = await fetch(`${target.url}${choice.path}`, { headers: target.headers(choice) });
    return { status: response.status, body: (await response.json()) as unknown };
  };
  const [a, b] = [await ask(app), await ask(baseline)];
  const same = a.status === b.status && isDeepStrictEqual(a.body, b.body);
  return {
    type,
    path: choice.path.replace(/q=[^&]*/, 'q=…'),
    appStatus: a.status,
    baselineStatus: b.status,
    same,
  };
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const { password, source: passwordSource } = accountsPassword();
  const { workers, samples, dataset, postgres } = await discover();
  const cpus = os.cpus();
  const machine = {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model.trim() ?? '?',
    memoryGiB: round(os.totalmem() / 1024 ** 3, 0),
    node: process.version,
    postgres,
    loadAverageAtStart: os
      .loadavg()
      .map((l) => round(l, 2))
      .join(' '),
    note: `the app, the baseline and this load driver are three Node processes on ${cpus.length} cores, with PostgreSQL on the same machine`,
  };
  console.error(
    `${label}: ${workers.length} accounts of ${samples.size} centres; ${dataset.persons} people; password from ${passwordSource}`,
  );

  const app = startServer(
    'Passerelle',
    ['src/cli/main.ts', 'serve'],
    {
      DATABASE_URL: databaseUrl,
      PORT: String(appPort),
      HOST: '127.0.0.1',
      PASSERELLE_DEMO: 'off',
      LOG_LEVEL: 'warn',
      WORKERS: String(appWorkers),
    },
    args.profile ? ['--cpu-prof', `--cpu-prof-dir=${resolve(args.profile)}`] : [],
  );
  const baseline = startServer('baseline', ['bench/baseline.ts'], {
    DATABASE_URL: databaseUrl,
    PORT: String(baselinePort),
    HOST: '127.0.0.1',
  });
  const memory = { app: { peak: 0, current: 0 }, baseline: { peak: 0, current: 0 } };
  const monitor = new pg.Client({
    connectionString: databaseUrl,
    application_name: 'passerelle-bench-monitor',
  });
  await monitor.connect();
  const poll = setInterval(() => {
    for (const [name, server] of [
      ['app', app],
      ['baseline', baseline],
    ] as const) {
      const m = memoryOf(server.child.pid);
      memory[name].peak = Math.max(memory[name].peak, m.peak);
      memory[name].current = m.current;
    }
  }, 200);

  try {
    await Promise.all([waitReady(app, appUrl), waitReady(baseline, baselineUrl)]);
    const startRss = { app: memoryOf(app.child.pid).current, baseline: memoryOf(baseline.child.pid).current };
    const loginStarted = performance.now();
    await logIn(workers, password);
    const loginSeconds = round((performance.now() - loginStarted) / 1000, 1);
    console.error(`${workers.length} logins in ${loginSeconds} s`);

    const appTarget: Target = {
      name: 'app',
      url: appUrl,
      pid: app.child.pid,
      monitor,
      headers: (c) => ({ cookie: (workers[c.worker] as Worker).session ?? '' }),
    };
    const baselineTarget: Target = {
      name: 'baseline',
      url: baselineUrl,
      pid: baseline.child.pid,
      monitor,
      headers: (c) => ({ 'x-centre-id': c.centreId }),
    };

    const choicesByType = new Map(types.map((t) => [t, buildChoices(t, workers, samples)]));
    const checks = [];
    for (const [type, choices] of choicesByType) {
      for (const choice of choices.slice(0, 3))
        checks.push(await sameAnswer(type, choice, appTarget, baselineTarget));
    }
    for (const c of checks.filter((c) => !c.same)) {
      console.error(
        `warning: ${c.type} ${c.path}: app ${c.appStatus} and baseline ${c.baselineStatus} differ`,
      );
    }

    const rows = [];
    for (const type of types) {
      const choices = choicesByType.get(type) as Choice[];
      for (const connections of connectionCounts) {
        console.error(`${TYPES[type].label}, ${connections} connections …`);
        const appResult = await measure(appTarget, choices, connections);
        const baselineResult = await measure(baselineTarget, choices, connections);
        rows.push({
          type,
          label: TYPES[type].label,
          connections,
          app: appResult,
          baseline: baselineResult,
          ratio: baselineResult.rps ? round(appResult.rps / baselineResult.rps, 2) : null,
          targetRatio: TYPES[type].target,
          appRssAfter: memoryOf(app.child.pid).current,
        });
      }
    }
    clearInterval(poll);
    const peaks = { app: memoryOf(app.child.pid).peak, baseline: memoryOf(baseline.child.pid).peak };
    memory.app.peak = Math.max(memory.app.peak, peaks.app);
    memory.baseline.peak = Math.max(memory.baseline.peak, peaks.baseline);

    const report = {
      label,
      at: new Date().toISOString(),
      machine: {
        ...machine,
        loadAverageAtEnd: os
          .loadavg()
          .map((l) => round(l, 2))
          .join(' '),
      },
      dataset: { ...dataset, loggedIn: workers.length, centresDriven: samples.size, passwordSource },
      settings: {
        connections: connectionCounts.join(','),
        durationSeconds: duration,
        warmupSeconds: warmup,
        poolSize: 10,
        appWorkers,
        loginSeconds,
      },
      memory: {
        appPeakRssBytes: memory.app.peak,
        appStartRssBytes: startRss.app,
        baselinePeakRssBytes: memory.baseline.peak,
        baselineStartRssBytes: startRss.baseline,
      },
      targets: { p99Ms: P99_TARGET_MS, p99AtConnections: 50 },
      checks,
      results: rows,
    };
    mkdirSync(dirname(outFile), { recursive: true });
    writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
    console.log(markdown(report));
    console.error(`JSON: ${outFile}`);
    if (recorded) {
      const fallen = ratioFalls(recorded, report);
      for (const line of fallen) console.error(`ratio fell: ${line}`);
      if (fallen.length > 0) process.exitCode = 1;
      else console.error(`every ratio is at least half of the one recorded in ${args.check}`);
    }
  } finally {
    clearInterval(poll);
    await Promise.all([stopServer(app), stopServer(baseline), monitor.end()]);
  }
}

await main();
