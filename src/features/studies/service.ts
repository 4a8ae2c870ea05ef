/**
 * Study questionnaires to the staff of centres (docs/architecture.md "Feedback and studies"). A
 * manager (the federal analyst for all or chosen centres, a centre administrator for their own
 * staff) writes, publishes and closes a questionnaire; workers and leads of an addressed centre
 * answer it once. The answer and the mark "has answered" are written in one transaction and share
 * nothing: who answered is never linked to what was answered.
 */
import type { TenantTx } from '../../db/tenancy.ts';
import {
  isStudyOpen,
  type LocalisedText,
  questionnaireProblems,
  readStudyAnswers,
  type StudyQuestion,
} from '../../domain/studies.ts';
import { recordAudit } from '../audit/service.ts';
import { can } from '../auth/policy.ts';
import type { ActorContext, CentreContext } from '../context.ts';
import type { NewEvent } from '../events/schemas.ts';
import { recordEvent } from '../events/service.ts';
import { invalidFields, Problem, staleVersion } from '../problem.ts';
import { managesStudy, ownerOf } from './policy.ts';
import {
  insertAnswer,
  insertRespondent,
  insertStudy,
  type StudyRow,
  selectAddressedStudies,
  selectAnswered,
  selectCentres,
  selectOwnedStudies,
  selectStudy,
  updateStudy,
} from './queries.ts';
import type { StudyCreateInput, StudyPatchInput } from './schemas.ts';

function toStudy(row: StudyRow, ctx: ActorContext, today: string, answered: boolean) {
  return {
    id: row.id,
    owner: row.centreId === null ? ('federal' as const) : ('centre' as const),
    title: row.title,
    questions: row.questions,
    targetAll: row.targetAll,
    targetCentreIds: row.targetCentreIds,
    opensOn: row.opensOn,
    closesOn: row.closesOn,
    state: row.state,
    version: row.version,
    open: isStudyOpen(row, today),
    answered,
    canManage: managesStudy(ctx.actor, row),
  };
}

/** Centre-owned studies have a place in their centre's event log; federal ones have none. */
async function studyEvent(
  tx: TenantTx,
  ctx: ActorContext,
  row: StudyRow,
  event: Pick<NewEvent, 'type' | 'payload'>,
) {
  if (row.centreId === null || ctx.actor.centreId === null) return;
  await recordEvent(
    tx,
    ctx as CentreContext,
    {
      ...event,
      subjectType: 'study',
      subjectId: row.id,
      personId: null,
      occurredOn: ctx.clock.today(),
    } as NewEvent,
  );
}

/**
 * Managers: their studies, every state. Answerers: the published studies addressed to their centre
 * that take answers today and that they have not answered.
 */
export async function listStudies(tx: TenantTx, ctx: ActorContext) {
  const today = ctx.clock.today();
  let items: ReturnType<typeof toStudy>[];
  if (can(ctx.actor, 'studies.manage')) {
    const rows = await selectOwnedStudies(tx, ownerOf(ctx.actor));
    items = rows.map((r) => toStudy(r, ctx, today, false));
  } else if (can(ctx.actor, 'studies.answer') && ctx.actor.centreId) {
    const rows = await selectAddressedStudies(tx, ctx.actor.centreId, ctx.actor.userId);
    items = rows
      .filter((r) => !r.answered && isStudyOpen(r, today))
      .map((r) => toStudy(r, ctx, today, false));
  } else throw new Problem('forbidden', 'errors.forbidden');
  await recordAudit(tx, ctx, { action: 'study.list', details: { returned: items.length } });
  return { items };
}

/** A study the caller owns or that is addressed to their centre (and published); 404 otherwise. */
async function visibleStudy(tx: TenantTx, ctx: ActorContext, id: string): Promise<StudyRow> {
  const row = await selectStudy(tx, id);
  if (!row) throw new Problem('not-found', 'errors.studyNotFound');
  if (managesStudy(ctx.actor, row)) return row;
  const addressed =
    ctx.actor.centreId !== null &&
    row.state !== 'draft' &&
    (row.targetAll || row.targetCentreIds.includes(ctx.actor.centreId));
  if (!addressed) throw new Problem('not-found', 'errors.studyNotFound');
  return row;
}

