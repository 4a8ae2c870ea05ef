/** What happened in a person's file, newest first, gathered from the features that own each event. */
import { inTenant } from '../../db/tenancy.ts';
import { assessmentEvents } from '../assessments/service.ts';
import { recordAudit } from '../audit/service.ts';
import type { CentreContext } from '../context.ts';
import { measurementEvents } from '../measurements/service.ts';
import { registrationEvent } from '../persons/service.ts';
import type { TimelineEvent } from './schemas.ts';

export function getTimeline(ctx: CentreContext, personId: string): Promise<{ items: TimelineEvent[] }> {
  return inTenant(ctx.db, ctx.actor, async (tx) => {
    const registered = await registrationEvent(tx, ctx.actor.centreId, personId);
    const events = [
      registered,
      ...(await assessmentEvents(tx, ctx.actor.centreId, personId)),
      ...(await measurementEvents(tx, ctx.actor.centreId, personId)),
    ];
    await recordAudit(tx, ctx, { action: 'timeline.read', personId });
    return { items: events.sort((a, b) => b.date.localeCompare(a.date) || b.at.localeCompare(a.at)) };
  });
}
