/**
 * One table of the yearly report as an HTML table: its label as the caption, column and row
 * headers, numbers to the right. A count with people, plans or sanctions behind it links to the
 * list of them. On a phone a table of more than two columns shows each row as a card (StackedTable).
 */
import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { subjectOf } from '../../../../src/features/reports/policy.ts';
import { AnchorLink } from '../../components/links.tsx';
import stacked from '../../components/StackedTable.module.css';
import { currentLocale } from '../../i18n.ts';
import type { ReportTable, ReportValue } from './api.ts';
import { formatValue, type ValueKind } from './format.ts';
import classes from './ReportPage.module.css';
import { ScrollBox } from './ScrollBox.tsx';

/**
 * Whether a figure links to who is behind it: a count with a cell the drill-down knows (sessions,
 * attendance marks and feedback answers have nobody to list), not suppressed, and not zero.
 */
export function drillable(cell: ReportValue, kind: ValueKind): cell is ReportValue & { cell: string } {
  return (
    (cell.kind ?? kind) === 'count' &&
    cell.cell !== undefined &&
    subjectOf(cell.cell) !== null &&
    cell.mark === undefined &&
    cell.value !== null &&
    cell.value > 0
  );
}

export function ReportTableView({
  table,
  year,
  section,
}: {
  table: ReportTable;
  year: number;
  section: string;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  // A row's name alone says which figure it is unless the table counts in several columns.
  const severalCounts = table.columns.filter((c) => c.kind === 'count').length > 1;
  // Two columns of figures fit a phone as a table; more become a card per row there.
  const stack = table.columns.length > 2;
  return (
    <ScrollBox className={stack ? stacked.wrapper : classes.scroll} label={table.label}>
      <Table
        className={stack ? `${stacked.table} ${classes.table}` : classes.table}
        verticalSpacing="xs"
        captionSide="top"
        striped
      >
        <caption className={classes.caption}>{table.label}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.page.figure')}</Table.Th>
            {table.columns.map((column) => (
              <Table.Th key={column.key} scope="col" className={classes.number}>
                {column.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {table.rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" className={classes.rowHeader}>
                {row.label}
              </Table.Th>
              {table.columns.map((column, index) => {
                const cell = row.values[index] ?? { value: null };
                const text = formatValue(cell, column.kind, locale, t);
                const name = severalCounts ? `${row.label}, ${column.label}` : row.label;
                return (
                  <Table.Td
                    key={column.key}
                    className={stack ? classes.cardNumber : classes.number}
                    data-label={column.label}
                  >
                    {drillable(cell, column.kind) ? (
                      <AnchorLink
                        to="/reports/members"
                        search={{ year, cell: cell.cell, label: `${section} — ${table.label} — ${name}` }}
                        fz="inherit"
                        underline="always"
                        aria-label={t('reports.page.showMembers', {
                          label: name,
                          value: text,
                          count: cell.value,
                        })}
                      >
                        {text}
                      </AnchorLink>
                    ) : (
                      text
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollBox>
  );
}
