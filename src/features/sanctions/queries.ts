import { and, asc, desc, eq, gt, inArray, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { persons, sanctions, users } from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';

export type SanctionRow = typeof sanctions.$inferSelect;
export type SanctionValues = Pick<
  SanctionRow,
  | 'noticeOn'
  | 'workerOpinion'
  | 'workerOpinionOn'
  | 'hearingOn'
  | 'hearingAssisted'
  | 'extent'
  | 'partialPercent'
  | 'startOn'
  | 'endOn'
  | 'suspended'
>;

const proposer = alias(users, 'proposer');
const approver = alias(users, 'approver');

/** A sanction with the names the screens show: the person's, the proposer's, the approver's. */
const withNames = {
  sanction: sanctions,
  firstName: persons.firstName,
  lastName: persons.lastName,
  proposedByName: proposer.displayName,
  approvedByName: approver.displayName,
};
export type SanctionWithNames = {
  sanction: SanctionRow;
  firstName: string;
  lastName: string;
  proposedByName: string;
  approvedByName: string | null;
};

function selectWithNames(tx: TenantTx) {
  return tx
    .select(withNames)
    .from(sanctions)
    .innerJoin(persons, and(eq(persons.centreId, sanctions.centreId), eq(persons.id, sanctions.personId)))
    .innerJoin(proposer, eq(proposer.id, sanctions.proposedBy))
    .leftJoin(approver, eq(approver.id, sanctions.approvedBy));
}

export function selectSanction(
  tx: TenantTx,
  centreId: string,
  id: string,
  forUpdate = false,
): Promise<SanctionWithNames | undefined> {
  const query = selectWithNames(tx).where(and(eq(sanctions.centreId, centreId), eq(sanctions.id, id)));
  return (forUpdate ? query.for('update', { of: sanctions }) : query).then((rows) => rows[0]);
}

/** A plan's sanctions, newest first: a handful at most. */
export function selectPlanSanctions(tx: TenantTx, centreId: string, trajectoryId: string) {
  return selectWithNames(tx)
    .where(and(eq(sanctions.centreId, centreId), eq(sanctions.trajectoryId, trajectoryId)))
    .orderBy(desc(sanctions.createdAt), desc(sanctions.id));
}

/** The centre's sanctions, oldest first: the proposal waiting longest comes first. */
export function selectSanctions(
  tx: TenantTx,
  search: {
    centreId: string;
    state?: string;
    after: { createdAt: string; id: string } | null;
    limit: number;
  },
) {
  const s = sanctions;
  const after = search.after;
  return selectWithNames(tx)
    .where(
      and(
        eq(s.centreId, search.centreId),
        search.state ? eq(s.state, search.state) : undefined,
        after
          ? or(
              gt(s.createdAt, new Date(after.createdAt)),
              and(eq(s.createdAt, new Date(after.createdAt)), gt(s.id, after.id)),
            )
          : undefined,
      ),
    )
    .orderBy(asc(s.createdAt), asc(s.id))
    .limit(search.limit);
}

/**
 * The days the person's other sanctions were decided (suspended ones included: a sursis is a
 * decided sanction), for the rule of 3 months again within 12.
 */
export function selectDecisionDays(
  tx: TenantTx,
  centreId: string,
  personId: string,
  exceptId: string | null,
): Promise<string[]> {
  return tx
    .select({ decisionOn: sanctions.decisionOn })
    .from(sanctions)
    .where(
      and(
        eq(sanctions.centreId, centreId),
        eq(sanctions.personId, personId),
        inArray(sanctions.state, ['decided']),
        exceptId ? ne(sanctions.id, exceptId) : undefined,
      ),
    )
    .orderBy(asc(sanctions.decisionOn))
    .then((rows) => rows.flatMap((r) => (r.decisionOn ? [r.decisionOn] : [])));
}

export function insertSanction(
  tx: TenantTx,
  values: SanctionValues & {
    centreId: string;
    trajectoryId: string;
    personId: string;
    proposedBy: string;
    now: Date;
  },
): Promise<SanctionRow> {
  const { now, ...rest } = values;
  return tx
    .insert(sanctions)
    .values({
      ...rest,
      state: 'proposed',
      createdBy: values.proposedBy,
      updatedBy: values.proposedBy,
      createdAt: now,
      updatedAt: now,
    })
    .returning()
    .then((rows) => rows[0] as SanctionRow);
}

export function updateSanctionAtVersion(
  tx: TenantTx,
  key: { centreId: string; id: string; version: number },
  values: Partial<
    SanctionValues &
      Pick<SanctionRow, 'state' | 'approvedBy' | 'approvedOn' | 'approvalNote' | 'decisionOn' | 'notifiedOn'>
  > & { updatedBy: string; now: Date },
): Promise<SanctionRow | undefined> {
  const { now, ...rest } = values;
  return tx
    .update(sanctions)
    .set({ ...rest, updatedAt: now, version: sql`${sanctions.version} + 1` })
    .where(
      and(eq(sanctions.centreId, key.centreId), eq(sanctions.id, key.id), eq(sanctions.version, key.version)),
    )
    .returning()
    .then((rows) => rows[0]);
}
