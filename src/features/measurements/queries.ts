import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { measurements, users } from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';

export type MeasurementRow = typeof measurements.$inferSelect;
export type MeasurementWithNames = {
  measurement: MeasurementRow;
  author: string | null;
  updatedBy: string | null;
  withdrawnBy: string | null;
};

const updater = alias(users, 'updater');
const withdrawer = alias(users, 'withdrawer');

function selectWithNames(tx: TenantTx) {
  return tx
    .select({
      measurement: measurements,
      author: users.displayName,
      updatedBy: updater.displayName,
      withdrawnBy: withdrawer.displayName,
    })
    .from(measurements)
    .leftJoin(users, eq(users.id, measurements.createdBy))
    .leftJoin(updater, eq(updater.id, measurements.updatedBy))
    .leftJoin(withdrawer, eq(withdrawer.id, measurements.withdrawnBy));
}

/** The person's measurements, oldest first; the withdrawn ones only when asked for. */
export function selectMeasurements(
  tx: TenantTx,
  centreId: string,
  personId: string,
  options: { instrumentKey?: string; includeWithdrawn?: boolean } = {},
): Promise<MeasurementWithNames[]> {
  return selectWithNames(tx)
    .where(
      and(
        eq(measurements.centreId, centreId),
        eq(measurements.personId, personId),
        options.instrumentKey ? eq(measurements.instrumentKey, options.instrumentKey) : undefined,
        options.includeWithdrawn ? undefined : isNull(measurements.withdrawnAt),
      ),
    )
    .orderBy(asc(measurements.measuredOn), asc(measurements.createdAt));
}

export function selectMeasurement(
  tx: TenantTx,
  centreId: string,
  id: string,
  forUpdate = false,
): Promise<MeasurementWithNames | undefined> {
  const query = selectWithNames(tx).where(and(eq(measurements.centreId, centreId), eq(measurements.id, id)));
  return (forUpdate ? query.for('update', { of: measurements }) : query).then((rows) => rows[0]);
}

export function insertMeasurement(
  tx: TenantTx,
  values: Omit<
    typeof measurements.$inferInsert,
    'id' | 'version' | 'createdAt' | 'updatedAt' | 'updatedBy'
  > & {
    now: Date;
  },
): Promise<MeasurementRow> {
  const { now, ...rest } = values;
  return tx
    .insert(measurements)
    .values({ ...rest, createdAt: now, updatedAt: now, updatedBy: rest.createdBy })
    .returning()
    .then((rows) => rows[0] as MeasurementRow);
}

const atVersionInForce = (key: { centreId: string; id: string; version: number }) =>
  and(
    eq(measurements.centreId, key.centreId),
    eq(measurements.id, key.id),
    eq(measurements.version, key.version),
    isNull(measurements.withdrawnAt),
  );

/** Corrects a measurement still at the version read and in force; undefined otherwise. */
export function correctMeasurementAtVersion(
  tx: TenantTx,
  key: { centreId: string; id: string; version: number },
  values: Partial<Pick<MeasurementRow, 'measuredOn' | 'context' | 'scores'>> & {
    updatedBy: string;
    now: Date;
  },
): Promise<MeasurementRow | undefined> {
  const { now, ...rest } = values;
  return tx
    .update(measurements)
    .set({ ...rest, updatedAt: now, version: sql`${measurements.version} + 1` })
    .where(atVersionInForce(key))
    .returning()
    .then((rows) => rows[0]);
}

/** Withdraws a measurement still at the version read and in force; undefined otherwise. */
export function withdrawMeasurementAtVersion(
  tx: TenantTx,
  key: { centreId: string; id: string; version: number },
  values: { by: string; reason: string; now: Date },
): Promise<MeasurementRow | undefined> {
  return tx
    .update(measurements)
    .set({
      withdrawnAt: values.now,
      withdrawnBy: values.by,
      withdrawalReason: values.reason,
      updatedAt: values.now,
      updatedBy: values.by,
      version: sql`${measurements.version} + 1`,
    })
    .where(atVersionInForce(key))
    .returning()
    .then((rows) => rows[0]);
}
