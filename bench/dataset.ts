/**
 * The benchmark dataset as pure, deterministic functions: which centres exist at each scale, who
 * works there, and every person's file (identity, assessments, measurements). The same seed and
 * day give the same dataset, ids included, on every machine. bench/rows.ts turns it into table
 * rows; bench/generate.ts writes them with COPY.
 */
import { addMonths } from '../src/domain/dates.ts';
import participationLadder from '../src/domain/instruments/participation-ladder.json' with { type: 'json' };
import selfRelianceMatrix from '../src/domain/instruments/self-reliance-matrix.json' with { type: 'json' };
import { LIFE_DOMAINS, type LifeDomain } from '../src/domain/life-domains.ts';
import { makeNiss } from '../src/domain/niss.ts';
import { foldForSearch } from '../src/domain/text.ts';
import { NAMES, type Origin } from './names.ts';
import { FINDINGS, OVERALL, SCORE_NOTES, type TextLanguage } from './texts.ts';

/** Every generated account has this password (the load driver logs in with it). */
export const BENCH_PASSWORD = 'bench-password';
/** Generated e-mail addresses end with this: `w12@c0042.bench`. */
export const BENCH_EMAIL_DOMAIN = 'bench';
/** The day the dataset is generated "on": fixed, so every run gives the same dataset. */
export const BENCH_TODAY = '2026-11-01';
export const DEFAULT_SEED = 11;

export const SCALES = ['ci', 'centre', 'national'] as const;
export type Scale = (typeof SCALES)[number];

export type Region = 'wallonia' | 'flanders' | 'brussels' | 'eastCantons';
export type CentreLanguage = TextLanguage;
export type Locale = 'fr' | 'nl' | 'de' | 'en';
export type Sex = 'F' | 'M' | 'X';
export type Role = 'worker' | 'lead' | 'admin' | 'federal';

/** Files per worker account: 250,000 people and 10,000 users nationally (DOMAIN.md §8). */
export const PEOPLE_PER_WORKER = 30;
export const WORKERS_PER_LEAD = 12;

export const NATIONAL = { centres: 600, people: 250_000, largest: 10_000, smallest: 8, spread: 1.7 };

// ---------------------------------------------------------------------------------------------
// Deterministic randomness

/** The murmur3 finaliser: a bijection on 32-bit integers that scatters neighbouring inputs. */
export function fmix32(value: number): number {
  let h = value >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One 32-bit seed from several numbers (order matters). */
export function mix32(...values: number[]): number {
  let h = 0x811c9dc5;
  for (const v of values) h = fmix32(Math.imul(h ^ (v >>> 0), 0x9e3779b1) + 0x7f4a7c15);
  return h;
}

export interface Random {
  /** In [0, 1). */
  next(): number;
  /** An integer in [min, max], both included. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
}

/** mulberry32, as the demo seed uses: small, fast and good enough for test data. */
class Mulberry32 implements Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed | 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)] as T;
  }
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const entry of entries) total += entry[1];
    let roll = this.next() * total;
    for (const [value, weight] of entries) {
      roll -= weight;
      if (roll < 0) return value;
    }
    return (entries[entries.length - 1] as readonly [T, number])[0];
  }
}

export function mulberry32(seed: number): Random {
  return new Mulberry32(seed);
}

const ID_KINDS = {
  centre: 1,
  user: 2,
  person: 3,
  assessment: 4,
  measurement: 5,
  event: 6,
  request: 7,
} as const;
export type IdKind = keyof typeof ID_KINDS;

const hex = (value: number, digits: number) => (value >>> 0).toString(16).padStart(8, '0').slice(-digits);

/**
 * A deterministic version-4 UUID, unique for each (kind, centre, n): the first 32 bits are a
 * bijection of n (random-looking, so indexes fill as with the app's random ids), the next 16 bits
 * the centre, then the kind; the rest is scattered from the same inputs.
 */
export function benchUuid(seed: number, kind: IdKind, centre: number, n: number): string {
  const k = ID_KINDS[kind];
  const salt = mix32(seed, k, centre);
  const a = fmix32((n ^ salt) >>> 0);
  const b = fmix32(a ^ 0x5bd1e995);
  const c = fmix32(b + k);
  return `${hex(a, 8)}-${hex(centre, 4)}-4${hex(k, 3)}-${hex((b & 0x3fff) | 0x8000, 4)}-${hex(c, 8)}${hex(b >>> 16, 4)}`;
}

