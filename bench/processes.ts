/**
 * The benchmark's processes: the two servers it starts, and what /proc says about them and about
 * PostgreSQL's backends (CPU time, memory). A server may be several processes (WORKERS=n): its
 * figures are those of the whole process tree.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';

const root = fileURLToPath(new URL('..', import.meta.url));

export interface Server {
  name: string;
  child: ChildProcess;
  output: string[];
}

const started: ChildProcess[] = [];
process.on('exit', () => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
});

export function startServer(
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

export async function waitReady(server: Server, url: string) {
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

export async function stopServer(server: Server) {
  if (server.child.exitCode !== null) return;
  const exited = new Promise((done) => server.child.once('exit', done));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => server.child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** A process and all its descendants (the workers of WORKERS=n), from the parent ids in /proc. */
export function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // ended while listing
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i] as number) ?? []));
  return tree;
}

/**
 * VmHWM (peak resident set) and VmRSS of a process and its descendants, in bytes. For several
 * processes the peak is the sum of each one's peak: an upper bound of the peak of the sum.
 */
export function memoryOf(pid: number | undefined): { peak: number; current: number } {
  if (!pid) return { peak: 0, current: 0 };
  let peak = 0;
  let current = 0;
  for (const member of processTree(pid)) {
    try {
      const status = readFileSync(`/proc/${member}/status`, 'utf8');
      const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
      peak += kb('VmHWM') * 1024;
      current += kb('VmRSS') * 1024;
    } catch {
      // ended
    }
  }
  return { peak, current };
}

/** CPU time (user + system) a process has used, in ms: /proc/<pid>/stat counts clock ticks of 10 ms. */
function ownCpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

/** CPU time of a process and its descendants, in ms. */
export function cpuMsOf(pid: number | undefined): number {
  if (!pid) return 0;
  return processTree(pid).reduce((sum, member) => sum + ownCpuMs(member), 0);
}

/** Must match bench/baseline.ts: its pool's application_name. */
const BASELINE_APPLICATION_NAME = 'passerelle-bench-baseline';

/** The PostgreSQL backends of one server's pool (the baseline's by its name), not the monitor's own. */
export async function poolBackends(monitor: pg.Client, server: 'app' | 'baseline'): Promise<number[]> {
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
export const cpuByPid = (pids: number[]) => new Map(pids.map((pid) => [pid, ownCpuMs(pid)]));
export function cpuSince(before: Map<number, number>): number {
  let total = 0;
  for (const [pid, start] of before) total += Math.max(0, ownCpuMs(pid) - start);
  return total;
}

/** CPU time the whole machine spent busy (every core), in ms, from /proc/stat. */
export function machineBusyMs(): number {
  const [, ...ticks] = (readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '').trim().split(/\s+/);
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = ticks.map(Number);
  return (user + nice + system + irq + softirq + steal) * 10;
}

export const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
