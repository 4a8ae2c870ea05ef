/**
 * Evaluations of a plan (DOMAIN.md §2): a dated meeting or a missed appointment, who attended,
 * progress per objective, what each side did, next steps and the next date, and optionally the
 * progress measurement taken at it. One shape each, for validation, types and the OpenAPI document.
 */
import { z } from 'zod';
import { isIsoDate } from '../../domain/dates.ts';
import { COMPLIANCE_STATES } from '../../domain/evaluation-compliance.ts';
import { EVALUATION_MODES } from '../../domain/evaluation-schedule.ts';
import { CreateMeasurementSchema, MeasurementSchema } from '../measurements/schemas.ts';

/** How far the person came on an objective since the last evaluation, in the worker's reading. */
export const PROGRESS_LEVELS = ['achieved', 'progressing', 'unchanged', 'setback'] as const;
export type ProgressLevel = (typeof PROGRESS_LEVELS)[number];

const isoDate = z.string().refine(isIsoDate, { message: 'validation.invalidDate' }).meta({ format: 'date' });
const text = z.string().trim().max(4000);
const name = z.string().trim().min(1).max(200);

export const AttendanceSchema = z
  .object({
    person: z.boolean().describe('The person came (false for a missed appointment).'),
    supportPerson: z.boolean().default(false).describe('The person of their choice who assists them came.'),
    partners: z.array(name).max(20).default([]).describe('Partner organisations (or their workers) present.'),
    others: z.string().trim().max(500).default('').describe('Anyone else present, in plain words.'),
  })
  .strict()
  .meta({ id: 'EvaluationAttendance' });

export const ObjectiveProgressSchema = z
  .object({
    objectiveId: z.string().trim().min(1).max(40).describe('An objective of the plan’s version in force.'),
    level: z
      .enum(PROGRESS_LEVELS)
      .describe('achieved, progressing, unchanged or setback: since the last evaluation.'),
    note: text.default(''),
  })
  .strict()
  .meta({ id: 'ObjectiveProgress' });

const progressList = z
  .array(ObjectiveProgressSchema)
  .max(20)
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((item, index) => {
      if (seen.has(item.objectiveId))
        ctx.addIssue({ code: 'custom', path: [index, 'objectiveId'], message: 'validation.duplicateKey' });
      seen.add(item.objectiveId);
    });
  });

/** POST /persons/{id}/measurements' body, taken at the evaluation: its moment is the evaluation. */
export const MeasurementAtEvaluationSchema = CreateMeasurementSchema.extend({
  measuredOn: isoDate.optional().describe('The day of the evaluation unless given.'),
  context: z.literal('evaluation').optional().describe('Always evaluation.'),
})
  .strict()
  .meta({ id: 'MeasurementAtEvaluation' });

const mode = z.enum(EVALUATION_MODES).describe('inPerson, remote (phone or video) or written.');
const heldOn = isoDate.describe(
  'The day it was held (or the person was expected): not in the future, not before the plan’s start.',
);
const nextOn = isoDate
  .nullable()
  .describe('The next date agreed: after the day held. It moves the schedule.');

export const CreateEvaluationSchema = z
  .object({
    heldOn,
    mode,
    missed: z
      .boolean()
      .default(false)
      .describe(
        'The person did not come: counted as a missed appointment, never as an evaluation held. No progress and no measurement then.',
      ),
    attendance: AttendanceSchema,
    objectiveProgress: progressList
      .default([])
      .describe('A level per objective reviewed: at least one when the plan has objectives and it was held.'),
    personDid: text.default('').describe('What the person did since the last evaluation.'),
    centreDid: text.default('').describe('What the centre did.'),
    nextSteps: text.default(''),
    nextOn: nextOn.default(null),
    measurement: MeasurementAtEvaluationSchema.optional().describe(
      'A progress measurement taken at the evaluation, recorded with it in the same transaction (context evaluation).',
    ),
  })
  .strict()
  .meta({ id: 'CreateEvaluationRequest' });
