import { eq } from 'drizzle-orm';
import { users } from '../../db/schema.ts';
import type { SystemTx } from '../../db/tenancy.ts';

export async function hasDemoAccounts(tx: SystemTx): Promise<boolean> {
  const rows = await tx.select({ id: users.id }).from(users).where(eq(users.isDemo, true)).limit(1);
  return rows.length > 0;
}