// ---------------------------------------------------------------------------------------------
// Calendar

export function addDays(day: string, days: number): string {
  return dayFromEpoch(epochDay(day) + days);
}

/** Days since 1970-01-01. */
export function epochDay(day: string): number {
  return (
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / 86_400_000
  );
}

/** The civil date of an epoch day (H. Hinnant's algorithm): no Date object, no string parsing. */
export function dayFromEpoch(epoch: number): string {
  const z = epoch + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return `${y}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`;
}

export function daysBetween(from: string, to: string): number {
  return epochDay(to) - epochDay(from);
}

// ---------------------------------------------------------------------------------------------
// Centres and their sizes

export interface CentrePlan {
  /** 1-based; the code in names and e-mail addresses is this number on 4 digits. */
  index: number;
  code: string;
  id: string;
  name: string;
  language: CentreLanguage;
  region: Region;
  people: number;
  workers: number;
  leads: number;
}

/** Horner's rule: coefficients from the highest power down. */
function polynomial(coefficients: readonly number[], x: number): number {
  return coefficients.reduce((sum, c) => sum * x + c, 0);
}

/** The standard normal quantile (Acklam's approximation, relative error < 1.2e-9). */
export function normalQuantile(p: number): number {
  const a = [
    -39.69683028665376, 220.9460984245205, -275.928510446969, 138.357751867269, -30.66479806614716,
    2.506628277459239,
  ];
  const b = [
    -54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572, 1,
  ];
  const c = [
    -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
    2.938163982698783,
  ];
  const d = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416, 1];
  const tail = (q: number) => polynomial(c, q) / polynomial(d, q);
  if (p < 0.02425) return tail(Math.sqrt(-2 * Math.log(p)));
  if (p > 1 - 0.02425) return -tail(Math.sqrt(-2 * Math.log(1 - p)));
  const q = p - 0.5;
  const r = q * q;
  return (polynomial(a, r) * q) / polynomial(b, r);
}

/**
 * Centre sizes, largest first, following a log-normal spread (as the number of files per
 * municipality does): the quantiles of the distribution, scaled so they add up to `total`, each
 * between `smallest` and `largest`. With the national figures: three centres near 10,000 files,
 * about three in four under 300, half under about 100.
 */
export function centreSizes(count: number, total: number, largest: number, smallest: number, spread: number) {
  if (total < count * smallest || total > count * largest)
    throw new Error(`cannot spread ${total} files over ${count} centres`);
  const shape = Array.from({ length: count }, (_, i) =>
    Math.exp(spread * normalQuantile((count - i - 0.5) / count)),
  );
  const sized = (scale: number) =>
    shape.map((s) => Math.min(largest, Math.max(smallest, Math.round(scale * s))));
  const sum = (sizes: number[]) => sizes.reduce((t, s) => t + s, 0);
  let low = 0;
  let high = largest / (shape[0] as number) + total;
  for (let i = 0; i < 200 && high - low > 1e-9; i++) {
    const middle = (low + high) / 2;
    if (sum(sized(middle)) < total) low = middle;
    else high = middle;
  }
  const sizes = sized(high);
  // Rounding leaves a few files over or under: take them from (or give them to) the largest
  // centres that are not at a bound, one each, which keeps the order.
  let rest = total - sum(sizes);
  for (let i = 0; rest !== 0 && i < count * 4; i++) {
    const j = i % count;
    const size = sizes[j] as number;
    if (rest > 0 && size < largest && (j === 0 || size < (sizes[j - 1] as number))) {
      sizes[j] = size + 1;
      rest--;
    } else if (rest < 0 && size > smallest && (j === count - 1 || size > (sizes[j + 1] as number))) {
      sizes[j] = size - 1;
      rest++;
    }
  }
  if (rest !== 0) throw new Error(`cannot spread ${total} files over ${count} centres`);
  return sizes;
}

export function staffing(people: number): { workers: number; leads: number } {
  const workers = Math.max(1, Math.round(people / PEOPLE_PER_WORKER));
  return { workers, leads: Math.max(1, Math.round(workers / WORKERS_PER_LEAD)) };
}

const CENTRE_PREFIX: Record<CentreLanguage, string> = { fr: 'CPAS', nl: 'OCMW', de: 'ÖSHZ' };
const REGION_LANGUAGE: Record<Region, CentreLanguage> = {
  wallonia: 'fr',
  brussels: 'fr',
  flanders: 'nl',
  eastCantons: 'de',
};

