/**
 * The federal view: the yearly figures of the centres that closed the year, added up, by region or
 * by size band, with small cells suppressed. One shape for validation, types and OpenAPI.
 */
import { z } from 'zod';
import { ReportSectionSchema } from '../reports/schemas.ts';

export const REGIONS = ['brussels', 'flanders', 'wallonia', 'unknown'] as const;
export type RegionKey = (typeof REGIONS)[number];
export const SIZE_BANDS = ['small', 'medium', 'large'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];
export const GROUPINGS = ['none', 'region', 'sizeBand'] as const;
export type Grouping = (typeof GROUPINGS)[number];

export const FederalQuery = z
  .object({
    year: z.coerce
      .number({ error: 'validation.reportYear' })
      .int({ error: 'validation.reportYear' })
      .min(2000, { error: 'validation.reportYear' })
      .max(2100, { error: 'validation.reportYear' })
      .describe('The calendar year, e.g. 2025.'),
    by: z
      .enum(GROUPINGS, { error: 'validation.federalGrouping' })
      .default('none')
      .describe(
        'none (the country only, default), region, or sizeBand (centres by the people they followed that year).',
      ),
  })
  .strict();

export const FederalGroupSchema = z
  .object({
    key: z
      .string()
      .describe(
        'all, a region (brussels, flanders, wallonia, unknown) or a size band (small, medium, large).',
      ),
    label: z.string(),
    centres: z.number().int().describe('Centres of the group that closed the year.'),
    sections: z.array(ReportSectionSchema),
  })
  .meta({ id: 'FederalGroup' });

export const FederalIndicatorsSchema = z
  .object({
    year: z.number().int(),
    by: z.enum(GROUPINGS),
    centres: z.object({
      total: z.number().int().describe('Centres in Passerelle.'),
      closed: z.number().int().describe('Centres that closed the year: only their figures are counted.'),
    }),
    groups: z.array(FederalGroupSchema).describe('The whole country first, then each group.'),
  })
  .meta({ id: 'FederalIndicators' });
export type FederalIndicators = z.infer<typeof FederalIndicatorsSchema>;
