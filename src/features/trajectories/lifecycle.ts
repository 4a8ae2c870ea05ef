/**
 * The lifecycle commands of a plan (DOMAIN.md §2–§3): inform the person, sign (on screen or on
 * paper), amend an active plan into a new version, close with an outcome. Each checks the state in
 * the caller's transaction, and records its audit row and its event there.
 */

import { createHash } from 'node:crypto';
import type { TenantTx } from '../../db/tenancy.ts';
import { isFutureDate } from '../../domain/dates.ts';
import { planDiff } from '../../domain/plan-diff.ts';
import { formatDayMonthYear } from '../../domain/typed-dates.ts';
import { lockAssessment } from '../assessments/service.ts';
import { recordAudit } from '../audit/service.ts';
import { activeDelegation, centrePolicy } from '../centre/service.ts';
import type { CentreContext } from '../context.ts';
import { recordEvent } from '../events/service.ts';
import { leaveModulesOfClosedPlan } from '../modules/enrolments.ts';
import { invalidFields, Problem } from '../problem.ts';
import { stopReferralsOfClosedPlan } from '../referrals/service.ts';
import { amendProblem, commandProblem, informProblem, signProblem } from './policy.ts';
import {
  insertSignatureFile,
  insertVersion,
  selectSignatureFiles,
  selectVersions,
  type TrajectoryWithVersion,
  updateTrajectoryAtVersion,
  updateVersion,
} from './queries.ts';
import type { CloseInput, InformInput, PlanVersion, SignInput, Trajectory } from './schemas.ts';
import { planRecord, requireTrajectory, toPlanVersion, toTrajectory, versionRecord } from './service.ts';
import { readSignature } from './signature-image.ts';

const MAX_FILE_BYTES = 10 * 1024 * 1024;

async function lockedPlan(tx: TenantTx, ctx: CentreContext, id: string, readVersion: number) {
  const row = await requireTrajectory(tx, ctx, id, true);
  const plan = planRecord(row);
  const problem = commandProblem(ctx.actor, plan, readVersion);
  if (problem) throw problem;
  return { row, plan };
}

function checkDay(
  ctx: CentreContext,
  path: string,
  day: string,
  notBefore?: { day: string | null; key: string },
) {
  if (isFutureDate(day, ctx.clock.today())) throw invalidFields([{ path, key: 'validation.dateInFuture' }]);
  if (notBefore?.day && day < notBefore.day) throw invalidFields([{ path, key: notBefore.key }]);
}

async function bumpPlan(
  tx: TenantTx,
  ctx: CentreContext,
  row: TrajectoryWithVersion,
  changes: Parameters<typeof updateTrajectoryAtVersion>[2] extends infer V
    ? Omit<V, 'updatedBy' | 'now'>
    : never,
) {
  const updated = await updateTrajectoryAtVersion(
    tx,
    { centreId: ctx.actor.centreId, id: row.trajectory.id, version: row.trajectory.version },
    { ...changes, updatedBy: ctx.actor.userId, now: ctx.clock.now() },
  );
  if (!updated) throw new Problem('conflict', 'errors.concurrentChange');
}

/** The information step: what was explained, in which language, and whether a reflection period was asked. */
export async function informPerson(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: InformInput,
): Promise<Trajectory> {
  const { row } = await lockedPlan(tx, ctx, id, input.version);
  const problem = informProblem(versionRecord(row));
  if (problem) throw problem;
  checkDay(ctx, 'informedOn', input.informedOn);
  const information = {
    informedOn: input.informedOn,
    language: input.language,
    supportPersonExplained: input.supportPersonExplained,
    reflectionRequested: input.reflectionRequested,
    reflectionWaived: false,
  };
  await updateVersion(
    tx,
    { centreId: ctx.actor.centreId, trajectoryId: id, number: row.current.number },
    { state: 'informed', information, updatedBy: ctx.actor.userId, now: ctx.clock.now() },
  );
  // An amendment being informed leaves the plan active: the signed version stays in force.
  await bumpPlan(tx, ctx, row, row.trajectory.state === 'draft' ? { state: 'informed' } : {});
  await recordAudit(tx, ctx, {
    action: 'trajectory.inform',
    personId: row.trajectory.personId,
    subjectType: 'trajectory',
    subjectId: id,
  });
  await recordEvent(tx, ctx, {
    type: 'trajectory.informed',
    subjectType: 'trajectory',
    subjectId: id,
    personId: row.trajectory.personId,
    occurredOn: input.informedOn,
    payload: { version: row.current.number, reflectionRequested: input.reflectionRequested },
  });
  return toTrajectory(await requireTrajectory(tx, ctx, id));
}

/**
 * A PNG drawn on screen, checked from its bytes (the data URL's label is not trusted) and decoded
 * once, so that a file every print must read is known to be readable before it is kept.
 */
function screenSignature(dataUrl: string, path: string): Buffer {
  const bytes = Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');
  if (mediaTypeOf(bytes) !== 'image/png' || bytes.length > MAX_FILE_BYTES || !readSignature(bytes)) {
    throw invalidFields([{ path: `${path}.image`, key: 'validation.signatureImage' }]);
  }
  return bytes;
}

