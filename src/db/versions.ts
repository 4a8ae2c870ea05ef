/** Keeps every state of a record in record_versions, in the transaction that wrote it. */

import { recordVersions } from './schema.ts';
import type { TenantTx } from './tenancy.ts';

export type VersionedEntity =
  | 'person'
  | 'assessment'
  | 'measurement'
  | 'journal_entry'
  | 'sanction'
  | 'evaluation';

export async function insertRecordVersion(
  tx: TenantTx,
  entity: VersionedEntity,
  row: { centreId: string; id: string; version: number } & Record<string, unknown>,
  change: { at: Date; by: string | null },
): Promise<void> {
  const { centreId, id, version, ...data } = row;
  await tx.insert(recordVersions).values({
    centreId,
    entity,
    entityId: id,
    version,
    data,
    changedAt: change.at,
    changedBy: change.by,
  });
}
