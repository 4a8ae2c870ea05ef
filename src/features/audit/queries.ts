import { and, desc, eq, lt } from 'drizzle-orm';
import { auditEvents, users } from '../../db/schema.ts';
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
  filter: { centreId: string; personId?: string; action?: AuditAction; beforeId?: number; limit: number },
) {
  return tx
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      actorUserId: auditEvents.actorUserId,
      actorName: users.displayName,
      personId: auditEvents.personId,
      subjectType: auditEvents.subjectType,
      subjectId: auditEvents.subjectId,
      details: auditEvents.details,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(
      and(
        eq(auditEvents.centreId, filter.centreId),
        filter.personId ? eq(auditEvents.personId, filter.personId) : undefined,
        filter.action ? eq(auditEvents.action, filter.action) : undefined,
        filter.beforeId ? lt(auditEvents.id, filter.beforeId) : undefined,
      ),
    )
    .orderBy(desc(auditEvents.id))
    .limit(filter.limit);
}