export type CreateEvaluationInput = z.infer<typeof CreateEvaluationSchema>;

export const CorrectEvaluationSchema = z
  .object({
    heldOn: heldOn.optional(),
    mode: mode.optional(),
    missed: z.boolean().optional(),
    attendance: AttendanceSchema.optional(),
    objectiveProgress: progressList.optional().describe('The whole list as it should read.'),
    personDid: text.optional(),
    centreDid: text.optional(),
    nextSteps: text.optional(),
    nextOn: nextOn.optional(),
    version: z.number().int().min(1).describe('The version you read: a stale version gets 409.'),
  })
  .strict()
  .meta({ id: 'CorrectEvaluationRequest' });
export type CorrectEvaluationInput = z.infer<typeof CorrectEvaluationSchema>;

const state = {
  heldOn: z.string().meta({ format: 'date' }),
  mode: z.enum(EVALUATION_MODES),
  missed: z.boolean(),
  attendance: z.object({
    person: z.boolean(),
    supportPerson: z.boolean(),
    partners: z.array(z.string()),
    others: z.string(),
  }),
  objectiveProgress: z.array(
    z.object({ objectiveId: z.string(), level: z.enum(PROGRESS_LEVELS), note: z.string() }),
  ),
  personDid: z.string(),
  centreDid: z.string(),
  nextSteps: z.string(),
  nextOn: z.string().meta({ format: 'date' }).nullable(),
};

export const EvaluationSchema = z
  .object({
    id: z.uuid(),
    trajectoryId: z.uuid(),
    personId: z.uuid(),
    ...state,
    measurementId: z.uuid().nullable().describe('The measurement taken at it: GET /measurements/{id}.'),
    heldBy: z.uuid().describe('The worker who held it: only they correct it.'),
    heldByName: z.string(),
    version: z.number().int().describe('1 for an evaluation never corrected.'),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
    measurement: MeasurementSchema.optional().describe('On POST, the measurement recorded with it.'),
    earlierVersions: z
      .array(
        z.object({
          version: z.number().int(),
          ...state,
          savedAt: z.iso.datetime({ offset: true }),
        }),
      )
      .optional()
      .describe(
        'What it said before each correction, oldest first: only for team leads and administrators, on GET /evaluations/{id}.',
      ),
  })
  .meta({ id: 'Evaluation' });
export type Evaluation = z.infer<typeof EvaluationSchema>;

export const ComplianceSchema = z
  .object({
    state: z
      .enum(COMPLIANCE_STATES)
      .describe(
        'met; onTrack (what is still suggested this plan year is enough); atRisk (it is not: arrange one now); notMet (the year ended short).',
      ),
    from: z.string().meta({ format: 'date' }).describe('The plan year it speaks of (at most 12 months).'),
    to: z.string().meta({ format: 'date' }),
    required: z.number().int(),
    requiredInPerson: z.number().int(),
    held: z.number().int().describe('Evaluations held in the year (missed appointments left out).'),
    heldInPerson: z.number().int(),
    missed: z.number().int().describe('Missed appointments in the year (the person did not come).'),
    scheduledAhead: z
      .number()
      .int()
      .describe('Suggested evaluations still ahead in the year, as the schedule moved.'),
  })
  .meta({ id: 'EvaluationCompliance' });
export type ComplianceOut = z.infer<typeof ComplianceSchema>;

export const EvaluationListSchema = z
  .object({
    items: z.array(EvaluationSchema).describe('Newest first.'),
    compliance: ComplianceSchema.nullable().describe(
      'The yearly minimum (DOMAIN.md §3) for a plan signed with a start and a planned end; null otherwise.',
    ),
  })
  .meta({ id: 'EvaluationList' });

export const TrajectoryParams = z.object({ id: z.uuid() });
export const EvaluationParams = z.object({ id: z.uuid() });
