/**
 * The yearly report as files: XLSX (a summary sheet, then a sheet per section), CSV (a zip of one
 * file per section) and PDF (report-pdf.ts). The report's labels are already in the reader's
 * language; only the few words around them (title, status, marks) are translated here. Pure: the
 * same report gives the same cells and lines.
 */
import ExcelJS from 'exceljs';
import { strToU8, unzipSync, type Zippable, zipSync } from 'fflate';
import type { TFunction } from 'i18next';
import type { Locale } from '../../i18n/catalogues.ts';
import { translator } from '../../i18n/translate.ts';
import type { AnnualReport, ReportColumnKind, ReportTable, ReportValue } from './schemas.ts';

export type ReportFile = { body: Buffer; contentType: string; fileName: string };

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The kind a value is shown as: its own, else its column's. */
export function valueKind(
  value: ReportValue,
  column: ReportTable['columns'][number] | undefined,
): ReportColumnKind {
  return value.kind ?? column?.kind ?? 'count';
}

/** "<5" or the withheld label, for a suppressed value; null when the value is shown. */
export function markLabel(value: ReportValue, t: TFunction): string | null {
  return value.mark ? t(`reports.marks.${value.mark}`) : null;
}

/** Whether any value of the report is suppressed (then the files explain the marks). */
export function hasMarks(report: AnnualReport): boolean {
  return report.sections.some((s) =>
    s.tables.some((tb) => tb.rows.some((r) => r.values.some((v) => v.mark))),
  );
}

/** "Year closed on 3 January 2026: …" or "Year not closed: figures still live …". */
export function statusLine(report: AnnualReport, locale: Locale, t: TFunction): string {
  if (!report.closedAt) return t('reports.export.live');
  const date = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    dateStyle: 'long',
    timeZone: 'Europe/Brussels',
  }).format(new Date(report.closedAt));
  return t('reports.export.closed', { date });
}

export const INTL_LOCALES: Record<Locale, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-BE' };

/** When the file says it was made: the closing instant of a closed year, else now (live figures). */
function fileInstant(report: AnnualReport): Date {
  return report.closedAt ? new Date(report.closedAt) : new Date();
}

// ---------------------------------------------------------------------------------------------
// XLSX

/** Excel refuses these in a sheet name, and names longer than 31 characters. */
const FORBIDDEN_IN_SHEET_NAME = /[[\]:*?/\\]/g;
const SHEET_NAME_MAX = 31;

/**
 * Valid, unique sheet names (Excel compares them case-insensitively): forbidden characters
 * removed, spaces collapsed, no apostrophe at either end, 31 characters at most, " (2)", " (3)"… on a repeat.
 */
export function sheetNames(labels: readonly string[]): string[] {
  const taken = new Set<string>();
  return labels.map((label, index) => {
    const cleaned =
      label
        .replace(FORBIDDEN_IN_SHEET_NAME, '')
        .replace(/\s+/g, ' ')
        .replace(/^['\s]+|['\s]+$/g, '')
        .slice(0, SHEET_NAME_MAX)
        .trim() || String(index + 1);
    let name = cleaned;
    for (let n = 2; taken.has(name.toLowerCase()); n++) {
      const suffix = ` (${n})`;
      name = `${cleaned.slice(0, SHEET_NAME_MAX - suffix.length).trimEnd()}${suffix}`;
    }
    taken.add(name.toLowerCase());
    return name;
  });
}

/** Excel number formats by kind; amounts are shown in euros (the cells hold cents / 100). */
export const XLSX_FORMATS: Record<ReportColumnKind, string> = {
  count: '0',
  share: '0.0%',
  amount: '#,##0.00 €',
  mean: '0.00',
};

