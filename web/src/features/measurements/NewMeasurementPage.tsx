import { Center, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../components/Flash.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { DEFAULT_INSTRUMENT, instrumentsQuery } from '../instruments/api.ts';
import { personQuery } from '../persons/api.ts';
import { PersonPageHeading } from '../persons/PersonPageHeading.tsx';
import { measurementsQuery, useCreateMeasurement } from './api.ts';
import { MeasurementForm } from './MeasurementForm.tsx';

export function NewMeasurementPage({ personId, instrument }: { personId: string; instrument?: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const person = useQuery(personQuery(personId));
  const instruments = useQuery(instrumentsQuery);
  const measurements = useQuery(measurementsQuery(personId));
  const create = useCreateMeasurement(personId);
  const name = person.data ? `${person.data.firstName} ${person.data.lastName}` : null;
  usePageTitle(name ? t('measurement.newTitle', { name }) : null);

  const error = person.error ?? instruments.error ?? measurements.error;
  if (error) return <ProblemAlert error={error} />;
  if (!name || !instruments.data || !measurements.data) {
    return (
      <Center p="xl">
        <Loading />
      </Center>
    );
  }

  const items = instruments.data.items;
  const used = new Set(measurements.data.items.map((m) => m.instrumentKey));
  const initial =
    [instrument, DEFAULT_INSTRUMENT].find((key) => items.some((i) => i.key === key)) ?? items[0]?.key;
  const backToPerson = (key?: string) =>
    navigate({ to: '/persons/$id', params: { id: personId }, search: key ? { instrument: key } : {} });

  return (
    <Stack gap="md">
      <PersonPageHeading personId={personId} name={name} title={t('measurement.newTitle', { name })} />
      {initial ? (
        <MeasurementForm
          instruments={items}
          initialInstrument={initial}
          contextFor={(key) => (used.has(key) ? 'evaluation' : 'intake')}
          onCancel={() => backToPerson(instrument)}
          onSubmit={async (body) => {
            await create.mutateAsync(body);
            flash(t('measurement.created'));
            // Back to the chart of the instrument just used, where the new point now shows.
            await backToPerson(body.instrumentKey);
          }}
        />
      ) : (
        <Text>{t('measurement.noInstrument')}</Text>
      )}
    </Stack>
  );
}
