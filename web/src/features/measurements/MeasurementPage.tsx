/**
 * One measurement on its own page: the scores of both sides with the instrument's level names,
 * the notes, the moment, who recorded it and the version; correcting and withdrawing start here.
 */
import {
  Alert,
  Badge,
  Button,
  Center,
  DataList,
  Group,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../components/Flash.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ButtonLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import stacked from '../../components/StackedTable.module.css';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLocale, INTL_LOCALES } from '../../i18n.ts';
import { domainName } from '../instruments/api.ts';
import { personQuery } from '../persons/api.ts';
import { formatDate } from '../persons/format.ts';
import { PersonPageHeading } from '../persons/PersonPageHeading.tsx';
import { instrumentVersionQuery, measurementQuery, useWithdrawMeasurement } from './api.ts';
import { levelName } from './format.ts';
import classes from './Progress.module.css';
import { WithdrawDialog } from './WithdrawDialog.tsx';

export function MeasurementPage({ personId, id }: { personId: string; id: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const navigate = useNavigate();
  const flash = useFlash();
  const [withdrawing, setWithdrawing] = useState(false);
  const query = useQuery(measurementQuery(id));
  const measurement = query.data;
  const person = useQuery(personQuery(personId));
  const instrument = useQuery({
    ...instrumentVersionQuery(measurement?.instrumentKey ?? '', measurement?.instrumentVersion ?? 1),
    enabled: Boolean(measurement),
  });
  const withdraw = useWithdrawMeasurement(id);
  const name = person.data ? `${person.data.firstName} ${person.data.lastName}` : null;
  const title =
    measurement && instrument.data
      ? t('measurement.pageTitle', {
          instrument: instrument.data.name[locale],
          date: formatDate(measurement.measuredOn, locale, 'long'),
        })
      : null;
  usePageTitle(title && name ? `${title} · ${name}` : null);

  const error = query.error ?? person.error ?? instrument.error;
  if (error) return <ProblemAlert error={error} />;
  if (!measurement || !instrument.data || !name || !title) {
    return (
      <Center p="xl">
        <Loading />
      </Center>
    );
  }
  // A measurement of another person's file is not shown under this one.
  if (measurement.personId !== personId) return <ProblemAlert error={null} />;

  const definition = instrument.data;
  const time = (iso: string) =>
    new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'long', timeStyle: 'short' }).format(
      new Date(iso),
    );
  const none = (text: string) => (
    <>
      <span aria-hidden="true">—</span>
      <VisuallyHidden>{text}</VisuallyHidden>
    </>
  );
  const scoreText = (domain: string, value: number | null, missing: string) =>
    value === null ? (
      none(missing)
    ) : (
      <>
        <Text span fw={700} className={classes.value}>
          {value}
        </Text>{' '}
        <Text span size="sm">
          {levelName(definition, domain, value, locale)}
        </Text>
      </>
    );
  const backToProgress = () =>
    navigate({
      to: '/persons/$id',
      params: { id: personId },
      search: { instrument: measurement.instrumentKey },
    });

  return (
    <Stack gap="md" maw={1000}>
      <PersonPageHeading personId={personId} name={name} title={title} />
      {measurement.withdrawal ? (
        <Alert color="gray" variant="outline" title={t('measurement.withdrawnTitle')}>
          {t('withdrawal.summary', {
            time: time(measurement.withdrawal.at),
            name: measurement.withdrawal.by ?? t('withdrawal.someone'),
          })}
          <Text size="sm" mt={4}>
            {t('withdrawal.reasonWas', { reason: measurement.withdrawal.reason })}
          </Text>
        </Alert>
      ) : (
        <Group gap="sm">
          <ButtonLink
            to="/persons/$id/measurements/$measurementId/correct"
            params={{ id: personId, measurementId: id }}
            variant="light"
          >
            {t('measurement.correct')}
          </ButtonLink>
          <Button variant="default" color="red" c="red.9" onClick={() => setWithdrawing(true)}>
            {t('measurement.withdraw')}
          </Button>
        </Group>
      )}
      <DataList withDivider gap="xs" labelWidth={200}>
        <DataList.Item>
          <DataList.ItemLabel>{t('measurement.instrument')}</DataList.ItemLabel>
          <DataList.ItemValue>
            {definition.name[locale]}{' '}
            <Text span size="sm" c="dimmed">
              ({t('measurement.version', { version: measurement.instrumentVersion })})
            </Text>
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('measurement.measuredOn')}</DataList.ItemLabel>
          <DataList.ItemValue>{formatDate(measurement.measuredOn, locale, 'long')}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('measurement.context')}</DataList.ItemLabel>
          <DataList.ItemValue>{t(`measurement.contexts.${measurement.context}`)}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('measurement.recorded')}</DataList.ItemLabel>
          <DataList.ItemValue>
            {t('measurement.recordedBy', {
              name: measurement.createdBy ?? t('withdrawal.someone'),
              time: time(measurement.createdAt),
            })}
          </DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>{t('measurement.versionLabel')}</DataList.ItemLabel>
          <DataList.ItemValue>
            <Badge variant="light" color="gray" c="gray.9" tt="none">
              {measurement.version}
            </Badge>
            {measurement.version > 1 && !measurement.withdrawal && (
              <Text span size="sm" c="dimmed">
                {' '}
                {t('measurement.correctedBy', {
                  name: measurement.updatedBy ?? t('withdrawal.someone'),
                  time: time(measurement.updatedAt),
                })}
              </Text>
            )}
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>
      <Title order={2} size="h4">
        {t('measurement.scores')}
      </Title>
      <div className={stacked.wrapper}>
        <Table withTableBorder verticalSpacing={4} className={`${classes.table} ${stacked.table}`}>
          <Table.Caption>
            <VisuallyHidden>{t('measurement.scoresCaption')}</VisuallyHidden>
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('progress.domain')}</Table.Th>
              <Table.Th scope="col">{t('progress.worker')}</Table.Th>
              <Table.Th scope="col">{t('progress.person')}</Table.Th>
              <Table.Th scope="col">{t('measurement.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {measurement.scores.map((score) => (
              <Table.Tr key={score.domain}>
                <Table.Th scope="row" className={classes.domain}>
                  {domainName(definition, score.domain, locale)}
                </Table.Th>
                <Table.Td data-label={t('progress.worker')}>
                  {scoreText(score.domain, score.workerScore, t('measurement.notScored'))}
                </Table.Td>
                <Table.Td data-label={t('progress.person')}>
                  {scoreText(score.domain, score.personScore, t('measurement.notAsked'))}
                </Table.Td>
                <Table.Td data-label={t('measurement.note')} className={classes.note}>
                  {score.note ?? none(t('measurement.noNote'))}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </div>
      <WithdrawDialog
        opened={withdrawing}
        title={t('measurement.withdrawTitle')}
        explanation={t('measurement.withdrawExplanation')}
        onClose={() => setWithdrawing(false)}
        onConfirm={async (reason) => {
          await withdraw.mutateAsync({ version: measurement.version, reason });
          setWithdrawing(false);
          flash(t('measurement.withdrawn'));
          await backToProgress();
        }}
      />
    </Stack>
  );
}
