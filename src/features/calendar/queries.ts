import { and, eq, isNull } from 'drizzle-orm';
import { calendarFeeds } from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';

export function selectActiveFeed(tx: TenantTx, centreId: string, userId: string) {
  return tx
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(
      and(
        eq(calendarFeeds.centreId, centreId),
        eq(calendarFeeds.userId, userId),
        isNull(calendarFeeds.revokedAt),
      ),
    )
    .then((rows) => rows[0]);
}

/** Revokes the user's feed, if any: its URL answers 404 from now on. True when there was one. */
export function revokeFeeds(tx: TenantTx, centreId: string, userId: string, now: Date) {
  return tx
    .update(calendarFeeds)
    .set({ revokedAt: now })
    .where(
      and(
        eq(calendarFeeds.centreId, centreId),
        eq(calendarFeeds.userId, userId),
        isNull(calendarFeeds.revokedAt),
      ),
    )
    .returning({ secretHash: calendarFeeds.secretHash })
    .then((rows) => rows.length > 0);
}

export function insertFeed(
  tx: TenantTx,
  values: { centreId: string; userId: string; secretHash: string; createdAt: Date },
) {
  return tx
    .insert(calendarFeeds)
    .values(values)
    .returning({ createdAt: calendarFeeds.createdAt })
    .then((rows) => rows[0] as { createdAt: Date });
}
