/**
 * Tests arrange and inspect the database as its owner, outside row-level security, and say so by
 * calling this: the pool itself sees no centre's rows (src/db/tenancy.ts).
 */
import { type SQL, sql } from 'drizzle-orm';
import { type Database, queryRows } from '../src/db/connect.ts';

export function ownerRows<T>(database: Database, query: SQL): Promise<T[]> {
  return database.db.transaction(async (tx) => {
    await tx.execute(sql`set local role none`);
    return queryRows<T>(tx, query);
  });
}
