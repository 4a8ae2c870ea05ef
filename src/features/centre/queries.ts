import { eq } from 'drizzle-orm';
import { centrePolicies } from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';

export function selectCentrePolicy(tx: TenantTx, centreId: string) {
  return tx
    .select()
    .from(centrePolicies)
    .where(eq(centrePolicies.centreId, centreId))
    .then((rows) => rows[0]);
}
