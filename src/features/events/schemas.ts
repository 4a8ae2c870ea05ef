/**
 * The event log's vocabulary: one typed union of everything that happens to a centre's records,
 * each with the payload it carries (ids and what changed, never more personal data). The person's
 * timeline shows them; webhooks and reports will read them. Add a type, never rename one.
 */
export interface EventPayloads {
  'person.registered': Record<string, never>;
  'person.updated': { fields: string[] };
  /** Another worker follows the file (from: the one before, when there was one). */
  'person.reassigned': { toUserId: string; fromUserId?: string };
  'assessment.recorded': { domains: number };
  'assessment.updated': { fields: string[] };
  /** Recorded by mistake: out of lists and progress, still in the trail (the reason stays in the record). */
  'assessment.withdrawn': Record<string, never>;
  'measurement.recorded': { instrumentKey: string; instrumentVersion: number; context: string };
  'measurement.corrected': { fields: string[] };
  'measurement.withdrawn': { instrumentKey: string };
  /** A case-journal entry (its text stays in the entry, never in the event). */
  'journal.written': { kind: string };
  'journal.corrected': { fields: string[] };
  /** A plan is drafted (its first version). */
  'trajectory.drafted': { form: string; version: number };
  'trajectory.updated': { version: number; fields: string[] };
  'trajectory.informed': { version: number; reflectionRequested: boolean };
  'trajectory.signed': { version: number; onPaper: boolean };
  /** An amendment: a new version to inform and sign again. */
  'trajectory.amended': { version: number };
  'trajectory.closed': { outcome: string };
  'interview.requested': { trajectoryId: string };
  'centre.policyChanged': { fields: string[] };
  /** A worker or lead may sign plans on the centre's behalf from `since` (to `until`, included). */
  'centre.delegationGranted': { userId: string; since: string; until: string | null };
  /** The last day of a delegation was set or changed (how a delegation ends). */
  'centre.delegationChanged': { userId: string; until: string | null };
  'instrument.loaded': { key: string; version: number };
}
export type EventType = keyof EventPayloads;

export const EVENT_TYPES = [
  'person.registered',
  'person.updated',
  'person.reassigned',
  'assessment.recorded',
  'assessment.updated',
  'assessment.withdrawn',
  'measurement.recorded',
  'measurement.corrected',
  'measurement.withdrawn',
  'journal.written',
  'journal.corrected',
  'instrument.loaded',
  'trajectory.drafted',
  'trajectory.updated',
  'trajectory.informed',
  'trajectory.signed',
  'trajectory.amended',
  'trajectory.closed',
  'interview.requested',
  'centre.policyChanged',
  'centre.delegationGranted',
  'centre.delegationChanged',
] as const satisfies readonly EventType[];

/** The kind of record an event is about. */
export const SUBJECT_TYPES = [
  'person',
  'assessment',
  'measurement',
  'instrument',
  'journal_entry',
  'trajectory',
  'interview_request',
  'centre',
  'signing_delegation',
] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

export type NewEvent = {
  [T in EventType]: {
    type: T;
    subjectType: SubjectType;
    subjectId: string;
    /** Whose file it belongs to; null for a centre-level event. */
    personId: string | null;
    /** The day it happened in the file (YYYY-MM-DD). */
    occurredOn: string;
    payload: EventPayloads[T];
  };
}[EventType];
