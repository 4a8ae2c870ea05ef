#!/usr/bin/env node
/**
 * `npm start` and `npm test` on a fresh clone: install what is missing or stale, build the web app
 * when its sources changed, then serve or test. Plain Node with no dependency: it runs before
 * node_modules exists. Staleness is judged by content hashes, not mtimes (a clone sets every mtime).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const mode = process.argv[2] ?? 'start';
const bin = (name) => join('node_modules', '.bin', name);

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function hashOf(paths) {
  const hash = createHash('sha256');
  const visit = (path) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else {
      hash.update(path).update(readFileSync(path));
    }
  };
  for (const path of paths) visit(path);
  return hash.digest('hex');
}

function ensureDependencies() {
  const stamp = join('node_modules', '.passerelle-installed');
  const wanted = hashOf(['package.json', 'package-lock.json']);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return;
  console.log('Installing dependencies…');
  // `npm install`, not `npm ci`: the registry here serves no packages for other platforms, so the
  // lockfile lacks their optional binaries (biome, esbuild…) and `npm ci` refuses it as out of sync.
  // `npm install` still installs the locked versions.
  run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  writeFileSync(stamp, wanted);
}

const WEB_INPUTS = ['web', 'locales', 'src/domain', 'src/i18n', 'src/features', 'package-lock.json'];

function ensureWebBuild() {
  const stamp = join('dist', 'web', '.passerelle-build');
  const wanted = hashOf(WEB_INPUTS);
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return;
  console.log('Building the web app…');
  run(bin('vite'), ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn']);
  writeFileSync(stamp, wanted);
}

function serve() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'serve'], {
    stdio: 'inherit',
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}

/** Unit, API and browser tests; ends with one "N passed, N failed" line for both runners together. */
function test() {
  const reports = join(tmpdir(), `passerelle-reports-${process.pid}`);
  mkdirSync(reports, { recursive: true });
  const engine = process.env.TEST_DATABASE_URL ? 'PostgreSQL (TEST_DATABASE_URL)' : 'embedded PGlite';
  console.log(`\n== Unit and API tests on ${engine}`);
  const vitest = spawnSync(
    bin('vitest'),
    ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, 'vitest.json')}`],
    { stdio: 'inherit' },
  );
  console.log(`\n== Browser tests (Chromium) on ${engine}`);
  const playwright = spawnSync(bin('playwright'), ['test', '--reporter=list,json'], {
    stdio: 'inherit',
    env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'playwright.json') },
  });

  let passed = 0;
  let failed = 0;
  const read = (file) =>
    existsSync(join(reports, file)) ? JSON.parse(readFileSync(join(reports, file), 'utf8')) : null;
  const v = read('vitest.json');
  if (v) {
    passed += v.numPassedTests;
    failed += v.numFailedTests;
  }
  const p = read('playwright.json');
  if (p) {
    passed += p.stats.expected + (p.stats.flaky ?? 0);
    failed += p.stats.unexpected;
  }
  rmSync(reports, { recursive: true, force: true });
  const ok = vitest.status === 0 && playwright.status === 0 && passed > 0;
  if (!ok && failed === 0) failed = 1; // a runner crashed before reporting
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(ok ? 0 : 1);
}

ensureDependencies();
ensureWebBuild();
if (mode === 'test') test();
else serve();
