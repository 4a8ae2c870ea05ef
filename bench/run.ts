/**
 * The load benchmark of issue 11 ("Reads at the speed of the stack").
 *
 *   npm run bench -- --url postgres://postgres@127.0.0.1:5432/db [--connections 10,50] [--duration 10]
 *                    [--warmup 3] [--scale-label centre] [--users bench|demo] [--workers 40]
 *                    [--types list,name,number,person,progress,timeline] [--out bench/results/<label>.json]
 *
 * Starts Passerelle (`node --import tsx src/cli/main.ts serve`) and the bare baseline
 * (bench/baseline.ts) as two processes on the database, logs in workers of many centres through
 * the real login, and drives both servers from this process with autocannon: per request type and
 * connection count, a warm-up, then a measured run against the app and the same run (the same
 * centres, people and searches, in the same order) against the baseline. Prints a Markdown table
 * and writes the figures as JSON for a later CI comparison of ratios.
 *
 * The URL is the database owner's: it reads the data to choose requests from, and the baseline
 * connects with it (outside the restricted role, so no row-level security).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual, parseArgs } from 'node:util';
import autocannon from 'autocannon';
import pg from 'pg';
import { DEMO_PASSWORD } from '../src/seed/demo.ts';
import { BENCH_EMAIL_DOMAIN, BENCH_PASSWORD } from './dataset.ts';

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
  --password      the accounts' password, when not the generator's or the demo one`;

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
const P99_TARGET_MS = 50;

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
// The two servers, each its own process; their memory read from /proc.

interface Server {
  name: string;
  child: ChildProcess;
  output: string[];
}

const started: ChildProcess[] = [];
process.on('exit', () => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
});

function startServer(
  name: string,
  script: string[],
  env: Record<string, string>,
  flags: string[] = [],
): Server {
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', ...script], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(...chunk.toString().split('\n').filter(Boolean));
    output.splice(0, Math.max(0, output.length - 40));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { name, child, output };
}

async function waitReady(server: Server, url: string) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) {
      throw new Error(`${server.name} stopped (exit ${server.child.exitCode}):\n${server.output.join('\n')}`);
    }
    try {
      const response = await fetch(`${url}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`${server.name} not ready after 90 s:\n${server.output.join('\n')}`);
}

async function stopServer(server: Server) {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((done) => server.child.once('exit', done));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** VmHWM (peak resident set) and VmRSS of a process, in bytes. */
function memoryOf(pid: number | undefined): { peak: number; current: number } {
  if (!pid) return { peak: 0, current: 0 };
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
    return { peak: kb('VmHWM') * 1024, current: kb('VmRSS') * 1024 };
  } catch {
    return { peak: 0, current: 0 };
  }
}

/** CPU time (user + system) a process has used, in ms: /proc/<pid>/stat counts clock ticks of 10 ms. */
function cpuMsOf(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** Must match bench/baseline.ts: its pool's application_name. */
const BASELINE_APPLICATION_NAME = 'passerelle-bench-baseline';

/** The PostgreSQL backends of one server's pool (the baseline's by its name), not the monitor's own. */
async function poolBackends(monitor: pg.Client, server: 'app' | 'baseline'): Promise<number[]> {
  const rows = await monitor.query<{ pid: number }>(
    `select pid from pg_stat_activity
     where datname = current_database() and backend_type = 'client backend' and pid <> pg_backend_pid()
       and (application_name = $1) = $2`,
    [BASELINE_APPLICATION_NAME, server === 'baseline'],
  );
  return rows.rows.map((r) => r.pid);
}

/**
 * CPU each of these processes has used, in ms. A backend that ends during a run takes its count
 * with it: it then counts for nothing rather than against the others.
 */
const cpuByPid = (pids: number[]) => new Map(pids.map((pid) => [pid, cpuMsOf(pid)]));
function cpuSince(before: Map<number, number>): number {
  let total = 0;
  for (const [pid, start] of before) total += Math.max(0, cpuMsOf(pid) - start);
  return total;
}

/** CPU time the whole machine spent busy (every core), in ms, from /proc/stat. */
function machineBusyMs(): number {
  const [, ...ticks] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = ticks.map(Number);
  return (user + nice + system + irq + softirq + steal) * 10;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

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

interface Measured {
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Connection errors, timeouts included. */
  errors: number;
  timeouts: number;
  non2xx: number;
  /** CPU the server process used per answered request, and the load driver (this process). */
  serverCpuMsPerRequest: number;
  postgresCpuMsPerRequest: number;
  driverCpuMsPerRequest: number;
  /** Cores busy on the whole machine during the run, and those of none of the processes above (other work). */
  machineCores: number;
  otherCores: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
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

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

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

const mib = (bytes: number) => round(bytes / 1024 / 1024, 0);

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
  } finally {
    clearInterval(poll);
    await Promise.all([stopServer(app), stopServer(baseline), monitor.end()]);
  }
}

interface Report {
  label: string;
  at: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    node: string;
    postgres: string;
    loadAverageAtStart: string;
    loadAverageAtEnd: string;
    note: string;
  };
  dataset: Record<string, number | string>;
  settings: { durationSeconds: number; warmupSeconds: number };
  memory: Record<string, number>;
  checks: { type: string; same: boolean }[];
  results: {
    label: string;
    connections: number;
    app: Measured;
    baseline: Measured;
    ratio: number | null;
    targetRatio: number;
  }[];
}

