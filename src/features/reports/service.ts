/**
 * The yearly report of a centre (DOMAIN.md §4): live from the dated records while the year is
 * open, frozen once the centre's administrator closes it (its counts and members stored, read back
 * as they were, whatever is edited later). Objectives and subsidy amounts are the administrator's.
 */
import type { TenantTx } from '../../db/tenancy.ts';
import { federalMarks, type SuppressionMark } from '../../domain/reports/federal.ts';
import { translator } from '../../i18n/translate.ts';
import { recordAudit } from '../audit/service.ts';
import { can } from '../auth/policy.ts';
import { centrePolicy } from '../centre/service.ts';
import type { CentreContext } from '../context.ts';
import { recordEvent } from '../events/service.ts';
import { Problem, staleVersion } from '../problem.ts';
import { assembleSections, type InstrumentLabels } from './assemble.ts';
import { type CellCount, computeYear, countCells, countOpenYear, instrumentDefinitions } from './compute.ts';
import { closeProblem, subjectOf } from './policy.ts';
import {
  insertFrozenCounts,
  insertFrozenMembers,
  insertReportYearIfMissing,
  markYearClosed,
  selectCentreName,
  selectFrozenCounts,
  selectFrozenMembers,
  selectMembersWithNames,
  selectReportYear,
  selectYearClosed,
  updateReportYearSettings,
} from './queries.ts';
import type { AnnualReport, ReportMembers } from './schemas.ts';

async function instrumentLabels(tx: TenantTx, ctx: CentreContext): Promise<InstrumentLabels> {
  const labels: InstrumentLabels = new Map();
  const locale = ctx.actor.locale;
  for (const [key, versions] of await instrumentDefinitions(tx, ctx.actor.centreId)) {
    const latest = [...versions.entries()].sort((a, b) => b[0] - a[0])[0]?.[1];
    if (!latest) continue;
    labels.set(key, {
      name: latest.name[locale],
      domains: new Map(latest.domains.map((d) => [d.key, d.name[locale]])),
    });
  }
  return labels;
}

/**
 * The people's feedback is anonymous to the centre too (DOMAIN.md §5): with fewer than 5 answers
 * in the year nothing of it is shown, and with more, a score given by 1 to 4 people is "<5" (with
 * what it takes so that it cannot be worked out from the others), as in the federal view.
 */
export function feedbackMarks(counts: ReadonlyMap<string, CellCount>): Map<string, SuppressionMark> {
  const feedback = new Map(
    [...counts].filter(([cell]) => cell.startsWith('feedback.')).map(([c, v]) => [c, v.count]),
  );
  const answers = feedback.get('feedback.answers') ?? 0;
  if (answers === 0) return new Map();
  if (answers < 5) return new Map([...feedback.keys()].map((cell) => [cell, 'lessThan5' as const]));
  const { national } = federalMarks(feedback, []);
  return new Map([...national].filter(([cell]) => cell.startsWith('feedback.')));
}

function checkYear(ctx: CentreContext, year: number): void {
  const current = Number(ctx.clock.today().slice(0, 4));
  if (year > current) {
    throw new Problem('validation', 'errors.reportYearInFuture', { params: { year }, extensions: { year } });
  }
}

/** The counts of the year: frozen when it is closed, computed from the records otherwise. */
async function yearCounts(tx: TenantTx, ctx: CentreContext, year: number, closed: boolean) {
  if (closed) {
    const rows = await selectFrozenCounts(tx, ctx.actor.centreId, year);
    return new Map<string, CellCount>(rows.map((r) => [r.cell, { count: r.count, amount: r.amount }]));
  }
  const policy = await centrePolicy(tx, ctx);
  return countOpenYear(tx, ctx.actor.centreId, year, policy);
}

export async function annualReport(tx: TenantTx, ctx: CentreContext, year: number): Promise<AnnualReport> {
  checkYear(ctx, year);
  const settings = await selectReportYear(tx, ctx.actor.centreId, year);
  const closedAt = settings?.closedAt ? new Date(settings.closedAt).toISOString() : null;
  const counts = await yearCounts(tx, ctx, year, closedAt !== null);
  const name = await selectCentreName(tx, ctx.actor.centreId);
  const instruments = await instrumentLabels(tx, ctx);
  const objectives = settings?.objectives ?? {};
  const subsidies = settings?.subsidies ?? {};
  const marks = feedbackMarks(counts);
  await recordAudit(tx, ctx, { action: 'report.read', details: { year } });
  return {
    year,
    centre: { id: ctx.actor.centreId, name },
    closedAt,
    canClose: can(ctx.actor, 'report.manage') && closeProblem(year, ctx.clock.today(), closedAt) === null,
    objectives,
    subsidies,
    version: settings?.version ?? 0,
    sections: assembleSections({
      counts,
      objectives,
      subsidies,
      instruments,
      marks,
      t: translator(ctx.actor.locale),
    }),
  };
}

