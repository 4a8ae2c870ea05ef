/**
 * The federal figures over the API, on the real database. Three centres of this file close 2022
 * with counts written by hand (the federal view reads nothing else), so every figure and every
 * suppression below is worked out in the comments; a fourth centre's year stays open and must not
 * count. Then one more centre closes 2023 through the real report, and its figures reach the view.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import type { FederalIndicators } from './schemas.ts';

let t: TestApp;
let federal: string;
let namurLead: string;

async function centreWithCounts(region: string | null, closed: boolean, counts: Record<string, number>) {
  const id = randomUUID();
  await ownerRows(
    t.database,
    sql`insert into centres (id, name, language, region) values (${id}, ${`CPAS ${id.slice(0, 4)}`}, 'fr', ${region})`,
  );
  const [admin] = await ownerRows<{ id: string }>(
    t.database,
    sql`insert into users (centre_id, email, display_name, password_hash, role, locale)
        select ${id}, ${`fed-${id.slice(0, 8)}@test.demo`}, 'Admin', password_hash, 'admin', 'fr'
        from users where email = 'admin@namur.demo' returning id`,
  );
  await ownerRows(
    t.database,
    sql`insert into report_years (centre_id, year, closed_at, closed_by)
        values (${id}, 2022, ${closed ? '2023-02-01T10:00:00Z' : null}, ${closed ? (admin?.id ?? null) : null})`,
  );
  for (const [cell, count] of Object.entries(counts)) {
    await ownerRows(
      t.database,
      sql`insert into report_counts (centre_id, year, cell, count) values (${id}, 2022, ${cell}, ${count})`,
    );
  }
  return id;
}

function value(r: FederalIndicators, group: string, table: string, row: string, column = 'count') {
  const g = r.groups.find((x) => x.key === group);
  for (const s of g?.sections ?? []) {
    const tb = s.tables.find((x) => x.key === table);
    if (!tb) continue;
    const i = tb.columns.findIndex((c) => c.key === column);
    return tb.rows.find((x) => x.key === row)?.values[i];
  }
  throw new Error(`no ${group}/${table}`);
}

const get = (session: string, url: string) => t.call(session, { method: 'GET', url });

beforeAll(async () => {
  t = await createTestApp();
  federal = await t.login('federal@spp.demo', { address: '10.40.0.1' });
  namurLead = await t.login('lead@namur.demo', { address: '10.40.0.2' });
  // Participants by sex: Wallonia A F 20 M 15; Wallonia B F 3 M 9; Flanders C F 30 M 2.
  // Volunteering: A 6, B 2, C 7 (of closed 10, 4, 12).
  await centreWithCounts('wallonia', true, {
    'participants.total': 35,
    'participants.sex.F': 20,
    'participants.sex.M': 15,
    'activation.closed': 10,
    'activation.outcome.volunteering': 6,
    'activation.outcome.employment': 4,
  });
  await centreWithCounts('wallonia', true, {
    'participants.total': 12,
    'participants.sex.F': 3,
    'participants.sex.M': 9,
    'activation.closed': 4,
    'activation.outcome.volunteering': 2,
    'activation.outcome.employment': 2,
  });
  await centreWithCounts('flanders', true, {
    'participants.total': 32,
    'participants.sex.F': 30,
    'participants.sex.M': 2,
    'activation.closed': 12,
    'activation.outcome.volunteering': 7,
    'activation.outcome.employment': 5,
  });
  // Open year: never counted.
  await centreWithCounts('brussels', false, { 'participants.total': 500, 'participants.sex.F': 500 });
});
afterAll(() => t.close());

describe('GET /federal/indicators', () => {
  it('adds up the closed centres for the country', async () => {
    const response = await get(federal, '/api/v1/federal/indicators?year=2022');
    expect(response.statusCode, response.body).toBe(200);
    const r = response.json<FederalIndicators>();
    // The demo centres never close 2022: only this file's three closed centres count.
    expect(r.centres.closed).toBe(3);
    expect(r.groups.map((g) => g.key)).toEqual(['all']);
    expect(r.groups[0]?.centres).toBe(3);
    // F 20 + 3 + 30 = 53, M 15 + 9 + 2 = 26, total 79: nothing small in the country.
    expect(value(r, 'all', 'participantsBySex', 'F', 'people')).toEqual({ value: 53 });
    expect(value(r, 'all', 'participantsBySex', 'M', 'people')).toEqual({ value: 26 });
    expect(value(r, 'all', 'participantsBySex', 'total', 'people')).toEqual({ value: 79 });
    expect(value(r, 'all', 'participantsBySex', 'F', 'share')).toEqual({ value: 0.671 });
    expect(value(r, 'all', 'activationOutcomes', 'volunteering')).toEqual({ value: 15 });
    expect(value(r, 'all', 'activationOutcomes', 'volunteering', 'shareOfClosed')).toEqual({ value: 0.577 });
    // No drill-down for the federal role: values carry no cell.
    expect(JSON.stringify(r)).not.toContain('"cell"');
    // Objectives are each centre's own: not in the federal view.
    expect(r.groups[0]?.sections.map((s) => s.key)).toEqual([
      'activation',
      'piis',
      'participants',
      'modules',
      'progress',
      'costs',
      'feedback',
    ]);
  });

  it('by region, hides a small cell and enough others that it cannot be worked out', async () => {
    const response = await get(federal, '/api/v1/federal/indicators?year=2022&by=region');
    expect(response.statusCode, response.body).toBe(200);
    const r = response.json<FederalIndicators>();
    expect(r.groups.map((g) => [g.key, g.centres])).toEqual([
      ['all', 3],
      ['flanders', 1],
      ['wallonia', 2],
    ]);
    // Flanders: M is 2, shown "<5"; F (30) would give it away as total − F, so F is withheld,
    // with its share; and Wallonia's M (24) is withheld too, or country − Wallonia would give
    // Flanders' M away; then F in Wallonia (23) and the country's M and F follow the same reasoning.
    expect(value(r, 'flanders', 'participantsBySex', 'M', 'people')).toEqual({
      value: null,
      mark: 'lessThan5',
    });
    expect(value(r, 'flanders', 'participantsBySex', 'F', 'people')).toEqual({ value: null, mark: 'hidden' });
    expect(value(r, 'flanders', 'participantsBySex', 'F', 'share')).toEqual({ value: null, mark: 'hidden' });
    expect(value(r, 'wallonia', 'participantsBySex', 'M', 'people')).toEqual({ value: null, mark: 'hidden' });
    // What is shown cannot pin Flanders' M: every line through it has another withheld cell.
    const shown = (group: string, row: string) => value(r, group, 'participantsBySex', row, 'people')?.value;
    const flandersTotal = shown('flanders', 'total');
    const countryM = shown('all', 'M');
    const walloniaM = shown('wallonia', 'M');
    expect(flandersTotal === null || shown('flanders', 'F') === null).toBe(true);
    expect(countryM === null || walloniaM === null).toBe(true);
    // Volunteering: Flanders 7, Wallonia 8, country 15: nothing small, all shown.
    expect(value(r, 'flanders', 'activationOutcomes', 'volunteering')).toEqual({ value: 7 });
    expect(value(r, 'wallonia', 'activationOutcomes', 'volunteering')).toEqual({ value: 8 });
  });

  it('by size band (participants in the year), and refuses bad input with a clear message', async () => {
    const bands = await get(federal, '/api/v1/federal/indicators?year=2022&by=sizeBand');
    expect(bands.statusCode).toBe(200);
    // 35, 12 and 32 participants: three small centres.
    expect(bands.json<FederalIndicators>().groups.map((g) => [g.key, g.centres])).toEqual([
      ['all', 3],
      ['small', 3],
    ]);
    const bad = await get(federal, '/api/v1/federal/indicators?year=2022&by=province');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0]).toMatchObject({
      path: 'by',
      message: 'Choisissez none, region ou sizeBand.',
    });
    const future = await get(federal, '/api/v1/federal/indicators?year=2031');
    expect(future.statusCode).toBe(400);
    expect((await get(namurLead, '/api/v1/federal/indicators?year=2022')).statusCode).toBe(403);
    // The audit trail keeps the read, with no centre.
    const [audit] = await ownerRows<{ details: unknown; centreId: string | null }>(
      t.database,
      sql`select details, centre_id as "centreId" from audit_events where action = 'federal.read' order by id desc limit 1`,
    );
    expect(audit).toEqual({ details: { year: 2022, by: 'sizeBand' }, centreId: null });
  });

  it('a year closed through the report reaches the federal view, and the reader role sees no person', async () => {
    const admin = await t.login('admin@gent.demo', { address: '10.40.0.3' });
    const report = await get(admin, '/api/v1/reports/annual?year=2023');
    const closing = await t.call(admin, {
      method: 'POST',
      url: '/api/v1/reports/annual/2023/close',
      payload: { version: report.json().version },
    });
    expect(closing.statusCode, closing.body).toBe(200);
    const [gent] = await ownerRows<{ count: number }>(
      t.database,
      sql`select count from report_counts rc join centres c on c.id = rc.centre_id
          where c.name = 'OCMW Gent-Demo' and rc.year = 2023 and rc.cell = 'participants.total'`,
    );
    const r = (await get(federal, '/api/v1/federal/indicators?year=2023')).json<FederalIndicators>();
    expect(r.centres.closed).toBe(1);
    const total = value(r, 'all', 'participantsBySex', 'total', 'people');
    const expected = gent?.count ?? 0;
    expect(total).toEqual(
      expected >= 5
        ? { value: expected }
        : expected === 0
          ? { value: 0 }
          : { value: null, mark: 'lessThan5' },
    );

    // The reader role itself: aggregate counts yes, a person never.
    const refused = await t.database.db
      .transaction(async (tx) => {
        await tx.execute(sql`select set_config('role', 'passerelle_federal', true)`);
        await tx.execute(sql`select count(*) from persons`);
      })
      .then(
        () => null,
        (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
      );
    expect(refused).toMatch(/permission denied/);
  });
});

describe('no route gives the federal role a person', () => {
  it('every GET route answers the federal analyst with a refusal, or with no person data', async () => {
    const [person] = await ownerRows<{ id: string; lastName: string }>(
      t.database,
      sql`select id, last_name as "lastName" from persons order by created_at limit 1`,
    );
    const routes = t.app.accessRules.filter((r) => r.method === 'GET' && r.access !== 'public');
    expect(routes.length).toBeGreaterThan(40);
    const answered: string[] = [];
    for (const route of routes) {
      const url = `/api/v1${route.url.replace(/^\/api\/v1/, '')}`
        .replace(/:[a-zA-Z]+/g, person?.id ?? '')
        .concat(route.url.includes('federal') || route.url.includes('reports') ? '?year=2022' : '');
      const response = await get(federal, url);
      if (response.statusCode === 200) answered.push(route.url);
      // A refusal names the address asked for (`instance`), which the caller wrote: not a leak.
      const { instance: _asked, ...answer } = JSON.parse(response.body || '{}') as Record<string, unknown>;
      expect(JSON.stringify(answer), route.url).not.toContain(person?.id ?? 'x');
      expect(JSON.stringify(answer), route.url).not.toContain(person?.lastName ?? 'x');
    }
    // What the federal analyst may read at all: themself, studies, and the federal figures.
    expect(answered.sort()).toEqual(expect.arrayContaining(['/api/v1/federal/indicators', '/api/v1/me']));
    for (const url of answered) expect(url).toMatch(/^\/api\/v1\/(me|federal|studies|installation)/);
  });
});