function markdown(report: Report): string {
  const d = report.dataset;
  const m = report.machine;
  const lines = [
    `### Load benchmark: ${report.label} (${report.at.slice(0, 16).replace('T', ' ')} UTC)`,
    '',
    `Machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, PostgreSQL ${m.postgres}; ${m.note}. Load average ${m.loadAverageAtStart} at the start, ${m.loadAverageAtEnd} at the end.`,
    `Data: ${d.centres} centres, ${d.persons} people, ${d.measurements} measurements, ${d.events} events; ${d.loggedIn} accounts logged in across ${d.centresDriven} centres, requests rotating over them.`,
    `Each run: ${report.settings.warmupSeconds} s warm-up, then ${report.settings.durationSeconds} s measured; pool of 10 on both servers. Latencies in ms.`,
    '',
    '| type | conns | app req/s | p50 | p95 | p99 | errors / non-2xx | baseline req/s | baseline p99 | ratio |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const r of report.results) {
    const ratio = r.ratio === null ? '–' : `${r.ratio.toFixed(2)} (≥ ${r.targetRatio})`;
    lines.push(
      `| ${r.label} | ${r.connections} | ${r.app.rps} | ${r.app.p50} | ${r.app.p95} | ${r.app.p99} | ${r.app.errors} / ${r.app.non2xx} | ${r.baseline.rps} | ${r.baseline.p99} | ${ratio} |`,
    );
  }
  lines.push(
    '',
    'CPU per answered request in ms (the server process, the PostgreSQL backends of its pool, the load driver), and the cores the whole machine had busy during the run, of which other work (other processes, PostgreSQL background writers included):',
    '',
    '| type | conns | app | app: PostgreSQL | app: driver | baseline | baseline: PostgreSQL | baseline: driver | busy cores app / baseline run | other work |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of report.results) {
    const a = r.app;
    const b = r.baseline;
    lines.push(
      `| ${r.label} | ${r.connections} | ${a.serverCpuMsPerRequest} | ${a.postgresCpuMsPerRequest} | ${a.driverCpuMsPerRequest} | ${b.serverCpuMsPerRequest} | ${b.postgresCpuMsPerRequest} | ${b.driverCpuMsPerRequest} | ${a.machineCores} / ${b.machineCores} | ${a.otherCores} / ${b.otherCores} |`,
    );
  }
  const differing = report.checks.filter((c) => !c.same);
  lines.push(
    '',
    `App peak RSS (VmHWM): ${mib(report.memory.appPeakRssBytes ?? 0)} MiB (${mib(report.memory.appStartRssBytes ?? 0)} MiB after start); baseline: ${mib(report.memory.baselinePeakRssBytes ?? 0)} MiB.`,
    differing.length
      ? `Warning: ${differing.length} of ${report.checks.length} sample requests answered differently by the app and the baseline (${[...new Set(differing.map((c) => c.type))].join(', ')}).`
      : `The app and the baseline gave identical answers to ${report.checks.length} sample requests.`,
    `Targets (issue 11, later): ratio ≥ 0.5 for the list and searches, ≥ 0.35 for single reads; p99 < ${P99_TARGET_MS} ms at 50 connections.`,
  );
  return lines.join('\n');
}

await main();
