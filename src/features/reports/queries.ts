/**
 * What the yearly report reads: a few set-wise queries over a centre's dated records, each cut at
 * 31 December of the year (a version signed, a plan closed or an evaluation held later does not
 * exist yet for that year), and the frozen figures of a closed year. Dates come back as text.
 */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/connect.ts';
import type { TenantTx } from '../../db/tenancy.ts';
import type { YearBounds } from '../../domain/reports/cells.ts';

export interface PlanRow {
  id: string;
  personId: string;
  form: 'piis' | 'growthPlan';
  situation: 'integrationIncome' | 'equivalentAid' | 'noFinancialAid';
  decisionDate: string | null;
  notificationDate: string | null;
  exempted: boolean;
  draftedOn: string;
  closedOn: string | null;
  outcome: string | null;
  birthDate: string;
  sex: 'F' | 'M' | 'X';
  language: 'fr' | 'nl' | 'de' | 'en';
  versions: Array<{
    number: number;
    signedOn: string;
    startOn: string | null;
    plannedEndOn: string | null;
    orientations: string[] | null;
  }>;
  evaluations: Array<{
    heldOn: string;
    mode: 'inPerson' | 'remote' | 'written';
    missed: boolean;
    nextOn: string | null;
  }>;
}

/**
 * Every plan not closed before the year began, with its signed versions and evaluations as of
 * 31 December: three flat reads put together here (one row per plan, per version, per
 * evaluation), which the database serves faster than one read building JSON per plan.
 */
export async function selectPlansOfYear(tx: TenantTx, centreId: string, y: YearBounds): Promise<PlanRow[]> {
  const relevant = sql`t.centre_id = ${centreId} and (t.closed_on is null or t.closed_on >= ${y.first}::date)`;
  const plans = await queryRows<Omit<PlanRow, 'versions' | 'evaluations'>>(
    tx,
    sql`select t.id, t.person_id as "personId", t.form, t.situation,
               t.decision_date::text as "decisionDate", t.notification_date::text as "notificationDate",
               (t.exemption is not null) as exempted,
               ((t.created_at at time zone 'Europe/Brussels')::date)::text as "draftedOn",
               case when t.closed_on <= ${y.last}::date then t.closed_on::text end as "closedOn",
               case when t.closed_on <= ${y.last}::date then t.outcome end as outcome,
               p.birth_date::text as "birthDate", p.sex, p.language
          from trajectories t
          join persons p on p.centre_id = t.centre_id and p.id = t.person_id
         where ${relevant}`,
  );
  const versions = await queryRows<PlanRow['versions'][number] & { trajectoryId: string }>(
    tx,
    sql`select tv.trajectory_id as "trajectoryId", tv.number, tv.signed_on::text as "signedOn",
               tv.start_on::text as "startOn", tv.planned_end_on::text as "plannedEndOn",
               tv.content -> 'orientations' as orientations
          from trajectory_versions tv
          join trajectories t on t.centre_id = tv.centre_id and t.id = tv.trajectory_id
         where ${relevant} and tv.centre_id = ${centreId} and tv.signed_on <= ${y.last}::date`,
  );
  const evaluations = await queryRows<PlanRow['evaluations'][number] & { trajectoryId: string }>(
    tx,
    sql`select ev.trajectory_id as "trajectoryId", ev.held_on::text as "heldOn", ev.mode, ev.missed,
               ev.next_on::text as "nextOn"
          from evaluations ev
          join trajectories t on t.centre_id = ev.centre_id and t.id = ev.trajectory_id
         where ${relevant} and ev.centre_id = ${centreId} and ev.held_on <= ${y.last}::date
           and t.form = 'piis'`,
  );
  const byPlan = new Map<string, PlanRow>(plans.map((p) => [p.id, { ...p, versions: [], evaluations: [] }]));
  for (const { trajectoryId, ...v } of versions) byPlan.get(trajectoryId)?.versions.push(v);
  for (const { trajectoryId, ...e } of evaluations) byPlan.get(trajectoryId)?.evaluations.push(e);
  return [...byPlan.values()];
}

export interface SanctionRow {
  id: string;
  personId: string;
  extent: 'total' | 'partial';
  suspended: boolean;
  startOn: string;
  endOn: string;
}

/** Sanctions decided in the year (a proposal, a refusal or a withdrawal is not a sanction). */
export function selectSanctionsOfYear(tx: TenantTx, centreId: string, y: YearBounds) {
  return queryRows<SanctionRow>(
    tx,
    sql`select id, person_id as "personId", extent, suspended, start_on::text as "startOn", end_on::text as "endOn"
          from sanctions
         where centre_id = ${centreId} and state = 'decided'
           and decision_on between ${y.first}::date and ${y.last}::date`,
  );
}

