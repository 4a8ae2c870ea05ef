/** Correcting a measurement recorded with a mistake: the form, filled with what was saved. */
import { Alert, Center, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../components/Flash.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLocale } from '../../i18n.ts';
import { personQuery } from '../persons/api.ts';
import { formatDate } from '../persons/format.ts';
import { PersonPageHeading } from '../persons/PersonPageHeading.tsx';
import { instrumentVersionQuery, measurementQuery, useCorrectMeasurement } from './api.ts';
import { MeasurementForm } from './MeasurementForm.tsx';
import { valuesOf } from './values.ts';

export function CorrectMeasurementPage({ personId, id }: { personId: string; id: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const navigate = useNavigate();
  const flash = useFlash();
  const query = useQuery(measurementQuery(id));
  const measurement = query.data;
  const person = useQuery(personQuery(personId));
  const instrument = useQuery({
    ...instrumentVersionQuery(measurement?.instrumentKey ?? '', measurement?.instrumentVersion ?? 1),
    enabled: Boolean(measurement),
  });
  const correct = useCorrectMeasurement(id);
  const initialValues = useMemo(
    () => (measurement && instrument.data ? valuesOf(measurement, instrument.data) : undefined),
    [measurement, instrument.data],
  );
  const name = person.data ? `${person.data.firstName} ${person.data.lastName}` : null;
  const date = measurement ? formatDate(measurement.measuredOn, locale, 'long') : '';
  const title = instrument.data
    ? t('measurement.correctTitle', { instrument: instrument.data.name[locale], date })
    : null;
  usePageTitle(title && name ? `${title} · ${name}` : null);

  const error = query.error ?? person.error ?? instrument.error;
  if (error) return <ProblemAlert error={error} />;
  if (!measurement || !instrument.data || !initialValues || !name || !title) {
    return (
      <Center p="xl">
        <Loading />
      </Center>
    );
  }
  const toPage = () =>
    navigate({ to: '/persons/$id/measurements/$measurementId', params: { id: personId, measurementId: id } });

  return (
    <Stack gap="md">
      <PersonPageHeading personId={personId} name={name} title={title} />
      {measurement.withdrawal ? (
        <Alert color="gray" variant="outline" title={t('measurement.withdrawnTitle')}>
          {t('errors.measurementWithdrawn')}
        </Alert>
      ) : (
        <MeasurementForm
          // A new version from the server starts the form afresh.
          key={measurement.version}
          instruments={[instrument.data]}
          initialInstrument={measurement.instrumentKey}
          initialValues={initialValues}
          contextFor={() => measurement.context}
          submitLabel={t('measurement.saveCorrection')}
          onCancel={toPage}
          onSubmit={async (body) => {
            await correct.mutateAsync({
              version: measurement.version,
              measuredOn: body.measuredOn,
              context: body.context,
              scores: body.scores,
            });
            flash(t('measurement.correctionSaved'));
            await toPage();
          }}
        />
      )}
    </Stack>
  );
}
