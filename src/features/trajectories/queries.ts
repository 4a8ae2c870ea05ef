import { and, asc, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import {
  interviewRequests,
  persons,
  signatureFiles,
  trajectories,
  trajectoryVersions,
  users,
} from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';

export type TrajectoryRow = typeof trajectories.$inferSelect;
export type VersionRow = typeof trajectoryVersions.$inferSelect;
export type TrajectoryValues = Omit<
  TrajectoryRow,
  'id' | 'centreId' | 'version' | 'createdAt' | 'createdBy' | 'updatedAt' | 'updatedBy'
>;
export type VersionValues = Pick<
  VersionRow,
  | 'state'
  | 'content'
  | 'startOn'
  | 'plannedEndOn'
  | 'information'
  | 'signedOn'
  | 'signatures'
  | 'councilNotedOn'
>;

/** A plan with its current version and what the list shows of the person. */
const withVersion = {
  trajectory: trajectories,
  current: trajectoryVersions,
  firstName: persons.firstName,
  lastName: persons.lastName,
  birthDate: persons.birthDate,
  personLanguage: persons.language,
  responsibleUserId: persons.responsibleUserId,
};
export type TrajectoryWithVersion = {
  trajectory: TrajectoryRow;
  current: VersionRow;
  firstName: string;
  lastName: string;
  birthDate: string;
  personLanguage: string;
  responsibleUserId: string | null;
};

function selectWithVersion(tx: TenantTx) {
  return tx
    .select(withVersion)
    .from(trajectories)
    .innerJoin(
      trajectoryVersions,
      and(
        eq(trajectoryVersions.centreId, trajectories.centreId),
        eq(trajectoryVersions.trajectoryId, trajectories.id),
        eq(trajectoryVersions.number, trajectories.currentVersion),
      ),
    )
    .innerJoin(
      persons,
      and(eq(persons.centreId, trajectories.centreId), eq(persons.id, trajectories.personId)),
    );
}

export function selectTrajectory(
  tx: TenantTx,
  centreId: string,
  id: string,
  forUpdate = false,
): Promise<TrajectoryWithVersion | undefined> {
  const query = selectWithVersion(tx).where(
    and(eq(trajectories.centreId, centreId), eq(trajectories.id, id)),
  );
  return (forUpdate ? query.for('update', { of: trajectories }) : query).then((rows) => rows[0]);
}

export interface TrajectorySearch {
  centreId: string;
  personId?: string;
  state?: string;
  /** Only the plans of people this user follows, or (null) of people nobody follows. */
  responsibleUserId?: string | null;
  orientation?: string;
  before: { createdAt: string; id: string } | null;
  limit: number;
}

/** Newest first; the person's and the state's indexes serve the usual filters. */
export function selectTrajectories(tx: TenantTx, search: TrajectorySearch) {
  const t = trajectories;
  const before = search.before;
  return selectWithVersion(tx)
    .where(
      and(
        eq(t.centreId, search.centreId),
        search.personId ? eq(t.personId, search.personId) : undefined,
        search.state ? eq(t.state, search.state) : undefined,
        search.responsibleUserId === undefined
          ? undefined
          : search.responsibleUserId === null
            ? isNull(persons.responsibleUserId)
            : eq(persons.responsibleUserId, search.responsibleUserId),
        search.orientation
          ? sql`${trajectoryVersions.content}->'orientations' @> ${JSON.stringify([search.orientation])}::jsonb`
          : undefined,
        before
          ? or(
              lt(t.createdAt, new Date(before.createdAt)),
              and(eq(t.createdAt, new Date(before.createdAt)), lt(t.id, before.id)),
            )
          : undefined,
      ),
    )
    .orderBy(desc(t.createdAt), desc(t.id))
    .limit(search.limit);
}

export function insertTrajectory(
  tx: TenantTx,
  values: TrajectoryValues & { centreId: string; createdBy: string; now: Date },
): Promise<TrajectoryRow> {
  const { now, ...rest } = values;
  return tx
    .insert(trajectories)
    .values({ ...rest, updatedBy: values.createdBy, createdAt: now, updatedAt: now })
    .returning()
    .then((rows) => rows[0] as TrajectoryRow);
}

export function updateTrajectoryAtVersion(
  tx: TenantTx,
  key: { centreId: string; id: string; version: number },
  values: Partial<TrajectoryValues> & { updatedBy: string; now: Date },
) {
  const { now, ...rest } = values;
  return tx
    .update(trajectories)
    .set({ ...rest, updatedAt: now, version: sql`${trajectories.version} + 1` })
    .where(
      and(
        eq(trajectories.centreId, key.centreId),
        eq(trajectories.id, key.id),
        eq(trajectories.version, key.version),
      ),
    )
    .returning()
    .then((rows) => rows[0]);
}

export function insertVersion(
  tx: TenantTx,
  values: VersionValues & {
    centreId: string;
    trajectoryId: string;
    number: number;
    createdBy: string;
    now: Date;
  },
): Promise<VersionRow> {
  const { now, ...rest } = values;
  return tx
    .insert(trajectoryVersions)
    .values({ ...rest, updatedBy: values.createdBy, createdAt: now, updatedAt: now })
    .returning()
    .then((rows) => rows[0] as VersionRow);
}

export function updateVersion(
  tx: TenantTx,
  key: { centreId: string; trajectoryId: string; number: number },
  values: Partial<VersionValues> & { documentSha256?: string; updatedBy: string; now: Date },
) {
  const { now, ...rest } = values;
  return tx
    .update(trajectoryVersions)
    .set({ ...rest, updatedAt: now })
    .where(
      and(
        eq(trajectoryVersions.centreId, key.centreId),
        eq(trajectoryVersions.trajectoryId, key.trajectoryId),
        eq(trajectoryVersions.number, key.number),
      ),
    )
    .returning()
    .then((rows) => rows[0] as VersionRow);
}

export function selectVersions(tx: TenantTx, centreId: string, trajectoryId: string) {
  return tx
    .select({ version: trajectoryVersions, signerName: users.displayName })
    .from(trajectoryVersions)
    .leftJoin(users, sql`${users.id}::text = ${trajectoryVersions.signatures}->'worker'->>'userId'`)
    .where(and(eq(trajectoryVersions.centreId, centreId), eq(trajectoryVersions.trajectoryId, trajectoryId)))
    .orderBy(asc(trajectoryVersions.number));
}

export function insertInterviewRequest(
  tx: TenantTx,
  values: {
    centreId: string;
    trajectoryId: string;
    requestedOn: string;
    heldOn: string | null;
    createdBy: string;
  },
) {
  return tx
    .insert(interviewRequests)
    .values(values)
    .returning()
    .then((rows) => rows[0] as typeof interviewRequests.$inferSelect);
}

export function selectInterviewRequests(tx: TenantTx, centreId: string, trajectoryId: string) {
  return tx
    .select()
    .from(interviewRequests)
    .where(and(eq(interviewRequests.centreId, centreId), eq(interviewRequests.trajectoryId, trajectoryId)))
    .orderBy(asc(interviewRequests.requestedOn), asc(interviewRequests.createdAt));
}

export function insertSignatureFile(tx: TenantTx, values: typeof signatureFiles.$inferInsert) {
  return tx
    .insert(signatureFiles)
    .values(values)
    .returning({ id: signatureFiles.id })
    .then((rows) => rows[0] as { id: string });
}

export function selectSignatureFiles(
  tx: TenantTx,
  centreId: string,
  trajectoryId: string,
  versionNumber: number,
) {
  return tx
    .select()
    .from(signatureFiles)
    .where(
      and(
        eq(signatureFiles.centreId, centreId),
        eq(signatureFiles.trajectoryId, trajectoryId),
        eq(signatureFiles.versionNumber, versionNumber),
      ),
    )
    .orderBy(asc(signatureFiles.createdAt));
}
