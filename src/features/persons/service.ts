/** Use cases of a person's identity record: one transaction each, audited inside it. */
import { z } from 'zod';
import type { Executor } from '../../db/connect.ts';
import { isUniqueViolation } from '../../db/errors.ts';
import { inTenant } from '../../db/tenancy.ts';
import { insertRecordVersion } from '../../db/versions.ts';
import { calendarDate } from '../../domain/dates.ts';
import { normaliseNiss } from '../../domain/niss.ts';
import { birthDateProblem } from '../../domain/person.ts';
import { foldForSearch } from '../../domain/text.ts';
import { decodeCursor, encodeCursor } from '../../http/pagination.ts';
import { invalidFields, Problem, staleVersion } from '../../http/problem.ts';
import { recordAudit } from '../audit/service.ts';
import type { ActorContext, CentreContext } from '../context.ts';
import type { TimelineEvent } from '../timeline/schemas.ts';
import {
  findByNationalNumber,
  findPerson,
  insertPerson,
  type PersonRow,
  type PersonValues,
  searchPersons,
  updatePersonAtVersion,
} from './queries.ts';
import { type CreatePersonInput, PERSON_FIELDS, type Person, type UpdatePersonInput } from './schemas.ts';

export function toPerson(row: PersonRow): Person {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    birthDate: row.birthDate,
    sex: row.sex as Person['sex'],
    language: row.language as Person['language'],
    nationalNumber: row.nationalNumber,
    email: row.email,
    phone: row.phone,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const searchNameOf = (p: { lastName: string; firstName: string }) =>
  foldForSearch(`${p.lastName} ${p.firstName}`);

function checkRules(ctx: ActorContext, values: { birthDate?: string }) {
  const problem = values.birthDate ? birthDateProblem(values.birthDate, ctx.clock.today()) : null;
  if (problem) throw invalidFields([{ path: 'birthDate', key: problem }]);
}

async function assertNationalNumberFree(
  tx: Executor,
  centreId: string,
  nationalNumber: string,
  self?: string,
) {
  const other = await findByNationalNumber(tx, centreId, nationalNumber);
  if (other && other.id !== self) throw duplicateNationalNumber(other.id);
}

function duplicateNationalNumber(personId?: string) {
  return new Problem('conflict', 'errors.duplicateNationalNumber', {
    errors: [{ path: 'nationalNumber', key: 'errors.duplicateNationalNumber' }],
    extensions: { conflict: { field: 'nationalNumber', ...(personId ? { personId } : {}) } },
  });
}

/** A concurrent insert can still win between our check and our write: the unique index decides. */
async function mapUniqueViolation<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (isUniqueViolation(error, 'persons_centre_national_number_key')) throw duplicateNationalNumber();
    throw error;
  }
}

export function createPerson(ctx: CentreContext, input: CreatePersonInput): Promise<Person> {
  checkRules(ctx, input);
  const nationalNumber = input.nationalNumber ? normaliseNiss(input.nationalNumber) : null;
  const values: PersonValues = {
    firstName: input.firstName,
    lastName: input.lastName,
    birthDate: input.birthDate,
    sex: input.sex,
    language: input.language,
    nationalNumber,
    email: input.email ?? null,
    phone: input.phone || null,
    searchName: searchNameOf(input),
  };
  return mapUniqueViolation(
    inTenant(ctx.db, ctx.actor, async (tx) => {
      if (nationalNumber) await assertNationalNumberFree(tx, ctx.actor.centreId, nationalNumber);
      const row = await insertPerson(tx, {
        ...values,
        centreId: ctx.actor.centreId,
        createdBy: ctx.actor.userId,
        now: ctx.clock.now(),
      });
      await insertRecordVersion(tx, 'person', row, { at: row.updatedAt, by: row.updatedBy });
      await recordAudit(tx, ctx, { action: 'person.create', personId: row.id });
      return toPerson(row);
    }),
  );
}

