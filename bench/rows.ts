/**
 * The dataset as table rows in COPY text format, exactly as the app writes them: each record with
 * its first version in record_versions, its event (subject_seq 1) and its audit event, as the
 * create use cases do (src/features/*\/service.ts).
 */
import type { AssessmentRecord, BenchUser, CentrePlan, MeasurementRecord, PersonFile } from './dataset.ts';

export type Cell = string | number | boolean | null;

/** One line of COPY's text format: tab-separated, \N for null, backslash escapes. */
export function copyLine(cells: readonly Cell[]): string {
  let line = '';
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (i > 0) line += '\t';
    if (cell === null || cell === undefined) line += '\\N';
    else if (typeof cell === 'boolean') line += cell ? 't' : 'f';
    else if (typeof cell === 'number') line += String(cell);
    else line += /[\\\t\n\r]/.test(cell) ? cell.replace(/[\\\t\n\r]/g, escapeChar) : cell;
  }
  return `${line}\n`;
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const escapeChar = (c: string) => ESCAPES[c] as string;

/**
 * COPY text kept as bytes in large buffers rather than as strings: a batch of a few thousand
 * people makes tens of megabytes, which as joined strings would keep the garbage collector busy.
 */
export class CopyBuffer {
  static readonly CHUNK = 1 << 20;
  readonly chunks: Buffer[] = [];
  rows = 0;
  private current: Buffer | null = null;
  private offset = 0;

  push(cells: readonly Cell[]): void {
    const line = copyLine(cells);
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (this.current === null || this.offset + line.length * 3 > this.current.length) {
      this.flush();
      this.current = Buffer.allocUnsafe(Math.max(CopyBuffer.CHUNK, line.length * 3));
    }
    this.offset += this.current.write(line, this.offset);
    this.rows++;
  }

  /** Everything written, in order. */
  finish(): Buffer[] {
    this.flush();
    return this.chunks;
  }

  private flush(): void {
    if (this.current && this.offset > 0) this.chunks.push(this.current.subarray(0, this.offset));
    this.current = null;
    this.offset = 0;
  }
}

export interface Table<T> {
  name: string;
  columns: readonly string[];
  /**
   * The table's rows for an item. `serial` numbers the rows of a table whose key is a sequence
   * (events.position, audit_events.id): given here, so the same run gives the same numbers.
   */
  rows(item: T, serial: () => number): Iterable<readonly Cell[]>;
  /** The sequence behind that key, set past the last number once the rows are in. */
  sequence?: string;
}

const json = (value: unknown) => JSON.stringify(value);

export const CENTRES: Table<CentrePlan & { createdAt: string }> = {
  name: 'centres',
  columns: ['id', 'name', 'language', 'created_at'],
  *rows(c) {
    yield [c.id, c.name, c.language, c.createdAt];
  },
};

export const USERS: Table<BenchUser & { passwordHash: string; createdAt: string }> = {
  name: 'users',
  columns: [
    'id',
    'centre_id',
    'email',
    'display_name',
    'password_hash',
    'role',
    'locale',
    'is_demo',
    'created_at',
  ],
  *rows(u) {
    yield [u.id, u.centreId, u.email, u.displayName, u.passwordHash, u.role, u.locale, false, u.createdAt];
  },
};

export const PERSONS: Table<PersonFile> = {
  name: 'persons',
  columns: [
    'id',
    'centre_id',
    'first_name',
    'last_name',
    'birth_date',
    'sex',
    'language',
    'national_number',
    'email',
    'phone',
    'search_name',
    'responsible_user_id',
    'version',
    'created_at',
    'created_by',
    'updated_at',
    'updated_by',
  ],
  *rows(p) {
    yield [
      p.id,
      p.centreId,
      p.firstName,
      p.lastName,
      p.birthDate,
      p.sex,
      p.language,
      p.nationalNumber,
      p.email,
      p.phone,
      p.searchName,
      // Followed by the worker who registered them.
      p.workerId,
      1,
      p.createdAt,
      p.workerId,
      p.createdAt,
      p.workerId,
    ];
  },
};

export const ASSESSMENTS: Table<PersonFile> = {
  name: 'assessments',
  columns: [
    'id',
    'centre_id',
    'person_id',
    'assessed_on',
    'domains',
    'aspirations',
    'aptitudes',
    'qualifications',
    'needs',
    'locked_at',
    'version',
    'created_at',
    'created_by',
    'updated_at',
    'updated_by',
  ],
  *rows(p) {
    for (const a of p.assessments) {
      yield [
        a.id,
        p.centreId,
        p.id,
        a.assessedOn,
        json(a.domains),
        a.aspirations,
        a.aptitudes,
        a.qualifications,
        a.needs,
        null,
        1,
        a.createdAt,
        p.workerId,
        a.createdAt,
        p.workerId,
      ];
    }
  },
};

export const MEASUREMENTS: Table<PersonFile> = {
  name: 'measurements',
  columns: [
    'id',
    'centre_id',
    'person_id',
    'instrument_key',
    'instrument_version',
    'measured_on',
    'context',
    'scores',
    'version',
    'created_at',
    'created_by',
  ],
  *rows(p) {
    for (const m of p.measurements) {
      yield [
        m.id,
        p.centreId,
        p.id,
        m.instrumentKey,
        m.instrumentVersion,
        m.measuredOn,
        m.context,
        json(m.scores),
        1,
        m.createdAt,
        p.workerId,
      ];
    }
  },
};

