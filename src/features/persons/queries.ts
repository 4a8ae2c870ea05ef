import { and, asc, eq, gt, like, or, sql } from 'drizzle-orm';
import { persons } from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';

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

export function searchPersons(tx: TenantTx, search: PersonSearch) {
  // Folded words hold only letters, digits and spaces (src/domain/text.ts): no LIKE wildcard can slip in.
  const nameMatch = search.nameWords.length
    ? and(...search.nameWords.map((w) => like(persons.searchName, `%${w}%`)))
    : undefined;
  const numberMatch = search.nationalNumberPrefix
    ? like(persons.nationalNumber, `${search.nationalNumberPrefix}%`)
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
