import { Button, Grid, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateMeasurementInput } from '../../../../src/features/measurements/schemas.ts';
import { MEASUREMENT_CONTEXTS } from '../../../../src/features/measurements/schemas.ts';
import { ApiError } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { focusFirstError, formErrors, SubmitButton } from '../../components/forms.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { currentLocale } from '../../i18n.ts';
import type { Instrument } from '../instruments/api.ts';
import { belgianToday } from '../persons/format.ts';
import { LevelsLegend } from './LevelsLegend.tsx';
import { ScoreFields } from './ScoreFields.tsx';
import {
  checkValues,
  emptyScores,
  formPath,
  type MeasurementContext,
  type MeasurementFormValues,
} from './values.ts';

interface Props {
  instruments: Instrument[];
  initialInstrument: string;
  /** Intake for an instrument never used with this person, evaluation after that. */
  contextFor: (instrumentKey: string) => MeasurementContext;
  /** A saved measurement to correct: its values, its instrument kept. */
  initialValues?: MeasurementFormValues;
  submitLabel?: string;
  /** Throws the API's error when the server refuses. */
  onSubmit: (body: CreateMeasurementInput) => Promise<unknown>;
  onCancel: () => void;
}

export function MeasurementForm({
  instruments,
  initialInstrument,
  contextFor,
  initialValues,
  submitLabel,
  onSubmit,
  onCancel,
}: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [failure, setFailure] = useState<unknown>(null);
  const find = (key: string) => instruments.find((i) => i.key === key);
  // A correction keeps the instrument: one taken with the wrong one is withdrawn and recorded again.
  const correcting = Boolean(initialValues);
  const form = useForm<MeasurementFormValues>({
    initialValues: initialValues ?? {
      instrumentKey: initialInstrument,
      measuredOn: belgianToday(),
      context: contextFor(initialInstrument),
      scores: emptyScores(find(initialInstrument)),
    },
    validateInputOnBlur: true,
    validate: (values) => formErrors(checkValues(values, find(values.instrumentKey), belgianToday())),
  });
  const instrument = find(form.values.instrumentKey);

  const changeInstrument = (key: string) => {
    form.setFieldValue('instrumentKey', key);
    // Each instrument has its own domains: scores given with another do not carry over.
    form.setFieldValue('scores', emptyScores(find(key)));
    if (!form.isTouched('context')) form.setFieldValue('context', contextFor(key));
    form.clearErrors();
  };

  const showServerRefusal = (error: unknown, body: CreateMeasurementInput) => {
    if (!(error instanceof ApiError) || !error.problem) return setFailure(error);
    const fieldErrors = error.problem.errors ?? [];
    let placed = 0;
    for (const fieldError of fieldErrors) {
      const path = formPath(fieldError.path, body);
      if (!path) continue;
      form.setFieldError(path, fieldError.message);
      placed++;
    }
    if (placed === 0 || placed < fieldErrors.length) setFailure(error);
    focusFirstError();
  };

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      const check = checkValues(values, instrument, belgianToday());
      if (!check.ok) return;
      try {
        await onSubmit(check.body);
      } catch (error) {
        showServerRefusal(error, check.body);
      }
    },
    () => focusFirstError(),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Grid gap="lg">
        {instrument?.scale && (
          // The shared scale, once: read before scoring (first in reading order), beside the domains
          // on wide screens, rather than repeated in each of them.
          <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
            <div style={{ position: 'sticky', top: 72 }}>
              <LevelsLegend scale={instrument.scale} caption={t('measurement.levels')} />
            </div>
          </Grid.Col>
        )}
        <Grid.Col span={{ base: 12, md: instrument?.scale ? 8 : 12 }} order={{ base: 2, md: 1 }}>
          <Stack gap="md">
            {failure !== null && <ProblemAlert error={failure} />}
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <NativeSelect
                label={t('measurement.instrument')}
                required
                disabled={correcting}
                description={correcting ? t('measurement.instrumentKept') : undefined}
                {...form.getInputProps('instrumentKey')}
                onChange={(event) => changeInstrument(event.currentTarget.value)}
              >
                {instruments.map((i) => (
                  <option key={i.key} value={i.key}>
                    {i.name[locale]}
                  </option>
                ))}
              </NativeSelect>
              <DateField
                label={t('measurement.measuredOn')}
                required
                max={belgianToday()}
                {...form.getInputProps('measuredOn')}
              />
              <NativeSelect label={t('measurement.context')} required {...form.getInputProps('context')}>
                {MEASUREMENT_CONTEXTS.map((context) => (
                  <option key={context} value={context}>
                    {t(`measurement.contexts.${context}`)}
                  </option>
                ))}
              </NativeSelect>
            </SimpleGrid>
            {instrument && instrument.domains.length > 1 && (
              <Text size="sm" c="dimmed">
                {t('measurement.scoresHint')}
              </Text>
            )}
            {instrument && <ScoreFields form={form} instrument={instrument} />}
            <Group gap="sm">
              <SubmitButton loading={form.submitting}>{submitLabel ?? t('measurement.save')}</SubmitButton>
              <Button variant="default" onClick={onCancel}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        </Grid.Col>
      </Grid>
    </form>
  );
}
