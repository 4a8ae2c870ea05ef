/**
 * Who may do what with a study (pure; the database's policies are the second wall): the federal
 * analyst manages federal studies, a centre administrator their centre's; workers and leads
 * answer the studies addressed to their centre.
 */
import { type Actor, can } from '../auth/policy.ts';

export interface StudyOwnership {
  centreId: string | null;
}

/** A manager's own study: federal ones for the federal analyst, their centre's for an administrator. */
export function managesStudy(actor: Pick<Actor, 'role' | 'centreId'>, study: StudyOwnership): boolean {
  if (!can(actor, 'studies.manage')) return false;
  return actor.role === 'federal'
    ? study.centreId === null
    : study.centreId !== null && study.centreId === actor.centreId;
}

/** The owner a manager's new study gets: null (federal) or their centre. */
export function ownerOf(actor: Pick<Actor, 'role' | 'centreId'>): string | null {
  return actor.role === 'federal' ? null : actor.centreId;
}

/** Whether a study is addressed to a centre. */
export function addressedTo(
  study: { targetAll: boolean; targetCentreIds: readonly string[] },
  centreId: string,
) {
  return study.targetAll || study.targetCentreIds.includes(centreId);
}
