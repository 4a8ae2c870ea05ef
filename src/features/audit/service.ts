import { z } from 'zod';
import type { TenantTx } from '../../db/tenancy.ts';
import { nextDay, startOfBelgianDay } from '../../domain/dates.ts';
import type { CentreContext, ServiceContext } from '../context.ts';
import { decodeCursor, encodeCursor } from '../pagination.ts';
import { insertAuditEvent, selectAuditEvents } from './queries.ts';
import type { AuditAction, AuditQuery } from './schemas.ts';

export interface AuditEntry {
  action: AuditAction;
  /** The centre the event belongs to when no one is signed in (a failed login on a known account). */
  centreId?: string | null;
  personId?: string | null;
  subjectType?: string;
  subjectId?: string;
  /** Field names and counts only: never the values of personal fields. */
  details?: Record<string, unknown>;
}

/** Written inside the caller's transaction: the event exists exactly when the change does. */
export async function recordAudit(tx: TenantTx, ctx: ServiceContext, entry: AuditEntry): Promise<void> {
  const { centreId, ...rest } = entry;
  await insertAuditEvent(tx, {
    centreId: centreId !== undefined ? centreId : (ctx.actor?.centreId ?? null),
    at: ctx.clock.now(),
    actorUserId: ctx.actor?.userId ?? null,
    requestId: ctx.requestId,
    address: ctx.address || null,
    ...rest,
  });
}

/** Reading the trail is itself recorded: who looked at whose traces is a trace too. */
export async function listAuditEvents(tx: TenantTx, ctx: CentreContext, query: AuditQuery) {
  const beforeId = query.cursor
    ? decodeCursor(query.cursor, z.tuple([z.number().int().positive()]))[0]
    : undefined;
  const rows = await selectAuditEvents(tx, {
    centreId: ctx.actor.centreId,
    personId: query.personId,
    userId: query.userId,
    action: query.action,
    from: query.from ? startOfBelgianDay(query.from) : undefined,
    until: query.to ? startOfBelgianDay(nextDay(query.to)) : undefined,
    beforeId,
    limit: query.limit + 1,
  });
  await recordAudit(tx, ctx, {
    action: 'audit.read',
    personId: query.personId ?? null,
    details: {
      action: query.action ?? null,
      userId: query.userId ?? null,
      from: query.from ?? null,
      to: query.to ?? null,
      returned: Math.min(rows.length, query.limit),
    },
  });
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
