import { and, asc, eq, getTableColumns, gt, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import { type AnyPgColumn, alias } from 'drizzle-orm/pg-core';
import { personNameWords, persons, users } from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';
import { prefixEnd } from '../../domain/text.ts';

export type PersonRow = typeof persons.$inferSelect;
/** The address of a person: every part optional (the demo and imports may leave it out). */
export type AddressValues = Partial<
  Pick<PersonRow, 'street' | 'houseNumber' | 'box' | 'postcode' | 'municipality'>
>;
export type PersonValues = Pick<
  PersonRow,
  | 'firstName'
  | 'lastName'
  | 'birthDate'
  | 'sex'
  | 'language'
  | 'nationalNumber'
  | 'email'
  | 'phone'
  | 'searchName'
> &
  AddressValues;

/** The statement of findPerson, for whoever needs it unexecuted (bench/explain.ts). */
export function personQuery(tx: TenantTx, centreId: string, id: string) {
  return tx
    .select()
    .from(persons)
    .where(and(eq(persons.centreId, centreId), eq(persons.id, id)));
}

export function findPerson(tx: TenantTx, centreId: string, id: string, forUpdate = false) {
  const query = personQuery(tx, centreId, id);
  return (forUpdate ? query.for('update') : query).then((rows) => rows[0]);
}

export function findByNationalNumber(tx: TenantTx, centreId: string, nationalNumber: string) {
  return tx
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.centreId, centreId), eq(persons.nationalNumber, nationalNumber)))
    .then((rows) => rows[0]);
}

/**
 * The people of a centre with this folded name and birth date, "the same person" registered twice
 * (with or without a national number), found on the birth-date index (centre_id, birth_date,
 * search_name, id) with equality conditions a planner may use under row-level security.
 */
export function findSameNameAndBirthDate(
  tx: TenantTx,
  search: { centreId: string; searchName: string; birthDate: string; except?: string },
) {
  return tx
    .select({
      id: persons.id,
      firstName: persons.firstName,
      lastName: persons.lastName,
      birthDate: persons.birthDate,
    })
    .from(persons)
    .where(
      and(
        eq(persons.centreId, search.centreId),
        eq(persons.birthDate, search.birthDate),
        eq(persons.searchName, search.searchName),
        search.except ? ne(persons.id, search.except) : undefined,
      ),
    )
    .orderBy(asc(persons.id))
    .limit(20);
}

export interface PersonSearch {
  centreId: string;
  /** Folded words that must all appear in the name. */
  nameWords: string[];
  /** Leading digits of a national number. */
  nationalNumberPrefix: string | null;
  /** The people born that day (YYYY-MM-DD), instead of a name or a number. */
  birthDate?: string | null;
  after: { searchName: string; id: string } | null;
  /** Only the files a user follows, or (null) those nobody follows; undefined: everyone's. */
  responsibleUserId?: string | null;
  limit: number;
}

function followedBy(column: AnyPgColumn, responsibleUserId: string | null | undefined) {
  if (responsibleUserId === undefined) return undefined;
  return responsibleUserId === null ? isNull(column) : eq(column, responsibleUserId);
}

/**
 * Each typed word must start a word of the name, and a national number must start with the typed
 * digits. Both are ranges of leakproof pattern comparisons (src/domain/text.ts prefixEnd), so the
 * planner can answer them from an index under row-level security, where a LIKE would read every
 * row of the centre (migration 0004).
 */
export function searchPersons(tx: TenantTx, search: PersonSearch) {
  return search.nameWords.length > 0 ? searchByName(tx, search) : listOrSearchByNumber(tx, search);
}

/**
 * The whole list, a national-number prefix, or a birth date: one range or equality on an index
 * that starts with centre_id (a birth date: (centre_id, birth_date, search_name, id), which also
 * gives the name order of the page).
 */
function listOrSearchByNumber(tx: TenantTx, search: PersonSearch) {
  const prefix = search.nationalNumberPrefix;
  return tx
    .select()
    .from(persons)
    .where(
      and(
        eq(persons.centreId, search.centreId),
        prefix
          ? sql`${persons.nationalNumber} ~>=~ ${prefix} and ${persons.nationalNumber} ~<~ ${prefixEnd(prefix)}`
          : undefined,
        search.birthDate ? eq(persons.birthDate, search.birthDate) : undefined,
        followedBy(persons.responsibleUserId, search.responsibleUserId),
        after(persons.searchName, persons.id, search.after),
      ),
    )
    .orderBy(asc(persons.searchName), asc(persons.id))
    .limit(search.limit);
}

