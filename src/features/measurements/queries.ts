import { and, asc, eq } from 'drizzle-orm';
import { measurements, users } from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';

export type MeasurementRow = typeof measurements.$inferSelect;

export function selectMeasurements(tx: TenantTx, centreId: string, personId: string, instrumentKey?: string) {
  return tx
    .select({ measurement: measurements, author: users.displayName })
    .from(measurements)
    .leftJoin(users, eq(users.id, measurements.createdBy))
    .where(
      and(
        eq(measurements.centreId, centreId),
        eq(measurements.personId, personId),
        instrumentKey ? eq(measurements.instrumentKey, instrumentKey) : undefined,
      ),
    )
    .orderBy(asc(measurements.measuredOn), asc(measurements.createdAt));
}

export function insertMeasurement(
  tx: TenantTx,
  values: Omit<typeof measurements.$inferInsert, 'id' | 'version' | 'createdAt'> & { now: Date },
): Promise<MeasurementRow> {
  const { now, ...rest } = values;
  return tx
    .insert(measurements)
    .values({ ...rest, createdAt: now })
    .returning()
    .then((rows) => rows[0] as MeasurementRow);
}
