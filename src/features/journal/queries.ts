import { and, asc, desc, eq, lt, or, sql } from 'drizzle-orm';
import { journalEntries, recordVersions, users } from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';
import type { JournalKind } from './schemas.ts';

export type JournalEntryRow = typeof journalEntries.$inferSelect;
export type JournalEntryValues = Pick<
  JournalEntryRow,
  'kind' | 'occurredOn' | 'text' | 'searchText' | 'durationMinutes'
>;

const withAuthor = { entry: journalEntries, authorName: users.displayName };

export interface JournalSearch {
  centreId: string;
  personId: string;
  /** Folded words that must all appear in the folded text. */
  words: string[];
  kind?: JournalKind;
  /** Past this entry in (occurred_on, created_at, id) descending order. */
  before: { occurredOn: string; createdAt: string; id: string } | null;
  limit: number;
}

/**
 * A person's journal, newest first. The person's index narrows it to one file (tens of entries, a
 * few hundred at most); the words are then checked on those rows only. strpos, not LIKE: nothing
 * typed is read as a pattern.
 */
export function selectJournal(tx: TenantTx, search: JournalSearch) {
  const e = journalEntries;
  const before = search.before;
  return tx
    .select(withAuthor)
    .from(e)
    .innerJoin(users, eq(users.id, e.authorUserId))
    .where(
      and(
        eq(e.centreId, search.centreId),
        eq(e.personId, search.personId),
        search.kind ? eq(e.kind, search.kind) : undefined,
        ...search.words.map((word) => sql`strpos(${e.searchText}, ${word}) > 0`),
        before
          ? or(
              lt(e.occurredOn, before.occurredOn),
              and(eq(e.occurredOn, before.occurredOn), lt(e.createdAt, new Date(before.createdAt))),
              and(
                eq(e.occurredOn, before.occurredOn),
                eq(e.createdAt, new Date(before.createdAt)),
                lt(e.id, before.id),
              ),
            )
          : undefined,
      ),
    )
    .orderBy(desc(e.occurredOn), desc(e.createdAt), desc(e.id))
    .limit(search.limit);
}

export function selectJournalEntry(tx: TenantTx, centreId: string, id: string, forUpdate = false) {
  const query = tx
    .select(withAuthor)
    .from(journalEntries)
    .innerJoin(users, eq(users.id, journalEntries.authorUserId))
    .where(and(eq(journalEntries.centreId, centreId), eq(journalEntries.id, id)));
  return (forUpdate ? query.for('update', { of: journalEntries }) : query).then((rows) => rows[0]);
}

export function insertJournalEntry(
  tx: TenantTx,
  values: JournalEntryValues & { centreId: string; personId: string; authorUserId: string; now: Date },
): Promise<JournalEntryRow> {
  const { now, ...rest } = values;
  return tx
    .insert(journalEntries)
    .values({ ...rest, updatedBy: values.authorUserId, createdAt: now, updatedAt: now })
    .returning()
    .then((rows) => rows[0] as JournalEntryRow);
}

export function updateJournalEntryAtVersion(
  tx: TenantTx,
  key: { centreId: string; id: string; version: number },
  values: Partial<JournalEntryValues> & { updatedBy: string; now: Date },
) {
  const { now, ...rest } = values;
  return tx
    .update(journalEntries)
    .set({ ...rest, updatedAt: now, version: sql`${journalEntries.version} + 1` })
    .where(
      and(
        eq(journalEntries.centreId, key.centreId),
        eq(journalEntries.id, key.id),
        eq(journalEntries.version, key.version),
      ),
    )
    .returning()
    .then((rows) => rows[0]);
}

/** The states an entry had before its current one, oldest first. */
export function selectEarlierVersions(tx: TenantTx, centreId: string, id: string, currentVersion: number) {
  return tx
    .select({
      version: recordVersions.version,
      data: recordVersions.data,
      changedAt: recordVersions.changedAt,
    })
    .from(recordVersions)
    .where(
      and(
        eq(recordVersions.centreId, centreId),
        eq(recordVersions.entity, 'journal_entry'),
        eq(recordVersions.entityId, id),
        lt(recordVersions.version, currentVersion),
      ),
    )
    .orderBy(asc(recordVersions.version));
}