/** The media type a file's first bytes say it is, whatever its name or label says. */
export function mediaTypeOf(bytes: Buffer): 'image/png' | 'image/jpeg' | 'application/pdf' | null {
  if (bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (bytes.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))) return 'image/jpeg';
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  return null;
}

/**
 * Signs the current version: both signatures of a PIIS (a growth plan's as the centre's policy
 * says), drawn on screen or recorded as signed on paper with the scan uploaded first. The version
 * is frozen from then on, the one it replaces is superseded, and the assessment is locked.
 */
export async function signPlan(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: SignInput,
): Promise<Trajectory> {
  const { row, plan } = await lockedPlan(tx, ctx, id, input.version);
  const policy = await centrePolicy(tx, ctx);
  const version = versionRecord(row);
  const problem = signProblem({
    plan,
    version,
    policy,
    signedOn: input.signedOn,
    reflectionWaived: input.reflectionWaived,
    personSigns: input.person !== null,
    workerSigns: input.worker !== null,
  });
  if (problem) throw problem;
  checkDay(ctx, 'signedOn', input.signedOn);
  const t = row.trajectory;
  if (!t.assessmentId && !t.reactualisedAfterShortJob) {
    throw invalidFields([{ path: 'assessmentId', key: 'validation.assessmentRequired' }]);
  }
  // The worker signs on the centre's behalf only under a delegation the centre recorded.
  if (input.worker && !(await activeDelegation(tx, ctx, ctx.actor.userId, input.signedOn))) {
    throw new Problem('conflict', 'errors.noSigningDelegation', {
      params: { day: formatDayMonthYear(input.signedOn) },
      extensions: { rule: 'plan.signingDelegation', day: input.signedOn },
    });
  }
  const onPaper = input.person?.kind === 'paper' || input.worker?.kind === 'paper';
  const files = await selectSignatureFiles(tx, ctx.actor.centreId, id, row.current.number);
  if (onPaper && !files.some((f) => f.kind === 'paper')) {
    throw new Problem('conflict', 'errors.paperScanMissing', { extensions: { rule: 'plan.paperScanFirst' } });
  }
  const key = { centreId: ctx.actor.centreId, trajectoryId: id, versionNumber: row.current.number };
  const stored: Record<'person' | 'worker', { kind: string; fileId?: string; userId?: string } | null> = {
    person: null,
    worker: null,
  };
  for (const side of ['person', 'worker'] as const) {
    const signature = input[side];
    if (!signature) continue;
    if (signature.kind === 'screen') {
      const bytes = screenSignature(signature.image, side);
      const file = await insertSignatureFile(tx, {
        ...key,
        kind: side,
        mediaType: 'image/png',
        sha256: createHash('sha256').update(bytes).digest('hex'),
        bytes,
        createdBy: ctx.actor.userId,
      });
      stored[side] = { kind: 'screen', fileId: file.id };
    } else {
      stored[side] = { kind: 'paper', fileId: files.find((f) => f.kind === 'paper')?.id };
    }
  }
  if (stored.worker) stored.worker.userId = ctx.actor.userId;
  const information = row.current.information as Record<string, unknown>;
  const now = ctx.clock.now();
  await updateVersion(
    tx,
    { centreId: ctx.actor.centreId, trajectoryId: id, number: row.current.number },
    {
      state: 'signed',
      signedOn: input.signedOn,
      signatures: stored.person || stored.worker ? stored : null,
      information: {
        ...information,
        reflectionWaived: version.reflectionRequested && input.reflectionWaived,
      },
      councilNotedOn: input.councilNotedOn,
      updatedBy: ctx.actor.userId,
      now,
    },
  );
  if (row.current.number > 1) {
    await updateVersion(
      tx,
      { centreId: ctx.actor.centreId, trajectoryId: id, number: row.current.number - 1 },
      { state: 'superseded', updatedBy: ctx.actor.userId, now },
    );
  }
  // The assessment the plan rests on becomes evidence: it is never changed from now on.
  if (t.assessmentId) await lockAssessment(tx, ctx, t.assessmentId);
  await bumpPlan(tx, ctx, row, { state: 'active' });
  await recordAudit(tx, ctx, {
    action: 'trajectory.sign',
    personId: t.personId,
    subjectType: 'trajectory',
    subjectId: id,
    details: { version: row.current.number, onPaper, reflectionWaived: input.reflectionWaived },
  });
  await recordEvent(tx, ctx, {
    type: 'trajectory.signed',
    subjectType: 'trajectory',
    subjectId: id,
    personId: t.personId,
    occurredOn: input.signedOn,
    payload: { version: row.current.number, onPaper },
  });
  return toTrajectory(await requireTrajectory(tx, ctx, id), ctx.actor.displayName);
}

