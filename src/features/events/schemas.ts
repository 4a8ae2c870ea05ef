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
  /**
   * An evaluation of a plan, or a missed appointment (its notes stay in the record); measurementId:
   * the measurement taken at it, when one was.
   */
  'evaluation.recorded': { trajectoryId: string; mode: string; missed: boolean; measurementId?: string };
  'evaluation.corrected': { trajectoryId: string; fields: string[] };
  'centre.policyChanged': { fields: string[] };
  /** A worker or lead may sign plans on the centre's behalf from `since` (to `until`, included). */
  'centre.delegationGranted': { userId: string; since: string; until: string | null };
  /** The last day of a delegation was set or changed (how a delegation ends). */
  'centre.delegationChanged': { userId: string; until: string | null };
  'instrument.loaded': { key: string; version: number };
  /** A module of the catalogue (centre-level: no person, not on any timeline). */
  'module.created': { kind: string; partnerId: string | null };
  'module.changed': { fields: string[]; active: boolean };
  'module.sessionPlanned': { moduleId: string; startsAt: string };
  'module.sessionChanged': { moduleId: string; fields: string[] };
  /** The person enrolled in a module from their plan (the module's name as it was then). */
  'module.enrolled': { trajectoryId: string; moduleId: string; moduleName: string };
  'module.left': { trajectoryId: string; moduleId: string; moduleName: string; leftOn: string };
  /** The person's mark at one session (its day is the event's day). */
  'attendance.recorded': { moduleId: string; moduleName: string; sessionId: string; status: string };
  /** A second-line service or partner organisation added by the centre's administrator. */
  'service.created': { kind: string };
  'service.changed': { fields: string[]; active: boolean };
  /** The members (user ids) an internal service gained and lost. */
  'service.membersChanged': { added: string[]; removed: string[] };
  /** Every referral event names the plan and the service; the handover note and answers stay in the referral. */
  'referral.sent': ReferralEventPayload & { toUserId?: string };
  /** receivingUserId: who follows the person in an internal service (none for a partner). */
  'referral.accepted': ReferralEventPayload & { receivingUserId?: string };
  'referral.declined': ReferralEventPayload;
  /** Taken back by its sender while it waited: a step of the file, not a record made by mistake. */
  'referral.withdrawn': ReferralEventPayload;
  'referral.ended': ReferralEventPayload;
  /** A worker proposes a sanction on a plan (the opinion's text stays in the sanction, never here). */
  'sanction.proposed': {
    trajectoryId: string;
    extent: string;
    startOn: string;
    endOn: string;
    suspended: boolean;
  };
  /** A proposal corrected while it waits, or the notification day of a decided one recorded. */
  'sanction.corrected': { trajectoryId: string; fields: string[] };
  'sanction.approved': { trajectoryId: string };
  /** The approver's note stays in the sanction. */
  'sanction.refused': { trajectoryId: string };
  'sanction.decided': {
    trajectoryId: string;
    extent: string;
    startOn: string;
    endOn: string;
    suspended: boolean;
  };
  'sanction.withdrawn': { trajectoryId: string; from: string };
  /** A centre's study questionnaire for its staff (federal studies have no centre event log; answers have no event). */
  'study.created': { questions: number };
  'study.changed': { fields: string[] };
  'study.published': { opensOn: string; closesOn: string };
  'study.closed': Record<string, never>;
  /** The year's objectives or subsidy amounts were set (a centre event). */
  'report.yearChanged': { year: number };
  /** A reporting year was closed: its figures are frozen from now on. */
  'report.yearClosed': { year: number };
  'trajectory.costRecorded': { costId: string; amountCents: number; incurredOn: string };
  'trajectory.costRemoved': { costId: string };
}
export type EventType = keyof EventPayloads;

/** What every referral event carries: the plan and the service it went to (by name too: it may be renamed). */
interface ReferralEventPayload {
  trajectoryId: string;
  serviceId: string;
  serviceKind: string;
  serviceName: string;
}

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
  'module.created',
  'module.changed',
  'module.sessionPlanned',
  'module.sessionChanged',
  'module.enrolled',
  'module.left',
  'attendance.recorded',
  'trajectory.drafted',
  'trajectory.updated',
  'trajectory.informed',
  'trajectory.signed',
  'trajectory.amended',
  'trajectory.closed',
  'interview.requested',
  'evaluation.recorded',
  'evaluation.corrected',
  'centre.policyChanged',
  'centre.delegationGranted',
  'centre.delegationChanged',
  'sanction.proposed',
  'sanction.corrected',
  'sanction.approved',
  'sanction.refused',
  'sanction.decided',
  'sanction.withdrawn',
  'report.yearChanged',
  'report.yearClosed',
  'trajectory.costRecorded',
  'trajectory.costRemoved',
  'service.created',
  'service.changed',
  'service.membersChanged',
  'referral.sent',
  'referral.accepted',
  'referral.declined',
  'referral.withdrawn',
  'referral.ended',
  'study.created',
  'study.changed',
  'study.published',
  'study.closed',
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
  'evaluation',
  'centre',
  'signing_delegation',
  'sanction',
  'service',
  'referral',
  'module',
  'module_session',
  'module_enrolment',
  'study',
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
