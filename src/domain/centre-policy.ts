/**
 * A centre's policy for plans: the choices DOMAIN.md §3 leaves to each centre, with the defaults
 * the law and the federal administration's reading give. Every deadline Passerelle computes reads
 * it; a centre may be stricter, never laxer than the law (a minimum of evaluations, for instance).
 */
import { z } from 'zod';

export const CentrePolicySchema = z
  .object({
    deadlineAnchor: z
      .enum(['decision', 'notification'])
      .describe(
        'The 3 months to conclude a PIIS count from the decision date (default) or its notification.',
      ),
    reflectionDays: z
      .number()
      .int()
      .min(5)
      .max(30)
      .describe('The reflection period the person may ask for (5 at least).'),
    reflectionDayKind: z
      .enum(['calendar', 'working'])
      .describe('Calendar days (default) or working days (no weekends, no Belgian public holidays).'),
    evaluation: z
      .discriminatedUnion('kind', [
        z
          .object({
            kind: z.literal('perYear'),
            minimum: z.number().int().min(3).max(12).describe('Evaluations per 12 months (3 at least).'),
          })
          .strict(),
        z
          .object({
            kind: z.literal('everyMonths'),
            months: z
              .number()
              .int()
              .min(1)
              .max(4)
              .describe('One evaluation every N months (at most 4: 3 a year).'),
          })
          .strict(),
      ])
      .describe('At least 3 evaluations per 12 months by law; a centre may ask more.'),
    inPersonMinimum: z
      .number()
      .int()
      .min(2)
      .max(12)
      .describe('Of the evaluations per 12 months, how many in personal contact (2 at least).'),
    growthPlanSignatureRequired: z
      .boolean()
      .describe(
        'Whether a light growth plan must be signed (some centres find signatures push people away).',
      ),
    subsidyWarnings: z.boolean().describe('Warn before the 10 % PIIS subsidy period lapses.'),
    sanctionApprovers: z
      .enum(['lead', 'leadOrAdmin'])
      .describe(
        'Who approves a sanction proposal before it is decided: team leads (default), or team leads and administrators. Never the worker who proposed it.',
      ),
  })
  .strict();
export type CentrePolicy = z.infer<typeof CentrePolicySchema>;

export const DEFAULT_POLICY: CentrePolicy = {
  deadlineAnchor: 'decision',
  reflectionDays: 5,
  reflectionDayKind: 'calendar',
  evaluation: { kind: 'perYear', minimum: 3 },
  inPersonMinimum: 2,
  growthPlanSignatureRequired: false,
  subsidyWarnings: true,
  sanctionApprovers: 'lead',
};

/** How many evaluations a plan of this many days needs at least under the policy. */
export function evaluationsFor(policy: CentrePolicy, days: number): number {
  const years = days / 365;
  const perYear =
    policy.evaluation.kind === 'perYear' ? policy.evaluation.minimum : 12 / policy.evaluation.months;
  return Math.max(1, Math.ceil(perYear * years - 1e-9));
}
