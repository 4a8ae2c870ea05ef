/**
 * What happened in a person's file, newest first: the person's events from the event log. A new
 * feature shows up here by recording events, without changing this code.
 */
import type { TenantTx } from '../../db/tenancy.ts';
import { recordAudit } from '../audit/service.ts';
import type { CentreContext } from '../context.ts';
import type { EventType, SubjectType } from '../events/schemas.ts';
import { personEvents } from '../events/service.ts';
import { requirePerson } from '../persons/service.ts';
import type { TimelineEvent } from './schemas.ts';

/** The older, coarser field. A centre-level subject (an instrument, the centre) has no person, so no timeline. */
function kindOf(
  type: EventType,
  subjectType: Exclude<
    SubjectType,
    'instrument' | 'centre' | 'signing_delegation' | 'service' | 'module' | 'module_session' | 'study'
  >,
): TimelineEvent['kind'] {
  if (type === 'person.registered') return 'registered';
  // A referral is sent from a plan: the plan's, on the timeline.
  if (subjectType === 'referral') return 'trajectory';
  // An enrolment in a module is made from a plan: the plan's too.
  if (subjectType === 'module_enrolment') return 'trajectory';
  // A plan, the interviews asked for under it, its evaluations and its sanctions are the plan's, on the timeline.
  return subjectType === 'interview_request' || subjectType === 'sanction' || subjectType === 'evaluation'
    ? 'trajectory'
    : subjectType;
}

export async function getTimeline(
  tx: TenantTx,
  ctx: CentreContext,
  personId: string,
): Promise<{ items: TimelineEvent[] }> {
  await requirePerson(tx, ctx, personId);
  const rows = await personEvents(tx, ctx, personId);
  await recordAudit(tx, ctx, { action: 'timeline.read', personId });
  // Read from the log itself: a record withdrawn as a mistake has a withdrawal event.
  const withdrawn = new Set(
    rows
      // A referral its sender took back, a sanction withdrawn before its decision: real steps of
      // the file, not records made by mistake.
      .filter(
        (row) =>
          row.type.endsWith('.withdrawn') &&
          row.type !== 'referral.withdrawn' &&
          row.type !== 'sanction.withdrawn',
      )
      .map((row) => row.subjectId),
  );
  return {
    items: rows.map((row) => ({
      eventId: row.id,
      type: row.type as EventType,
      kind: kindOf(
        row.type as EventType,
        row.subjectType as Exclude<
          SubjectType,
          'instrument' | 'centre' | 'signing_delegation' | 'service' | 'module' | 'module_session' | 'study'
        >,
      ),
      id: row.subjectId,
      date: row.occurredOn,
      at: row.recordedAt.toISOString(),
      by: row.actorName,
      detail: row.payload as TimelineEvent['detail'],
      withdrawn: withdrawn.has(row.subjectId),
    })),
  };
}
