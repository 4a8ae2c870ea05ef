/**
 * Printing a plan: one version (the current one by default) as a PDF in the person's language,
 * with its audit row, and the SHA-256 of the first print of a signed version kept on the version.
 */
import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { centres, users } from '../../db/schema.ts';
import type { TenantTx } from '../../db/tenancy.ts';
import type { Locale } from '../../i18n/catalogues.ts';
import { recordAudit } from '../audit/service.ts';
import { centrePolicy } from '../centre/service.ts';
import type { CentreContext } from '../context.ts';
import { Problem } from '../problem.ts';
import { planDocument, renderPdf } from './document.ts';
import { selectSignatureFiles, selectVersions, updateVersion } from './queries.ts';
import { requireTrajectory, toPlanVersion } from './service.ts';
import { opaqueSignature } from './signature-image.ts';

export interface PrintedPlan {
  number: number;
  bytes: Buffer;
  sha256: string;
  /** The hash kept from the first print differs from this print's (see docs/architecture.md). */
  differsFromFirstPrint: boolean;
}

/** The name the person knows their worker by, and the centre's name: what page 1 tells them. */
async function selectNames(tx: TenantTx, centreId: string, responsibleUserId: string | null) {
  const [centre] = await tx.select({ name: centres.name }).from(centres).where(eq(centres.id, centreId));
  const [worker] = responsibleUserId
    ? await tx
        .select({ name: users.displayName })
        .from(users)
        .where(and(eq(users.centreId, centreId), eq(users.id, responsibleUserId)))
    : [];
  return { centreName: centre?.name ?? '', workerName: worker?.name ?? null };
}

export async function printPlan(
  tx: TenantTx,
  ctx: CentreContext,
  id: string,
  requested: number | undefined,
): Promise<PrintedPlan> {
  const centreId = ctx.actor.centreId;
  const row = await requireTrajectory(tx, ctx, id);
  const number = requested ?? row.trajectory.currentVersion;
  const found = (await selectVersions(tx, centreId, id)).find((v) => v.version.number === number);
  if (!found) throw new Problem('not-found', 'errors.planVersionNotFound');
  const version = toPlanVersion(found.version, found.signerName);
  const policy = await centrePolicy(tx, ctx);
  const names = await selectNames(tx, centreId, row.responsibleUserId);
  const files = await selectSignatureFiles(tx, centreId, id, number);
  const drawn = (side: 'person' | 'worker') => {
    const file = version.signatures?.[side] === 'screen' ? files.find((f) => f.kind === side) : undefined;
    // PGlite hands bytea back as a Uint8Array, node-postgres as a Buffer.
    return file ? opaqueSignature(Buffer.from(file.bytes)) : null;
  };

  const bytes = await renderPdf(
    planDocument({
      // The person's language (the database allows only fr, nl, de, en), not the worker's.
      locale: row.personLanguage as Locale,
      form: row.trajectory.form as 'piis' | 'growthPlan',
      person: { firstName: row.firstName, lastName: row.lastName },
      centreName: names.centreName,
      responsibleWorker: names.workerName,
      version,
      policy,
      drawn: { person: drawn('person'), worker: drawn('worker') },
    }),
  );
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  // A signed version is evidence: the hash of its first print is kept, once (the database refuses
  // to change it). A draft may still change, so its prints are not kept.
  const signed = version.state === 'signed' || version.state === 'superseded';
  if (signed && version.documentSha256 === null) {
    await updateVersion(
      tx,
      { centreId, trajectoryId: id, number },
      { documentSha256: sha256, updatedBy: ctx.actor.userId, now: ctx.clock.now() },
    );
  }
  await recordAudit(tx, ctx, {
    action: 'trajectory.print',
    personId: row.trajectory.personId,
    subjectType: 'trajectory',
    subjectId: id,
    details: { version: number },
  });
  return {
    number,
    bytes,
    sha256,
    differsFromFirstPrint: version.documentSha256 !== null && version.documentSha256 !== sha256,
  };
}
