import { z } from 'zod';
import type { Executor } from '../../db/connect.ts';
import { inTenant } from '../../db/tenancy.ts';
import { decodeCursor, encodeCursor } from '../../http/pagination.ts';
import type { CentreContext, ServiceContext } from '../context.ts';
import { insertAuditEvent, selectAuditEvents } from './queries.ts';
import type { AuditAction } from './schemas.ts';

export interface AuditEntry {
  action: AuditAction;
  personId?: string | null;
  subjectType?: string;
  subjectId?: string;
  /** Field names and counts only: never the values of personal fields. */
  details?: Record<string, unknown>;
}

/** Written inside the caller's transaction: the event exists exactly when the change does. */
export async function recordAudit(tx: Executor, ctx: ServiceContext, entry: AuditEntry): Promise<void> {
  await insertAuditEvent(tx, {
    centreId: ctx.actor?.centreId ?? null,
    at: ctx.clock.now(),
    actorUserId: ctx.actor?.userId ?? null,
    requestId: ctx.requestId,
    address: ctx.address || null,
    ...entry,
  });
}

export async function listAuditEvents(
  ctx: CentreContext,
  query: { limit: number; cursor?: string; personId?: string; action?: AuditAction },
) {
  const beforeId = query.cursor
    ? decodeCursor(query.cursor, z.tuple([z.number().int().positive()]))[0]
    : undefined;
  const rows = await inTenant(ctx.db, ctx.actor, (tx) =>
    selectAuditEvents(tx, {
      centreId: ctx.actor.centreId,
      personId: query.personId,
      action: query.action,
      beforeId,
      limit: query.limit + 1,
    }),
  );
  const items = rows.slice(0, query.limit).map((r) => ({
    ...r,
    id: String(r.id),
    at: r.at.toISOString(),
    action: r.action as AuditAction,
    details: r.details as Record<string, unknown>,
  }));
  const last = rows.length > query.limit ? rows[query.limit - 1] : undefined;
  return { items, nextCursor: last ? encodeCursor([last.id]) : null };
}
