import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { withCentre } from '../../http/context.ts';
import { problemResponses } from '../problem.ts';
import { renderReport } from './exports.ts';
import {
  AnnualReportQuery,
  AnnualReportSchema,
  CloseYearInput,
  MembersQuery,
  ReportMembersSchema,
  ReportYearSettingsInput,
  YearParams,
} from './schemas.ts';
import { annualReport, closeReportYear, reportMembers, saveReportYear } from './service.ts';

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/reports/annual',
    {
      config: { access: 'report.read' },
      schema: {
        tags: ['reports'],
        summary: 'The yearly figures of your centre (single report)',
        description:
          'Social activation (started, running on 31 December, closed, by outcome with the four result indicators first), PIIS (in force on 31 December and concluded in the year by orientation, on time, evaluation minimum met, people under 25 on the integration income without one and why, sanctions by kind and duration), participants by sex, age band and language, modules, progress from each person’s starting point, costs beside the subsidies, achieved against the convention’s objectives, and the people’s anonymous feedback. An open year is computed from the files’ dated records as they stood on 31 December; a closed year reads back the figures frozen when it was closed. `format=xlsx|csv|pdf` downloads it (csv: a zip of one file per section). Each figure with a `cell` can be listed with GET /reports/annual/members.',
        querystring: AnnualReportQuery,
        produces: [
          'application/json',
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'application/zip',
          'application/pdf',
        ],
        response: {
          200: AnnualReportSchema.or(z.string().meta({ format: 'binary' })),
          ...problemResponses(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const { year, format } = request.query;
      const report = await withCentre(request, (tx, ctx) => annualReport(tx, ctx, year));
      if (format === 'json') return report;
      const file = await renderReport(report, format, request.locale);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.fileName}"`)
        .header('cache-control', 'private, no-store')
        .send(file.body as unknown as string);
    },
  );

  app.get(
    '/reports/annual/members',
    {
      config: { access: 'report.read' },
      schema: {
        tags: ['reports'],
        summary: 'Who is behind one figure of the yearly report',
        description:
          'The plans, people or sanctions a figure counts (its `cell`), each with the person’s name, for the centre’s own staff. A closed year lists the members frozen with it.',
        querystring: MembersQuery,
        response: { 200: ReportMembersSchema, ...problemResponses(400, 401, 403, 404) },
      },
    },
    (request) => withCentre(request, (tx, ctx) => reportMembers(tx, ctx, request.query)),
  );

  app.put(
    '/reports/annual/:year/settings',
    {
      config: { access: 'report.manage' },
      schema: {
        tags: ['reports'],
        summary: 'Set the year’s convention objectives and subsidy amounts',
        description:
          'Target counts per indicator (e.g. 40 social-activation trajectories started, 10 leading to volunteering) and the subsidy amounts in euro cents, from the `version` you read (0 for a year never set; 409 when stale). A closed year cannot change (409).',
        params: YearParams,
        body: ReportYearSettingsInput,
        response: { 200: AnnualReportSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    (request) =>
      withCentre(request, (tx, ctx) =>
        saveReportYear(tx, ctx, request.params.year, request.body as Parameters<typeof saveReportYear>[3]),
      ),
  );

  app.post(
    '/reports/annual/:year/close',
    {
      config: { access: 'report.manage' },
      schema: {
        tags: ['reports'],
        summary: 'Close a year: freeze its figures',
        description:
          'Once the year has ended, and typically when the single report is sent: its figures and who is behind each are stored as they are now and never change again, whatever is edited in the files later; the federal view counts closed years only. 409 before 1 January of the next year or when already closed.',
        params: YearParams,
        body: CloseYearInput,
        response: { 200: AnnualReportSchema, ...problemResponses(400, 401, 403, 409) },
      },
    },
    (request) =>
      withCentre(request, (tx, ctx) => closeReportYear(tx, ctx, request.params.year, request.body)),
  );
};
