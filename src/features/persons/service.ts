/** Use cases of a person's identity record: each runs in the caller's transaction, audited inside it. */
import { z } from 'zod';
import type { TenantTx } from '../../db/tenancy.ts';
import { insertRecordVersion } from '../../db/versions.ts';
import { municipalityOf } from '../../domain/address.ts';
import { normaliseNiss } from '../../domain/niss.ts';
import { foldForSearch } from '../../domain/text.ts';
import { parseTypedDate } from '../../domain/typed-dates.ts';
import { recordAudit } from '../audit/service.ts';
import { FOLLOWER_ROLES } from '../auth/policy.ts';
import type { CentreContext } from '../context.ts';
import { recordEvent } from '../events/service.ts';
import { decodeCursor, encodeCursor } from '../pagination.ts';
import { Problem, staleVersion } from '../problem.ts';
import {
  ADDRESS_FIELDS,
  assertNationalNumberFree,
  blankToNull,
  checkCrossRules,
  checkRules,
  confirmedDetails,
  mapUniqueViolation,
  raiseWarnings,
  unconfirmed,
  type WarningsToConfirm,
} from './checks.ts';
import { personAccessProblem, personUpdateProblem, responsibleProblem } from './policy.ts';
import {
  findCentreUser,
  findPerson,
  insertPerson,
  lockFilesToReassign,
  type PersonRow,
  type PersonValues,
  searchPersons,
  setResponsible,
  updatePersonAtVersion,
} from './queries.ts';
import {
  type CreatePersonInput,
  PERSON_FIELDS,
  type Person,
  type ReassignInput,
  type UpdatePersonInput,
} from './schemas.ts';

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
    street: row.street,
    houseNumber: row.houseNumber,
    box: row.box,
    postcode: row.postcode,
    municipality: row.municipality,
    responsibleUserId: row.responsibleUserId,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const searchNameOf = (p: { lastName: string; firstName: string }) =>
  foldForSearch(`${p.lastName} ${p.firstName}`);

/**
 * Who follows a new file: the one chosen, or else whoever registers it when they follow files
 * (a worker or a lead); an administrator registering someone leaves the file to be given out.
 */
async function chooseResponsible(
  tx: TenantTx,
  ctx: CentreContext,
  chosen: string | null | undefined,
): Promise<string | null> {
  if (chosen === null) return null;
  if (chosen === undefined) return FOLLOWER_ROLES.includes(ctx.actor.role) ? ctx.actor.userId : null;
  const problem = responsibleProblem(await findCentreUser(tx, ctx.actor.centreId, chosen));
  if (problem) throw problem;
  return chosen;
}

export async function createPerson(
  tx: TenantTx,
  ctx: CentreContext,
  input: CreatePersonInput,
): Promise<Person | WarningsToConfirm> {
  checkRules(ctx, input);
  const nationalNumber = input.nationalNumber ? normaliseNiss(input.nationalNumber) : null;
  const postcode = blankToNull(input.postcode);
  const values: PersonValues = {
    firstName: input.firstName,
    lastName: input.lastName,
    birthDate: input.birthDate,
    sex: input.sex,
    language: input.language,
    nationalNumber,
    email: input.email ?? null,
    phone: input.phone || null,
    street: blankToNull(input.street),
    houseNumber: blankToNull(input.houseNumber),
    box: blankToNull(input.box),
    postcode,
    // A postcode alone names its municipality when it serves only one (docs/architecture.md).
    municipality:
      blankToNull(input.municipality) ?? (postcode ? municipalityOf(postcode, input.language) : null),
    searchName: searchNameOf(input),
  };
  // A number another file holds first: that file is what the worker needs to see.
  if (nationalNumber) await assertNationalNumberFree(tx, ctx.actor.centreId, nationalNumber);
  checkCrossRules({ ...values, postcode, municipality: blankToNull(input.municipality) });
  const responsibleUserId = await chooseResponsible(tx, ctx, input.responsibleUserId);
  const warnings = await raiseWarnings(tx, ctx, values, { sexParity: true, duplicates: true });
  const stop = await unconfirmed(tx, ctx, warnings, input.confirmWarnings);
  if (stop) return stop;
  const row = await mapUniqueViolation(
    insertPerson(tx, {
      ...values,
      responsibleUserId,
      centreId: ctx.actor.centreId,
      createdBy: ctx.actor.userId,
      now: ctx.clock.now(),
    }),
  );
  await insertRecordVersion(tx, 'person', row, { at: row.updatedAt, by: row.updatedBy });
  await recordAudit(tx, ctx, {
    action: 'person.create',
    personId: row.id,
    details: confirmedDetails(warnings),
  });
  await recordEvent(tx, ctx, {
    type: 'person.registered',
    subjectType: 'person',
    subjectId: row.id,
    personId: row.id,
    occurredOn: ctx.clock.today(),
    payload: {},
  });
  return toPerson(row);
}