function centrePlan(seed: number, index: number, region: Region, people: number): CentrePlan {
  const code = String(index).padStart(4, '0');
  const language = REGION_LANGUAGE[region];
  return {
    index,
    code,
    id: benchUuid(seed, 'centre', index, 0),
    name: `${CENTRE_PREFIX[language]} Bench ${code}`,
    language,
    region,
    people,
    ...staffing(people),
  };
}

const LARGEST_REGIONS: readonly Region[] = ['flanders', 'brussels', 'wallonia', 'flanders', 'wallonia'];

/** The centres of a scale, the largest first. */
export function planCentres(scale: Scale, seed = DEFAULT_SEED): CentrePlan[] {
  if (scale === 'ci') {
    return [
      centrePlan(seed, 1, 'wallonia', 1000),
      centrePlan(seed, 2, 'flanders', 200),
      centrePlan(seed, 3, 'eastCantons', 50),
    ];
  }
  // One large city centre, and a small one beside it so that isolation between centres is exercised.
  if (scale === 'centre')
    return [centrePlan(seed, 1, 'brussels', 10_000), centrePlan(seed, 2, 'flanders', 25)];
  const rng = mulberry32(mix32(seed, 0x5ce7e5));
  return centreSizes(
    NATIONAL.centres,
    NATIONAL.people,
    NATIONAL.largest,
    NATIONAL.smallest,
    NATIONAL.spread,
  ).map((people, i) => {
    // About as many centres in each region as Belgium has: 300 Flemish, 262 Walloon (9 of them
    // German-speaking, all small) and 19 in Brussels.
    const drawn = rng.weighted<Region>([
      ['flanders', 0.515],
      ['wallonia', 0.436],
      ['brussels', 0.033],
      ['eastCantons', 0.016],
    ]);
    // The largest centres are the big cities of each region, as in Belgium.
    let region = LARGEST_REGIONS[i] ?? drawn;
    if (region === 'eastCantons' && people > 600) region = 'wallonia';
    return centrePlan(seed, i + 1, region, people);
  });
}

// ---------------------------------------------------------------------------------------------
// Accounts

export interface BenchUser {
  id: string;
  centreId: string | null;
  email: string;
  displayName: string;
  role: Role;
  locale: Locale;
}

const ORIGINS: Record<Region, readonly (readonly [Origin, number])[]> = {
  wallonia: [
    ['french', 0.66],
    ['maghreb', 0.12],
    ['southernEurope', 0.06],
    ['centralAfrica', 0.06],
    ['easternEurope', 0.05],
    ['middleEast', 0.03],
    ['turkish', 0.02],
  ],
  flanders: [
    ['dutch', 0.68],
    ['maghreb', 0.1],
    ['turkish', 0.06],
    ['easternEurope', 0.06],
    ['middleEast', 0.04],
    ['centralAfrica', 0.03],
    ['french', 0.03],
  ],
  brussels: [
    ['french', 0.3],
    ['maghreb', 0.25],
    ['centralAfrica', 0.13],
    ['easternEurope', 0.1],
    ['dutch', 0.06],
    ['turkish', 0.06],
    ['southernEurope', 0.05],
    ['middleEast', 0.05],
  ],
  eastCantons: [
    ['german', 0.7],
    ['french', 0.15],
    ['easternEurope', 0.05],
    ['maghreb', 0.04],
    ['middleEast', 0.03],
    ['southernEurope', 0.03],
  ],
};

/** The language of the people a centre serves (their documents are printed in it). */
export const PERSON_LANGUAGES: Record<Region, readonly (readonly [Locale, number])[]> = {
  wallonia: [
    ['fr', 0.9],
    ['en', 0.07],
    ['nl', 0.02],
    ['de', 0.01],
  ],
  flanders: [
    ['nl', 0.86],
    ['en', 0.08],
    ['fr', 0.06],
  ],
  brussels: [
    ['fr', 0.7],
    ['en', 0.18],
    ['nl', 0.12],
  ],
  eastCantons: [
    ['de', 0.78],
    ['fr', 0.18],
    ['en', 0.04],
  ],
};

const MAIN_ORIGIN: Record<Region, Origin> = {
  wallonia: 'french',
  brussels: 'french',
  flanders: 'dutch',
  eastCantons: 'german',
};

