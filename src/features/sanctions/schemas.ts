/**
 * Sanctions within the law (DOMAIN.md §3): a worker's proposal, its approval or refusal, the
 * decision, and a withdrawal. One shape each, for validation, types and the OpenAPI document.
 */

import { z } from 'zod';
import { isIsoDate } from '../../domain/dates.ts';
import { SANCTION_EXTENTS as EXTENTS } from '../../domain/reports.ts';
import { cursorQuery, page } from '../lists.ts';

/** proposed → approved | refused; approved → decided; proposed | approved → withdrawn. */
export const SANCTION_STATES = ['proposed', 'approved', 'refused', 'decided', 'withdrawn'] as const;
export type SanctionState = (typeof SANCTION_STATES)[number];
/** Total or partial suspension: defined with the report rules, which count sanctions by kind. */
export { SANCTION_EXTENTS as EXTENTS } from '../../domain/reports.ts';
/** Who the centre's policy lets approve a proposal (src/domain/centre-policy.ts). */
export const SANCTION_APPROVERS = ['lead', 'leadOrAdmin'] as const;

const isoDate = z.string().refine(isIsoDate, { message: 'validation.invalidDate' }).meta({ format: 'date' });
const version = z.number().int().min(1).describe('The version you read: a stale version gets 409.');
const note = z.string().trim().max(4000);

/** What a proposal says; the rules of the law are checked by the service, each on its field. */
const proposalFields = {
  noticeOn: isoDate
    .nullable()
    .describe('The formal notice (mise en demeure) sent to the person; required by law before any sanction.'),
  workerOpinion: note
    .nullable()
    .describe('The social worker’s opinion, as written. Personal: never in events or logs.'),
  workerOpinionOn: isoDate.nullable().describe('When the social worker gave their opinion; required by law.'),
  hearingOn: isoDate.nullable().describe('When the person was heard, when they were.'),
  hearingAssisted: z
    .boolean()
    .nullable()
    .describe('Whether the person was assisted at the hearing by a person of their choice.'),
  extent: z.enum(EXTENTS).describe('Suspension of the whole integration income, or of a part of it.'),
  partialPercent: z
    .number()
    .int()
    .min(1)
    .max(99)
    .nullable()
    .describe('The suspended share, in percent: only for a partial suspension.'),
  startOn: isoDate.describe('First day of the suspension, as decided (never computed).'),
  endOn: isoDate.describe(
    'Last day of the suspension, included: 1 month at most, 3 when another sanction was decided in the 12 months before.',
  ),
  suspended: z.boolean().describe('Sursis: decided but not carried out unless the person fails again.'),
};

/** A percentage goes with a partial suspension, and a partial suspension names its percentage. */
function checkExtent(
  value: { extent?: string | undefined; partialPercent?: number | null | undefined },
  ctx: z.RefinementCtx,
) {
  if (value.extent === 'partial' && value.partialPercent == null) {
    ctx.addIssue({ code: 'custom', path: ['partialPercent'], message: 'validation.required' });
  }
  if (value.extent === 'total' && value.partialPercent != null) {
    ctx.addIssue({
      code: 'custom',
      path: ['partialPercent'],
      message: 'validation.sanctionPercentOnlyPartial',
    });
  }
}

export const ProposeSanctionSchema = z
  .object({
    noticeOn: proposalFields.noticeOn.default(null),
    workerOpinion: proposalFields.workerOpinion.default(null),
    workerOpinionOn: proposalFields.workerOpinionOn.default(null),
    hearingOn: proposalFields.hearingOn.default(null),
    hearingAssisted: proposalFields.hearingAssisted.default(null),
    extent: proposalFields.extent,
    partialPercent: proposalFields.partialPercent.default(null),
    startOn: proposalFields.startOn,
    endOn: proposalFields.endOn,
    suspended: proposalFields.suspended.default(false),
  })
  .strict()
  .superRefine(checkExtent)
  .meta({ id: 'ProposeSanctionRequest' });
export type ProposeSanctionInput = z.infer<typeof ProposeSanctionSchema>;

/**
 * The fields that change and the version read. A proposal is corrected while it waits for its
 * approval; a decided sanction takes only the day it was notified.
 */
export const CorrectSanctionSchema = z
  .object({
    noticeOn: proposalFields.noticeOn.optional(),
    workerOpinion: proposalFields.workerOpinion.optional(),
    workerOpinionOn: proposalFields.workerOpinionOn.optional(),
    hearingOn: proposalFields.hearingOn.optional(),
    hearingAssisted: proposalFields.hearingAssisted.optional(),
    extent: proposalFields.extent.optional(),
    partialPercent: proposalFields.partialPercent.optional(),
    startOn: proposalFields.startOn.optional(),
    endOn: proposalFields.endOn.optional(),
    suspended: proposalFields.suspended.optional(),
    notifiedOn: isoDate
      .nullable()
      .optional()
      .describe('When the decision was notified to the person (decided sanctions only).'),
    version,
  })
  .strict()
  .meta({ id: 'CorrectSanctionRequest' });
