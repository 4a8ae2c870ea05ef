import { Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../components/TableScroll.tsx';
import { currentLocale } from '../../i18n.ts';
import type { Instrument } from '../instruments/api.ts';
import type { DomainProgress, Progress } from './api.ts';
import { formatChange, levelName, pointLabel } from './format.ts';
import classes from './Progress.module.css';

interface Props {
  progress: Progress;
  instrument: Instrument;
  /** Set when the measurements were taken with different versions of the instrument. */
  versionLabel: ((version: number) => string) | null;
}

/** The figures behind the charts, as a real table: what a screen reader reads, and anyone may check. */
export function ProgressTable({ progress, instrument, versionLabel }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const missing = (text: string) => (
    <>
      <span aria-hidden="true">—</span>
      <VisuallyHidden>{text}</VisuallyHidden>
    </>
  );

  const score = (row: DomainProgress, point: DomainProgress['baseline']): ReactNode => (
    <>
      <Text span fw={700} className={classes.value}>
        {point.workerScore}
      </Text>{' '}
      <Text span size="sm">
        {levelName(instrument, row.domain, point.workerScore, locale)}
      </Text>
      <Text size="xs" c="dimmed" className={classes.value}>
        {pointLabel(point, locale, versionLabel)}
      </Text>
    </>
  );

  return (
    <TableScroll label={t('progress.tableCaption', { instrument: instrument.name[locale] })}>
      <Table withTableBorder verticalSpacing={4} captionSide="top" className={classes.table}>
        <Table.Caption ta="left" c="dimmed" fz="sm">
          {t('progress.tableCaption', { instrument: instrument.name[locale] })}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('progress.domain')}</Table.Th>
            <Table.Th scope="col">{t('progress.baseline')}</Table.Th>
            <Table.Th scope="col">{t('progress.latest')}</Table.Th>
            <Table.Th scope="col">{t('progress.change')}</Table.Th>
            <Table.Th scope="col">{t('progress.personLatest')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {progress.domains.map((row) => {
            const domain = instrument.domains.find((d) => d.key === row.domain);
            const person = row.latest.personScore;
            return (
              <Table.Tr key={row.domain}>
                <Table.Th scope="row" className={classes.domain}>
                  {domain ? domain.name[locale] : row.domain}
                </Table.Th>
                <Table.Td>{score(row, row.baseline)}</Table.Td>
                <Table.Td>{score(row, row.latest)}</Table.Td>
                <Table.Td className={classes.value} fw={700}>
                  {row.change === null
                    ? missing(t('progress.notComparable'))
                    : formatChange(row.change, locale)}
                </Table.Td>
                <Table.Td>
                  {person === null ? (
                    <Text span size="sm" c="dimmed">
                      {t('measurement.notAsked')}
                    </Text>
                  ) : (
                    <>
                      <Text span fw={700} className={classes.value}>
                        {person}
                      </Text>{' '}
                      <Text span size="sm">
                        {levelName(instrument, row.domain, person, locale)}
                      </Text>
                      {row.personChange !== null && (
                        <Text span size="sm" c="dimmed" className={classes.value}>
                          {' '}
                          ({formatChange(row.personChange, locale)})
                        </Text>
                      )}
                    </>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
