import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import type { JournalEntry } from './schemas.ts';

let t: TestApp;
let worker: string;
let colleague: string;
let lead: string;
let admin: string;
let gent: string;
let federal: string;
let personId: string;

const newPerson = async (lastName: string) =>
  (
    await t.call(worker, {
      method: 'POST',
      url: '/api/v1/persons',
      payload: { firstName: 'Inès', lastName, birthDate: '1988-05-05', sex: 'F', language: 'fr' },
    })
  ).json<{ id: string }>().id;

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.login('worker@namur.demo', { address: '10.7.0.1' });
  colleague = await t.login('worker2@namur.demo', { address: '10.7.0.2' });
  lead = await t.login('lead@namur.demo', { address: '10.7.0.3' });
  admin = await t.login('admin@namur.demo', { address: '10.7.0.4' });
  gent = await t.login('worker@gent.demo', { address: '10.7.0.5' });
  federal = await t.login('federal@spp.demo', { address: '10.7.0.6' });
  personId = await newPerson('Journalier');
});
afterAll(() => t.close());

const entry = (overrides: Record<string, unknown> = {}) => ({
  kind: 'home_visit',
  occurredOn: '2026-11-20',
  text: 'Visite à domicile : le chauffage fonctionne de nouveau. Réunion prévue avec le propriétaire.',
  durationMinutes: 45,
  ...overrides,
});
const write = (session: string, body: object, id = personId) =>
  t.call(session, { method: 'POST', url: `/api/v1/persons/${id}/journal`, payload: body });
const list = (session: string, query: Record<string, string> = {}, id = personId) =>
  t.call(session, { method: 'GET', url: `/api/v1/persons/${id}/journal`, query });
const count = async (table: 'journal_entries' | 'record_versions' | 'events') =>
  (
    await ownerRows<{ n: number }>(t.database, sql`select count(*)::int as n from ${sql.identifier(table)}`)
  )[0]?.n;

