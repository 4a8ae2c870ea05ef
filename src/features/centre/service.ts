/** The centre's own settings for plans: its policy (src/domain/centre-policy.ts). */

import type { TenantTx } from '../../db/tenancy.ts';
import { type CentrePolicy, CentrePolicySchema, DEFAULT_POLICY } from '../../domain/centre-policy.ts';
import type { CentreContext } from '../context.ts';
import { selectCentrePolicy } from './queries.ts';

/**
 * The policy every deadline of the caller's centre is computed with: the centre's own, or the
 * law's defaults while it has changed nothing. A stored policy from an older format is completed
 * with the defaults for what it does not say.
 */
export async function centrePolicy(tx: TenantTx, ctx: CentreContext): Promise<CentrePolicy> {
  const row = await selectCentrePolicy(tx, ctx.actor.centreId);
  if (!row) return DEFAULT_POLICY;
  return CentrePolicySchema.parse({ ...DEFAULT_POLICY, ...(row.policy as object) });
}
