import { and, asc, eq } from 'drizzle-orm';
import { instruments } from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';

export function selectCentreInstruments(tx: TenantTx, centreId: string, key?: string) {
  return tx
    .select({ key: instruments.key, version: instruments.version, definition: instruments.definition })
    .from(instruments)
    .where(and(eq(instruments.centreId, centreId), key ? eq(instruments.key, key) : undefined))
    .orderBy(asc(instruments.key), asc(instruments.version));
}

export async function insertInstrumentVersion(
  tx: TenantTx,
  values: {
    centreId: string;
    key: string;
    version: number;
    definition: unknown;
    createdBy: string;
    now: Date;
  },
): Promise<string> {
  const { now, ...rest } = values;
  const [row] = await tx
    .insert(instruments)
    .values({ ...rest, createdAt: now })
    .returning({ id: instruments.id });
  return (row as { id: string }).id;
}