describe('POST /persons/{id}/journal', () => {
  it('writes an entry whose author is the caller, with its event and audit row', async () => {
    const response = await write(worker, entry());
    expect(response.statusCode).toBe(201);
    const made = response.json<JournalEntry>();
    expect(response.headers.location).toBe(`/api/v1/journal/${made.id}`);
    expect(made).toMatchObject({
      personId,
      kind: 'home_visit',
      occurredOn: '2026-11-20',
      text: entry().text,
      durationMinutes: 45,
      authorName: 'Camille Dubois',
      version: 1,
    });
    expect(made.earlierVersions).toBeUndefined();
    const traces = await ownerRows<{ type: string; payload: unknown; action: string }>(
      t.database,
      sql`select e.type, e.payload, a.action from events e
          join audit_events a on a.subject_id = e.subject_id::text
          where e.subject_id = ${made.id}`,
    );
    // The event carries the kind only: the text stays in the entry.
    expect(traces).toEqual([
      { type: 'journal.written', payload: { kind: 'home_visit' }, action: 'journal.create' },
    ]);
  });

  it('takes an entry without a duration', async () => {
    const response = await write(worker, entry({ durationMinutes: undefined, kind: 'phone' }));
    expect(response.statusCode).toBe(201);
    expect(response.json().durationMinutes).toBeNull();
  });

  it.each([
    ['no text', entry({ text: '   ' }), 'text', 'validation.required'],
    ['an unknown kind', entry({ kind: 'telepathy' }), 'kind', 'validation.invalidEnum'],
    ['a future date', entry({ occurredOn: '2026-11-24' }), 'occurredOn', 'validation.dateInFuture'],
    ['an impossible date', entry({ occurredOn: '2026-02-30' }), 'occurredOn', 'validation.invalidDate'],
    [
      'a date before birth (1988-05-05)',
      entry({ occurredOn: '1988-05-04' }),
      'occurredOn',
      'validation.beforeBirth',
    ],
    ['a duration of 0 minutes', entry({ durationMinutes: 0 }), 'durationMinutes', 'validation.tooSmall'],
    ['a duration over a day', entry({ durationMinutes: 1441 }), 'durationMinutes', 'validation.tooBig'],
    ['an unknown field', entry({ author: 'someone else' }), '', 'validation.unknownField'],
  ])('refuses %s with the field named, and writes nothing', async (_name, body, path, code) => {
    const before = [await count('journal_entries'), await count('record_versions'), await count('events')];
    const response = await write(worker, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    expect([await count('journal_entries'), await count('record_versions'), await count('events')]).toEqual(
      before,
    );
  });

  it('answers 401 without a session, 404 for a person of another centre, 403 to the federal role', async () => {
    expect((await write(null as unknown as string, entry())).statusCode).toBe(401);
    expect((await write(gent, entry())).statusCode).toBe(404);
    expect((await list(gent)).statusCode).toBe(404);
    expect((await write(federal, entry())).statusCode).toBe(403);
    expect((await list(federal)).statusCode).toBe(403);
  });
});

describe('GET /persons/{id}/journal', () => {
  let id: string;
  beforeAll(async () => {
    id = await newPerson('Chercheuse');
    await write(
      worker,
      entry({ occurredOn: '2026-10-01', kind: 'interview', text: 'Premier entretien au CPAS.' }),
      id,
    );
    await write(
      colleague,
      entry({ occurredOn: '2026-11-02', kind: 'phone', text: 'Appel : RÉUNION annulée.' }),
      id,
    );
    await write(
      worker,
      entry({ occurredOn: '2026-10-15', kind: 'written', text: 'Courrier au propriétaire.' }),
      id,
    );
  });

  it('lists newest first, with each author', async () => {
    const response = await list(worker, {}, id);
    expect(response.statusCode).toBe(200);
    const page = response.json<{ items: JournalEntry[]; nextCursor: string | null }>();
    expect(page.items.map((e) => [e.occurredOn, e.authorName])).toEqual([
      ['2026-11-02', 'Nadia Benali'],
      ['2026-10-15', 'Camille Dubois'],
      ['2026-10-01', 'Camille Dubois'],
    ]);
    expect(page.nextCursor).toBeNull();
  });

  it('searches the text whatever the accents and case, every word must appear', async () => {
    const texts = async (q: string) =>
      (await list(worker, { q }, id)).json<{ items: JournalEntry[] }>().items.map((e) => e.occurredOn);
    expect(await texts('reunion')).toEqual(['2026-11-02']);
    expect(await texts('PROPRIÉTAIRE')).toEqual(['2026-10-15']);
    expect(await texts('entretien cpas')).toEqual(['2026-10-01']);
    expect(await texts('entretien propriétaire')).toEqual([]);
    // Typed characters are text, not patterns.
    expect(await texts('%')).toEqual(['2026-11-02', '2026-10-15', '2026-10-01']);
    expect(await texts('_')).toEqual(['2026-11-02', '2026-10-15', '2026-10-01']);
  });

  it('filters by kind', async () => {
    const items = (await list(worker, { kind: 'written' }, id)).json<{ items: JournalEntry[] }>().items;
    expect(items.map((e) => e.kind)).toEqual(['written']);
  });

  it('pages with a cursor, without repeating or skipping an entry', async () => {
    const first = (await list(worker, { limit: '2' }, id)).json<{
      items: JournalEntry[];
      nextCursor: string;
    }>();
    expect(first.items.map((e) => e.occurredOn)).toEqual(['2026-11-02', '2026-10-15']);
    const second = (await list(worker, { limit: '2', cursor: first.nextCursor }, id)).json<{
      items: JournalEntry[];
      nextCursor: string | null;
    }>();
    expect(second.items.map((e) => e.occurredOn)).toEqual(['2026-10-01']);
    expect(second.nextCursor).toBeNull();
    const bad = await list(worker, { cursor: 'not-a-cursor' }, id);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual([
      expect.objectContaining({ path: 'cursor', code: 'validation.invalidCursor' }),
    ]);
  });

  it('pages entries of the same day and instant by id', async () => {
    const sameDay = await newPerson('Mêmejour');
    for (const text of ['un', 'deux', 'trois']) await write(worker, entry({ text }), sameDay);
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = (await list(worker, { limit: '1', ...(cursor ? { cursor } : {}) }, sameDay)).json<{
        items: JournalEntry[];
        nextCursor: string | null;
      }>();
      seen.push(...page.items.map((e) => e.text));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen.sort()).toEqual(['deux', 'trois', 'un']);
  });

  it('records that the journal was read, never what was searched for', async () => {
    await list(worker, { q: 'secret words' }, id);
    const rows = await ownerRows<{ details: unknown }>(
      t.database,
      sql`select details from audit_events where action = 'journal.list' and person_id = ${id} order by id desc limit 1`,
    );
    expect(rows).toEqual([{ details: { returned: 0, searched: true } }]);
  });
});