/**
 * For the features of a person's file: the person of the caller's centre, else 404. Returns the
 * identity the file's rules need (the birth date bounds every date in the file).
 */
export async function requirePerson(
  tx: TenantTx,
  ctx: CentreContext,
  personId: string,
): Promise<{ id: string; birthDate: string }> {
  const row = await findPerson(tx, ctx.actor.centreId, personId);
  const problem = personAccessProblem(ctx.actor, row);
  if (problem || !row) throw problem;
  return { id: row.id, birthDate: row.birthDate };
}

export async function getPerson(tx: TenantTx, ctx: CentreContext, id: string): Promise<Person> {
  const row = await findPerson(tx, ctx.actor.centreId, id);
  const problem = personAccessProblem(ctx.actor, row);
  if (problem || !row) throw problem;
  await recordAudit(tx, ctx, { action: 'person.read', personId: id });
  return toPerson(row);
}

/** `responsible` of a list: me → the caller, none → nobody (null), an id → that worker, absent → everyone. */
function followedBy(ctx: CentreContext, responsible: string | undefined): string | null | undefined {
  if (responsible === 'none') return null;
  if (responsible === 'me') return ctx.actor.userId;
  return responsible;
}

export async function listPersons(
  tx: TenantTx,
  ctx: CentreContext,
  query: { q?: string; limit: number; cursor?: string; responsible?: string },
) {
  const q = query.q?.trim() ?? '';
  // A typed day (18/10/1974) before a number: its digits would read as a national number's.
  const birthDate = parseTypedDate(q);
  const digits = q.replace(/[\s.\-/]/g, '');
  const isNumber = !birthDate && /^\d+$/.test(digits);
  const after = query.cursor
    ? (([searchName, id]) => ({ searchName, id }))(
        decodeCursor(query.cursor, z.tuple([z.string(), z.uuid()])),
      )
    : null;
  const rows = await searchPersons(tx, {
    centreId: ctx.actor.centreId,
    nameWords: isNumber || birthDate ? [] : foldForSearch(q).split(' ').filter(Boolean),
    nationalNumberPrefix: isNumber ? digits : null,
    birthDate,
    responsibleUserId: followedBy(ctx, query.responsible),
    after,
    limit: query.limit + 1,
  });
  const shown = rows.slice(0, query.limit);
  // One event per search, naming every person shown (a list shows names and national numbers);
  // never the search text, which may hold a national number.
  await recordAudit(tx, ctx, {
    action: 'person.list',
    details: { searched: q.length > 0, returned: shown.length, personIds: shown.map((p) => p.id) },
  });
  const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
  return {
    items: shown.map(toPerson),
    nextCursor: last ? encodeCursor([last.searchName, last.id]) : null,
  };
}