export type CorrectSanctionInput = z.infer<typeof CorrectSanctionSchema>;

export const ApproveSanctionSchema = z
  .object({ version, note: note.default('').describe('Optional: what the approver adds.') })
  .strict()
  .meta({ id: 'ApproveSanctionRequest' });
export type ApproveSanctionInput = z.infer<typeof ApproveSanctionSchema>;

export const RefuseSanctionSchema = z
  .object({
    version,
    note: note.min(1, { message: 'validation.required' }).describe('Why the proposal is refused.'),
  })
  .strict()
  .meta({ id: 'RefuseSanctionRequest' });
export type RefuseSanctionInput = z.infer<typeof RefuseSanctionSchema>;

export const DecideSanctionSchema = z
  .object({
    version,
    decisionOn: isoDate.describe('The day the centre decided (not in the future).'),
    notifiedOn: isoDate
      .nullable()
      .default(null)
      .describe('When the decision was notified to the person; the appeal deadline runs from it.'),
  })
  .strict()
  .meta({ id: 'DecideSanctionRequest' });
export type DecideSanctionInput = z.infer<typeof DecideSanctionSchema>;

export const WithdrawSanctionSchema = z.object({ version }).strict().meta({ id: 'WithdrawSanctionRequest' });
export type WithdrawSanctionInput = z.infer<typeof WithdrawSanctionSchema>;

const day = z.string().meta({ format: 'date' });

export const SanctionSchema = z
  .object({
    id: z.uuid(),
    trajectoryId: z.uuid(),
    personId: z.uuid(),
    personName: z.string(),
    state: z.enum(SANCTION_STATES),
    noticeOn: day.nullable(),
    workerOpinion: z.string().nullable(),
    workerOpinionOn: day.nullable(),
    hearingOn: day.nullable(),
    hearingAssisted: z.boolean().nullable(),
    extent: z.enum(EXTENTS),
    partialPercent: z.number().int().nullable(),
    startOn: day,
    endOn: day,
    suspended: z.boolean(),
    proposedById: z.uuid(),
    proposedByName: z.string(),
    approval: z
      .object({
        outcome: z.enum(['approved', 'refused']),
        byId: z.uuid(),
        byName: z.string(),
        on: day,
        note: z.string().nullable(),
      })
      .nullable()
      .describe('Who approved or refused the proposal, when, and their note; null while it waits.'),
    decisionOn: day.nullable(),
    notifiedOn: day.nullable(),
    appealDeadline: day
      .nullable()
      .describe('The last day to appeal to the labour court: 3 months after the notification.'),
    mayApprove: z
      .boolean()
      .describe(
        'Whether the caller may approve or refuse it now: a proposal, not theirs, and the centre’s policy names their role.',
      ),
    mayWithdraw: z
      .boolean()
      .describe('Whether the caller may withdraw it now: not yet decided, and theirs or theirs to approve.'),
    version: z.number().int(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Sanction' });
export type Sanction = z.infer<typeof SanctionSchema>;

export const PlanSanctionsSchema = z
  .object({
    items: z.array(SanctionSchema).describe('The plan’s sanctions, newest first.'),
    allowance: z
      .object({
        months: z
          .union([z.literal(1), z.literal(3)])
          .describe('The longest suspension the law allows for a decision today: 1 month, or 3 again.'),
        lastDecisionOn: day
          .nullable()
          .describe('The person’s last sanction decided in the 12 months before today, if any.'),
        sanctionsMayApply: z
          .boolean()
          .describe(
            'False when the plan cannot take a sanction: not an active PIIS on the integration income.',
          ),
      })
      .describe('What a new proposal may ask for, as of today.'),
  })
  .meta({ id: 'PlanSanctions' });
export type PlanSanctions = z.infer<typeof PlanSanctionsSchema>;

export const SanctionPageSchema = page(SanctionSchema).meta({ id: 'SanctionPage' });

export const SanctionListQuery = cursorQuery.extend({
  state: z.enum(SANCTION_STATES).optional().describe('Only the sanctions in this state (e.g. proposed).'),
});
export type SanctionListInput = z.infer<typeof SanctionListQuery>;

export const TrajectoryParams = z.object({ id: z.uuid() });
export const SanctionParams = z.object({ id: z.uuid() });
