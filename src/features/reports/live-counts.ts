/**
 * The counts of an open year's plan, participant and progress figures, computed by PostgreSQL in
 * one statement instead of shipping every plan, version, evaluation and measurement to Node.
 *
 * Why a second form of the rules: a large centre (10,000 people, 15,000 plans) took 550–820 ms to
 * read and classify in Node, against a 300 ms target; assembling those rows alone costs the
 * database about 135 ms, so no faster reading would do. The rules themselves stay in
 * src/domain/reports/cells.ts (and progress.ts, evaluation-compliance.ts): they list the members
 * behind a figure and freeze a closed year. This statement mirrors them line by line, and
 * `live-counts.test.ts` holds it to them: the counts it gives must equal the counts of the members
 * the TypeScript rules give, on the hand-counted fixture, the demo centres and generated files
 * (every age band, Feb 29 starts, missed and remote evaluations, changed scales). A rule changed
 * in one place and not the other fails that test.
 *
 * Sanctions, modules, costs and feedback are small reads and stay in compute.ts.
 */
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/connect.ts';
import type { TenantTx } from '../../db/tenancy.ts';
import type { CentrePolicy } from '../../domain/centre-policy.ts';
import type { InstrumentDefinition } from '../../domain/instruments.ts';
import { scaleOf } from '../../domain/instruments.ts';
import type { YearBounds } from '../../domain/reports/cells.ts';
import type { CellCount } from './compute.ts';

/** Each (instrument, version, domain) scale, for "measured on the same scale" (progress.ts sameScale). */
function scaleRows(definitions: ReadonlyMap<string, ReadonlyMap<number, InstrumentDefinition>>) {
  const rows: { key: string; version: number; domain: string; min: number; max: number }[] = [];
  for (const [key, versions] of definitions) {
    for (const [version, definition] of versions) {
      for (const domain of definition.domains) {
        const scale = scaleOf(definition, domain.key);
        if (scale) rows.push({ key, version, domain: domain.key, min: scale.min, max: scale.max });
      }
    }
  }
  return rows;
}

