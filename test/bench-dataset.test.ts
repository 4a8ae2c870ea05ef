/** The benchmark dataset generator's pure parts (bench/dataset.ts, bench/rows.ts): no database. */
import { describe, expect, it } from 'vitest';
import {
  addDays,
  BENCH_TODAY,
  benchUuid,
  centreFiles,
  centreSizes,
  centreUsers,
  dayFromEpoch,
  daysBetween,
  epochDay,
  federalUser,
  MATRIX_DOMAINS,
  mulberry32,
  NATIONAL,
  PERSON_LANGUAGES,
  type PersonFile,
  planCentres,
  SCALE_OF,
  type Scale,
  staffing,
} from '../bench/dataset.ts';
import { NAMES } from '../bench/names.ts';
import { AUDIT_EVENTS, CopyBuffer, copyLine, EVENTS, FILE_TABLES, RECORD_VERSIONS } from '../bench/rows.ts';
import { ageOn } from '../src/domain/dates.ts';
import { LIFE_DOMAINS } from '../src/domain/life-domains.ts';
import { checkNiss } from '../src/domain/niss.ts';
import { foldForSearch, hasForbiddenNameCharacters } from '../src/domain/text.ts';
import { EVENT_TYPES } from '../src/features/events/schemas.ts';

const SEED = 11;
/** Numbers rows from 1, as the generator numbers events.position and audit_events.id. */
function counter() {
  let n = 0;
  return () => ++n;
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

function filesOf(scale: Scale, index = 0): PersonFile[] {
  const centre = planCentres(scale, SEED)[index];
  if (!centre) throw new Error('no such centre');
  const workers = centreUsers(SEED, centre)
    .filter((u) => u.role === 'worker')
    .map((u) => u.id);
  return [...centreFiles(centre, workers, { seed: SEED, today: BENCH_TODAY })];
}

describe('randomness and ids', () => {
  it('mulberry32 gives the same sequence for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 5 }, () => a.next());
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(first);
    expect(first.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(mulberry32(43).next()).not.toBe(first[0]);
  });

  it.each([
    ['int stays within bounds', () => mulberry32(1).int(3, 5), (v: number) => v >= 3 && v <= 5],
    ['pick takes an item', () => mulberry32(2).pick(['a', 'b']), (v: string) => v === 'a' || v === 'b'],
  ] as const)('%s', (_, draw, ok) => {
    for (let i = 0; i < 50; i++) expect((ok as (v: unknown) => boolean)(draw())).toBe(true);
  });

  it('benchUuid makes valid, unique version-4 UUIDs', () => {
    const seen = new Set<string>();
    for (const kind of ['centre', 'user', 'person', 'event'] as const) {
      for (const centre of [0, 1, 600]) {
        for (let n = 0; n < 2000; n++) {
          const id = benchUuid(SEED, kind, centre, n);
          expect(id).toMatch(UUID_V4);
          seen.add(id);
        }
      }
    }
    expect(seen.size).toBe(4 * 3 * 2000);
    expect(benchUuid(SEED, 'person', 1, 1)).toBe(benchUuid(SEED, 'person', 1, 1));
    expect(benchUuid(SEED + 1, 'person', 1, 1)).not.toBe(benchUuid(SEED, 'person', 1, 1));
  });
});

describe('calendar', () => {
  it.each([
    ['2026-11-01', 0, '2026-11-01'],
    ['2026-11-01', -1, '2026-10-31'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2023-02-28', 1, '2023-03-01'],
    ['2000-12-31', 1, '2001-01-01'],
    ['1956-03-01', -1, '1956-02-29'],
    ['2026-11-01', -1825, '2021-11-02'],
  ] as const)('addDays(%s, %i) is %s', (day, days, expected) => {
    expect(addDays(day, days)).toBe(expected);
    expect(daysBetween(day, expected)).toBe(days);
  });

  it('agrees with Date over seventy years', () => {
    for (let d = epochDay('1950-01-01'); d < epochDay('2027-01-01'); d += 7) {
      expect(dayFromEpoch(d)).toBe(new Date(d * 86_400_000).toISOString().slice(0, 10));
    }
  });
});

describe('centres', () => {
  it.each([
    ['ci', 3, 1250],
    ['centre', 2, 10_025],
    ['national', 600, 250_000],
  ] as const)('%s has %i centres and %i people', (scale, centres, people) => {
    const plan = planCentres(scale, SEED);
    expect(plan).toHaveLength(centres);
    expect(plan.reduce((sum, c) => sum + c.people, 0)).toBe(people);
    expect(new Set(plan.map((c) => c.id)).size).toBe(centres);
    expect(planCentres(scale, SEED)).toEqual(plan);
  });

  it('national sizes follow a heavy-tailed spread', () => {
    const sizes = centreSizes(
      NATIONAL.centres,
      NATIONAL.people,
      NATIONAL.largest,
      NATIONAL.smallest,
      NATIONAL.spread,
    );
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(250_000);
    expect(sizes[0]).toBe(10_000);
    expect(sizes.filter((s) => s >= 9_000).length).toBeGreaterThanOrEqual(3);
    expect(sizes.filter((s) => s >= 9_000).length).toBeLessThanOrEqual(5);
    expect(sizes.filter((s) => s < 300).length / sizes.length).toBeGreaterThan(0.6);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(NATIONAL.smallest);
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1] as number);
  });

  it.each([
    [100, 4],
    [5_000, 5],
    [8, 3],
    [10_000, 20],
  ] as const)('centreSizes(%i centres) adds up exactly', (count, smallest) => {
    const total = count * 37 + 3;
    const sizes = centreSizes(count, total, 10_000, smallest, 1.7);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(total);
  });

  it('names a centre by its language, and that language by its region', () => {
    const national = planCentres('national', SEED);
    for (const c of national) {
      const expected = { wallonia: 'fr', brussels: 'fr', flanders: 'nl', eastCantons: 'de' }[c.region];
      expect(c.language).toBe(expected);
      expect(c.name).toBe(`${{ fr: 'CPAS', nl: 'OCMW', de: 'ÖSHZ' }[c.language]} Bench ${c.code}`);
      expect(c.code).toBe(String(c.index).padStart(4, '0'));
    }
    const regions = new Set(national.map((c) => c.region));
    expect(regions).toEqual(new Set(['wallonia', 'brussels', 'flanders', 'eastCantons']));
    expect(national.filter((c) => c.region === 'eastCantons').every((c) => c.people <= 600)).toBe(true);
    // The largest centres speak each main language.
    expect(new Set(national.slice(0, 3).map((c) => c.language))).toEqual(new Set(['fr', 'nl']));
    expect(national.slice(0, 5).map((c) => c.region)).toContain('brussels');
  });
});

