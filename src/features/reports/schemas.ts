/**
 * The yearly report: one shape for the browser, the exports and the federal view, validated and
 * described once.
 */
import { z } from 'zod';

export const OBJECTIVE_INDICATORS = [
  'activation.started',
  'activation.closed',
  'activation.outcome.socioProfessional',
  'activation.outcome.reinforcedAutonomy',
  'activation.outcome.volunteering',
  'activation.outcome.employment',
  'piis.concluded',
] as const;
export type ObjectiveIndicator = (typeof OBJECTIVE_INDICATORS)[number];

export const SUBSIDY_PARTS = ['participationA', 'modulesB', 'childPovertyC', 'piis'] as const;
export type SubsidyPart = (typeof SUBSIDY_PARTS)[number];

export const REPORT_FORMATS = ['json', 'xlsx', 'csv', 'pdf'] as const;
export const COLUMN_KINDS = ['count', 'share', 'amount', 'mean'] as const;
export type ReportColumnKind = (typeof COLUMN_KINDS)[number];
export const SUPPRESSION_MARKS = ['lessThan5', 'hidden'] as const;
export type SuppressionMark = (typeof SUPPRESSION_MARKS)[number];

const year = z.coerce
  .number({ error: 'validation.reportYear' })
  .int({ error: 'validation.reportYear' })
  .min(2000, { error: 'validation.reportYear' })
  .max(2100, { error: 'validation.reportYear' })
  .describe('The calendar year, e.g. 2025.');

export const AnnualReportQuery = z
  .object({
    year,
    format: z
      .enum(REPORT_FORMATS)
      .default('json')
      .describe('json (default), xlsx (a sheet per section), csv (a zip of one file per section) or pdf.'),
  })
  .strict();

export const ReportValueSchema = z
  .object({
    value: z.number().nullable().describe('null: not computable (a share of nothing) or suppressed.'),
    kind: z.enum(COLUMN_KINDS).optional().describe('When this value is not of its column’s kind.'),
    cell: z
      .string()
      .optional()
      .describe('The figure’s cell: GET /reports/annual/members?year=&cell= lists who is behind it.'),
    mark: z
      .enum(SUPPRESSION_MARKS)
      .optional()
      .describe(
        'Federal view: lessThan5 (1 to 4 people, shown "<5"), hidden (withheld so that another cell cannot be worked out).',
      ),
  })
  .meta({ id: 'ReportValue' });
export type ReportValue = z.infer<typeof ReportValueSchema>;

export const ReportTableSchema = z
  .object({
    key: z.string(),
    label: z.string(),
    columns: z.array(
      z.object({
        key: z.string(),
        kind: z
          .enum(COLUMN_KINDS)
          .describe('count; share (a ratio: 0.333 is 33.3 %); amount (euro cents); mean.'),
        label: z.string(),
      }),
    ),
    rows: z.array(z.object({ key: z.string(), label: z.string(), values: z.array(ReportValueSchema) })),
  })
  .meta({ id: 'ReportTable' });
export type ReportTable = z.infer<typeof ReportTableSchema>;

export const ReportSectionSchema = z
  .object({ key: z.string(), label: z.string(), tables: z.array(ReportTableSchema) })
  .meta({ id: 'ReportSection' });
export type ReportSection = z.infer<typeof ReportSectionSchema>;

export const AnnualReportSchema = z
  .object({
    year: z.number().int(),
    centre: z.object({ id: z.uuid(), name: z.string() }),
    closedAt: z.iso
      .datetime({ offset: true })
      .nullable()
      .describe('When the year was closed; null: figures still live.'),
    canClose: z.boolean().describe('Whether the caller may close the year now.'),
    objectives: z.record(z.string(), z.number().int()),
    subsidies: z.record(z.string(), z.number().int()),
    version: z
      .number()
      .int()
      .describe('Of the reporting year’s settings (objectives, subsidies): give it back to change them.'),
    sections: z.array(ReportSectionSchema),
  })
  .meta({ id: 'AnnualReport' });
export type AnnualReport = z.infer<typeof AnnualReportSchema>;

export const MembersQuery = z
  .object({
    year,
    cell: z
      .string({ error: 'validation.reportCell' })
      .regex(/^[a-zA-Z0-9_.-]{1,200}$/, { error: 'validation.reportCell' })
      .describe('A cell named by a figure of the report.'),
  })
  .strict();

export const ReportMemberSchema = z
  .object({
    person: z.object({ id: z.uuid(), firstName: z.string(), lastName: z.string() }),
    trajectoryId: z
      .uuid()
      .nullable()
      .describe('The plan behind the figure, when the figure counts plans or sanctions.'),
    sanctionId: z.uuid().nullable(),
  })
  .meta({ id: 'ReportMember' });

export const ReportMembersSchema = z
  .object({
    year: z.number().int(),
    cell: z.string(),
    subject: z.enum(['trajectory', 'person', 'sanction']),
    count: z.number().int(),
    items: z.array(ReportMemberSchema),
  })
  .meta({ id: 'ReportMembers' });
export type ReportMembers = z.infer<typeof ReportMembersSchema>;

export const YearParams = z.object({ year }).strict();

const cents = z.number().int().min(0).max(100_000_000_000);
export const ReportYearSettingsInput = z
  .object({
    version: z.number().int().min(0),
    objectives: z
      .object(
        Object.fromEntries(
          OBJECTIVE_INDICATORS.map((k) => [k, z.number().int().min(0).max(1_000_000).optional()]),
        ),
      )
      .strict()
      .describe(
        'The convention’s target count per indicator (a cell of the report); leave one out for no target.',
      ),
    subsidies: z
      .object(Object.fromEntries(SUBSIDY_PARTS.map((k) => [k, cents.optional()])))
      .strict()
      .describe(
        'Euro cents per subsidy part: A social participation, B collective modules, C child poverty, and the PIIS subsidy.',
      ),
  })
  .strict()
  .meta({ id: 'ReportYearSettingsInput' });

export const CloseYearInput = z.object({ version: z.number().int().min(0) }).strict();