/** Who is behind one figure: the plans, people or sanctions it counts, with the person's name. */
export async function reportMembers(
  tx: TenantTx,
  ctx: CentreContext,
  input: { year: number; cell: string },
): Promise<ReportMembers> {
  checkYear(ctx, input.year);
  const subject = subjectOf(input.cell);
  if (!subject) throw new Problem('not-found', 'errors.reportCellUnknown');
  const settings = await selectReportYear(tx, ctx.actor.centreId, input.year);
  let ids: string[];
  if (settings?.closedAt) {
    ids = await selectFrozenMembers(tx, ctx.actor.centreId, input.year, input.cell);
  } else {
    const policy = await centrePolicy(tx, ctx);
    const figures = await computeYear(tx, ctx.actor.centreId, input.year, policy);
    ids = figures.members.filter((m) => m.cell === input.cell).map((m) => m.subjectId);
  }
  const items = await selectMembersWithNames(tx, ctx.actor.centreId, subject, ids);
  await recordAudit(tx, ctx, {
    action: 'report.members',
    details: { year: input.year, cell: input.cell, count: items.length },
  });
  return { year: input.year, cell: input.cell, subject, count: items.length, items };
}

/** The year's row, created when first needed, locked until the transaction ends (one close at a time). */
async function lockedYear(tx: TenantTx, ctx: CentreContext, year: number) {
  await insertReportYearIfMissing(tx, ctx.actor.centreId, year, ctx.actor.userId);
  const row = await selectReportYear(tx, ctx.actor.centreId, year, { lock: true });
  if (!row) throw new Error('report year missing after insert');
  return row;
}

/** The year's convention objectives and subsidy amounts, from the version read. */
export async function saveReportYear(
  tx: TenantTx,
  ctx: CentreContext,
  year: number,
  input: { version: number; objectives: Record<string, number>; subsidies: Record<string, number> },
): Promise<AnnualReport> {
  checkYear(ctx, year);
  const before = await selectReportYear(tx, ctx.actor.centreId, year);
  const current = before?.version ?? 0;
  // Version 0 is a year nobody has set yet: the first save names it as 1 or 0 alike.
  if (before && input.version !== current) throw staleVersion(input.version, current);
  if (before?.closedAt) throw new Problem('conflict', 'errors.reportYearClosed', { params: { year } });
  // Read again under the lock: a colleague may have closed it while this request waited.
  if ((await lockedYear(tx, ctx, year)).closedAt) {
    throw new Problem('conflict', 'errors.reportYearClosed', { params: { year } });
  }
  await updateReportYearSettings(tx, ctx.actor.centreId, year, {
    ...input,
    by: ctx.actor.userId,
    at: ctx.clock.now(),
  });
  await recordAudit(tx, ctx, { action: 'report.settingsChanged', details: { year } });
  await recordEvent(tx, ctx, {
    type: 'report.yearChanged',
    subjectType: 'centre',
    subjectId: ctx.actor.centreId,
    personId: null,
    occurredOn: ctx.clock.today(),
    payload: { year },
  });
  return annualReport(tx, ctx, year);
}

/**
 * Closes a year that has ended: its figures are computed once more and stored, counts and members,
 * in this transaction; from now on the report reads them back, and the federal view may count it.
 */
export async function closeReportYear(
  tx: TenantTx,
  ctx: CentreContext,
  year: number,
  input: { version: number },
): Promise<AnnualReport> {
  checkYear(ctx, year);
  const before = await selectReportYear(tx, ctx.actor.centreId, year);
  const current = before?.version ?? 0;
  if (before && input.version !== current) throw staleVersion(input.version, current);
  const problem = closeProblem(year, ctx.clock.today(), before?.closedAt ?? null);
  if (problem) throw new Problem('conflict', problem, { params: { year } });
  // Read again under the lock: a colleague may have closed it while this request waited.
  const raced = closeProblem(year, ctx.clock.today(), (await lockedYear(tx, ctx, year)).closedAt);
  if (raced) throw new Problem('conflict', raced, { params: { year } });
  const policy = await centrePolicy(tx, ctx);
  const figures = await computeYear(tx, ctx.actor.centreId, year, policy);
  const counts = countCells(figures);
  const centreId = ctx.actor.centreId;
  await insertFrozenCounts(tx, centreId, year, counts);
  await insertFrozenMembers(
    tx,
    centreId,
    year,
    figures.members.filter((m) => subjectOf(m.cell) !== null),
  );
  await markYearClosed(tx, centreId, year, ctx.actor.userId, ctx.clock.now());
  await recordAudit(tx, ctx, { action: 'report.yearClosed', details: { year, cells: counts.size } });
  await recordEvent(tx, ctx, {
    type: 'report.yearClosed',
    subjectType: 'centre',
    subjectId: centreId,
    personId: null,
    occurredOn: ctx.clock.today(),
    payload: { year },
  });
  return annualReport(tx, ctx, year);
}

/**
 * Whether the centre closed its report of `year`: other features refuse to change what a closed
 * year counted (a cost line of that year, for instance). The row is read in share mode, so a close
 * running at the same moment and this change are ordered.
 */
export function isYearClosed(tx: TenantTx, centreId: string, year: number): Promise<boolean> {
  return selectYearClosed(tx, centreId, year);
}