/** Module sessions held in the year (Brussels days), per kind of module. */
export function selectSessionsOfYear(tx: TenantTx, centreId: string, y: YearBounds) {
  return queryRows<{ kind: 'individual' | 'collective'; sessions: number }>(
    tx,
    sql`select m.kind, count(*)::int as sessions
          from module_sessions s
          join modules m on m.centre_id = s.centre_id and m.id = s.module_id
         where s.centre_id = ${centreId}
           and s.starts_at >= (${y.first}::date)::timestamp at time zone 'Europe/Brussels'
           and s.starts_at < (${y.last}::date + 1)::timestamp at time zone 'Europe/Brussels'
         group by m.kind`,
  );
}

/** Attendance marks at the year's sessions, per kind of module, status and person. */
export function selectAttendanceOfYear(tx: TenantTx, centreId: string, y: YearBounds) {
  return queryRows<{
    kind: 'individual' | 'collective';
    status: 'present' | 'excused' | 'absent';
    personId: string;
    marks: number;
  }>(
    tx,
    sql`select m.kind, a.status, en.person_id as "personId", count(*)::int as marks
          from session_attendance a
          join module_sessions s on s.centre_id = a.centre_id and s.id = a.session_id
          join module_enrolments en on en.centre_id = a.centre_id and en.id = a.enrolment_id
          join modules m on m.centre_id = s.centre_id and m.id = s.module_id
         where a.centre_id = ${centreId}
           and s.starts_at >= (${y.first}::date)::timestamp at time zone 'Europe/Brussels'
           and s.starts_at < (${y.last}::date + 1)::timestamp at time zone 'Europe/Brussels'
         group by m.kind, a.status, en.person_id`,
  );
}

export interface MeasurementRow {
  id: string;
  personId: string;
  instrumentKey: string;
  instrumentVersion: number;
  measuredOn: string;
  recordedAt: string;
  scores: Array<{ domain: string; workerScore?: number | null; personScore?: number | null }>;
}

/**
 * The measurements up to 31 December of the people measured in the year with an instrument
 * (their baseline may be older): progress is read from each person's own starting point.
 */
export function selectMeasurementsOfYear(tx: TenantTx, centreId: string, y: YearBounds) {
  return queryRows<MeasurementRow>(
    tx,
    sql`select m.id, m.person_id as "personId", m.instrument_key as "instrumentKey",
               m.instrument_version as "instrumentVersion", m.measured_on::text as "measuredOn",
               m.created_at::text as "recordedAt", m.scores
          from measurements m
         where m.centre_id = ${centreId} and m.withdrawn_at is null and m.measured_on <= ${y.last}::date
           and exists (
             select 1 from measurements y
              where y.centre_id = m.centre_id and y.person_id = m.person_id
                and y.instrument_key = m.instrument_key and y.withdrawn_at is null
                and y.measured_on between ${y.first}::date and ${y.last}::date)`,
  );
}

/** Each instrument version the centre can measure with, for scales and labels. */
export function selectInstrumentDefinitions(tx: TenantTx, centreId: string) {
  return queryRows<{ key: string; version: number; definition: unknown }>(
    tx,
    sql`select key, version, definition from instruments where centre_id = ${centreId} order by key, version`,
  );
}

/** Cost lines of the year, per plan. */
export function selectCostsOfYear(tx: TenantTx, centreId: string, y: YearBounds) {
  return queryRows<{ trajectoryId: string; cents: number; lines: number }>(
    tx,
    sql`select trajectory_id as "trajectoryId", sum(amount_cents)::bigint as cents, count(*)::int as lines
          from trajectory_costs
         where centre_id = ${centreId} and incurred_on between ${y.first}::date and ${y.last}::date
         group by trajectory_id`,
  ).then((rows) => rows.map((r) => ({ ...r, cents: Number(r.cents) })));
}

export interface ReportYearRow {
  year: number;
  objectives: Record<string, number>;
  subsidies: Record<string, number>;
  closedAt: string | null;
  closedBy: string | null;
  version: number;
}

export async function selectReportYear(
  tx: TenantTx,
  centreId: string,
  year: number,
  options: { lock?: boolean } = {},
) {
  const rows = await queryRows<ReportYearRow>(
    tx,
    sql`select year, objectives, subsidies, closed_at as "closedAt", closed_by as "closedBy", version
          from report_years where centre_id = ${centreId} and year = ${year}${options.lock ? sql` for update` : sql``}`,
  );
  return rows[0] ?? null;
}