/**
 * The page is found in person_name_words alone (its index holds the word, the name to sort by and
 * the person): the longest typed word by its range, each other word checked for that person, sorted
 * and cut to the page there; only the page's people are then read. The work follows how many
 * names match, not how many people the centre has.
 */
function searchByName(tx: TenantTx, search: PersonSearch) {
  const [first = '', ...others] = [...search.nameWords].sort((a, b) => b.length - a.length);
  const words = personNameWords;
  const hits = tx
    .selectDistinct({ searchName: words.searchName, personId: words.personId })
    .from(words)
    .where(
      and(
        eq(words.centreId, search.centreId),
        sql`${words.word} ~>=~ ${first} and ${words.word} ~<~ ${prefixEnd(first)}`,
        ...others.map(
          (word) =>
            sql`exists (select 1 from ${personNameWords} ${otherWords} where ${otherWords.centreId} = ${search.centreId}
              and ${otherWords.personId} = ${words.personId}
              and ${otherWords.word} ~>=~ ${word} and ${otherWords.word} ~<~ ${prefixEnd(word)})`,
        ),
        search.responsibleUserId === undefined
          ? undefined
          : inArray(
              words.personId,
              tx
                .select({ id: persons.id })
                .from(persons)
                .where(
                  and(
                    eq(persons.centreId, search.centreId),
                    followedBy(persons.responsibleUserId, search.responsibleUserId),
                  ),
                ),
            ),
        after(words.searchName, words.personId, search.after),
      ),
    )
    .orderBy(asc(words.searchName), asc(words.personId))
    .limit(search.limit)
    .as('hits');
  return tx
    .select(getTableColumns(persons))
    .from(hits)
    .innerJoin(persons, and(eq(persons.centreId, search.centreId), eq(persons.id, hits.personId)))
    .orderBy(asc(hits.searchName), asc(hits.personId));
}

const otherWords = alias(personNameWords, 'other_words');

/** Past the cursor in (name, id) order. */
function after(name: AnyPgColumn, id: AnyPgColumn, cursor: PersonSearch['after']) {
  if (!cursor) return undefined;
  return or(gt(name, cursor.searchName), and(eq(name, cursor.searchName), gt(id, cursor.id)));
}

export function insertPerson(
  tx: TenantTx,
  values: PersonValues & { centreId: string; createdBy: string; responsibleUserId: string | null; now: Date },
): Promise<PersonRow> {
  const { now, ...rest } = values;
  return tx
    .insert(persons)
    .values({ ...rest, updatedBy: values.createdBy, createdAt: now, updatedAt: now })
    .returning()
    .then((rows) => rows[0] as PersonRow);
}

/** Writes only when the row is still at the version the caller read; otherwise returns nothing. */
export function updatePersonAtVersion(
  tx: TenantTx,
  key: { centreId: string; id: string; version: number },
  values: Partial<PersonValues> & { updatedBy: string; now: Date },
) {
  const { now, ...rest } = values;
  return tx
    .update(persons)
    .set({ ...rest, updatedAt: now, version: sql`${persons.version} + 1` })
    .where(and(eq(persons.centreId, key.centreId), eq(persons.id, key.id), eq(persons.version, key.version)))
    .returning()
    .then((rows) => rows[0]);
}

/** A user of the centre, with the role that says whether they may follow files. */
export function findCentreUser(tx: TenantTx, centreId: string, userId: string) {
  return tx
    .select({ id: users.id, role: users.role })
    .from(users)
    .where(and(eq(users.centreId, centreId), eq(users.id, userId)))
    .then((rows) => rows[0]);
}

/** The files to hand over, locked until the transaction ends: these ids, or all of one follower. */
export function lockFilesToReassign(
  tx: TenantTx,
  centreId: string,
  which: { personIds: string[] } | { fromUserId: string },
) {
  return tx
    .select({ id: persons.id, responsibleUserId: persons.responsibleUserId })
    .from(persons)
    .where(
      and(
        eq(persons.centreId, centreId),
        'personIds' in which
          ? inArray(persons.id, which.personIds)
          : eq(persons.responsibleUserId, which.fromUserId),
      ),
    )
    .for('update');
}

export function setResponsible(
  tx: TenantTx,
  change: { centreId: string; personIds: string[]; toUserId: string; by: string; now: Date },
): Promise<PersonRow[]> {
  return tx
    .update(persons)
    .set({
      responsibleUserId: change.toUserId,
      updatedBy: change.by,
      updatedAt: change.now,
      version: sql`${persons.version} + 1`,
    })
    .where(and(eq(persons.centreId, change.centreId), inArray(persons.id, change.personIds)))
    .returning();
}
