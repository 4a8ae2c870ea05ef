import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { centres, studies, studyAnswers, studyRespondents } from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';
import type { LocalisedText, StudyAnswers, StudyQuestion, StudyState } from '../../domain/studies.ts';

export interface StudyRow {
  id: string;
  centreId: string | null;
  title: LocalisedText;
  questions: StudyQuestion[];
  targetAll: boolean;
  targetCentreIds: string[];
  opensOn: string;
  closesOn: string;
  state: StudyState;
  version: number;
}

const columns = {
  id: studies.id,
  centreId: studies.centreId,
  title: studies.title,
  questions: studies.questions,
  targetAll: studies.targetAll,
  targetCentreIds: studies.targetCentreIds,
  opensOn: studies.opensOn,
  closesOn: studies.closesOn,
  state: studies.state,
  version: studies.version,
};

/** The owner's filter: a centre's own studies, or the federal ones (centre null). */
const ownedBy = (centreId: string | null) =>
  centreId === null ? isNull(studies.centreId) : eq(studies.centreId, centreId);

export function selectOwnedStudies(tx: TenantTx, centreId: string | null) {
  return tx
    .select(columns)
    .from(studies)
    .where(ownedBy(centreId))
    .orderBy(asc(studies.opensOn), asc(studies.id)) as Promise<StudyRow[]>;
}

/** Published studies addressed to a centre (its own and federal ones), with whether the user answered. */
export function selectAddressedStudies(tx: TenantTx, centreId: string, userId: string) {
  return tx
    .select({
      ...columns,
      answered: sql<boolean>`exists (select 1 from ${studyRespondents} r where r.study_id = ${studies.id} and r.user_id = ${userId})`,
    })
    .from(studies)
    .where(
      and(
        eq(studies.state, 'published'),
        sql`(${studies.targetAll} or ${centreId}::uuid = any(${studies.targetCentreIds}))`,
      ),
    )
    .orderBy(asc(studies.closesOn), asc(studies.id)) as Promise<Array<StudyRow & { answered: boolean }>>;
}

export function selectStudy(tx: TenantTx, id: string) {
  return tx
    .select(columns)
    .from(studies)
    .where(eq(studies.id, id))
    .then((rows) => rows[0] as StudyRow | undefined);
}

export function selectAnswered(tx: TenantTx, studyId: string, userId: string) {
  return tx
    .select({ studyId: studyRespondents.studyId })
    .from(studyRespondents)
    .where(and(eq(studyRespondents.studyId, studyId), eq(studyRespondents.userId, userId)))
    .then((rows) => rows.length > 0);
}

export function insertStudy(tx: TenantTx, values: typeof studies.$inferInsert) {
  return tx
    .insert(studies)
    .values(values)
    .returning(columns)
    .then((rows) => rows[0] as StudyRow);
}

/** Changes a study at the version read; undefined when someone else changed it first. */
export function updateStudy(
  tx: TenantTx,
  key: { id: string; centreId: string | null; version: number },
  changes: Partial<typeof studies.$inferInsert>,
) {
  return tx
    .update(studies)
    .set({ ...changes, version: sql`${studies.version} + 1` })
    .where(and(eq(studies.id, key.id), ownedBy(key.centreId), eq(studies.version, key.version)))
    .returning(columns)
    .then((rows) => rows[0] as StudyRow | undefined);
}

/** Marks the user as having answered; false when they already had (the primary key refuses). */
export function insertRespondent(
  tx: TenantTx,
  values: { studyId: string; centreId: string; userId: string },
) {
  return tx
    .insert(studyRespondents)
    .values(values)
    .onConflictDoNothing()
    .returning({ studyId: studyRespondents.studyId })
    .then((rows) => rows.length === 1);
}

export function insertAnswer(
  tx: TenantTx,
  values: { studyId: string; centreId: string; answers: StudyAnswers },
) {
  return tx.insert(studyAnswers).values(values);
}

export function countAnswers(tx: TenantTx, studyId: string) {
  return tx
    .select({ n: sql<number>`count(*)::int` })
    .from(studyAnswers)
    .where(eq(studyAnswers.studyId, studyId))
    .then((rows) => rows[0]?.n ?? 0);
}

/** The answers in random order (the rows of a download must not follow the order they came in). */
export function selectAnswers(tx: TenantTx, studyId: string) {
  return tx
    .select({ centreId: studyAnswers.centreId, answers: studyAnswers.answers })
    .from(studyAnswers)
    .where(eq(studyAnswers.studyId, studyId))
    .orderBy(sql`random()`) as Promise<Array<{ centreId: string; answers: StudyAnswers }>>;
}

export function selectCentreNames(tx: TenantTx, ids: string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return tx.select({ id: centres.id, name: centres.name }).from(centres).where(inArray(centres.id, ids));
}

/** Every centre the caller may read (the federal analyst: all; others: their own). */
export function selectCentres(tx: TenantTx) {
  return tx.select({ id: centres.id, name: centres.name }).from(centres).orderBy(asc(centres.name));
}
