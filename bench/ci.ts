/**
 * npm run bench:ci — the benchmark guard CI runs (.ci/run): the `ci` dataset into a scratch
 * database, the load benchmark at 10 connections with short runs, and a failure when the ratio of
 * any request type to the bare baseline falls below half of the one recorded in
 * bench/results/ci.json (measured with these same settings). The scratch database is dropped after.
 *
 *   BENCH_CI_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/passerelle_bench_ci)
 *   npm run bench:ci -- --record    measure and write bench/results/ci.json instead of checking
 */
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = fileURLToPath(new URL('..', import.meta.url));
const url = process.env.BENCH_CI_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/passerelle_bench_ci';
const record = process.argv.includes('--record');
const recorded = join(root, 'bench/results/ci.json');

/** The settings bench/results/ci.json was measured with: a check compares like with like. */
const CI_SETTINGS = ['--connections', '10', '--duration', '3', '--warmup', '1'];

function run(script: string, args: string[]): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error(`${script} failed (exit ${result.status ?? result.signal})`);
}

async function dropDatabase() {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  target.pathname = '/postgres';
  const admin = new pg.Client({ connectionString: target.toString() });
  await admin.connect();
  try {
    await admin.query(`drop database if exists "${name.replaceAll('"', '""')}" with (force)`);
  } finally {
    await admin.end();
  }
}

const started = performance.now();
try {
  run('bench/generate.ts', ['--scale', 'ci', '--url', url, '--replace']);
  run('bench/run.ts', [
    '--url',
    url,
    '--scale-label',
    'ci',
    ...CI_SETTINGS,
    ...(record
      ? ['--out', recorded]
      : ['--out', join(tmpdir(), 'passerelle-bench-ci.json'), '--check', recorded]),
  ]);
  console.error(`bench:ci passed in ${Math.round((performance.now() - started) / 1000)} s`);
} catch (error) {
  console.error(`bench:ci: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await dropDatabase();
}
