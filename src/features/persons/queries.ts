import { and, asc, eq, gt, or, sql } from 'drizzle-orm';
import { personNameWords, persons } from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';
import { prefixEnd } from '../../domain/text.ts';

export type PersonRow = typeof persons.$inferSelect;
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
>;

export function findPerson(tx: TenantTx, centreId: string, id: string, forUpdate = false) {
  const query = tx
    .select()
    .from(persons)
    .where(and(eq(persons.centreId, centreId), eq(persons.id, id)));
  return (forUpdate ? query.for('update') : query).then((rows) => rows[0]);
}

export function findByNationalNumber(tx: TenantTx, centreId: string, nationalNumber: string) {
  return tx
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.centreId, centreId), eq(persons.nationalNumber, nationalNumber)))
    .then((rows) => rows[0]);
}

export interface PersonSearch {
  centreId: string;
  /** Folded words that must all appear in the name. */
  nameWords: string[];
  /** Leading digits of a national number. */
  nationalNumberPrefix: string | null;
  after: { searchName: string; id: string } | null;
  limit: number;
}

/**
 * Each typed word must start a word of the name, and a national number must start with the typed
 * digits. Both are ranges of leakproof pattern comparisons (src/domain/text.ts prefixEnd), so the
 * planner can answer them from an index under row-level security: the words of names live in
 * person_name_words (kept by a trigger), the numbers in a pattern index on persons (migration 0004).
 */
export function searchPersons(tx: TenantTx, search: PersonSearch) {
  const nameMatch = search.nameWords.length
    ? and(
        ...search.nameWords.map(
          (w) =>
            sql`${persons.id} in (select ${personNameWords.personId} from ${personNameWords}
              where ${personNameWords.centreId} = ${search.centreId}
                and ${personNameWords.word} ~>=~ ${w} and ${personNameWords.word} ~<~ ${prefixEnd(w)})`,
        ),
      )
    : undefined;
  const prefix = search.nationalNumberPrefix;
  const numberMatch = prefix
    ? sql`${persons.nationalNumber} ~>=~ ${prefix} and ${persons.nationalNumber} ~<~ ${prefixEnd(prefix)}`
    : undefined;
  return tx
    .select()
    .from(persons)
    .where(
      and(
        eq(persons.centreId, search.centreId),
        nameMatch && numberMatch ? or(nameMatch, numberMatch) : (nameMatch ?? numberMatch),
        search.after
          ? or(
              gt(persons.searchName, search.after.searchName),
              and(eq(persons.searchName, search.after.searchName), gt(persons.id, search.after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(persons.searchName), asc(persons.id))
    .limit(search.limit);
}

export function insertPerson(
  tx: TenantTx,
  values: PersonValues & { centreId: string; createdBy: string; now: Date },
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
