/**
 * The yearly report of a centre (DOMAIN.md §4): live from the dated records while the year is
 * open, frozen once the centre's administrator closes it (its counts and members stored, read back
 * as they were, whatever is edited later). Objectives and subsidy amounts are the administrator's.
 */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/connect.ts';
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
import { type CellCount, computeYear, countCells, instrumentDefinitions } from './compute.ts';
import { closeProblem, subjectOf } from './policy.ts';
import { selectFrozenCounts, selectFrozenMembers, selectReportYear } from './queries.ts';
import type { AnnualReport, ReportMembers } from './schemas.ts';

async function centreName(tx: TenantTx, centreId: string): Promise<string> {
  const rows = await queryRows<{ name: string }>(tx, sql`select name from centres where id = ${centreId}`);
  return rows[0]?.name ?? '';
}

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
  return countCells(await computeYear(tx, ctx.actor.centreId, year, policy));
}

export async function annualReport(tx: TenantTx, ctx: CentreContext, year: number): Promise<AnnualReport> {
  checkYear(ctx, year);
  const settings = await selectReportYear(tx, ctx.actor.centreId, year);
  const closedAt = settings?.closedAt ? new Date(settings.closedAt).toISOString() : null;
  const counts = await yearCounts(tx, ctx, year, closedAt !== null);
  const name = await centreName(tx, ctx.actor.centreId);
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
  const items = await membersWithNames(tx, ctx.actor.centreId, subject, ids);
  await recordAudit(tx, ctx, {
    action: 'report.members',
    details: { year: input.year, cell: input.cell, count: items.length },
  });
  return { year: input.year, cell: input.cell, subject, count: items.length, items };
}

async function membersWithNames(
  tx: TenantTx,
  centreId: string,
  subject: 'trajectory' | 'person' | 'sanction',
  ids: string[],
): Promise<ReportMembers['items']> {
  if (ids.length === 0) return [];
  const list = sqlArray(ids);
  const query =
    subject === 'person'
      ? sql`select p.id as "personId", p.first_name as "firstName", p.last_name as "lastName",
                   null::uuid as "trajectoryId", null::uuid as "sanctionId"
              from persons p where p.centre_id = ${centreId} and p.id = any(${list}::uuid[])`
      : subject === 'trajectory'
        ? sql`select p.id as "personId", p.first_name as "firstName", p.last_name as "lastName",
                     t.id as "trajectoryId", null::uuid as "sanctionId"
                from trajectories t join persons p on p.centre_id = t.centre_id and p.id = t.person_id
               where t.centre_id = ${centreId} and t.id = any(${list}::uuid[])`
        : sql`select p.id as "personId", p.first_name as "firstName", p.last_name as "lastName",
                     s.trajectory_id as "trajectoryId", s.id as "sanctionId"
                from sanctions s join persons p on p.centre_id = s.centre_id and p.id = s.person_id
               where s.centre_id = ${centreId} and s.id = any(${list}::uuid[])`;
  const rows = await queryRows<{
    personId: string;
    firstName: string;
    lastName: string;
    trajectoryId: string | null;
    sanctionId: string | null;
  }>(tx, sql`${query} order by 3, 2, 1`);
  return rows.map((r) => ({
    person: { id: r.personId, firstName: r.firstName, lastName: r.lastName },
    trajectoryId: r.trajectoryId,
    sanctionId: r.sanctionId,
  }));
}

async function ensureYear(tx: TenantTx, ctx: CentreContext, year: number) {
  await tx.execute(
    sql`insert into report_years (centre_id, year, created_by, updated_by)
        values (${ctx.actor.centreId}, ${year}, ${ctx.actor.userId}, ${ctx.actor.userId})
        on conflict do nothing`,
  );
  const row = await selectReportYear(tx, ctx.actor.centreId, year);
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
  await ensureYear(tx, ctx, year);
  await tx.execute(
    sql`update report_years set objectives = ${JSON.stringify(input.objectives)}::jsonb,
               subsidies = ${JSON.stringify(input.subsidies)}::jsonb,
               version = version + 1, updated_at = ${ctx.clock.now().toISOString()}, updated_by = ${ctx.actor.userId}
         where centre_id = ${ctx.actor.centreId} and year = ${year}`,
  );
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
  await ensureYear(tx, ctx, year);
  const policy = await centrePolicy(tx, ctx);
  const figures = await computeYear(tx, ctx.actor.centreId, year, policy);
  const counts = countCells(figures);
  const centreId = ctx.actor.centreId;
  const cells = [...counts.keys()];
  if (cells.length > 0) {
    await tx.execute(
      sql`insert into report_counts (centre_id, year, cell, count, amount)
          select ${centreId}, ${year}, c.cell, c.count, c.amount
            from unnest(${sqlArray(cells)}::text[], ${sqlArray(cells.map((c) => String(counts.get(c)?.count ?? 0)))}::int[],
                        ${sqlArray(cells.map((c) => String(counts.get(c)?.amount ?? 0)))}::bigint[]) as c(cell, count, amount)`,
    );
  }
  const drillable = figures.members.filter((m) => subjectOf(m.cell) !== null);
  for (let i = 0; i < drillable.length; i += 5000) {
    const chunk = drillable.slice(i, i + 5000);
    await tx.execute(
      sql`insert into report_members (centre_id, year, cell, subject_id)
          select ${centreId}, ${year}, m.cell, m.subject_id
            from unnest(${sqlArray(chunk.map((m) => m.cell))}::text[], ${sqlArray(chunk.map((m) => m.subjectId))}::uuid[]) as m(cell, subject_id)`,
    );
  }
  await tx.execute(
    sql`update report_years set closed_at = ${ctx.clock.now().toISOString()}, closed_by = ${ctx.actor.userId},
               version = version + 1, updated_at = ${ctx.clock.now().toISOString()}, updated_by = ${ctx.actor.userId}
         where centre_id = ${centreId} and year = ${year}`,
  );
  await recordAudit(tx, ctx, { action: 'report.yearClosed', details: { year, cells: cells.length } });
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

/** A text array literal for unnest: values are cells (checked names), uuids and integers only. */
function sqlArray(values: string[]) {
  return `{${values.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}
