import { and, asc, eq } from 'drizzle-orm';
import type { Executor } from '../../db/connect.ts';
import { instruments } from '../../db/schema.ts';

export function selectCentreInstruments(tx: Executor, centreId: string, key?: string) {
  return tx
    .select({ key: instruments.key, version: instruments.version, definition: instruments.definition })
    .from(instruments)
    .where(and(eq(instruments.centreId, centreId), key ? eq(instruments.key, key) : undefined))
    .orderBy(asc(instruments.key), asc(instruments.version));
}

export async function insertInstrumentVersion(
  tx: Executor,
  values: {
    centreId: string;
    key: string;
    version: number;
    definition: unknown;
    createdBy: string;
    now: Date;
  },
) {
  const { now, ...rest } = values;
  await tx.insert(instruments).values({ ...rest, createdAt: now });
}
