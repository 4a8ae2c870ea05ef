import { z } from 'zod';
import { isIsoDate } from '../../domain/dates.ts';
import { WithdrawalSchema, withdrawnQuery } from '../withdrawals.ts';

export const MEASUREMENT_CONTEXTS = ['intake', 'evaluation', 'closure', 'other'] as const;
const isoDate = z.string().refine(isIsoDate, { message: 'validation.invalidDate' }).meta({ format: 'date' });
const score = z.number().int();

export const ScoreSchema = z
  .object({
    domain: z.string().min(1).max(64).describe('A domain key of the instrument.'),
    workerScore: score
      .nullable()
      .optional()
      .describe('The worker’s score on the domain scale; may be left out when the person gave theirs.'),
    personScore: score.nullable().optional().describe('The person’s own score, when they gave one.'),
    note: z.string().trim().max(2000).optional(),
  })
  .strict()
  .superRefine((value, ctx) => {
    if ((value.workerScore ?? null) === null && (value.personScore ?? null) === null) {
      ctx.addIssue({ code: 'custom', path: ['workerScore'], message: 'validation.scoreMissing' });
    }
  })
  .describe('At least one of the two scores: the worker’s, the person’s, or both.')
  .meta({ id: 'Score' });

const scores = z.array(ScoreSchema).min(1).max(50);
const measuredOn = isoDate.describe('YYYY-MM-DD, not in the future.');

export const CreateMeasurementSchema = z
  .object({
    instrumentKey: z.string().min(1).max(64),
    instrumentVersion: z.number().int().min(1).optional().describe('The latest version by default.'),
    measuredOn,
    context: z.enum(MEASUREMENT_CONTEXTS),
    scores,
  })
  .strict()
  .meta({ id: 'CreateMeasurementRequest' });
export type CreateMeasurementInput = z.infer<typeof CreateMeasurementSchema>;

export const CorrectMeasurementSchema = z
  .object({
    measuredOn: measuredOn.optional(),
    context: z.enum(MEASUREMENT_CONTEXTS).optional(),
    scores: scores
      .optional()
      .describe(
        'The whole list of scores as it should read, checked against the instrument version the measurement was taken with.',
      ),
    version: z.number().int().min(1).describe('The version you read: a stale version gets 409.'),
  })
  .strict()
  .meta({ id: 'CorrectMeasurementRequest' });
export type CorrectMeasurementInput = z.infer<typeof CorrectMeasurementSchema>;

export const StoredScoreSchema = z.object({
  domain: z.string(),
  workerScore: z.number().int().nullable(),
  personScore: z.number().int().nullable(),
  note: z.string().nullable(),
});

export const MeasurementSchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    instrumentKey: z.string(),
    instrumentVersion: z.number().int(),
    measuredOn: z.string().meta({ format: 'date' }),
    context: z.enum(MEASUREMENT_CONTEXTS),
    scores: z.array(StoredScoreSchema),
    withdrawal: WithdrawalSchema,
    version: z.number().int().describe('Send it back with a correction or a withdrawal.'),
    createdAt: z.iso.datetime({ offset: true }),
    createdBy: z.string().nullable().describe('Name of the worker who recorded it.'),
    updatedAt: z.iso.datetime({ offset: true }),
    updatedBy: z.string().nullable().describe('Name of the user who last corrected or withdrew it.'),
  })
  .meta({ id: 'Measurement' });
export type Measurement = z.infer<typeof MeasurementSchema>;

export const MeasurementListSchema = z
  .object({ items: z.array(MeasurementSchema) })
  .meta({ id: 'MeasurementList' });

export const MeasurementListQuery = z.object({
  instrument: z.string().max(64).optional().describe('Only the measurements with this instrument.'),
  withdrawn: withdrawnQuery,
});

const point = z.object({
  measurementId: z.uuid(),
  measuredOn: z.string().meta({ format: 'date' }),
  instrumentVersion: z.number().int(),
  workerScore: z.number().int().nullable(),
  personScore: z.number().int().nullable(),
  note: z.string().nullable().describe('The note given with this domain’s scores.'),
});

export const ProgressSchema = z
  .object({
    instrumentKey: z.string(),
    versions: z.array(z.number().int()).describe('The instrument versions the measurements were taken with.'),
    measurementCount: z.number().int(),
    domains: z.array(
      z.object({
        domain: z.string(),
        baseline: point.describe('The first point of the domain, whichever sides it has.'),
        latest: point.describe('The last point of the domain, whichever sides it has.'),
        workerBaseline: point.nullable().describe('The first point with the worker’s score.'),
        workerLatest: point.nullable().describe('The last point with the worker’s score.'),
        personBaseline: point.nullable().describe('The first point with the person’s own score.'),
        personLatest: point.nullable().describe('The last point with the person’s own score.'),
        change: z
          .number()
          .int()
          .nullable()
          .describe(
            'The worker’s latest score minus their first; null with one such point or when the scale changed.',
          ),
        personChange: z.number().int().nullable().describe('The same for the person’s own score.'),
        series: z.array(point),
      }),
    ),
    overallChange: z.number().nullable().describe('Mean change over the domains that can be compared.'),
    disagreements: z
      .array(
        z.object({
          domain: z.string(),
          measurementId: z.uuid(),
          measuredOn: z.string(),
          workerScore: z.number().int(),
          personScore: z.number().int(),
          gap: z.number().int().describe('Person minus worker: 2 levels or more apart.'),
        }),
      )
      .describe(
        'Where the person sees it differently from the worker on the latest measurement (both sides scored); kept, never averaged away.',
      ),
  })
  .meta({ id: 'Progress' });

export const ProgressQuery = z.object({ instrument: z.string().min(1).max(64) });
export const PersonParams = z.object({ id: z.uuid() });
export const MeasurementParams = z.object({ id: z.uuid() });
