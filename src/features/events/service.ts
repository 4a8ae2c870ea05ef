/** Writes the event log, always inside the transaction of the change it records. */
import type { TenantTx } from '../../db/tenancy.ts';
import type { CentreContext } from '../context.ts';
import { insertEvent, selectPersonEvents } from './queries.ts';
import type { NewEvent } from './schemas.ts';

export async function recordEvent(tx: TenantTx, ctx: CentreContext, event: NewEvent): Promise<void> {
  await insertEvent(tx, {
    ...event,
    centreId: ctx.actor.centreId,
    recordedAt: ctx.clock.now(),
    actorUserId: ctx.actor.userId,
  });
}

/** A person's events, newest first (by the day they happened, then by when they were recorded). */
export function personEvents(tx: TenantTx, ctx: CentreContext, personId: string) {
  return selectPersonEvents(tx, ctx.actor.centreId, personId);
}
