/** The benchmark's report: its shape (the JSON in bench/results/), its Markdown, and the CI check of ratios. */
export const P99_TARGET_MS = 50;

/** The p-th percentile (0–100) of sorted numbers, nearest-rank. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] as number;
}

export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;
const mib = (bytes: number) => round(bytes / 1024 / 1024, 0);

export interface Measured {
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

export interface Report {
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
    type: string;
    ratio: number | null;
    targetRatio: number;
  }[];
}

/**
 * The CI guard: every request type and connection count measured in both runs whose ratio fell
 * below half of the recorded one, described; a type the recorded run lacks is not judged.
 */
export function ratioFalls(recorded: Pick<Report, 'results'>, current: Pick<Report, 'results'>): string[] {
  const fallen: string[] = [];
  for (const now of current.results) {
    const before = recorded.results.find((r) => r.type === now.type && r.connections === now.connections);
    if (!before || before.ratio === null) continue;
    if (now.ratio === null || now.ratio < before.ratio / 2) {
      fallen.push(
        `${now.label} at ${now.connections} connections: ${now.ratio ?? 'no answer'} against ${before.ratio} recorded`,
      );
    }
  }
  return fallen;
}

export function markdown(report: Report): string {
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