export const userEmail = (role: 'worker' | 'lead', n: number, centreCode: string) =>
  `${role === 'worker' ? 'w' : 'lead'}${n}@c${centreCode}.${BENCH_EMAIL_DOMAIN}`;
export const adminEmail = (centreCode: string) => `admin@c${centreCode}.${BENCH_EMAIL_DOMAIN}`;
export const FEDERAL_EMAIL = `federal@spp.${BENCH_EMAIL_DOMAIN}`;

/**
 * A centre's accounts: workers `w1…`, team leads `lead1…` and one administrator. User n of a
 * centre has id benchUuid(seed, 'user', centre, n): workers from 1, then leads, then the admin.
 */
export function centreUsers(seed: number, centre: CentrePlan): BenchUser[] {
  const rng = mulberry32(mix32(seed, centre.index, 0x57aff));
  const name = () => {
    const origin = rng.chance(0.85) ? MAIN_ORIGIN[centre.region] : rng.weighted(ORIGINS[centre.region]);
    const pool = NAMES[origin];
    return `${rng.pick(rng.chance(0.7) ? pool.F : pool.M)} ${rng.pick(pool.last)}`;
  };
  const users: BenchUser[] = [];
  const add = (role: Role, email: string) =>
    users.push({
      id: benchUuid(seed, 'user', centre.index, users.length + 1),
      centreId: centre.id,
      email,
      displayName: name(),
      role,
      locale: centre.language,
    });
  for (let n = 1; n <= centre.workers; n++) add('worker', userEmail('worker', n, centre.code));
  for (let n = 1; n <= centre.leads; n++) add('lead', userEmail('lead', n, centre.code));
  add('admin', adminEmail(centre.code));
  return users;
}

export function federalUser(seed: number): BenchUser {
  return {
    id: benchUuid(seed, 'user', 0, 1),
    centreId: null,
    email: FEDERAL_EMAIL,
    displayName: 'Analyste SPP Bench',
    role: 'federal',
    locale: 'fr',
  };
}

/** When the accounts were made: before any file. */
export const usersCreatedAt = (today: string) => `${addMonths(today, -72)}T08:00:00.000Z`;

// ---------------------------------------------------------------------------------------------
// People and their files

export interface DomainFinding {
  domain: LifeDomain;
  situation: string;
  obstacles: string;
  strengths: string;
}

export interface Score {
  domain: string;
  workerScore: number;
  personScore: number | null;
  note: string | null;
}

/** What every record created through the app has: who, when, and the ids of its event and request. */
export interface Recorded {
  id: string;
  createdAt: string;
  eventId: string;
  requestId: string;
}

export interface AssessmentRecord extends Recorded {
  assessedOn: string;
  domains: DomainFinding[];
  aspirations: string;
  aptitudes: string;
  qualifications: string;
  needs: string;
}

export type MeasurementContext = 'intake' | 'evaluation' | 'closure';

export interface MeasurementRecord extends Recorded {
  instrumentKey: 'participation-ladder' | 'self-reliance-matrix';
  instrumentVersion: 1;
  measuredOn: string;
  context: MeasurementContext;
  scores: Score[];
}

export interface PersonFile extends Recorded {
  centreId: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  sex: Sex;
  language: Locale;
  nationalNumber: string | null;
  email: string | null;
  phone: string | null;
  searchName: string;
  /** The day of registration (the person.registered event's day). */
  registeredOn: string;
  /** The worker who registered the person and keeps the file. */
  workerId: string;
  /** Where the worker's requests came from (the audit trail's address). */
  address: string;
  assessments: AssessmentRecord[];
  measurements: MeasurementRecord[];
}

const LADDER = participationLadder as {
  key: string;
  scale: { min: number; max: number };
  domains: { key: string }[];
};
const MATRIX = selfRelianceMatrix as {
  key: string;
  scale: { min: number; max: number };
  domains: { key: string }[];
};
export const LADDER_DOMAIN = (LADDER.domains[0] as { key: string }).key;
export const MATRIX_DOMAINS: readonly string[] = MATRIX.domains.map((d) => d.key);
export const SCALE_OF = {
  'participation-ladder': LADDER.scale,
  'self-reliance-matrix': MATRIX.scale,
} as const;

/** How many years of files a centre holds. */
const HISTORY_DAYS = 5 * 365;

