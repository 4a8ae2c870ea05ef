import { and, asc, count, eq, inArray } from 'drizzle-orm';
import { persons, users } from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';
import { FOLLOWER_ROLES } from '../auth/policy.ts';

/** The centre's workers and leads (and its administrators with `staff`), with how many files each follows. */
export function selectWorkers(tx: TenantTx, centreId: string, staff = false) {
  return tx
    .select({ id: users.id, displayName: users.displayName, role: users.role, files: count(persons.id) })
    .from(users)
    .leftJoin(persons, and(eq(persons.centreId, users.centreId), eq(persons.responsibleUserId, users.id)))
    .where(
      and(
        eq(users.centreId, centreId),
        inArray(users.role, staff ? [...FOLLOWER_ROLES, 'admin'] : [...FOLLOWER_ROLES]),
      ),
    )
    .groupBy(users.id, users.displayName, users.role)
    .orderBy(asc(users.displayName), asc(users.id));
}
