/**
 * npm run bench:pglite — Passerelle as most centres first try it: `npm start` on the embedded
 * PGlite with the demo data, no PostgreSQL server. Starts the app on a new data folder, logs the
 * demo workers in, learns people, names and numbers through the API itself (no other process may
 * open the embedded database), then drives each read at 10 connections with autocannon.
 * There is no baseline here: the target is absolute (issue 11: p99 under 100 ms at 10 connections).
 *
 *   npm run bench:pglite [-- --duration 10 --connections 10]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { DEMO_PASSWORD } from '../src/seed/demo.ts';
import { memoryOf, startServer, stopServer, waitReady } from './processes.ts';
import { percentile, round } from './report.ts';

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    port: { type: 'string', default: '18082' },
  },
});
const url = `http://127.0.0.1:${args.port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'passerelle-pglite-bench-'));
const WORKERS = ['worker@namur.demo', 'worker@gent.demo'];
const P99_TARGET_MS = 100;

const app = startServer('Passerelle (PGlite)', ['src/cli/main.ts', 'serve'], {
  PASSERELLE_DATA_DIR: dataDir,
  PORT: String(args.port),
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  DATABASE_URL: '',
});

async function api(cookie: string, path: string) {
  const response = await fetch(`${url}${path}`, { headers: { cookie } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

try {
  await waitReady(app, url);
  // Each request goes out with the session of the worker whose centre it reads.
  type Request = { path: string; session: string };
  const paths: Record<string, Request[]> = {
    list: [],
    name: [],
    number: [],
    person: [],
    progress: [],
    timeline: [],
  };
  for (const email of WORKERS) {
    const response = await fetch(`${url}/api/v1/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: url },
      body: JSON.stringify({ email, password: DEMO_PASSWORD }),
    });
    const cookie = /passerelle_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];
    if (!cookie) throw new Error(`login of ${email}: ${response.status}`);
    const page = (await api(cookie, '/api/v1/persons?limit=200')) as {
      items: { id: string; lastName: string; nationalNumber: string | null }[];
    };
    const add = (type: string, path: string) => paths[type]?.push({ path, session: cookie });
    add('list', '/api/v1/persons');
    for (const p of page.items) {
      add('name', `/api/v1/persons?q=${encodeURIComponent(p.lastName.slice(0, 4))}`);
      if (p.nationalNumber) add('number', `/api/v1/persons?q=${p.nationalNumber.slice(0, 6)}`);
      add('person', `/api/v1/persons/${p.id}`);
      add('progress', `/api/v1/persons/${p.id}/progress?instrument=participation-ladder`);
      add('timeline', `/api/v1/persons/${p.id}/timeline`);
    }
  }
  console.log(
    `### PGlite with the demo data (${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC)\n`,
  );
  console.log(
    `${args.connections} connections, ${args.duration} s each after a 2 s warm-up; latencies in ms.\n`,
  );
  console.log('| type | req/s | p50 | p95 | p99 | errors / non-2xx | p99 < 100 ms |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | :---: |');
  for (const [type, requests] of Object.entries(paths)) {
    if (requests.length === 0) continue;
    const run = async (seconds: number) => {
      let next = 0;
      const latencies: number[] = [];
      const result = await new Promise<autocannon.Result>((done, failed) => {
        const instance = autocannon(
          {
            url,
            connections: Number(args.connections),
            duration: seconds,
            requests: [
              {
                method: 'GET',
                setupRequest: (request) => {
                  const choice = requests[next++ % requests.length] as Request;
                  return { ...request, path: choice.path, headers: { cookie: choice.session } };
                },
              },
            ],
          },
          (error, r) => (error ? failed(error) : done(r)),
        );
        instance.on('response', (_c, _s, _b, time) => latencies.push(time));
      });
      latencies.sort((a, b) => a - b);
      const at = (p: number) => round(percentile(latencies, p));
      return {
        result,
        rps: round(latencies.length / result.duration, 0),
        p50: at(50),
        p95: at(95),
        p99: at(99),
      };
    };
    await run(2);
    const m = await run(Number(args.duration));
    console.log(
      `| ${type} | ${m.rps} | ${m.p50} | ${m.p95} | ${m.p99} | ${m.result.errors} / ${m.result.non2xx} | ${m.p99 < P99_TARGET_MS ? 'yes' : 'no'} |`,
    );
  }
  console.log(`\nApp peak RSS (VmHWM): ${round(memoryOf(app.child.pid).peak / 1024 / 1024, 0)} MiB.`);
} finally {
  await stopServer(app);
  rmSync(dataDir, { recursive: true, force: true });
}
