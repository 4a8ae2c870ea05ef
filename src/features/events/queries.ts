import { and, desc, eq, sql } from 'drizzle-orm';
import { events, users } from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';
import type { NewEvent } from './schemas.ts';

/** Appends an event; its place among the subject's events is the next number (the subject row is locked by the writer). */
export async function insertEvent(
  tx: TenantTx,
  event: NewEvent & { centreId: string; recordedAt: Date; actorUserId: string | null },
): Promise<void> {
  await tx.insert(events).values({
    centreId: event.centreId,
    type: event.type,
    subjectType: event.subjectType,
    subjectId: event.subjectId,
    subjectSeq: sql`(select coalesce(max(${events.subjectSeq}), 0) + 1 from ${events} where ${events.centreId} = ${event.centreId} and ${events.subjectType} = ${event.subjectType} and ${events.subjectId} = ${event.subjectId})`,
    personId: event.personId,
    occurredOn: event.occurredOn,
    recordedAt: event.recordedAt,
    actorUserId: event.actorUserId,
    payload: event.payload,
  });
}

export function selectPersonEvents(tx: TenantTx, centreId: string, personId: string) {
  return tx
    .select({
      id: events.id,
      type: events.type,
      subjectType: events.subjectType,
      subjectId: events.subjectId,
      occurredOn: events.occurredOn,
      recordedAt: events.recordedAt,
      actorName: users.displayName,
      payload: events.payload,
    })
    .from(events)
    .leftJoin(users, eq(users.id, events.actorUserId))
    .where(and(eq(events.centreId, centreId), eq(events.personId, personId)))
    .orderBy(desc(events.occurredOn), desc(events.recordedAt), desc(events.position));
}
