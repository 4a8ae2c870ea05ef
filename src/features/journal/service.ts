/**
 * The case journal (journal / dagboek): the worker's dated notes of each contact with the person or
 * about them. Entries are corrected by their author, never deleted; every state is kept.
 */
import { z } from 'zod';
import type { TenantTx } from '../../db/tenancy.ts';
import { insertRecordVersion } from '../../db/versions.ts';
import { fileDateProblem } from '../../domain/person.ts';
import { foldForSearch } from '../../domain/text.ts';
import { recordAudit } from '../audit/service.ts';
import type { CentreContext } from '../context.ts';
import { recordEvent } from '../events/service.ts';
import { decodeCursor, encodeCursor } from '../pagination.ts';
import { requirePerson } from '../persons/service.ts';
import { invalidFields, Problem } from '../problem.ts';
import { journalCorrectionProblem, journalEntryAccessProblem, maySeeEarlierVersions } from './policy.ts';
import {
  insertJournalEntry,
  type JournalEntryRow,
  type JournalEntryValues,
  selectEarlierVersions,
  selectJournal,
  selectJournalEntry,
  updateJournalEntryAtVersion,
} from './queries.ts';
import type {
  CorrectJournalEntryInput,
  CreateJournalEntryInput,
  JournalEntry,
  JournalKind,
  JournalQueryInput,
} from './schemas.ts';

const CORRECTABLE = ['kind', 'occurredOn', 'text', 'durationMinutes'] as const;
const cursorShape = z.tuple([z.string(), z.string(), z.uuid()]);

function toJournalEntry({ entry, authorName }: { entry: JournalEntryRow; authorName: string }): JournalEntry {
  return {
    id: entry.id,
    personId: entry.personId,
    kind: entry.kind as JournalKind,
    occurredOn: entry.occurredOn,
    text: entry.text,
    durationMinutes: entry.durationMinutes,
    authorId: entry.authorUserId,
    authorName,
    version: entry.version,
    createdAt: entry.createdAt.toISOString(),
    updatedAt: entry.updatedAt.toISOString(),
  };
}

/** What record_versions keeps of an entry: its state, without the derived search text. */
function versionRow(row: JournalEntryRow) {
  const { searchText: _derived, ...state } = row;
  return state;
}

function checkDate(ctx: CentreContext, occurredOn: string | undefined, birthDate: string) {
  const problem = occurredOn ? fileDateProblem(occurredOn, birthDate, ctx.clock.today()) : null;
  if (problem) throw invalidFields([{ path: 'occurredOn', key: problem }]);
}

export async function listJournal(
  tx: TenantTx,
  ctx: CentreContext,
  personId: string,
  query: JournalQueryInput,
): Promise<{ items: JournalEntry[]; nextCursor: string | null }> {
  await requirePerson(tx, ctx, personId);
  const before = query.cursor ? decodeCursor(query.cursor, cursorShape) : null;
  const words = query.q ? foldForSearch(query.q).split(' ').filter(Boolean) : [];
  const rows = await selectJournal(tx, {
    centreId: ctx.actor.centreId,
    personId,
    words,
    kind: query.kind,
    before: before ? { occurredOn: before[0], createdAt: before[1], id: before[2] } : null,
    limit: query.limit + 1,
  });
  const items = rows.slice(0, query.limit).map(toJournalEntry);
  const last = items.at(-1);
  const nextCursor =
    rows.length > query.limit && last ? encodeCursor([last.occurredOn, last.createdAt, last.id]) : null;
  // Counts only: what was searched for may itself be personal.
  await recordAudit(tx, ctx, {
    action: 'journal.list',
    personId,
    details: { returned: items.length, searched: words.length > 0 },
  });
  return { items, nextCursor };
}