/** A study the caller manages: 404 when they cannot see it, 403 when they see it but do not own it. */
export async function managedStudy(tx: TenantTx, ctx: ActorContext, id: string): Promise<StudyRow> {
  const row = await visibleStudy(tx, ctx, id);
  if (!managesStudy(ctx.actor, row)) throw new Problem('forbidden', 'errors.forbidden');
  return row;
}

export async function getStudy(tx: TenantTx, ctx: ActorContext, id: string) {
  const row = await visibleStudy(tx, ctx, id);
  const answered = managesStudy(ctx.actor, row) ? false : await selectAnswered(tx, id, ctx.actor.userId);
  await recordAudit(tx, ctx, { action: 'study.read', subjectType: 'study', subjectId: id });
  return toStudy(row, ctx, ctx.clock.today(), answered);
}

/** The target a study gets: a centre's study is for its own staff; a federal one needs a target. */
function targetOf(
  ctx: ActorContext,
  input: { targetAll: boolean; targetCentreIds: string[] },
): { targetAll: boolean; targetCentreIds: string[] } {
  const owner = ownerOf(ctx.actor);
  if (owner !== null) return { targetAll: false, targetCentreIds: [owner] };
  const ids = [...new Set(input.targetCentreIds)];
  if (!input.targetAll && ids.length === 0)
    throw invalidFields([{ path: 'targetCentreIds', key: 'validation.studyTarget' }]);
  return { targetAll: input.targetAll, targetCentreIds: input.targetAll ? [] : ids };
}

async function checkTargetCentres(tx: TenantTx, ids: string[]) {
  if (ids.length === 0) return;
  const known = new Set((await selectCentres(tx)).map((c) => c.id));
  const unknown = ids.findIndex((id) => !known.has(id));
  if (unknown >= 0)
    throw invalidFields([{ path: `targetCentreIds.${unknown}`, key: 'validation.studyCentre' }]);
}

function checkQuestionnaire(title: LocalisedText, questions: StudyQuestion[]) {
  const problems = questionnaireProblems(title, questions);
  if (problems.length > 0) throw invalidFields(problems);
}

export async function createStudy(tx: TenantTx, ctx: ActorContext, input: StudyCreateInput) {
  checkQuestionnaire(input.title, input.questions);
  const target = targetOf(ctx, input);
  if (ownerOf(ctx.actor) === null) await checkTargetCentres(tx, target.targetCentreIds);
  const row = await insertStudy(tx, {
    centreId: ownerOf(ctx.actor),
    title: input.title,
    questions: input.questions,
    ...target,
    opensOn: input.opensOn,
    closesOn: input.closesOn,
  });
  await recordAudit(tx, ctx, {
    action: 'study.create',
    subjectType: 'study',
    subjectId: row.id,
    details: { questions: input.questions.length },
  });
  await studyEvent(tx, ctx, row, { type: 'study.created', payload: { questions: input.questions.length } });
  return toStudy(row, ctx, ctx.clock.today(), false);
}

