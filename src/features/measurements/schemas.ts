import { z } from 'zod';
import { isIsoDate } from '../../domain/dates.ts';

export const MEASUREMENT_CONTEXTS = ['intake', 'evaluation', 'closure', 'other'] as const;
const isoDate = z.string().refine(isIsoDate, { message: 'validation.invalidDate' }).meta({ format: 'date' });
const score = z.number().int();

export const ScoreSchema = z
  .object({
    domain: z.string().min(1).max(64).describe('A domain key of the instrument.'),
    workerScore: score.describe('The worker’s score on the domain scale.'),
    personScore: score.nullable().optional().describe('The person’s own score, when they gave one.'),
    note: z.string().trim().max(2000).optional(),
  })
  .strict()
  .meta({ id: 'Score' });

export const CreateMeasurementSchema = z
  .object({
    instrumentKey: z.string().min(1).max(64),
    instrumentVersion: z.number().int().min(1).optional().describe('The latest version by default.'),
    measuredOn: isoDate.describe('YYYY-MM-DD, not in the future.'),
    context: z.enum(MEASUREMENT_CONTEXTS),
    scores: z.array(ScoreSchema).min(1).max(50),
  })
  .strict()
  .meta({ id: 'CreateMeasurementRequest' });
export type CreateMeasurementInput = z.infer<typeof CreateMeasurementSchema>;

export const MeasurementSchema = z
  .object({
    id: z.uuid(),
    personId: z.uuid(),
    instrumentKey: z.string(),
    instrumentVersion: z.number().int(),
    measuredOn: z.string().meta({ format: 'date' }),
    context: z.enum(MEASUREMENT_CONTEXTS),
    scores: z.array(
      z.object({
        domain: z.string(),
        workerScore: z.number().int(),
        personScore: z.number().int().nullable(),
        note: z.string().nullable(),
      }),
    ),
    createdAt: z.iso.datetime({ offset: true }),
    createdBy: z.string().nullable(),
  })
  .meta({ id: 'Measurement' });
export type Measurement = z.infer<typeof MeasurementSchema>;

export const MeasurementListSchema = z
  .object({ items: z.array(MeasurementSchema) })
  .meta({ id: 'MeasurementList' });

export const MeasurementListQuery = z.object({
  instrument: z.string().max(64).optional().describe('Only the measurements with this instrument.'),
});

const point = z.object({
  measurementId: z.uuid(),
  measuredOn: z.string().meta({ format: 'date' }),
  instrumentVersion: z.number().int(),
  workerScore: z.number().int(),
  personScore: z.number().int().nullable(),
});

export const ProgressSchema = z
  .object({
    instrumentKey: z.string(),
    versions: z.array(z.number().int()).describe('The instrument versions the measurements were taken with.'),
    measurementCount: z.number().int(),
    domains: z.array(
      z.object({
        domain: z.string(),
        baseline: point,
        latest: point,
        change: z
          .number()
          .int()
          .nullable()
          .describe('Latest minus baseline; null with one point or when the scale changed.'),
        personChange: z.number().int().nullable(),
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
      .describe('Where the person sees it differently from the worker; kept, never averaged away.'),
  })
  .meta({ id: 'Progress' });

export const ProgressQuery = z.object({ instrument: z.string().min(1).max(64) });
export const PersonParams = z.object({ id: z.uuid() });
