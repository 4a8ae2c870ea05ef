/**
 * Cost lines of a plan: what the centre spent on a person's trajectory (a training fee, a bus
 * pass, a module's share), dated and in euro cents. The yearly report sums them per plan.
 */
import { z } from 'zod';
import { isIsoDate } from '../../domain/dates.ts';

/** 1,000,000.00 € in cents: the database refuses more (trajectory_costs_amount_check). */
export const MAX_COST_CENTS = 100_000_000;
export const MAX_COST_DESCRIPTION = 300;

const isoDate = z.string().refine(isIsoDate, { message: 'validation.invalidDate' }).meta({ format: 'date' });

export const PlanParams = z.object({ id: z.uuid() });
export const CostParams = z.object({ id: z.uuid(), costId: z.uuid() });

export const RecordCostSchema = z
  .object({
    incurredOn: isoDate.describe(
      'The day the cost was incurred (YYYY-MM-DD): not in the future, not before the plan was drafted, and for a closed plan not after its closing day.',
    ),
    amountCents: z
      .number()
      .int({ message: 'validation.wholeNumber' })
      .min(1, { message: 'validation.costAmount' })
      .max(MAX_COST_CENTS, { message: 'validation.costAmount' })
      .describe('Euro cents, a whole number from 1 (0.01 €) to 100000000 (1,000,000.00 €).'),
    description: z
      .string()
      .trim()
      .min(1, { message: 'validation.required' })
      .max(MAX_COST_DESCRIPTION)
      .describe('What the cost was for, 1 to 300 characters.'),
  })
  .strict()
  .meta({ id: 'RecordCostRequest' });
export type RecordCostInput = z.infer<typeof RecordCostSchema>;

export const RemoveCostQuery = z
  .object({
    version: z.coerce
      .number()
      .int()
      .min(1)
      .describe('The version of the line you read: a stale version gets 409.'),
  })
  .strict();

export const CostLineSchema = z
  .object({
    id: z.uuid(),
    trajectoryId: z.uuid(),
    incurredOn: z.string().meta({ format: 'date' }),
    amountCents: z.number().int(),
    description: z.string(),
    version: z.number().int(),
    recordedBy: z.string().nullable().describe('The name of who recorded it.'),
    createdAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'CostLine' });
export type CostLine = z.infer<typeof CostLineSchema>;

export const PlanCostsSchema = z
  .object({
    items: z.array(CostLineSchema).describe('By the day incurred, then by when recorded.'),
    totalCents: z.number().int().describe('The sum of the lines, in euro cents.'),
  })
  .meta({ id: 'PlanCosts' });
export type PlanCosts = z.infer<typeof PlanCostsSchema>;