/** An e-mail local part from a name: ASCII letters only. */
function mailName(text: string): string {
  return foldForSearch(
    text.replace(/ł/g, 'l').replace(/Ł/g, 'L').replace(/ı/g, 'i').replace(/ß/g, 'ss'),
  ).replace(/[^a-z0-9]/g, '');
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export interface FileOptions {
  seed: number;
  /** The day the dataset is generated on: nothing happens after it. */
  today: string;
}

/**
 * The files of one centre, in registration order of the index (person n has id
 * benchUuid(seed, 'person', centre, n)). National numbers are unique within the centre, so the
 * files are made one after the other.
 */
export function* centreFiles(
  centre: CentrePlan,
  workerIds: readonly string[],
  options: FileOptions,
): Generator<PersonFile> {
  const { seed, today } = options;
  if (workerIds.length === 0) throw new Error(`centre ${centre.code} has no worker`);
  const usedNumbers = new Set<string>();
  const counters = { assessment: 0, measurement: 0, event: 0, request: 0 };
  const nextId = (kind: keyof typeof counters) => benchUuid(seed, kind, centre.index, ++counters[kind]);
  const origins = ORIGINS[centre.region];
  const languages = PERSON_LANGUAGES[centre.region];
  const text: TextLanguage = centre.language;

  for (let n = 1; n <= centre.people; n++) {
    const rng = mulberry32(mix32(seed, centre.index, n));
    const workerIndex = (n - 1) % workerIds.length;
    const workerId = workerIds[workerIndex] as string;
    const address = `10.${(centre.index >> 8) & 255}.${centre.index & 255}.${1 + (workerIndex % 250)}`;

    // Identity.
    const roll = rng.next();
    const sex: Sex = roll < 0.01 ? 'X' : roll < 0.505 ? 'F' : 'M';
    const origin = rng.weighted(origins);
    const pool = NAMES[origin];
    const firstName = rng.pick(sex === 'X' ? (rng.chance(0.5) ? pool.F : pool.M) : pool[sex]);
    let lastName = rng.pick(pool.last);
    if (rng.chance(0.03)) {
      const second = rng.pick(pool.last);
      if (second !== lastName) lastName = `${lastName}-${second}`;
    }
    // Ages 18 to 70 today, a quarter of them under 25 (who must have a plan).
    const age = rng.chance(0.25) ? rng.int(18, 24) : rng.int(25, 70);
    const birthDate = addDays(addMonths(today, -12 * (age + 1)), 1 + rng.int(0, 364));
    const adult = addMonths(birthDate, 12 * 18);

    // Most people have a national number; some only a BIS number, some none yet.
    const kindRoll = rng.next();
    let nationalNumber: string | null = null;
    if (kindRoll >= 0.12) {
      const bis = kindRoll < 0.2 ? (sex === 'X' ? 'sexUnknown' : 'sexKnown') : undefined;
      // Men odd, women even (X either); the next free sequence when the number is taken.
      const parity = sex === 'M' ? 1 : sex === 'F' ? 0 : rng.int(0, 1);
      let sequence = 2 * rng.int(0, 497) + parity || 2;
      for (let tries = 0; tries < 500; tries++) {
        const candidate = makeNiss(birthDate, sequence, bis);
        if (!usedNumbers.has(candidate)) {
          usedNumbers.add(candidate);
          nationalNumber = candidate;
          break;
        }
        sequence = sequence + 2 > 997 ? 2 - parity : sequence + 2;
      }
    }
    const email = rng.chance(0.45)
      ? `${mailName(firstName)}.${mailName(lastName)}${rng.int(1, 99)}@example.org`
      : null;
    const phone = rng.chance(0.7)
      ? `04${rng.int(60, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)} ${rng.int(10, 99)}`
      : null;

    // When things happened: each record of a day a few minutes after the one before.
    const minutes = new Map<string, number>();
    const stamp = (day: string) => {
      const last = minutes.get(day);
      const minute = last === undefined ? rng.int(7 * 60, 14 * 60) : Math.min(last + rng.int(3, 30), 21 * 60);
      minutes.set(day, minute);
      const hh = String(Math.floor(minute / 60)).padStart(2, '0');
      const mm = String(minute % 60).padStart(2, '0');
      const ss = String(rng.int(0, 59)).padStart(2, '0');
      return `${day}T${hh}:${mm}:${ss}.${String(rng.int(0, 999)).padStart(3, '0')}Z`;
    };
    const capped = (day: string) => (day > today ? today : day);
    let registeredOn = addDays(today, -rng.int(0, HISTORY_DAYS));
    if (registeredOn < adult) registeredOn = capped(adult);
    const meta = () => ({ eventId: nextId('event'), requestId: nextId('request') });
    const person: PersonFile = {
      id: benchUuid(seed, 'person', centre.index, n),
      centreId: centre.id,
      firstName,
      lastName,
      birthDate,
      sex,
      language: rng.weighted(languages),
      nationalNumber,
      email,
      phone,
      searchName: foldForSearch(`${lastName} ${firstName}`),
      registeredOn,
      createdAt: stamp(registeredOn),
      workerId,
      address,
      ...meta(),
      assessments: [],
      measurements: [],
    };

    // Assessments: at intake, then a new one every six months to a year.
    const assessmentCount = rng.weighted([
      [0, 0.1],
      [1, 0.55],
      [2, 0.25],
      [3, 0.1],
    ]);
    let assessedOn = capped(addDays(registeredOn, rng.int(0, 14)));
    for (let i = 0; i < assessmentCount && assessedOn <= today; i++) {
      let domains: DomainFinding[] = LIFE_DOMAINS.filter(() => rng.chance(0.45)).map((domain) => ({
        domain,
        ...FINDINGS[text][domain],
      }));
      if (domains.length < 2)
        domains = (['income', 'housing'] as const).map((d) => ({ domain: d, ...FINDINGS[text][d] }));
      const overall = OVERALL[text];
      person.assessments.push({
        id: nextId('assessment'),
        createdAt: stamp(assessedOn),
        ...meta(),
        assessedOn,
        domains,
        aspirations: rng.pick(overall.aspirations),
        aptitudes: rng.pick(overall.aptitudes),
        qualifications: rng.pick(overall.qualifications),
        needs: rng.pick(overall.needs),
      });
      assessedOn = addDays(assessedOn, rng.int(180, 365));
    }

    // Measurements: the ladder at every meeting, the matrix too for most people, on the life
    // domains their worker follows; progress is uneven, most domains improve a little.
    const occasions = rng.weighted([
      [1, 0.35],
      [2, 0.35],
      [3, 0.3],
    ]);
    const withMatrix = rng.chance(0.7);
    let followed = MATRIX_DOMAINS.filter(() => rng.chance(0.55));
    if (followed.length < 4) followed = MATRIX_DOMAINS.slice(0, 4);
    let rung = rng.int(LADDER.scale.min, 3);
    const levels = new Map(followed.map((d) => [d, rng.int(MATRIX.scale.min, 3)]));
    let measuredOn = capped(addDays(registeredOn, rng.int(0, 21)));
    for (let i = 0; i < occasions && (i === 0 || measuredOn <= today); i++) {
      const context: MeasurementContext =
        i === 0 ? 'intake' : i === occasions - 1 && rng.chance(0.2) ? 'closure' : 'evaluation';
      const asked = rng.chance(0.6); // the person gave their own view
      const note = () => (rng.chance(0.05) ? rng.pick(SCORE_NOTES[text]) : null);
      person.measurements.push({
        id: nextId('measurement'),
        createdAt: stamp(measuredOn),
        ...meta(),
        instrumentKey: 'participation-ladder',
        instrumentVersion: 1,
        measuredOn,
        context,
        scores: [
          {
            domain: LADDER_DOMAIN,
            workerScore: rung,
            personScore: asked ? clamp(rung + rng.int(-1, 2), LADDER.scale.min, LADDER.scale.max) : null,
            note: note(),
          },
        ],
      });
      if (withMatrix) {
        person.measurements.push({
          id: nextId('measurement'),
          createdAt: stamp(measuredOn),
          ...meta(),
          instrumentKey: 'self-reliance-matrix',
          instrumentVersion: 1,
          measuredOn,
          context,
          scores: followed.map((domain) => {
            const level = levels.get(domain) as number;
            return {
              domain,
              workerScore: level,
              personScore: asked ? clamp(level + rng.int(-1, 1), MATRIX.scale.min, MATRIX.scale.max) : null,
              note: note(),
            };
          }),
        });
      }
      rung = Math.min(LADDER.scale.max, rung + (rng.chance(0.7) ? 1 : 0));
      for (const [domain, level] of levels) {
        const step = rng.next();
        levels.set(
          domain,
          clamp(level + (step < 0.55 ? 1 : step < 0.85 ? 0 : -1), MATRIX.scale.min, MATRIX.scale.max),
        );
      }
      measuredOn = addDays(measuredOn, rng.int(90, 180));
    }
    yield person;
  }
}