describe('accounts', () => {
  it.each([
    [8, 1, 1],
    [150, 5, 1],
    [1_000, 33, 3],
    [10_000, 333, 28],
  ] as const)('a centre of %i people has %i workers and %i leads', (people, workers, leads) => {
    expect(staffing(people)).toEqual({ workers, leads });
  });

  it('national has about 10,000 accounts, with unique lower-case e-mails', () => {
    const users = [federalUser(SEED), ...planCentres('national', SEED).flatMap((c) => centreUsers(SEED, c))];
    expect(users.length).toBeGreaterThan(9_500);
    expect(users.length).toBeLessThan(10_500);
    expect(new Set(users.map((u) => u.email)).size).toBe(users.length);
    expect(new Set(users.map((u) => u.id)).size).toBe(users.length);
    for (const u of users) {
      expect(u.email).toBe(u.email.toLowerCase());
      expect(u.email).toMatch(/^(w\d+|lead\d+|admin)@c\d{4}\.bench$|^federal@spp\.bench$/);
      expect((u.role === 'federal') === (u.centreId === null)).toBe(true);
    }
  });

  it('a centre has workers w1…, leads and one admin, in its language', () => {
    const centre = planCentres('ci', SEED)[1];
    if (!centre) throw new Error('missing');
    const users = centreUsers(SEED, centre);
    expect(users.map((u) => [u.email, u.role])).toEqual([
      ...Array.from({ length: 7 }, (_, i) => [`w${i + 1}@c0002.bench`, 'worker']),
      ['lead1@c0002.bench', 'lead'],
      ['admin@c0002.bench', 'admin'],
    ]);
    expect(users.every((u) => u.locale === 'nl' && u.centreId === centre.id)).toBe(true);
  });
});

