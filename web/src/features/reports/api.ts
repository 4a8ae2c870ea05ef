/** The centre's yearly report: the figures, who is behind one, the year's settings and closing it. */
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client.ts';
import type { components } from '../../api/schema';

export type AnnualReport = components['schemas']['AnnualReport'];
export type ReportSection = components['schemas']['ReportSection'];
export type ReportTable = components['schemas']['ReportTable'];
export type ReportValue = components['schemas']['ReportValue'];
export type ReportMembers = components['schemas']['ReportMembers'];
export type ReportSettings = components['schemas']['ReportYearSettingsInput'];

export type ReportFormat = 'xlsx' | 'csv' | 'pdf';

export const reportKeys = {
  all: ['reports'] as const,
  year: (year: number) => ['reports', 'annual', year] as const,
  members: (year: number, cell: string) => ['reports', 'members', year, cell] as const,
};

export const reportQuery = (year: number) =>
  queryOptions({
    queryKey: reportKeys.year(year),
    // Without `format`, the answer is the JSON report (the files are for links, see exportHref).
    queryFn: async () =>
      (await unwrap(api.GET('/api/v1/reports/annual', { params: { query: { year } } }))) as AnnualReport,
  });

export const membersQuery = (year: number, cell: string) =>
  queryOptions({
    queryKey: reportKeys.members(year, cell),
    queryFn: () => unwrap(api.GET('/api/v1/reports/annual/members', { params: { query: { year, cell } } })),
  });

/** The file the server builds, as a plain link: the browser downloads it with the session cookie. */
export function exportHref(year: number, format: ReportFormat): string {
  return `/api/v1/reports/annual?${new URLSearchParams({ year: String(year), format })}`;
}

/**
 * A year nobody has set yet reads as version 0, which the API takes as 1 alike (its inputs start
 * at 1): the first save or close names it so.
 */
const versionOf = (report: AnnualReport) => Math.max(report.version, 1);

/** Saving and closing answer the whole report anew: it replaces the cached one. */
export function useReportYear(report: AnnualReport) {
  const client = useQueryClient();
  const onSuccess = (next: AnnualReport) => {
    client.setQueryData(reportKeys.year(next.year), next);
    // Closing freezes the members too: lists read before may differ from the frozen ones.
    void client.invalidateQueries({ queryKey: ['reports', 'members', next.year] });
  };
  const year = report.year;
  return {
    save: useMutation({
      mutationFn: (body: Omit<ReportSettings, 'version'>) =>
        unwrap(
          api.PUT('/api/v1/reports/annual/{year}/settings', {
            params: { path: { year } },
            body: { ...body, version: versionOf(report) },
          }),
        ),
      onSuccess,
    }),
    close: useMutation({
      mutationFn: () =>
        unwrap(
          api.POST('/api/v1/reports/annual/{year}/close', {
            params: { path: { year } },
            body: { version: versionOf(report) },
          }),
        ),
      onSuccess,
    }),
  };
}
