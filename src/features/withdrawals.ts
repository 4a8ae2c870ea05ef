/**
 * Withdrawing a record made by mistake (an assessment, a measurement): shapes and the one rule
 * both features share. A withdrawn record is never deleted: it leaves the lists and the progress,
 * keeps its place in the audit trail and on the timeline, and whoever reviews the centre's files
 * (a team lead, an administrator) can still list it.
 */
import { z } from 'zod';
import { type Actor, can } from './auth/policy.ts';
import { Problem } from './problem.ts';

export const WithdrawalRequestSchema = z
  .object({
    version: z.number().int().min(1).describe('The version you read: a stale version gets 409.'),
    reason: z
      .string()
      .trim()
      .min(1)
      .max(2000)
      .describe('Why it is withdrawn (e.g. "recorded in the wrong file"): kept with the record.'),
  })
  .strict()
  .meta({ id: 'WithdrawalRequest' });
export type WithdrawalRequest = z.infer<typeof WithdrawalRequestSchema>;

export const WithdrawalSchema = z
  .object({
    at: z.iso.datetime({ offset: true }),
    by: z.string().nullable().describe('Name of the user who withdrew it.'),
    reason: z.string(),
  })
  .nullable()
  .describe('Set when the record was withdrawn as a mistake; null otherwise.')
  .meta({ id: 'Withdrawal' });
export type Withdrawal = z.infer<typeof WithdrawalSchema>;

export const WITHDRAWN_FILTERS = ['exclude', 'include'] as const;
export const withdrawnQuery = z
  .enum(WITHDRAWN_FILTERS)
  .optional()
  .describe(
    '`include` lists withdrawn records too (each with its `withdrawal`): team leads and administrators only, a worker gets 403. Left out: only the records in force.',
  );

/** Whether a list includes withdrawn records: only on request, and only for those who review files. */
export function includeWithdrawn(
  actor: Pick<Actor, 'role'>,
  requested: (typeof WITHDRAWN_FILTERS)[number] | undefined,
): boolean {
  if (requested !== 'include') return false;
  if (!can(actor, 'record.history')) throw new Problem('forbidden', 'errors.withdrawnHidden');
  return true;
}

export function toWithdrawal(
  row: { withdrawnAt: Date | null; withdrawalReason: string | null },
  by: string | null,
): Withdrawal {
  return row.withdrawnAt && row.withdrawalReason !== null
    ? { at: row.withdrawnAt.toISOString(), by, reason: row.withdrawalReason }
    : null;
}