/** What insertRecordVersion stores: the row as drizzle returns it, less centreId, id and version. */
export function personVersionData(p: PersonFile) {
  return {
    firstName: p.firstName,
    lastName: p.lastName,
    birthDate: p.birthDate,
    sex: p.sex,
    language: p.language,
    nationalNumber: p.nationalNumber,
    email: p.email,
    phone: p.phone,
    searchName: p.searchName,
    createdAt: p.createdAt,
    createdBy: p.workerId,
    updatedAt: p.createdAt,
    updatedBy: p.workerId,
  };
}

export function assessmentVersionData(p: PersonFile, a: AssessmentRecord) {
  return {
    personId: p.id,
    assessedOn: a.assessedOn,
    domains: a.domains,
    aspirations: a.aspirations,
    aptitudes: a.aptitudes,
    qualifications: a.qualifications,
    needs: a.needs,
    lockedAt: null,
    createdAt: a.createdAt,
    createdBy: p.workerId,
    updatedAt: a.createdAt,
    updatedBy: p.workerId,
  };
}

export function measurementVersionData(p: PersonFile, m: MeasurementRecord) {
  return {
    personId: p.id,
    instrumentKey: m.instrumentKey,
    instrumentVersion: m.instrumentVersion,
    measuredOn: m.measuredOn,
    context: m.context,
    scores: m.scores,
    createdAt: m.createdAt,
    createdBy: p.workerId,
  };
}

export const RECORD_VERSIONS: Table<PersonFile> = {
  name: 'record_versions',
  columns: ['centre_id', 'entity', 'entity_id', 'version', 'data', 'changed_at', 'changed_by'],
  *rows(p) {
    yield [p.centreId, 'person', p.id, 1, json(personVersionData(p)), p.createdAt, p.workerId];
    for (const a of p.assessments) {
      yield [p.centreId, 'assessment', a.id, 1, json(assessmentVersionData(p, a)), a.createdAt, p.workerId];
    }
    for (const m of p.measurements) {
      yield [p.centreId, 'measurement', m.id, 1, json(measurementVersionData(p, m)), m.createdAt, p.workerId];
    }
  },
};

/** Each record was created once: its one event is the first of its subject (subject_seq 1). */
export const EVENTS: Table<PersonFile> = {
  name: 'events',
  columns: [
    'centre_id',
    'id',
    'type',
    'subject_type',
    'subject_id',
    'subject_seq',
    'person_id',
    'occurred_on',
    'recorded_at',
    'actor_user_id',
    'payload',
    'position',
  ],
  sequence: 'events_position_seq',
  *rows(p, serial) {
    yield [
      p.centreId,
      p.eventId,
      'person.registered',
      'person',
      p.id,
      1,
      p.id,
      p.registeredOn,
      p.createdAt,
      p.workerId,
      '{}',
      serial(),
    ];
    for (const a of p.assessments) {
      yield [
        p.centreId,
        a.eventId,
        'assessment.recorded',
        'assessment',
        a.id,
        1,
        p.id,
        a.assessedOn,
        a.createdAt,
        p.workerId,
        json({ domains: a.domains.length }),
        serial(),
      ];
    }
    for (const m of p.measurements) {
      yield [
        p.centreId,
        m.eventId,
        'measurement.recorded',
        'measurement',
        m.id,
        1,
        p.id,
        m.measuredOn,
        m.createdAt,
        p.workerId,
        json({ instrumentKey: m.instrumentKey, instrumentVersion: m.instrumentVersion, context: m.context }),
        serial(),
      ];
    }
  },
};

/** The audit events of the create requests (reads are the load driver's to make). */
export const AUDIT_EVENTS: Table<PersonFile> = {
  name: 'audit_events',
  columns: [
    'centre_id',
    'at',
    'actor_user_id',
    'action',
    'person_id',
    'subject_type',
    'subject_id',
    'details',
    'request_id',
    'address',
    'id',
  ],
  sequence: 'audit_events_id_seq',
  *rows(p, serial) {
    yield [
      p.centreId,
      p.createdAt,
      p.workerId,
      'person.create',
      p.id,
      null,
      null,
      '{}',
      p.requestId,
      p.address,
      serial(),
    ];
    for (const a of p.assessments) {
      yield [
        p.centreId,
        a.createdAt,
        p.workerId,
        'assessment.create',
        p.id,
        'assessment',
        a.id,
        '{}',
        a.requestId,
        p.address,
        serial(),
      ];
    }
    for (const m of p.measurements) {
      yield [
        p.centreId,
        m.createdAt,
        p.workerId,
        'measurement.create',
        p.id,
        'measurement',
        m.id,
        '{}',
        m.requestId,
        p.address,
        serial(),
      ];
    }
  },
};

/** The tables of people's files, in the order their references need. */
export const FILE_TABLES = [
  PERSONS,
  ASSESSMENTS,
  MEASUREMENTS,
  RECORD_VERSIONS,
  EVENTS,
  AUDIT_EVENTS,
] as const;
