import { z } from 'zod';
import { CentrePolicySchema } from '../../domain/centre-policy.ts';
import { isIsoDate } from '../../domain/dates.ts';

const isoDate = z.string().refine(isIsoDate, { message: 'validation.invalidDate' }).meta({ format: 'date' });

/** The policy as stored, with who last changed it: the law's defaults and version 0 until then. */
export const CentrePolicyViewSchema = CentrePolicySchema.extend({
  version: z
    .number()
    .int()
    .describe('0 while the centre has changed nothing (the law’s defaults apply); send it back to change.'),
  updatedAt: z.iso.datetime({ offset: true }).nullable().describe('When it was last changed; null at 0.'),
  updatedById: z.uuid().nullable(),
  updatedByName: z.string().nullable().describe('Who last changed it.'),
}).meta({ id: 'CentrePolicy' });
export type CentrePolicyView = z.infer<typeof CentrePolicyViewSchema>;

/**
 * The fields that change and the version read. Each field keeps the bounds of the law
 * (src/domain/centre-policy.ts): a centre may be stricter, never laxer.
 */
export const UpdateCentrePolicySchema = CentrePolicySchema.partial()
  .extend({
    version: z
      .number()
      .int()
      .min(0)
      .describe('The version you read (0 when the centre never changed its policy): a stale one gets 409.'),
  })
  .strict()
  .meta({ id: 'UpdateCentrePolicyRequest' });
export type UpdateCentrePolicyInput = z.infer<typeof UpdateCentrePolicySchema>;

export const SigningDelegationSchema = z
  .object({
    id: z.uuid(),
    userId: z.uuid().describe('The worker or team lead who may sign plans on the centre’s behalf.'),
    userName: z.string(),
    since: z.string().meta({ format: 'date' }).describe('First day of the delegation.'),
    until: z
      .string()
      .meta({ format: 'date' })
      .nullable()
      .describe('Last day of the delegation (included); null while it runs with no end.'),
    activeToday: z.boolean().describe('Whether the delegation covers today (Belgian time).'),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'SigningDelegation' });
export type SigningDelegation = z.infer<typeof SigningDelegationSchema>;

export const SigningDelegationListSchema = z
  .object({ items: z.array(SigningDelegationSchema) })
  .meta({ id: 'SigningDelegationList' });

export const CreateSigningDelegationSchema = z
  .object({
    userId: z.uuid().describe('A worker or team lead of your centre (not an administrator).'),
    since: isoDate.describe('First day (YYYY-MM-DD).'),
    until: isoDate.nullable().optional().describe('Last day, included (YYYY-MM-DD); omit for no end yet.'),
  })
  .strict()
  .refine((d) => !d.until || d.until >= d.since, { path: ['until'], message: 'validation.endBeforeStart' })
  .meta({ id: 'CreateSigningDelegationRequest' });
export type CreateSigningDelegationInput = z.infer<typeof CreateSigningDelegationSchema>;

export const UpdateSigningDelegationSchema = z
  .object({
    until: isoDate
      .nullable()
      .describe('The last day the delegation covers (included), not before its first; null: no end.'),
  })
  .strict()
  .meta({ id: 'UpdateSigningDelegationRequest' });
export type UpdateSigningDelegationInput = z.infer<typeof UpdateSigningDelegationSchema>;

export const SigningDelegationParams = z.object({ id: z.uuid() });