export async function getJournalEntry(tx: TenantTx, ctx: CentreContext, id: string): Promise<JournalEntry> {
  const row = await selectJournalEntry(tx, ctx.actor.centreId, id);
  const problem = journalEntryAccessProblem(ctx.actor, row?.entry);
  if (problem || !row) throw problem;
  const entry = toJournalEntry(row);
  if (maySeeEarlierVersions(ctx.actor)) {
    const earlier = await selectEarlierVersions(tx, ctx.actor.centreId, id, row.entry.version);
    entry.earlierVersions = earlier.map(({ version, data, changedAt }) => {
      const state = data as Pick<JournalEntry, 'kind' | 'occurredOn' | 'text' | 'durationMinutes'>;
      return {
        version,
        kind: state.kind,
        occurredOn: state.occurredOn,
        text: state.text,
        durationMinutes: state.durationMinutes ?? null,
        savedAt: changedAt.toISOString(),
      };
    });
  }
  await recordAudit(tx, ctx, {
    action: 'journal.read',
    personId: row.entry.personId,
    subjectType: 'journal_entry',
    subjectId: id,
  });
  return entry;
}

export async function writeJournalEntry(
  tx: TenantTx,
  ctx: CentreContext,
  personId: string,
  input: CreateJournalEntryInput,
): Promise<JournalEntry> {
  const person = await requirePerson(tx, ctx, personId);
  checkDate(ctx, input.occurredOn, person.birthDate);
  const row = await insertJournalEntry(tx, {
    kind: input.kind,
    occurredOn: input.occurredOn,
    text: input.text,
    searchText: foldForSearch(input.text),
    durationMinutes: input.durationMinutes ?? null,
    centreId: ctx.actor.centreId,
    personId,
    authorUserId: ctx.actor.userId,
    now: ctx.clock.now(),
  });
  await insertRecordVersion(tx, 'journal_entry', versionRow(row), { at: row.updatedAt, by: row.updatedBy });
  await recordAudit(tx, ctx, {
    action: 'journal.create',
    personId,
    subjectType: 'journal_entry',
    subjectId: row.id,
  });
  await recordEvent(tx, ctx, {
    type: 'journal.written',
    subjectType: 'journal_entry',
    subjectId: row.id,
    personId,
    occurredOn: row.occurredOn,
    payload: { kind: row.kind },
  });
  return toJournalEntry({ entry: row, authorName: ctx.actor.displayName });
}

/** Only the author corrects an entry; the earlier state stays in record_versions. */
export async function correctJournalEntry(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: CorrectJournalEntryInput,
): Promise<JournalEntry> {
  const current = await selectJournalEntry(tx, ctx.actor.centreId, id, true);
  const problem = journalCorrectionProblem(ctx.actor, current?.entry, input.version);
  if (problem || !current) throw problem;
  const person = await requirePerson(tx, ctx, current.entry.personId);
  checkDate(ctx, input.occurredOn, person.birthDate);
  const changes: Partial<JournalEntryValues> = {};
  for (const field of CORRECTABLE) {
    const value = input[field];
    if (value !== undefined && value !== current.entry[field]) Object.assign(changes, { [field]: value });
  }
  // Saving what is already there makes no new version.
  if (Object.keys(changes).length === 0) return toJournalEntry(current);
  const fields = Object.keys(changes);
  if (changes.text !== undefined) changes.searchText = foldForSearch(changes.text);
  const row = await updateJournalEntryAtVersion(
    tx,
    { centreId: ctx.actor.centreId, id, version: input.version },
    { ...changes, updatedBy: ctx.actor.userId, now: ctx.clock.now() },
  );
  if (!row) throw new Problem('conflict', 'errors.concurrentChange');
  await insertRecordVersion(tx, 'journal_entry', versionRow(row), { at: row.updatedAt, by: row.updatedBy });
  await recordAudit(tx, ctx, {
    action: 'journal.correct',
    personId: row.personId,
    subjectType: 'journal_entry',
    subjectId: id,
    details: { fields },
  });
  await recordEvent(tx, ctx, {
    type: 'journal.corrected',
    subjectType: 'journal_entry',
    subjectId: id,
    personId: row.personId,
    occurredOn: ctx.clock.today(),
    payload: { fields },
  });
  return toJournalEntry({ entry: row, authorName: current.authorName });
}
