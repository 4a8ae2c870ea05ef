import { z } from 'zod';
import { isIsoDate } from '../../domain/dates.ts';
import { SERVICE_KINDS } from '../services/schemas.ts';

/** pending → accepted | declined | withdrawn; accepted → ended. */
export const REFERRAL_STATES = ['pending', 'accepted', 'declined', 'withdrawn', 'ended'] as const;
export type ReferralState = (typeof REFERRAL_STATES)[number];

const isoDate = z.string().refine(isIsoDate, { message: 'validation.invalidDate' }).meta({ format: 'date' });
const day = z.string().meta({ format: 'date' });
const version = z
  .number()
  .int()
  .min(1)
  .describe('The version of the referral you read: a stale one gets 409.');
const note = z.string().trim().max(10000);
const requiredNote = note.min(1, { message: 'validation.required' });

export const ReferralSchema = z
  .object({
    id: z.uuid(),
    trajectoryId: z.uuid(),
    person: z.object({ id: z.uuid(), firstName: z.string(), lastName: z.string() }),
    service: z.object({
      id: z.uuid(),
      kind: z.enum(SERVICE_KINDS),
      name: z.string(),
      active: z.boolean(),
    }),
    toUserId: z.uuid().nullable().describe('The worker of the internal service it is addressed to, if any.'),
    toUserName: z.string().nullable(),
    handoverNote: z.string().describe('What the receiving side needs to know to take the person on.'),
    sentOn: day,
    sentById: z.uuid(),
    sentByName: z.string(),
    state: z.enum(REFERRAL_STATES),
    answeredOn: day
      .nullable()
      .describe(
        'The day it was accepted, declined or withdrawn; for an accepted referral, the first day the receiving worker follows the person.',
      ),
    answeredById: z.uuid().nullable(),
    answeredByName: z.string().nullable(),
    answerNote: z
      .string()
      .nullable()
      .describe('Why it was declined (or withdrawn), or what the receiving side said when accepting.'),
    receivingUserId: z
      .uuid()
      .nullable()
      .describe(
        'Who follows the person in the receiving service once accepted: they hold the evaluations from `answeredOn` to `endedOn`. Null for a partner (no account here): the file’s responsible worker keeps them.',
      ),
    receivingUserName: z.string().nullable(),
    endedOn: day.nullable().describe('The last day an accepted referral ran, included.'),
    canAnswer: z.boolean().describe('Whether you may accept or decline it now.'),
    canWithdraw: z.boolean().describe('Whether you may withdraw it now (its sender, while it waits).'),
    canEnd: z.boolean().describe('Whether you may record its end now.'),
    version: z.number().int(),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'Referral' });
export type Referral = z.infer<typeof ReferralSchema>;

export const ReferralListSchema = z.object({ items: z.array(ReferralSchema) }).meta({ id: 'ReferralList' });

export const CreateReferralSchema = z
  .object({
    serviceId: z.uuid().describe('An active internal service or partner of your centre (GET /services).'),
    toUserId: z
      .uuid()
      .nullable()
      .optional()
      .describe('A member of that internal service, to address it to them; omit to let the service answer.'),
    handoverNote: requiredNote.describe(
      'What the receiving side needs to know: the situation, what was tried, what is asked of them.',
    ),
    sentOn: isoDate
      .optional()
      .describe('The day it was sent (YYYY-MM-DD), not in the future; today if omitted.'),
  })
  .strict()
  .meta({ id: 'CreateReferralRequest' });
export type CreateReferralInput = z.infer<typeof CreateReferralSchema>;

export const AcceptReferralSchema = z
  .object({
    version,
    answeredOn: isoDate
      .optional()
      .describe('The day it was accepted (not before it was sent, not in the future); today if omitted.'),
    receivingUserId: z
      .uuid()
      .nullable()
      .optional()
      .describe(
        'Another member of the internal service who will follow the person; you by default. Not for a partner.',
      ),
    note: note.nullable().optional(),
  })
  .strict()
  .meta({ id: 'AcceptReferralRequest' });
export type AcceptReferralInput = z.infer<typeof AcceptReferralSchema>;

export const DeclineReferralSchema = z
  .object({
    version,
    answeredOn: isoDate.optional().describe('The day it was declined; today if omitted.'),
    note: requiredNote.describe('Why: the first-line worker reads it to find another way.'),
  })
  .strict()
  .meta({ id: 'DeclineReferralRequest' });
export type DeclineReferralInput = z.infer<typeof DeclineReferralSchema>;

export const WithdrawReferralSchema = z
  .object({
    version,
    withdrawnOn: isoDate.optional().describe('The day it was withdrawn; today if omitted.'),
    note: note.nullable().optional(),
  })
  .strict()
  .meta({ id: 'WithdrawReferralRequest' });
export type WithdrawReferralInput = z.infer<typeof WithdrawReferralSchema>;

export const EndReferralSchema = z
  .object({
    version,
    endedOn: isoDate.describe(
      'The last day the receiving side followed the person, included: not before it was accepted, not in the future.',
    ),
  })
  .strict()
  .meta({ id: 'EndReferralRequest' });
export type EndReferralInput = z.infer<typeof EndReferralSchema>;

export const ReferralListQuery = z.object({
  awaiting: z
    .enum(['me'])
    .default('me')
    .describe(
      'me: the pending referrals waiting for your answer (addressed to you, or to an internal service you belong to with no worker named), oldest first.',
    ),
});

export const TrajectoryParams = z.object({ id: z.uuid() });
export const ReferralParams = z.object({ id: z.uuid() });
