/**
 * The yearly report printed: title, centre, year and whether its figures are final, then each
 * section's tables with values formatted in the reader's language, and two bar charts (outcomes
 * of closed activation plans, participants by age band) beside their tables. The pdfmake setup
 * (bundled Roboto, nothing read from outside the definition) is the printed plan's.
 */
import type { TFunction } from 'i18next';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { Locale } from '../../i18n/catalogues.ts';
import { translator } from '../../i18n/translate.ts';
import { renderPdf } from '../trajectories/document.ts';
import { hasMarks, INTL_LOCALES, markLabel, statusLine, valueKind } from './exports.ts';
import type { AnnualReport, ReportColumnKind, ReportTable, ReportValue } from './schemas.ts';

/** The tables drawn as a bar chart too, by section and table key. */
export const CHARTED_TABLES = [
  { section: 'activation', table: 'activationOutcomes' },
  { section: 'participants', table: 'participantsByAge' },
] as const;

/** What the reader sees for a null value: not computable, or no figure. */
export const NO_VALUE = '–';

export type ValueFormatter = (value: ReportValue, kind: ReportColumnKind) => string;

/**
 * Formats values in the reader's language (fr-BE, nl-BE, de-BE, en-BE): counts grouped, shares as
 * percentages with one decimal (0.333 → "33,3 %"), amounts as euros from cents, means with two
 * decimals. The narrow no-break space some locales use is printed as a no-break space: Roboto
 * has no glyph for it.
 */
export function valueFormatter(locale: Locale, t: TFunction): ValueFormatter {
  const tag = INTL_LOCALES[locale];
  const formats: Record<ReportColumnKind, Intl.NumberFormat> = {
    count: new Intl.NumberFormat(tag, { maximumFractionDigits: 0 }),
    share: new Intl.NumberFormat(tag, {
      style: 'percent',
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    }),
    amount: new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' }),
    mean: new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
  };
  return (value, kind) => {
    const mark = markLabel(value, t);
    if (mark !== null) return mark;
    if (value.value === null) return NO_VALUE;
    const n = kind === 'amount' ? value.value / 100 : value.value;
    return formats[kind].format(n).replaceAll('\u202f', '\u00a0');
  };
}

/** Tables up to this many rows are kept on one page. */
const UNBREAKABLE_ROWS = 20;
const BAR_WIDTH = 220;
const BAR_HEIGHT = 9;
const BAR_COLOUR = '#2f5f8f';

function tableBlock(table: ReportTable, format: ValueFormatter): Content {
  const many = table.columns.length > 3;
  const cell = (text: string, extra: Record<string, unknown> = {}) => ({ text, ...extra });
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: many ? [110, ...table.columns.map(() => '*')] : ['*', ...table.columns.map(() => 80)],
      body: [
        [cell(''), ...table.columns.map((c) => cell(c.label, { bold: true, alignment: 'right' }))],
        ...table.rows.map((row) => [
          cell(row.label),
          ...row.values.map((v, i) =>
            cell(format(v, valueKind(v, table.columns[i])), { alignment: 'right' }),
          ),
        ]),
      ],
    },
    layout: 'lightHorizontalLines',
    fontSize: many ? 8 : 10,
    margin: [0, 0, 0, 8],
  };
}

/**
 * A horizontal bar per row (the total left out), as long as its count against the largest; the
 * label on the left and the figure on the right. A suppressed or null count draws no bar.
 */
export function barChart(table: ReportTable, format: ValueFormatter, t: TFunction): Content | null {
  const column = Math.max(
    0,
    table.columns.findIndex((c) => c.kind === 'count'),
  );
  const rows = table.rows.filter((r) => r.key !== 'total');
  if (rows.length === 0) return null;
  const counts = rows.map((r) => {
    const v = r.values[column];
    return v && !v.mark && v.value !== null ? v.value : 0;
  });
  const max = Math.max(0, ...counts);
  return {
    unbreakable: true,
    stack: [
      { text: t('reports.export.chart', { table: table.label }), style: 'chartTitle' },
      {
        table: {
          widths: [150, BAR_WIDTH, 'auto'],
          body: rows.map((row, i) => {
            const w = max > 0 ? Math.round(((counts[i] ?? 0) / max) * BAR_WIDTH) : 0;
            const value = row.values[column] ?? { value: null };
            return [
              { text: row.label, fontSize: 9 },
              {
                canvas: w > 0 ? [{ type: 'rect', x: 0, y: 1, w, h: BAR_HEIGHT, color: BAR_COLOUR }] : [],
              },
              { text: format(value, 'count'), fontSize: 9 },
            ];
          }),
        },
        layout: 'noBorders',
      },
    ],
    margin: [0, 0, 0, 10],
  };
}

export function reportDocument(report: AnnualReport, locale: Locale): TDocumentDefinitions {
  const t = translator(locale);
  const format = valueFormatter(locale, t);
  const title = t('reports.export.title', { year: report.year });
  const charted = (section: string, table: string) =>
    CHARTED_TABLES.some((c) => c.section === section && c.table === table);

  const content: Content[] = [
    { text: title, style: 'title' },
    {
      table: {
        widths: ['auto', '*'],
        body: [
          [{ text: t('reports.export.centre'), bold: true }, report.centre.name],
          [{ text: t('reports.export.year'), bold: true }, String(report.year)],
          [{ text: t('reports.export.status'), bold: true }, statusLine(report, locale, t)],
        ],
      },
      layout: 'noBorders',
    },
    ...(hasMarks(report)
      ? [{ text: t('reports.export.marksNote'), style: 'small', margin: [0, 6, 0, 0] } as Content]
      : []),
  ];
  for (const section of report.sections) {
    section.tables.forEach((table, index) => {
      // A short table stays on one page with its title (and the section's heading before the
      // first); a long one may break, its header row repeated.
      const block: Content[] = [
        ...(index === 0 ? [{ text: section.label, style: 'heading' } as Content] : []),
        { text: table.label, style: 'tableTitle' },
        tableBlock(table, format),
      ];
      content.push(
        table.rows.length <= UNBREAKABLE_ROWS ? { stack: block, unbreakable: true } : { stack: block },
      );
      if (charted(section.key, table.key)) {
        const chart = barChart(table, format, t);
        if (chart) content.push(chart);
      }
    });
    if (section.tables.length === 0) content.push({ text: section.label, style: 'heading' });
  }

  const instant = report.closedAt ? new Date(report.closedAt) : undefined;
  return {
    info: {
      title,
      author: report.centre.name,
      creator: 'Passerelle',
      producer: 'Passerelle',
      ...(instant ? { creationDate: instant, modDate: instant } : {}),
    },
    language: locale,
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 60],
    content,
    footer: (page: number, pages: number) => ({
      text: t('reports.export.footer', { year: report.year, page, pages }),
      style: 'small',
      alignment: 'center',
      margin: [0, 20, 0, 0],
    }),
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.15 },
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      heading: { fontSize: 14, bold: true, margin: [0, 14, 0, 4] },
      tableTitle: { bold: true, margin: [0, 6, 0, 2] },
      chartTitle: { fontSize: 9, italics: true, margin: [0, 0, 0, 2] },
      small: { fontSize: 9, color: '#444444' },
    },
  };
}

export function renderReportPdf(report: AnnualReport, locale: Locale): Promise<Buffer> {
  return renderPdf(reportDocument(report, locale));
}