/** A scan of the plan signed on paper (PDF, PNG or JPEG, 10 MB at most), for the version to sign. */
export async function uploadPaperScan(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  number: number,
  bytes: Buffer,
): Promise<{ id: string; mediaType: string; sha256: string; size: number }> {
  const row = await requireTrajectory(tx, ctx, id, true);
  if (number !== row.current.number || row.current.state !== 'informed') {
    throw new Problem('conflict', 'errors.planNotInformed', {
      params: { state: row.current.state },
      extensions: { rule: 'plan.signOnlyInformed', state: row.current.state },
    });
  }
  const mediaType = mediaTypeOf(bytes);
  if (!mediaType) throw new Problem('unsupported-media-type', 'errors.scanType');
  if (bytes.length > MAX_FILE_BYTES) throw new Problem('payload-too-large', 'errors.scanTooLarge');
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const file = await insertSignatureFile(tx, {
    centreId: ctx.actor.centreId,
    trajectoryId: id,
    versionNumber: number,
    kind: 'paper',
    mediaType,
    sha256,
    bytes,
    createdBy: ctx.actor.userId,
  });
  await recordAudit(tx, ctx, {
    action: 'trajectory.scan',
    personId: row.trajectory.personId,
    subjectType: 'trajectory',
    subjectId: id,
    details: { version: number, mediaType, size: bytes.length },
  });
  return { id: file.id, mediaType, sha256, size: bytes.length };
}

/** An amendment: a new version of an active plan, a copy of the signed one, to inform and sign again. */
export async function amendPlan(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  readVersion: number,
): Promise<Trajectory> {
  const { row, plan } = await lockedPlan(tx, ctx, id, readVersion);
  const problem = amendProblem(plan, versionRecord(row));
  if (problem) throw problem;
  const number = row.current.number + 1;
  await insertVersion(tx, {
    centreId: ctx.actor.centreId,
    trajectoryId: id,
    number,
    state: 'draft',
    content: row.current.content,
    startOn: row.current.startOn,
    plannedEndOn: row.current.plannedEndOn,
    information: null,
    signedOn: null,
    signatures: null,
    councilNotedOn: null,
    createdBy: ctx.actor.userId,
    now: ctx.clock.now(),
  });
  await bumpPlan(tx, ctx, row, { currentVersion: number });
  await recordAudit(tx, ctx, {
    action: 'trajectory.amend',
    personId: row.trajectory.personId,
    subjectType: 'trajectory',
    subjectId: id,
    details: { version: number },
  });
  await recordEvent(tx, ctx, {
    type: 'trajectory.amended',
    subjectType: 'trajectory',
    subjectId: id,
    personId: row.trajectory.personId,
    occurredOn: ctx.clock.today(),
    payload: { version: number },
  });
  return toTrajectory(await requireTrajectory(tx, ctx, id));
}

/** Closes the plan with the outcome the federal figures count. */
export async function closePlan(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  input: CloseInput,
): Promise<Trajectory> {
  const { row } = await lockedPlan(tx, ctx, id, input.version);
  checkDay(ctx, 'closedOn', input.closedOn, {
    day: row.trajectory.createdAt.toISOString().slice(0, 10),
    key: 'validation.closedBeforeDrafted',
  });
  await bumpPlan(tx, ctx, row, {
    state: 'closed',
    closedOn: input.closedOn,
    outcome: input.outcome,
    closureNote: input.note || null,
  });
  await stopReferralsOfClosedPlan(tx, ctx, id, input.closedOn);
  await leaveModulesOfClosedPlan(tx, ctx, id, input.closedOn);
  await recordAudit(tx, ctx, {
    action: 'trajectory.close',
    personId: row.trajectory.personId,
    subjectType: 'trajectory',
    subjectId: id,
    details: { outcome: input.outcome },
  });
  await recordEvent(tx, ctx, {
    type: 'trajectory.closed',
    subjectType: 'trajectory',
    subjectId: id,
    personId: row.trajectory.personId,
    occurredOn: input.closedOn,
    payload: { outcome: input.outcome },
  });
  return toTrajectory(await requireTrajectory(tx, ctx, id));
}

/** Every version of the plan, oldest first: earlier versions stay readable. */
export async function listVersions(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
): Promise<{ items: PlanVersion[] }> {
  const row = await requireTrajectory(tx, ctx, id);
  const versions = await selectVersions(tx, ctx.actor.centreId, id);
  await recordAudit(tx, ctx, {
    action: 'trajectory.read',
    personId: row.trajectory.personId,
    subjectType: 'trajectory',
    subjectId: id,
    details: { versions: versions.length },
  });
  return { items: versions.map((v) => toPlanVersion(v.version, v.signerName)) };
}

/** What a version changed from the one before it (or from `from`): 404 for a version it does not have. */
export async function versionChanges(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  number: number,
  fromNumber: number = number - 1,
) {
  const { items } = await listVersions(tx, ctx, id);
  const to = items.find((v) => v.number === number);
  const from = items.find((v) => v.number === fromNumber);
  if (!to || !from) throw new Problem('not-found', 'errors.planVersionNotFound');
  return { from: from.number, to: to.number, changes: planDiff(from, to) };
}
