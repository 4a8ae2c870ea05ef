/**
 * Who holds a dated item of a person's file (an evaluation due on a day, an appointment): the
 * first-line worker stays responsible for the file, but while a referral to a second-line service
 * of the centre runs, its receiving worker follows the person and holds what falls in that period.
 * A partner organisation has no account in Passerelle: during a referral to a partner the file's
 * responsible worker keeps every item.
 */

/** What a referral says about responsibility: the fields of a `referrals` row that matter here. */
export interface ReferralPeriod {
  /** pending | accepted | declined | withdrawn | ended: only accepted and ended referrals ran. */
  state: string;
  /** The day it was accepted (the first day the receiving worker holds the items). */
  answeredOn: string | null;
  /** The last day it ran, included; null while it runs. */
  endedOn: string | null;
  /** The worker of the internal service who follows the person; null for a partner. */
  receivingUserId: string | null;
}

const RAN = new Set(['accepted', 'ended']);

/** Whether the referral's receiving worker held the file's items on this day (YYYY-MM-DD). */
export function coversDay(referral: ReferralPeriod, date: string): boolean {
  if (!RAN.has(referral.state) || !referral.answeredOn || !referral.receivingUserId) return false;
  if (date < referral.answeredOn) return false;
  return referral.endedOn === null || date <= referral.endedOn;
}

/**
 * The user who holds an item dated `date` (YYYY-MM-DD): the receiving worker of the accepted
 * referral whose period [answeredOn, endedOn] (endedOn null: still running) covers the day, else
 * the file's responsible worker (null when nobody follows the file). Should two referrals of the
 * plan cover the same day, the one accepted last holds it (on the same day: the later in the list).
 */
export function holderOn(
  date: string,
  fileResponsible: string | null,
  referrals: readonly ReferralPeriod[],
): string | null {
  let holder: ReferralPeriod | null = null;
  for (const referral of referrals) {
    if (!coversDay(referral, date)) continue;
    if (!holder || (referral.answeredOn as string) >= (holder.answeredOn as string)) holder = referral;
  }
  return holder?.receivingUserId ?? fileResponsible;
}
