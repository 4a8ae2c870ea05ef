import { and, desc, eq, gte, lt, sql } from 'drizzle-orm';
import { auditEvents, persons, users } from '../../db/schema.ts';
import { deferUntilCommit, type TenantTx } from '../../db/tenancy.ts';
import type { AuditAction } from './schemas.ts';

export interface NewAuditEvent {
  centreId: string | null;
  at: Date;
  actorUserId: string | null;
  action: AuditAction;
  personId?: string | null;
  subjectType?: string | null;
  subjectId?: string | null;
  details?: Record<string, unknown>;
  requestId: string;
  address: string | null;
}

/** Sent with the request's COMMIT when it can be (src/db/tenancy.ts deferUntilCommit): one round trip fewer. */
export async function insertAuditEvent(tx: TenantTx, event: NewAuditEvent): Promise<void> {
  const insert = tx.insert(auditEvents).values({ ...event, details: event.details ?? {} });
  if (!deferUntilCommit(tx, insert.getSQL())) await insert;
}

export async function selectAuditEvents(
  tx: TenantTx,
  filter: {
    centreId: string;
    personId?: string;
    userId?: string;
    action?: AuditAction;
    /** [from, until): instants, the start of the first day and the start of the day after the last. */
    from?: Date;
    until?: Date;
    beforeId?: number;
    limit: number;
  },
) {
  return tx
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      actorUserId: auditEvents.actorUserId,
      actorName: users.displayName,
      personId: auditEvents.personId,
      personName: sql<string | null>`${persons.firstName} || ' ' || ${persons.lastName}`,
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .leftJoin(persons, and(eq(persons.centreId, auditEvents.centreId), eq(persons.id, auditEvents.personId)))
    .where(
      and(
        eq(auditEvents.centreId, filter.centreId),
        filter.personId ? eq(auditEvents.personId, filter.personId) : undefined,
        filter.userId ? eq(auditEvents.actorUserId, filter.userId) : undefined,
        filter.action ? eq(auditEvents.action, filter.action) : undefined,
        filter.from ? gte(auditEvents.at, filter.from) : undefined,
        filter.until ? lt(auditEvents.at, filter.until) : undefined,
        filter.beforeId ? lt(auditEvents.id, filter.beforeId) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(filter.limit);
}
