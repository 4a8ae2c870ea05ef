/** SQL of cost lines, always filtered by centre and plan. */
import { and, asc, eq } from 'drizzle-orm';
import { trajectoryCosts, users } from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';

export type CostRow = typeof trajectoryCosts.$inferSelect;

const withRecorder = { cost: trajectoryCosts, recordedBy: users.displayName };

export function selectCosts(tx: TenantTx, centreId: string, trajectoryId: string) {
  return tx
    .select(withRecorder)
    .from(trajectoryCosts)
    .leftJoin(
      users,
      and(eq(users.centreId, trajectoryCosts.centreId), eq(users.id, trajectoryCosts.createdBy)),
    )
    .where(and(eq(trajectoryCosts.centreId, centreId), eq(trajectoryCosts.trajectoryId, trajectoryId)))
    .orderBy(asc(trajectoryCosts.incurredOn), asc(trajectoryCosts.createdAt), asc(trajectoryCosts.id));
}

export function selectCostForUpdate(tx: TenantTx, centreId: string, trajectoryId: string, id: string) {
  return tx
    .select()
    .from(trajectoryCosts)
    .where(
      and(
        eq(trajectoryCosts.centreId, centreId),
        eq(trajectoryCosts.trajectoryId, trajectoryId),
        eq(trajectoryCosts.id, id),
      ),
    )
    .for('update')
    .then((rows) => rows[0]);
}

export function insertCost(
  tx: TenantTx,
  values: Pick<CostRow, 'centreId' | 'trajectoryId' | 'incurredOn' | 'amountCents' | 'description'> & {
    userId: string;
    now: Date;
  },
): Promise<CostRow> {
  const { userId, now, ...rest } = values;
  return tx
    .insert(trajectoryCosts)
    .values({ ...rest, createdBy: userId, updatedBy: userId, createdAt: now, updatedAt: now })
    .returning()
    .then((rows) => rows[0] as CostRow);
}

export function deleteCostAtVersion(
  tx: TenantTx,
  key: { centreId: string; trajectoryId: string; id: string; version: number },
) {
  return tx
    .delete(trajectoryCosts)
    .where(
      and(
        eq(trajectoryCosts.centreId, key.centreId),
        eq(trajectoryCosts.trajectoryId, key.trajectoryId),
        eq(trajectoryCosts.id, key.id),
        eq(trajectoryCosts.version, key.version),
      ),
    )
    .returning({ id: trajectoryCosts.id })
    .then((rows) => rows[0]);
}