export async function liveCounts(
  tx: TenantTx,
  centreId: string,
  y: YearBounds,
  policy: CentrePolicy,
  definitions: ReadonlyMap<string, ReadonlyMap<number, InstrumentDefinition>>,
): Promise<Map<string, CellCount>> {
  // evaluationsFor (centre-policy.ts): the same float arithmetic, in the same order, in SQL.
  const perYear =
    policy.evaluation.kind === 'perYear' ? policy.evaluation.minimum : 12 / policy.evaluation.months;
  const first = sql`${y.first}::date`;
  const last = sql`${y.last}::date`;
  // The statement's estimated cost crosses PostgreSQL's JIT threshold, and compiling it took
  // seconds where running it takes milliseconds. Its CTEs have no statistics, so the planner
  // guesses a handful of rows and probes evaluations once per plan; hash joins are twice as fast.
  // Both settings are put back afterwards: the rest of the request's transaction plans as usual.
  const [before] = await queryRows<{ jit: string; nestloop: string }>(
    tx,
    sql`select current_setting('jit') as jit, current_setting('enable_nestloop') as nestloop`,
  );
  await tx.execute(sql`select set_config('jit', 'off', true), set_config('enable_nestloop', 'off', true)`);
  const rows = await queryRows<{ cell: string; count: number; amount: number | string }>(
    tx,
    sql`
with version as (
  -- The versions signed by 31 December, in one pass: the first, the latest, and whether any was
  -- oriented to social activation (isSocialActivation).
  select trajectory_id, first_signed, first_start, first_orientations, latest_orientations, latest_end, activation
    from (select v.trajectory_id,
                 row_number() over w as n,
                 first_value(v.signed_on) over w as first_signed,
                 first_value(coalesce(v.start_on, v.signed_on)) over w as first_start,
                 first_value(v.orientations) over w as first_orientations,
                 last_value(v.orientations) over w as latest_orientations,
                 last_value(v.planned_end_on) over w as latest_end,
                 bool_or(v.orientations ? 'socialActivation') over w as activation
            -- The orientations read once from each version's content (a plan's whole text).
            from (select trajectory_id, number, signed_on, start_on, planned_end_on,
                         content -> 'orientations' as orientations
                    from trajectory_versions
                   where centre_id = ${centreId} and signed_on <= ${last}) v
          window w as (partition by v.trajectory_id order by v.number
                       rows between unbounded preceding and unbounded following)) v
   where n = 1
),
plan as materialized (
  -- A plan as its dated records stood on 31 December (PlanFacts): closed or outcome later is unknown.
  select t.id, t.person_id, t.form, t.situation, (t.exemption is not null) as exempted,
         (t.created_at at time zone 'Europe/Brussels')::date as drafted_on,
         case when t.closed_on <= ${last} then t.closed_on end as closed_on,
         case when t.closed_on <= ${last} then t.outcome end as outcome,
         -- conclusionDeadline: 3 months from the anchor; PostgreSQL clamps to the month's end, as addMonths.
         (case when ${policy.deadlineAnchor} = 'decision' then t.decision_date else t.notification_date end
            + interval '3 months')::date as deadline,
         pe.birth_date, pe.sex, pe.language,
         v.first_signed, v.first_start, v.first_orientations, v.latest_orientations, v.latest_end,
         (t.form = 'growthPlan' or coalesce(v.activation, false)) as activation
    from trajectories t
    join persons pe on pe.centre_id = t.centre_id and pe.id = t.person_id
    left join version v on v.trajectory_id = t.id
   where t.centre_id = ${centreId} and (t.closed_on is null or t.closed_on >= ${first})
),
judged as (
  -- planCells' evaluation minimum: judged at closure in the year, else on 31 December.
  select id, first_start, latest_end, judged_on, least(judged_on, latest_end) as reach,
         (date_part('month', first_start) = 2 and date_part('day', first_start) = 29) as leap_start
    from (select id, first_start, latest_end,
                 case when closed_on >= ${first} then closed_on else ${last} end as judged_on
            from plan
           where form = 'piis' and first_signed is not null and latest_end is not null) p
   where first_start <= judged_on
),
plan_year as (
  -- planYearCounts' loop in closed form: the plan years start on each anniversary of the start
  -- (1 March after a 29 February start, as lastDayOfMonths then ends the year on 28 February);
  -- the current one is the last that began on or before both the judging day and the planned end.
  -- age() counts whole years as ageOn does.
  select id, judged_on, from_on, least(next_on - 1, latest_end) as to_on
    from (select id, judged_on, latest_end,
                 case when k = 0 then first_start
                      when leap_start then make_date(start_year + k, 3, 1)
                      else (first_start + k * interval '1 year')::date end as from_on,
                 case when leap_start then make_date(start_year + k + 1, 3, 1)
                      else (first_start + (k + 1) * interval '1 year')::date end as next_on
            from (select *, greatest(0, date_part('year', age(reach,
                           case when leap_start then make_date(start_year, 3, 1) else first_start end))::int) as k
                    from (select *, date_part('year', first_start)::int as start_year from judged) j) j) y
),
minimum as (
  select py.id, py.judged_on, py.to_on,
         count(ev.held_on) as held,
         count(ev.held_on) filter (where ev.mode = 'inPerson') as held_in_person,
         greatest(1, ceil(${perYear}::float8 * ((py.to_on - py.from_on)::float8 / 365) - 1e-9)) as required,
         greatest(1, ceil((${policy.inPersonMinimum}::float8 * (py.to_on - py.from_on)) / 365 - 1e-9)) as in_person
    from plan_year py
    -- A missed evaluation counts for nothing.
    left join evaluations ev
      on ev.centre_id = ${centreId} and ev.trajectory_id = py.id and ev.missed = false
     and ev.held_on between py.from_on and py.to_on and ev.held_on <= py.judged_on
   group by py.id, py.judged_on, py.to_on, py.from_on
),
-- planCells, one pass over the plans for the fixed figures, one group for each kind of breakdown.
plan_count(cell, count) as (
  select c.cell, c.count
    from (select count(*) filter (where first_signed >= ${first} and activation) as started,
                 count(*) filter (where first_signed is not null and closed_on is null and activation) as running,
                 count(*) filter (where first_signed is not null and activation and closed_on >= ${first}
                                    and outcome is not null) as closed,
                 count(*) filter (where form = 'piis' and first_signed is not null and closed_on is null) as in_force,
                 count(*) filter (where form = 'piis' and first_signed >= ${first}) as concluded,
                 count(*) filter (where form = 'piis' and first_signed >= ${first} and deadline is null) as unknown,
                 count(*) filter (where form = 'piis' and first_signed >= ${first}
                                    and first_signed <= deadline) as on_time
            from plan) f,
         lateral (values ('activation.started', f.started), ('activation.running', f.running),
                         ('activation.closed', f.closed), ('piis.inForce', f.in_force),
                         ('piis.concluded', f.concluded), ('piis.concludedDeadlineUnknown', f.unknown),
                         ('piis.concludedOnTime', f.on_time)) c(cell, count)
  union all select 'activation.outcome.' || outcome, count(*) from plan
   where first_signed is not null and activation and closed_on >= ${first} and outcome is not null
   group by outcome
  -- A mixed plan counts under each of its orientations, once.
  union all select 'piis.inForce.' || o, count(distinct id) from plan, jsonb_array_elements_text(latest_orientations) o
   where form = 'piis' and first_signed is not null and closed_on is null group by o
  union all select 'piis.concluded.' || o, count(distinct id) from plan, jsonb_array_elements_text(first_orientations) o
   where form = 'piis' and first_signed >= ${first} group by o
  union all select c.cell, c.count
    from (select count(*) filter (where met or judged_on > to_on) as judged, count(*) filter (where met) as met
            from (select *, held >= required and held_in_person >= least(required, in_person) as met
                    from minimum) m) f,
         lateral (values ('piis.evaluationJudged', f.judged), ('piis.evaluationMet', f.met)) c(cell, count)
),
-- A person takes part when a plan of theirs was signed by 31 December and not closed before the
-- year. Ages are on 31 December, so a difference of years (ageOn, ageBand).
participant as materialized (
  select pe.id, pe.sex, pe.language, ${y.year} - date_part('year', pe.birth_date)::int as age
    from persons pe
   where pe.centre_id = ${centreId}
     and pe.id in (select person_id from plan where first_signed is not null)
),
person_count(cell, count) as (
  select 'participants.total', count(*) from participant
  union all select 'participants.sex.' || sex, count(*) from participant group by sex
  union all select 'participants.language.' || language, count(*) from participant group by language
  union all select 'participants.age.' || case
                     when age < 25 then 'under25' when age < 35 then '25to34'
                     when age < 45 then '35to44' when age < 55 then '45to54' else '55plus' end, count(*)
              from participant group by 1
  union all select 'piis.people', count(distinct person_id) from plan where form = 'piis' and first_signed is not null
  -- withoutPiisReason: a PIIS file drafted, neither signed nor closed by then, of a person under 25.
  union all select 'piis.withoutPiis.' || case when exempted then 'exemption'
                                              when deadline is null or deadline >= ${last} then 'withinDeadline'
                                              else 'overdue' end, count(distinct person_id)
    from plan
   where form = 'piis' and situation = 'integrationIncome' and drafted_on <= ${last} and closed_on is null
     and first_signed is null and birth_date <= ${last} and ${y.year} - date_part('year', birth_date)::int < 25
   group by 1
),
scale as (
  select * from jsonb_to_recordset(${JSON.stringify(scaleRows(definitions))}::jsonb)
    as s(key text, version int, domain text, min numeric, max numeric)
),
-- computeProgress, worker's side: per person, instrument and domain, the first and the last point
-- with a worker's score (measurements up to 31 December, of series measured in the year).
point as (
  select m.person_id, m.instrument_key, s.domain,
         row_number() over w as n,
         count(*) over w as points,
         first_value(s.score) over w as first_score, first_value(m.instrument_version) over w as first_version,
         last_value(s.score) over w as last_score, last_value(m.instrument_version) over w as last_version
    from (select m.*, max(m.measured_on) over (partition by m.person_id, m.instrument_key) as latest_on
            from measurements m
           where m.centre_id = ${centreId} and m.withdrawn_at is null and m.measured_on <= ${last}) m,
         lateral (select e ->> 'domain' as domain, (e ->> 'workerScore')::numeric as score
                    from jsonb_array_elements(m.scores) e) s
   -- A series counts when the person was measured with the instrument in the year.
   where m.latest_on >= ${first} and s.score is not null
  window w as (partition by m.person_id, m.instrument_key, s.domain
               order by m.measured_on, m.created_at, m.id
               rows between unbounded preceding and unbounded following)
),
change as (
  -- Only when both ends were scored on the same scale (progress.ts sameScale).
  select p.instrument_key, p.domain, p.last_score - p.first_score as change
    from point p
    join scale sf on sf.key = p.instrument_key and sf.version = p.first_version and sf.domain = p.domain
    join scale sl on sl.key = p.instrument_key and sl.version = p.last_version and sl.domain = p.domain
   where p.n = 1 and p.points > 1 and sf.min = sl.min and sf.max = sl.max
)
select cell, count::int as count, 0 as amount from plan_count where count > 0
union all
select cell, count::int, 0 from person_count where count > 0
union all
select 'progress.' || instrument_key || '.' || domain || '.measured', count(*)::int, sum(change)
  from change group by instrument_key, domain
union all
select 'progress.' || instrument_key || '.' || domain || '.'
       || case when change > 0 then 'improved' when change < 0 then 'declined' else 'stayed' end,
       count(*)::int, 0
  from change group by 1`,
  );
  await tx.execute(
    sql`select set_config('jit', ${before?.jit ?? 'on'}, true), set_config('enable_nestloop', ${before?.nestloop ?? 'on'}, true)`,
  );
  return new Map(rows.map((r) => [r.cell, { count: r.count, amount: Number(r.amount) }]));
}
