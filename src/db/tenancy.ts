/**
 * Every request touching a centre's data runs in one transaction that names the centre and
 * drops to the non-owner role `passerelle_app`, so row-level security applies even to a query
 * that forgets its WHERE clause (DESIGN.md §1.4).
 */
import { sql } from 'drizzle-orm';
import type { Executor } from './connect.ts';

export interface TenantContext {
  /** Null for a federal analyst: no centre row is visible. */
  centreId: string | null;
  userId: string | null;
}

export function inTenant<T>(
  db: Executor,
  context: TenantContext,
  work: (tx: Executor) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select set_config('app.centre_id', ${context.centreId ?? ''}, true), set_config('app.user_id', ${context.userId ?? ''}, true)`,
    );
    await tx.execute(sql`set local role passerelle_app`);
    return work(tx);
  });
}

/**
 * Work done before anyone is known (login, session lookup): runs as the connecting role.
 * Only the auth feature uses it, and only on the tables of authentication.
 */
export function inSystem<T>(db: Executor, work: (tx: Executor) => Promise<T>): Promise<T> {
  return db.transaction(work);
}