/** The person's registration as a timeline event (see the timeline feature). */
export async function registrationEvent(
  tx: Executor,
  centreId: string,
  personId: string,
): Promise<TimelineEvent> {
  const row = await findPerson(tx, centreId, personId);
  if (!row) throw new Problem('not-found', 'errors.personNotFound');
  const at = row.createdAt.toISOString();
  return { kind: 'registered', id: row.id, date: calendarDate(row.createdAt), at, by: null, detail: {} };
}

/** For the features of a person's file: the person must exist in the caller's centre, else 404. */
export async function assertPersonInCentre(tx: Executor, centreId: string, personId: string): Promise<void> {
  if (!(await findPerson(tx, centreId, personId))) throw new Problem('not-found', 'errors.personNotFound');
}

export function getPerson(ctx: CentreContext, id: string): Promise<Person> {
  return inTenant(ctx.db, ctx.actor, async (tx) => {
    const row = await findPerson(tx, ctx.actor.centreId, id);
    if (!row) throw new Problem('not-found', 'errors.personNotFound');
    await recordAudit(tx, ctx, { action: 'person.read', personId: id });
    return toPerson(row);
  });
}

export function listPersons(ctx: CentreContext, query: { q?: string; limit: number; cursor?: string }) {
  const q = query.q?.trim() ?? '';
  const digits = q.replace(/[\s.\-/]/g, '');
  const isNumber = /^\d+$/.test(digits);
  const after = query.cursor
    ? (([searchName, id]) => ({ searchName, id }))(
        decodeCursor(query.cursor, z.tuple([z.string(), z.uuid()])),
      )
    : null;
  return inTenant(ctx.db, ctx.actor, async (tx) => {
    const rows = await searchPersons(tx, {
      centreId: ctx.actor.centreId,
      nameWords: isNumber ? [] : foldForSearch(q).split(' ').filter(Boolean),
      nationalNumberPrefix: isNumber ? digits : null,
      after,
      limit: query.limit + 1,
    });
    // One event per search, not per row: a list shows names, and the search text may hold a national number.
    await recordAudit(tx, ctx, {
      action: 'person.list',
      details: { searched: q.length > 0, returned: Math.min(rows.length, query.limit) },
    });
    const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
    return {
      items: rows.slice(0, query.limit).map(toPerson),
      nextCursor: last ? encodeCursor([last.searchName, last.id]) : null,
    };
  });
}

export function updatePerson(ctx: CentreContext, id: string, input: UpdatePersonInput): Promise<Person> {
  checkRules(ctx, input);
  return mapUniqueViolation(
    inTenant(ctx.db, ctx.actor, async (tx) => {
      const current = await findPerson(tx, ctx.actor.centreId, id, true);
      if (!current) throw new Problem('not-found', 'errors.personNotFound');
      if (current.version !== input.version) throw staleVersion(input.version, current.version);

      const next: Partial<PersonValues> = {};
      for (const field of PERSON_FIELDS) {
        const value = input[field];
        if (value === undefined) continue;
        const normalised =
          field === 'nationalNumber' && value
            ? normaliseNiss(value)
            : field === 'phone' && value === ''
              ? null
              : value;
        if (normalised !== current[field]) Object.assign(next, { [field]: normalised });
      }
      const changed = Object.keys(next);
      if (changed.length === 0) return toPerson(current);
      if (next.firstName !== undefined || next.lastName !== undefined) {
        next.searchName = searchNameOf({ ...current, ...next });
      }
      if (next.nationalNumber)
        await assertNationalNumberFree(tx, ctx.actor.centreId, next.nationalNumber, id);

      const row = await updatePersonAtVersion(
        tx,
        { centreId: ctx.actor.centreId, id, version: input.version },
        { ...next, updatedBy: ctx.actor.userId, now: ctx.clock.now() },
      );
      if (!row) throw staleVersion(input.version, current.version + 1);
      await insertRecordVersion(tx, 'person', row, { at: row.updatedAt, by: row.updatedBy });
      await recordAudit(tx, ctx, { action: 'person.update', personId: id, details: { fields: changed } });
      return toPerson(row);
    }),
  );
}
