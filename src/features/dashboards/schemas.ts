/**
 * The dashboards (issue 10): one shape for validation, types and the OpenAPI document.
 */
import { z } from 'zod';
import { isIsoDate } from '../../domain/dates.ts';

const day = z.string().refine(isIsoDate, { message: 'validation.invalidDate' }).meta({ format: 'date' });

export const WorkerDashboardQuery = z
  .object({
    workerId: z
      .uuid()
      .optional()
      .describe('Another worker of the centre, for a team lead or an administrator (team.read).'),
  })
  .strict();

export const TeamDashboardQuery = z
  .object({
    from: day
      .optional()
      .describe('First day of the period (YYYY-MM-DD); by default 12 months before `to`, plus a day.'),
    to: day.optional().describe('Last day of the period (YYYY-MM-DD); by default today.'),
  })
  .strict();
export type TeamDashboardInput = z.infer<typeof TeamDashboardQuery>;

const count = z.number().int();

const RatioSchema = z
  .object({
    numerator: count,
    denominator: count,
    share: z
      .number()
      .nullable()
      .describe('numerator / denominator to a tenth of a percent (0.333); null when the denominator is 0.'),
  })
  .meta({ id: 'DashboardRatio' });

export const WorkerDashboardSchema = z
  .object({
    today: day,
    worker: z.object({ id: z.uuid(), displayName: z.string() }),
    caseload: z.object({
      people: count.describe('People the worker is responsible for.'),
      withOpenPlan: count.describe('Of them, those with a plan not closed (active files).'),
      openPlans: z
        .object({ draft: count, informed: count, active: count })
        .describe('Plans not closed of those people, by state.'),
    }),
    due: z
      .object({ overdue: count, thisWeek: count, later: count })
      .describe(
        'The counts of the worker’s today list (GET /today): overdue, this week, later (to 14 days).',
      ),
    endingSoon: z
      .array(
        z.object({
          trajectoryId: z.uuid(),
          person: z.object({
            id: z.uuid(),
            firstName: z.string(),
            lastName: z.string(),
            displayName: z.string(),
          }),
          plannedEndOn: day,
        }),
      )
      .describe(
        'Signed plans in force of the worker’s people whose planned end is from today to 60 days ahead, by date.',
      ),
  })
  .meta({ id: 'WorkerDashboard' });

const teamRow = {
  files: count.describe('People the worker is responsible for.'),
  activeFiles: count.describe('Of them, those with a plan not closed.'),
  openPlans: count.describe('Plans not closed of those people.'),
  evaluationsDue: count.describe(
    'Suggested evaluations (evaluation.scheduled) the worker holds, dated from today to 30 days ahead.',
  ),
  overdue: count.describe('Overdue items, as the team table of the day page counts them (GET /today/team).'),
};

export const TeamDashboardSchema = z
  .object({
    today: day,
    period: z.object({ from: day, to: day }),
    workers: z.array(z.object({ id: z.uuid(), displayName: z.string(), role: z.string(), ...teamRow })),
    unassigned: z.object(teamRow).describe('Files nobody is responsible for.'),
    centre: z.object({
      daysToSignature: z
        .object({
          median: z
            .number()
            .nullable()
            .describe('Median calendar days; may be a half day; null with no plan.'),
          count: count.describe('The PIIS plans it is computed on.'),
        })
        .describe(
          'PIIS plans first signed in the period: median days from the decision date to the first signature.',
        ),
      evaluationsOnTime: RatioSchema.describe(
        'Evaluation slots (the schedule of each signed plan’s version in force) that fell due in the period before today, and of them those met by an evaluation held in their window, on or before the slot.',
      ),
      noShows: RatioSchema.describe('Missed evaluations of those recorded (held or missed) in the period.'),
    }),
  })
  .meta({ id: 'TeamDashboard' });