export async function updatePerson(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: UpdatePersonInput,
): Promise<Person | WarningsToConfirm> {
  checkRules(ctx, input);
  const current = await findPerson(tx, ctx.actor.centreId, id, true);
  const problem = personUpdateProblem(ctx.actor, current, input.version);
  if (problem || !current) throw problem;

  const next: Partial<PersonValues> = {};
  for (const field of PERSON_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    const normalised =
      field === 'nationalNumber' && value
        ? normaliseNiss(value)
        : field === 'phone' || (ADDRESS_FIELDS as readonly string[]).includes(field)
          ? blankToNull(value)
          : value;
    if (normalised !== current[field]) Object.assign(next, { [field]: normalised });
  }
  // A new postcode with no municipality on record names it, as at registration.
  if (next.postcode && input.municipality === undefined && !current.municipality) {
    const municipality = municipalityOf(
      next.postcode,
      (next.language ?? current.language) as Person['language'],
    );
    if (municipality) next.municipality = municipality;
  }
  const changed = Object.keys(next);
  if (changed.length === 0) return toPerson(current);
  const merged = { ...current, ...next };
  const touches = (...fields: Array<keyof PersonValues>) => fields.some((f) => f in next);
  if (next.nationalNumber) await assertNationalNumberFree(tx, ctx.actor.centreId, next.nationalNumber, id);
  // A stored record is checked where this change touches it: an old inconsistency elsewhere in the
  // file does not block, say, a new phone number.
  checkCrossRules({
    birthDate: merged.birthDate,
    nationalNumber: touches('birthDate', 'nationalNumber') ? merged.nationalNumber : null,
    ...(touches('postcode', 'municipality')
      ? { postcode: merged.postcode, municipality: merged.municipality }
      : {}),
  });
  if (next.firstName !== undefined || next.lastName !== undefined) {
    next.searchName = searchNameOf(merged);
  }
  const warnings = await raiseWarnings(
    tx,
    ctx,
    { ...merged, searchName: next.searchName ?? current.searchName },
    {
      sexParity: touches('sex', 'nationalNumber'),
      duplicates: touches('firstName', 'lastName', 'birthDate'),
      self: id,
    },
  );
  const stop = await unconfirmed(tx, ctx, warnings, input.confirmWarnings);
  if (stop) return stop;

  const row = await mapUniqueViolation(
    updatePersonAtVersion(
      tx,
      { centreId: ctx.actor.centreId, id, version: input.version },
      { ...next, updatedBy: ctx.actor.userId, now: ctx.clock.now() },
    ),
  );
  if (!row) throw staleVersion(input.version, current.version + 1);
  await insertRecordVersion(tx, 'person', row, { at: row.updatedAt, by: row.updatedBy });
  await recordAudit(tx, ctx, {
    action: 'person.update',
    personId: id,
    details: { fields: changed, ...confirmedDetails(warnings) },
  });
  await recordEvent(tx, ctx, {
    type: 'person.updated',
    subjectType: 'person',
    subjectId: id,
    personId: id,
    occurredOn: ctx.clock.today(),
    payload: { fields: changed },
  });
  return toPerson(row);
}

/**
 * Files change hands in one step: the chosen files, or every file a worker follows (a worker who
 * leaves). All or nothing: an unknown file is a 404 and nothing moves. Each file that changes gets
 * its new version, its audit row and its event (on its timeline); a file already followed by the
 * new worker is left as it is.
 */
export async function reassignPersons(
  tx: TenantTx,
  ctx: CentreContext,
  input: ReassignInput,
): Promise<{ reassigned: number }> {
  const target = responsibleProblem(await findCentreUser(tx, ctx.actor.centreId, input.toUserId), 'toUserId');
  if (target) throw target;
  const personIds = input.personIds ? [...new Set(input.personIds)] : null;
  const files = await lockFilesToReassign(
    tx,
    ctx.actor.centreId,
    personIds ? { personIds } : { fromUserId: input.fromUserId as string },
  );
  if (personIds && files.length !== personIds.length) {
    throw new Problem('not-found', 'errors.personNotFound');
  }
  const moving = files.filter((f) => f.responsibleUserId !== input.toUserId);
  if (moving.length === 0) return { reassigned: 0 };
  const previous = new Map(moving.map((f) => [f.id, f.responsibleUserId]));
  const rows = await setResponsible(tx, {
    centreId: ctx.actor.centreId,
    personIds: moving.map((f) => f.id),
    toUserId: input.toUserId,
    by: ctx.actor.userId,
    now: ctx.clock.now(),
  });
  for (const row of rows) {
    const fromUserId = previous.get(row.id) ?? null;
    await insertRecordVersion(tx, 'person', row, { at: row.updatedAt, by: row.updatedBy });
    await recordAudit(tx, ctx, {
      action: 'person.reassign',
      personId: row.id,
      details: { fields: ['responsibleUserId'], fromUserId, toUserId: input.toUserId },
    });
    await recordEvent(tx, ctx, {
      type: 'person.reassigned',
      subjectType: 'person',
      subjectId: row.id,
      personId: row.id,
      occurredOn: ctx.clock.today(),
      payload: fromUserId ? { fromUserId, toUserId: input.toUserId } : { toUserId: input.toUserId },
    });
  }
  return { reassigned: rows.length };
}