describe('GET and PATCH /journal/{id}', () => {
  let made: JournalEntry;
  beforeAll(async () => {
    made = (await write(worker, entry({ text: 'Le loyer est payé.', durationMinutes: 30 }))).json();
  });

  it('lets the author correct an entry: a new version, the earlier text kept for leads and admins', async () => {
    const corrected = await t.call(worker, {
      method: 'PATCH',
      url: `/api/v1/journal/${made.id}`,
      payload: { version: 1, text: 'Le loyer est payé pour moitié.', durationMinutes: null },
    });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json()).toMatchObject({
      version: 2,
      text: 'Le loyer est payé pour moitié.',
      durationMinutes: null,
    });

    // The author and colleagues see the current text and that it was corrected (version 2)…
    const byWorker = (await t.call(colleague, { method: 'GET', url: `/api/v1/journal/${made.id}` })).json();
    expect(byWorker).toMatchObject({ version: 2, text: 'Le loyer est payé pour moitié.' });
    expect(byWorker.earlierVersions).toBeUndefined();
    // …team leads and administrators also read what it said before.
    for (const session of [lead, admin]) {
      const seen = (
        await t.call(session, { method: 'GET', url: `/api/v1/journal/${made.id}` })
      ).json<JournalEntry>();
      expect(seen.earlierVersions).toEqual([
        {
          version: 1,
          kind: 'home_visit',
          occurredOn: '2026-11-20',
          text: 'Le loyer est payé.',
          durationMinutes: 30,
          savedAt: made.updatedAt,
        },
      ]);
    }
    const event = await ownerRows<{ type: string; payload: unknown }>(
      t.database,
      sql`select type, payload from events where subject_id = ${made.id} order by subject_seq`,
    );
    expect(event).toEqual([
      { type: 'journal.written', payload: { kind: 'home_visit' } },
      { type: 'journal.corrected', payload: { fields: ['text', 'durationMinutes'] } },
    ]);
  });

  it('finds a corrected entry by its new words only', async () => {
    const items = (await list(worker, { q: 'moitie' })).json<{ items: JournalEntry[] }>().items;
    expect(items.map((e) => e.id)).toEqual([made.id]);
  });

  it('refuses a correction by anyone but the author, even a lead, and changes nothing', async () => {
    for (const session of [colleague, lead]) {
      const response = await t.call(session, {
        method: 'PATCH',
        url: `/api/v1/journal/${made.id}`,
        payload: { version: 2, text: 'Autre chose' },
      });
      expect(response.statusCode).toBe(403);
      expect(response.json().detail).toBe(
        "Seul l'auteur d'une note du journal peut la corriger. Écrivez une nouvelle note pour ajouter ce que vous savez.",
      );
    }
    const now = (await t.call(worker, { method: 'GET', url: `/api/v1/journal/${made.id}` })).json();
    expect(now).toMatchObject({ version: 2, text: 'Le loyer est payé pour moitié.' });
  });

  it('answers 409 on a stale version and 400 on bad input, changing nothing', async () => {
    const stale = await t.call(worker, {
      method: 'PATCH',
      url: `/api/v1/journal/${made.id}`,
      payload: { version: 1, text: 'Trop tard' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().currentVersion).toBe(2);
    const empty = await t.call(worker, {
      method: 'PATCH',
      url: `/api/v1/journal/${made.id}`,
      payload: { version: 2, text: '' },
    });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors).toEqual([
      expect.objectContaining({ path: 'text', code: 'validation.required' }),
    ]);
    const noVersion = await t.call(worker, {
      method: 'PATCH',
      url: `/api/v1/journal/${made.id}`,
      payload: {},
    });
    expect(noVersion.statusCode).toBe(400);
    const versions = await ownerRows<{ version: number }>(
      t.database,
      sql`select version from record_versions where entity = 'journal_entry' and entity_id = ${made.id} order by version`,
    );
    expect(versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it('saving what is already there makes no new version', async () => {
    const same = await t.call(worker, {
      method: 'PATCH',
      url: `/api/v1/journal/${made.id}`,
      payload: { version: 2, text: 'Le loyer est payé pour moitié.', kind: 'home_visit' },
    });
    expect(same.statusCode).toBe(200);
    expect(same.json().version).toBe(2);
  });

  it("never shows or changes another centre's entry, and the federal role sees none", async () => {
    expect((await t.call(gent, { method: 'GET', url: `/api/v1/journal/${made.id}` })).statusCode).toBe(404);
    const patch = await t.call(gent, {
      method: 'PATCH',
      url: `/api/v1/journal/${made.id}`,
      payload: { version: 2, text: 'x' },
    });
    expect(patch.statusCode).toBe(404);
    expect((await t.call(federal, { method: 'GET', url: `/api/v1/journal/${made.id}` })).statusCode).toBe(
      403,
    );
  });

  it('shows entries and corrections on the timeline', async () => {
    const id = await newPerson('Chronologie');
    const written = (await write(worker, entry({ occurredOn: '2026-11-10' }), id)).json<JournalEntry>();
    await t.call(worker, {
      method: 'PATCH',
      url: `/api/v1/journal/${written.id}`,
      payload: { version: 1, kind: 'phone' },
    });
    const items = (await t.call(worker, { method: 'GET', url: `/api/v1/persons/${id}/timeline` })).json<{
      items: Array<{ type: string; kind: string; id: string; date: string; detail: unknown }>;
    }>().items;
    expect(items.filter((i) => i.kind === 'journal_entry')).toEqual([
      expect.objectContaining({
        type: 'journal.corrected',
        kind: 'journal_entry',
        id: written.id,
        date: '2026-11-23',
        detail: { fields: ['kind'] },
      }),
      expect.objectContaining({
        type: 'journal.written',
        kind: 'journal_entry',
        id: written.id,
        date: '2026-11-10',
        detail: { kind: 'home_visit' },
      }),
    ]);
  });
});
