/**
 * The worker's day: one shape for validation, types and the OpenAPI document.
 */
import { z } from 'zod';
import { DEADLINE_RULES } from '../../domain/deadlines.ts';

export const WORK_RULES = [
  ...DEADLINE_RULES,
  'action.due',
  'plan.end',
  'referral.awaitingAnswer',
  'sanction.awaitingApproval',
] as const;
export const DAY_GROUPS = ['overdue', 'thisWeek', 'later'] as const;

const day = z.string().meta({ format: 'date' });

export const TodayQuery = z
  .object({
    workerId: z
      .uuid()
      .optional()
      .describe('Another worker of the centre, for a team lead or an administrator (team.read).'),
  })
  .strict();

export const WorkItemSchema = z
  .object({
    key: z.string().describe('Stable within the list: the same item keeps its key from one day to the next.'),
    rule: z
      .enum(WORK_RULES)
      .describe(
        'The rule that makes it due: a rule of the legal engine (see GET /trajectories/{id}/deadlines), action.due, plan.end, referral.awaitingAnswer or sanction.awaitingApproval.',
      ),
    date: day.describe('The day it is due; before today: overdue.'),
    group: z.enum(DAY_GROUPS).describe('overdue, thisWeek (to Sunday), later (to the 14th day).'),
    person: z.object({ id: z.uuid(), firstName: z.string(), lastName: z.string() }),
    trajectoryId: z.uuid(),
    subject: z
      .object({ type: z.enum(['trajectory', 'referral', 'sanction']), id: z.uuid() })
      .describe('What to open to do it.'),
    href: z.string().describe('The API address of the subject.'),
    inPerson: z.boolean().optional().describe('For an evaluation: one of those to hold in personal contact.'),
    actionId: z.string().optional().describe('For action.due: the action of the plan.'),
    detail: z.string().optional().describe('For action.due: what the action is.'),
  })
  .meta({ id: 'WorkItem' });
export type WorkItemOut = z.infer<typeof WorkItemSchema>;

const counts = z.object({
  overdue: z.number().int(),
  thisWeek: z.number().int(),
  later: z.number().int(),
});

export const TodaySchema = z
  .object({
    today: day,
    horizon: day.describe('The last day the list looks at: today and 14 days.'),
    worker: z.object({ id: z.uuid(), displayName: z.string() }),
    counts,
    items: z.array(WorkItemSchema).describe('Date order, then the person’s name.'),
  })
  .meta({ id: 'Today' });

export const TeamDaySchema = z
  .object({
    today: day,
    overdue: z.number().int().describe('The team’s overdue items, all workers together.'),
    workers: z.array(
      z.object({
        id: z.uuid(),
        displayName: z.string(),
        role: z.string(),
        files: z.number().int().describe('The files the worker is responsible for.'),
        ...counts.shape,
      }),
    ),
    unassigned: counts.describe('Items of files nobody is responsible for.'),
  })
  .meta({ id: 'TeamDay' });
