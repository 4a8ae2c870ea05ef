/**
 * Rules of the case journal, as pure functions. An entry is its author's account of a contact:
 * only the author corrects it, and a correction never erases what was written before (the earlier
 * texts stay, for team leads and administrators to read). Nobody deletes an entry.
 */
import { type Actor, can } from '../auth/policy.ts';
import { Problem, staleVersion } from '../problem.ts';

export interface JournalEntryRecord {
  centreId: string;
  authorUserId: string;
  version: number;
}

export function journalEntryAccessProblem(
  actor: Pick<Actor, 'centreId'>,
  entry: Pick<JournalEntryRecord, 'centreId'> | undefined,
): Problem | null {
  if (!entry || entry.centreId !== actor.centreId)
    return new Problem('not-found', 'errors.journalEntryNotFound');
  return null;
}

/** Checked in this order: it must exist for the caller, be theirs, and be at the version read. */
export function journalCorrectionProblem(
  actor: Pick<Actor, 'centreId' | 'userId'>,
  entry: JournalEntryRecord | undefined,
  readVersion: number,
): Problem | null {
  const access = journalEntryAccessProblem(actor, entry);
  if (access || !entry) return access;
  if (entry.authorUserId !== actor.userId) return new Problem('forbidden', 'errors.journalNotAuthor');
  if (entry.version !== readVersion) return staleVersion(readVersion, entry.version);
  return null;
}

/** Earlier texts of a corrected entry: for those who supervise the files, not every colleague. */
export function maySeeEarlierVersions(actor: Pick<Actor, 'role'>): boolean {
  return can(actor, 'record.history');
}