function fillValueCell(cell: ExcelJS.Cell, value: ReportValue, kind: ReportColumnKind, t: TFunction): void {
  const mark = markLabel(value, t);
  if (mark !== null) {
    cell.value = mark;
    cell.alignment = { horizontal: 'right' };
  } else if (value.value !== null) {
    cell.value = kind === 'amount' ? value.value / 100 : value.value;
    cell.numFmt = XLSX_FORMATS[kind];
  }
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

export async function renderXlsx(report: AnnualReport, locale: Locale): Promise<Buffer> {
  const t = translator(locale);
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Passerelle';
  workbook.created = workbook.modified = fileInstant(report);
  workbook.title = t('reports.export.title', { year: report.year });

  const names = sheetNames([t('reports.export.summarySheet'), ...report.sections.map((s) => s.label)]);

  const summary = workbook.addWorksheet(names[0]);
  summary.addRow([t('reports.export.title', { year: report.year })]).font = { bold: true, size: 14 };
  summary.addRow([]);
  summary.addRow([t('reports.export.centre'), report.centre.name]);
  summary.addRow([t('reports.export.year'), report.year]);
  summary.addRow([t('reports.export.status'), statusLine(report, locale, t)]);
  if (hasMarks(report)) {
    summary.addRow([]);
    summary.addRow([t('reports.export.marksNote')]);
  }
  summary.getColumn(1).width = 16;
  summary.getColumn(2).width = 60;
  for (const r of [3, 4, 5]) summary.getCell(r, 1).font = { bold: true };
  summary.getCell(4, 2).alignment = { horizontal: 'left' };

  report.sections.forEach((section, index) => {
    const sheet = workbook.addWorksheet(names[index + 1]);
    const widths: number[] = [14];
    section.tables.forEach((table, tableIndex) => {
      if (tableIndex > 0) sheet.addRow([]);
      sheet.addRow([table.label]).font = { bold: true };
      const header = sheet.addRow([null, ...table.columns.map((c) => c.label)]);
      header.font = { bold: true };
      header.alignment = { horizontal: 'right', wrapText: true };
      table.columns.forEach((c, i) => {
        widths[i + 1] = Math.max(widths[i + 1] ?? 10, clamp(c.label.length + 2, 10, 24));
      });
      for (const row of table.rows) {
        const line = sheet.addRow([row.label]);
        widths[0] = Math.max(widths[0] ?? 14, clamp(row.label.length + 2, 14, 60));
        row.values.forEach((value, i) => {
          fillValueCell(line.getCell(i + 2), value, valueKind(value, table.columns[i]), t);
        });
      }
    });
    widths.forEach((w, i) => {
      sheet.getColumn(i + 1).width = w;
    });
  });

  return restampZip(new Uint8Array(await workbook.xlsx.writeBuffer()), fileInstant(report));
}

/**
 * The same zip with every entry dated `mtime`, in the same order: exceljs dates its entries with
 * the clock, which would make two exports of a closed year differ.
 */
function restampZip(zip: Uint8Array, mtime: Date): Buffer {
  const files: Zippable = {};
  for (const [name, data] of Object.entries(unzipSync(zip))) files[name] = [data, { mtime }];
  return Buffer.from(zipSync(files, { level: 6 }));
}

// ---------------------------------------------------------------------------------------------
// CSV

/** The CSV separator: ';', what Excel expects where the decimal mark is a comma (Belgium). */
export const CSV_SEPARATOR = ';';
const BOM = '\uFEFF';

/** One field, quoted as RFC 4180 says when it holds the separator, a quote or a line break. */
export function csvField(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * A text field: also kept from being read as a formula by a spreadsheet (a label that starts
 * with =, +, -, @ or a tab gets a leading apostrophe, as OWASP advises against CSV injection).
 */
export function csvText(text: string): string {
  return csvField(/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);
}

/** Euro cents as euros with 2 decimals and a '.', exactly (no floating point): 123450 → 1234.50. */
export function centsToEuros(cents: number): string {
  const abs = Math.abs(Math.round(cents));
  return `${cents < 0 ? '-' : ''}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** A value as a plain number ('.' decimal, no grouping), the mark's text, or empty for null. */
export function csvValue(value: ReportValue, kind: ReportColumnKind, t: TFunction): string {
  const mark = markLabel(value, t);
  if (mark !== null) return csvField(mark);
  if (value.value === null) return '';
  switch (kind) {
    case 'amount':
      return centsToEuros(value.value);
    case 'mean':
      return value.value.toFixed(2);
    case 'share':
      return String(Math.round(value.value * 1e6) / 1e6);
    default:
      return String(value.value);
  }
}

/** The CSV lines of one section: per table a title line, a header line and its rows; CRLF. */
export function sectionCsv(tables: readonly ReportTable[], t: TFunction): string {
  const lines: string[] = [];
  tables.forEach((table, index) => {
    if (index > 0) lines.push('');
    lines.push(csvText(table.label));
    lines.push(['', ...table.columns.map((c) => csvText(c.label))].join(CSV_SEPARATOR));
    for (const row of table.rows) {
      lines.push(
        [
          csvText(row.label),
          ...row.values.map((v, i) => csvValue(v, valueKind(v, table.columns[i]), t)),
        ].join(CSV_SEPARATOR),
      );
    }
  });
  return `${BOM}${lines.map((l) => `${l}\r\n`).join('')}`;
}

/** "01-activation.csv": the section's place, then its key. */
export function csvFileName(index: number, key: string): string {
  return `${String(index + 1).padStart(2, '0')}-${key.replace(/[^a-zA-Z0-9_-]/g, '-')}.csv`;
}

export function renderCsvZip(report: AnnualReport, locale: Locale): Buffer {
  const t = translator(locale);
  // A zip keeps times from 1980 on, in local time: a fixed instant keeps a closed year's bytes stable.
  const mtime = fileInstant(report);
  const files: Zippable = {};
  report.sections.forEach((section, index) => {
    files[csvFileName(index, section.key)] = [strToU8(sectionCsv(section.tables, t)), { mtime }];
  });
  return Buffer.from(zipSync(files, { level: 6 }));
}

// ---------------------------------------------------------------------------------------------

export async function renderReport(
  report: AnnualReport,
  format: 'xlsx' | 'csv' | 'pdf',
  locale: Locale,
): Promise<ReportFile> {
  const base = `passerelle-report-${report.year}`;
  switch (format) {
    case 'xlsx':
      return { body: await renderXlsx(report, locale), contentType: XLSX_TYPE, fileName: `${base}.xlsx` };
    case 'csv':
      return { body: renderCsvZip(report, locale), contentType: 'application/zip', fileName: `${base}.zip` };
    case 'pdf': {
      // Loaded on first use: pdfmake and its fonts are only read when someone prints.
      const { renderReportPdf } = await import('./report-pdf.ts');
      return {
        body: await renderReportPdf(report, locale),
        contentType: 'application/pdf',
        fileName: `${base}.pdf`,
      };
    }
  }
}