describe('people and their files', () => {
  const files = filesOf('ci');
  const centre = planCentres('ci', SEED)[0];

  it('is deterministic', () => {
    expect(filesOf('ci').slice(0, 50)).toEqual(files.slice(0, 50));
  });

  it('gives every person a valid identity', () => {
    expect(files).toHaveLength(1000);
    const numbers = files.map((f) => f.nationalNumber).filter((n): n is string => n !== null);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(numbers.length / files.length).toBeGreaterThan(0.8);
    for (const f of files) {
      expect(['F', 'M', 'X']).toContain(f.sex);
      expect(f.searchName).toBe(foldForSearch(`${f.lastName} ${f.firstName}`));
      expect(hasForbiddenNameCharacters(f.firstName) || hasForbiddenNameCharacters(f.lastName)).toBe(false);
      const age = ageOn(f.birthDate, BENCH_TODAY);
      expect(age).toBeGreaterThanOrEqual(18);
      expect(age).toBeLessThanOrEqual(70);
      if (f.nationalNumber) {
        const check = checkNiss(f.nationalNumber);
        expect(check.valid).toBe(true);
        if (check.valid && check.birthDate) expect(check.birthDate).toBe(f.birthDate);
        if (check.valid && check.kind === 'national' && f.sex !== 'X') {
          expect(check.sequenceParity).toBe(f.sex === 'M' ? 'odd' : 'even');
        }
      }
      if (f.email) expect(f.email).toMatch(/^[a-z0-9]+\.[a-z0-9]+\d+@example\.org$/);
      if (f.phone) expect(f.phone).toMatch(/^04\d\d \d\d \d\d \d\d$/);
      expect(f.id).toMatch(UUID_V4);
    }
  });

  it('speaks the languages of its region', () => {
    const allowed = new Set(PERSON_LANGUAGES[centre?.region ?? 'wallonia'].map(([l]) => l));
    for (const f of files) expect(allowed.has(f.language)).toBe(true);
    const french = files.filter((f) => f.language === 'fr').length / files.length;
    expect(french).toBeGreaterThan(0.8);
  });

  it('draws names from several origins', () => {
    const lastNames = new Set(files.map((f) => f.lastName.split('-')[0]));
    const origins = Object.entries(NAMES).filter(([, pool]) => pool.last.some((l) => lastNames.has(l)));
    expect(origins.length).toBeGreaterThanOrEqual(5);
  });

  it('keeps every file within its rules', () => {
    const assessmentCounts = new Set<number>();
    for (const f of files) {
      expect(f.assessments.length).toBeLessThanOrEqual(3);
      expect(f.measurements.length).toBeGreaterThanOrEqual(1);
      expect(f.measurements.length).toBeLessThanOrEqual(6);
      assessmentCounts.add(f.assessments.length);
      expect(f.registeredOn >= f.birthDate && f.registeredOn <= BENCH_TODAY).toBe(true);
      expect(f.createdAt.slice(0, 10)).toBe(f.registeredOn);
      for (const a of f.assessments) {
        expect(a.assessedOn >= f.registeredOn && a.assessedOn <= BENCH_TODAY).toBe(true);
        expect(a.domains.length).toBeGreaterThanOrEqual(2);
        expect(new Set(a.domains.map((d) => d.domain)).size).toBe(a.domains.length);
        for (const d of a.domains) expect(LIFE_DOMAINS).toContain(d.domain);
      }
      for (const m of f.measurements) {
        expect(m.measuredOn >= f.registeredOn && m.measuredOn <= BENCH_TODAY).toBe(true);
        expect(m.createdAt.slice(0, 10)).toBe(m.measuredOn);
        const scale = SCALE_OF[m.instrumentKey];
        for (const s of m.scores) {
          expect(s.workerScore).toBeGreaterThanOrEqual(scale.min);
          expect(s.workerScore).toBeLessThanOrEqual(scale.max);
          if (s.personScore !== null) {
            expect(s.personScore).toBeGreaterThanOrEqual(scale.min);
            expect(s.personScore).toBeLessThanOrEqual(scale.max);
          }
          if (m.instrumentKey === 'participation-ladder') expect(s.domain).toBe('participation');
          else expect(MATRIX_DOMAINS).toContain(s.domain);
        }
      }
      expect(f.measurements[0]?.context).toBe('intake');
    }
    expect(assessmentCounts).toEqual(new Set([0, 1, 2, 3]));
  });

  it('records each day after the one before within a day (the timeline order)', () => {
    for (const f of files) {
      const stamps = [
        f.createdAt,
        ...f.assessments.map((a) => a.createdAt),
        ...f.measurements.map((m) => m.createdAt),
      ];
      const byDay = new Map<string, string[]>();
      for (const s of stamps) byDay.set(s.slice(0, 10), [...(byDay.get(s.slice(0, 10)) ?? []), s]);
      expect(f.createdAt <= (byDay.get(f.registeredOn)?.sort()[0] ?? f.createdAt)).toBe(true);
      // Between 08:00 and 23:59 in Brussels: the same calendar day there.
      for (const s of stamps) expect(Number(s.slice(11, 13))).toBeLessThanOrEqual(21);
    }
  });

  it('gives every record a unique id', () => {
    const ids = files.flatMap((f) => [
      f.id,
      ...f.assessments.map((a) => a.id),
      ...f.measurements.map((m) => m.id),
    ]);
    const events = files.flatMap((f) => [
      f.eventId,
      ...f.assessments.map((a) => a.eventId),
      ...f.measurements.map((m) => m.eventId),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(events).size).toBe(events.length);
  });
});

describe('rows', () => {
  it.each([
    [['a', 1, null, true], 'a\t1\t\\N\tt\n'],
    [['tab\there', 'back\\slash', 'line\nbreak\r'], 'tab\\there\tback\\\\slash\tline\\nbreak\\r\n'],
    [['{"note":"a \\"quote\\""}'], '{"note":"a \\\\"quote\\\\""}\n'],
    [['Hélène', ''], 'Hélène\t\n'],
  ] as const)('copyLine(%j)', (cells, line) => {
    expect(copyLine(cells)).toBe(line);
  });

  it('CopyBuffer keeps the bytes of every line, in order, across its chunks', () => {
    const buffer = new CopyBuffer();
    const rows = Array.from(
      { length: 20_000 },
      (_, i) => [i, `Hélène Çelik-Yılmaz ${'é'.repeat(i % 97)}`, null] as const,
    );
    for (const row of rows) buffer.push(row);
    const chunks = buffer.finish();
    expect(chunks.length).toBeGreaterThan(1);
    expect(buffer.rows).toBe(rows.length);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(rows.map((r) => copyLine(r)).join(''));
  });

  const [file] = filesOf('ci', 2);
  if (!file) throw new Error('no file');

  it('writes one event per record, first of its subject, of a known type', () => {
    const rows = [...EVENTS.rows(file, counter())];
    expect(rows).toHaveLength(1 + file.assessments.length + file.measurements.length);
    for (const row of rows) {
      expect(EVENT_TYPES).toContain(row[2]);
      expect(row[5]).toBe(1);
      expect(row[6]).toBe(file.id);
    }
    expect(rows.map((r) => r[11])).toEqual(rows.map((_, i) => i + 1));
    expect(rows[0]?.slice(2, 8)).toEqual([
      'person.registered',
      'person',
      file.id,
      1,
      file.id,
      file.registeredOn,
    ]);
    const measurement = file.measurements[0];
    const last = rows[rows.length - 1];
    expect(JSON.parse(String(last?.[10]))).toEqual({
      instrumentKey: file.measurements[file.measurements.length - 1]?.instrumentKey,
      instrumentVersion: 1,
      context: file.measurements[file.measurements.length - 1]?.context,
    });
    expect(measurement).toBeDefined();
  });

  it('keeps version 1 of every record, as insertRecordVersion does', () => {
    const rows = [...RECORD_VERSIONS.rows(file, counter())];
    expect(rows.map((r) => [r[1], r[3]])).toEqual([
      ['person', 1],
      ...file.assessments.map(() => ['assessment', 1]),
      ...file.measurements.map(() => ['measurement', 1]),
    ]);
    const person = JSON.parse(String(rows[0]?.[4]));
    expect(Object.keys(person).sort()).toEqual(
      [
        'firstName',
        'lastName',
        'birthDate',
        'sex',
        'language',
        'nationalNumber',
        'email',
        'phone',
        'searchName',
        'createdAt',
        'createdBy',
        'updatedAt',
        'updatedBy',
      ].sort(),
    );
  });

  it('audits each create as the app does', () => {
    const rows = [...AUDIT_EVENTS.rows(file, counter())];
    expect(rows.map((r) => r[3])).toEqual([
      'person.create',
      ...file.assessments.map(() => 'assessment.create'),
      ...file.measurements.map(() => 'measurement.create'),
    ]);
  });

  it('has as many cells as columns in every table', () => {
    for (const table of FILE_TABLES) {
      for (const row of table.rows(file, counter())) expect(row).toHaveLength(table.columns.length);
    }
  });
});
