import { Table, Text, VisuallyHidden } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../components/links.tsx';
import stacked from '../../components/StackedTable.module.css';
import { currentLocale } from '../../i18n.ts';
import { domainName, type Instrument } from '../instruments/api.ts';
import type { DomainProgress, Progress, ProgressPoint } from './api.ts';
import { formatChange, levelName, pointLabel } from './format.ts';
import classes from './Progress.module.css';

interface Props {
  personId: string;
  progress: Progress;
  instrument: Instrument;
  /** Set when the measurements were taken with different versions of the instrument. */
  versionLabel: ((version: number) => string) | null;
}

/**
 * The figures behind the charts, as a real table: what a screen reader reads, and anyone may check.
 * Each side reads from its own first and last scores; a side never given shows "—". Each point
 * links to its measurement and shows the note given with it.
 */
export function ProgressTable({ personId, progress, instrument, versionLabel }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const missing = (text: string) => (
    <>
      <span aria-hidden="true">—</span>
      <VisuallyHidden>{text}</VisuallyHidden>
    </>
  );

  /** When, linked to the measurement, and the note given with it. */
  const pointFooter = (point: ProgressPoint, withNote = true): ReactNode => (
    <>
      <Text size="xs" className={classes.value}>
        <AnchorLink
          to="/persons/$id/measurements/$measurementId"
          params={{ id: personId, measurementId: point.measurementId }}
          inherit
        >
          {pointLabel(point, locale, versionLabel)}
        </AnchorLink>
      </Text>
      {withNote && point.note && (
        <Text size="xs" c="dimmed" className={classes.note}>
          {t('progress.noteLabel', { note: point.note })}
        </Text>
      )}
    </>
  );

  const score = (row: DomainProgress, point: ProgressPoint | null): ReactNode =>
    point?.workerScore == null ? (
      missing(t('progress.workerNone'))
    ) : (
      <>
        <Text span fw={700} className={classes.value}>
          {point.workerScore}
        </Text>{' '}
        <Text span size="sm">
          {levelName(instrument, row.domain, point.workerScore, locale)}
        </Text>
        {pointFooter(point)}
      </>
    );

  return (
    <div className={stacked.wrapper}>
      <Table
        withTableBorder
        verticalSpacing={4}
        captionSide="top"
        className={`${classes.table} ${stacked.table}`}
      >
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
            const person = row.personLatest;
            return (
              <Table.Tr key={row.domain}>
                <Table.Th scope="row" className={classes.domain}>
                  {domainName(instrument, row.domain, locale)}
                </Table.Th>
                <Table.Td data-label={t('progress.baseline')}>{score(row, row.workerBaseline)}</Table.Td>
                <Table.Td data-label={t('progress.latest')}>{score(row, row.workerLatest)}</Table.Td>
                <Table.Td data-label={t('progress.change')} className={classes.value} fw={700}>
                  {row.change === null
                    ? missing(t('progress.notComparable'))
                    : formatChange(row.change, locale)}
                </Table.Td>
                <Table.Td data-label={t('progress.personLatest')}>
                  {person?.personScore == null ? (
                    <Text span size="sm" c="dimmed">
                      {t('measurement.notAsked')}
                    </Text>
                  ) : (
                    <>
                      <Text span fw={700} className={classes.value}>
                        {person.personScore}
                      </Text>{' '}
                      <Text span size="sm">
                        {levelName(instrument, row.domain, person.personScore, locale)}
                      </Text>
                      {row.personChange !== null && (
                        <Text span size="sm" c="dimmed" className={classes.value}>
                          {' '}
                          ({formatChange(row.personChange, locale)})
                        </Text>
                      )}
                      {/* The same measurement as the worker's latest: its date and note are there already. */}
                      {person.measurementId !== row.workerLatest?.measurementId && pointFooter(person)}
                    </>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