/** Changes a draft; a published or closed questionnaire is frozen (answers were given to it). */
export async function changeStudy(tx: TenantTx, ctx: ActorContext, id: string, input: StudyPatchInput) {
  const current = await managedStudy(tx, ctx, id);
  if (input.version !== current.version) throw staleVersion(input.version, current.version);
  if (current.state !== 'draft') throw new Problem('conflict', 'errors.studyNotDraft');
  const next = {
    title: input.title ?? current.title,
    questions: input.questions ?? current.questions,
    opensOn: input.opensOn ?? current.opensOn,
    closesOn: input.closesOn ?? current.closesOn,
    ...targetOf(ctx, {
      targetAll: input.targetAll ?? current.targetAll,
      targetCentreIds: input.targetCentreIds ?? current.targetCentreIds,
    }),
  };
  if (next.opensOn > next.closesOn)
    throw invalidFields([{ path: 'closesOn', key: 'validation.endBeforeStart' }]);
  checkQuestionnaire(next.title, next.questions);
  if (current.centreId === null) await checkTargetCentres(tx, next.targetCentreIds);
  const fields = (Object.keys(next) as Array<keyof typeof next>).filter(
    (k) => JSON.stringify(next[k]) !== JSON.stringify(current[k]),
  );
  if (fields.length === 0) return toStudy(current, ctx, ctx.clock.today(), false);
  const row = await updateStudy(tx, { id, centreId: current.centreId, version: input.version }, next);
  if (!row) throw staleVersion(input.version, current.version + 1);
  await recordAudit(tx, ctx, {
    action: 'study.update',
    subjectType: 'study',
    subjectId: id,
    details: { fields },
  });
  await studyEvent(tx, ctx, row, { type: 'study.changed', payload: { fields } });
  return toStudy(row, ctx, ctx.clock.today(), false);
}

async function step(
  tx: TenantTx,
  ctx: ActorContext,
  id: string,
  version: number,
  from: 'draft' | 'published',
  to: 'published' | 'closed',
) {
  const current = await managedStudy(tx, ctx, id);
  if (version !== current.version) throw staleVersion(version, current.version);
  if (current.state !== from)
    throw new Problem('conflict', from === 'draft' ? 'errors.studyNotDraft' : 'errors.studyNotPublished');
  if (to === 'published' && current.closesOn < ctx.clock.today())
    throw invalidFields([{ path: 'closesOn', key: 'validation.studyClosesInPast' }]);
  const row = await updateStudy(tx, { id, centreId: current.centreId, version }, { state: to });
  if (!row) throw staleVersion(version, current.version + 1);
  return row;
}

export async function publishStudy(tx: TenantTx, ctx: ActorContext, id: string, version: number) {
  const row = await step(tx, ctx, id, version, 'draft', 'published');
  await recordAudit(tx, ctx, { action: 'study.publish', subjectType: 'study', subjectId: id });
  await studyEvent(tx, ctx, row, {
    type: 'study.published',
    payload: { opensOn: row.opensOn, closesOn: row.closesOn },
  });
  return toStudy(row, ctx, ctx.clock.today(), false);
}

export async function closeStudy(tx: TenantTx, ctx: ActorContext, id: string, version: number) {
  const row = await step(tx, ctx, id, version, 'published', 'closed');
  await recordAudit(tx, ctx, { action: 'study.close', subjectType: 'study', subjectId: id });
  await studyEvent(tx, ctx, row, { type: 'study.closed', payload: {} });
  return toStudy(row, ctx, ctx.clock.today(), false);
}

/**
 * One anonymous answer: the mark that the caller answered (refusing a second) and the answer
 * (their centre and the values), in this transaction, with no key, time or order in common. The
 * audit row says that the caller answered this study, never what.
 */
export async function answerStudy(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: Record<string, unknown>,
) {
  const study = await visibleStudy(tx, ctx, id);
  if (!isStudyOpen(study, ctx.clock.today())) throw new Problem('conflict', 'errors.studyNotOpen');
  const read = readStudyAnswers(study.questions, input);
  if ('problems' in read) throw invalidFields(read.problems);
  const { centreId, userId } = ctx.actor;
  const first = await insertRespondent(tx, { studyId: id, centreId, userId });
  if (!first) throw new Problem('conflict', 'errors.studyAlreadyAnswered');
  await insertAnswer(tx, { studyId: id, centreId, answers: read.answers });
  await recordAudit(tx, ctx, { action: 'study.answer', subjectType: 'study', subjectId: id });
  return { received: true as const };
}

/** The centres a manager may address: every centre for the federal analyst, their own otherwise. */
export async function addressableCentres(tx: TenantTx, ctx: ActorContext) {
  const rows = await selectCentres(tx);
  const items = ctx.actor.centreId === null ? rows : rows.filter((c) => c.id === ctx.actor.centreId);
  return { items };
}
