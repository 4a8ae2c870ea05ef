/**
 * A worker's calendar feed: a secret URL any calendar application (Outlook, Google, Apple) can
 * subscribe to, holding the worker's dated work (evaluations, interviews asked for, PIIS to
 * conclude, plans ending…) as all-day events. Only the secret's SHA-256 is kept; revoking kills
 * the URL, renewing gives a new one. An event names the person by first name and initial only,
 * since a subscribed calendar leaves Passerelle (docs/security.md "Calendar feeds").
 */
import { createHash, randomBytes } from 'node:crypto';
import ical from 'ical-generator';
import type { TenantTx } from '../../db/tenancy.ts';
import { addDays } from '../../domain/dates.ts';
import { ruleLabelKey } from '../../domain/rule-labels.ts';
import { translate } from '../../i18n/translate.ts';
import { recordAudit } from '../audit/service.ts';
import { centrePolicy } from '../centre/service.ts';
import type { CentreContext } from '../context.ts';
import { collectWork } from '../today/service.ts';
import { insertFeed, revokeFeeds, selectActiveFeed } from './queries.ts';

/** How far the feed looks back (an overdue item stays visible) and ahead. */
const PAST_DAYS = 60;
const AHEAD_DAYS = 365;

export function hashFeedSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export async function calendarFeedStatus(tx: TenantTx, ctx: CentreContext) {
  const feed = await selectActiveFeed(tx, ctx.actor.centreId, ctx.actor.userId);
  return { active: feed !== undefined, createdAt: feed?.createdAt.toISOString() ?? null, path: null };
}

/** A new secret URL; the earlier one, if any, stops working in the same step. */
export async function renewCalendarFeed(tx: TenantTx, ctx: CentreContext) {
  const { centreId, userId } = ctx.actor;
  const now = ctx.clock.now();
  const renewed = await revokeFeeds(tx, centreId, userId, now);
  const secret = randomBytes(32).toString('base64url');
  const feed = await insertFeed(tx, { centreId, userId, secretHash: hashFeedSecret(secret), createdAt: now });
  await recordAudit(tx, ctx, { action: 'calendar.renew', details: { renewed } });
  return { active: true, createdAt: feed.createdAt.toISOString(), path: `/api/v1/calendar/${secret}.ics` };
}

export async function revokeCalendarFeed(tx: TenantTx, ctx: CentreContext) {
  const revoked = await revokeFeeds(tx, ctx.actor.centreId, ctx.actor.userId, ctx.clock.now());
  if (revoked) await recordAudit(tx, ctx, { action: 'calendar.revoke' });
  return { active: false, createdAt: null, path: null };
}

/** The feed itself, in the worker's language; `webOrigin` makes each event link to its plan. */
export async function calendarDocument(tx: TenantTx, ctx: CentreContext, webOrigin: string): Promise<string> {
  const today = ctx.clock.today();
  const policy = await centrePolicy(tx, ctx);
  const from = addDays(today, -PAST_DAYS);
  const work = await collectWork(tx, ctx, ctx.actor.userId, policy, today, addDays(today, AHEAD_DAYS));
  const locale = ctx.actor.locale;
  const calendar = ical({
    name: `Passerelle · ${ctx.actor.displayName}`,
    prodId: { company: 'Passerelle', product: 'worker-day', language: locale.toUpperCase() },
    ttl: 60 * 60,
  });
  // The minimum at risk is dated today, every day: a calendar event that moves daily helps nobody.
  const shown = work.filter((item) => item.date >= from && item.rule !== 'evaluation.minimum');
  for (const item of shown) {
    const label = translate(locale, ruleLabelKey(item.rule));
    const inPerson = item.inPerson ? ` ${translate(locale, 'plans.deadlines.inPerson')}` : '';
    const who = `${item.person.firstName} ${item.person.lastName.slice(0, 1)}.`;
    const link = `${webOrigin}/plans/${item.trajectoryId}`;
    calendar.createEvent({
      id: `${item.key}@passerelle`,
      stamp: ctx.clock.now(),
      // Noon UTC is the same calendar day in every time zone a Belgian worker travels to.
      start: new Date(`${item.date}T12:00:00Z`),
      end: new Date(`${addDays(item.date, 1)}T12:00:00Z`),
      allDay: true,
      summary: `${label}${inPerson} · ${who}`,
      description: link,
      url: link,
    });
  }
  await recordAudit(tx, ctx, {
    action: 'calendar.read',
    details: { returned: shown.length, personIds: [...new Set(shown.map((i) => i.person.id))] },
  });
  return calendar.toString();
}