/** The frozen counts of a closed year. */
export function selectFrozenCounts(tx: TenantTx, centreId: string, year: number) {
  return queryRows<{ cell: string; count: number; amount: number }>(
    tx,
    sql`select cell, count, amount::bigint as amount from report_counts where centre_id = ${centreId} and year = ${year}`,
  ).then((rows) => rows.map((r) => ({ ...r, amount: Number(r.amount) })));
}

/** The frozen members of one figure of a closed year. */
export function selectFrozenMembers(tx: TenantTx, centreId: string, year: number, cell: string) {
  return queryRows<{ subjectId: string }>(
    tx,
    sql`select subject_id as "subjectId" from report_members
         where centre_id = ${centreId} and year = ${year} and cell = ${cell}`,
  ).then((rows) => rows.map((r) => r.subjectId));
}

/** A text array literal for unnest, sent as one parameter: cells (checked names), uuids and integers. */
function sqlArray(values: readonly string[]) {
  return `{${values.map((v) => `"${v.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`).join(',')}}`;
}

export async function selectCentreName(tx: TenantTx, centreId: string): Promise<string> {
  const rows = await queryRows<{ name: string }>(tx, sql`select name from centres where id = ${centreId}`);
  return rows[0]?.name ?? '';
}

/** The people behind a figure's members (plans, people or sanctions), in name order. */
export async function selectMembersWithNames(
  tx: TenantTx,
  centreId: string,
  subject: 'trajectory' | 'person' | 'sanction',
  ids: readonly string[],
) {
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

export async function insertReportYearIfMissing(
  tx: TenantTx,
  centreId: string,
  year: number,
  userId: string,
) {
  await tx.execute(
    sql`insert into report_years (centre_id, year, created_by, updated_by)
        values (${centreId}, ${year}, ${userId}, ${userId})
        on conflict do nothing`,
  );
}

export async function updateReportYearSettings(
  tx: TenantTx,
  centreId: string,
  year: number,
  change: { objectives: Record<string, number>; subsidies: Record<string, number>; by: string; at: Date },
) {
  await tx.execute(
    sql`update report_years set objectives = ${JSON.stringify(change.objectives)}::jsonb,
               subsidies = ${JSON.stringify(change.subsidies)}::jsonb,
               version = version + 1, updated_at = ${change.at.toISOString()}, updated_by = ${change.by}
         where centre_id = ${centreId} and year = ${year}`,
  );
}

export async function insertFrozenCounts(
  tx: TenantTx,
  centreId: string,
  year: number,
  counts: ReadonlyMap<string, { count: number; amount: number }>,
) {
  const cells = [...counts.keys()];
  if (cells.length === 0) return;
  await tx.execute(
    sql`insert into report_counts (centre_id, year, cell, count, amount)
        select ${centreId}, ${year}, c.cell, c.count, c.amount
          from unnest(${sqlArray(cells)}::text[], ${sqlArray(cells.map((c) => String(counts.get(c)?.count ?? 0)))}::int[],
                      ${sqlArray(cells.map((c) => String(counts.get(c)?.amount ?? 0)))}::bigint[]) as c(cell, count, amount)`,
  );
}

/** Who is behind each drillable figure, in chunks (a large centre has 150,000 of them). */
export async function insertFrozenMembers(
  tx: TenantTx,
  centreId: string,
  year: number,
  members: readonly { cell: string; subjectId: string }[],
) {
  for (let i = 0; i < members.length; i += 5000) {
    const chunk = members.slice(i, i + 5000);
    await tx.execute(
      sql`insert into report_members (centre_id, year, cell, subject_id)
          select ${centreId}, ${year}, m.cell, m.subject_id
            from unnest(${sqlArray(chunk.map((m) => m.cell))}::text[], ${sqlArray(chunk.map((m) => m.subjectId))}::uuid[]) as m(cell, subject_id)`,
    );
  }
}

export async function markYearClosed(tx: TenantTx, centreId: string, year: number, userId: string, at: Date) {
  await tx.execute(
    sql`update report_years set closed_at = ${at.toISOString()}, closed_by = ${userId},
               version = version + 1, updated_at = ${at.toISOString()}, updated_by = ${userId}
         where centre_id = ${centreId} and year = ${year}`,
  );
}

/**
 * Whether the centre closed its report of `year`. Read-only, and locked in share mode: a year
 * being closed at the same moment waits for this change, or this change waits and sees it closed.
 */
export async function selectYearClosed(tx: TenantTx, centreId: string, year: number): Promise<boolean> {
  const rows = await queryRows<{ closed: boolean }>(
    tx,
    sql`select closed_at is not null as closed from report_years
         where centre_id = ${centreId} and year = ${year} for share`,
  );
  return rows[0]?.closed === true;
}
