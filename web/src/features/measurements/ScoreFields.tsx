import { Fieldset, Group, NativeSelect, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type InstrumentDefinition, scaleOf } from '../../../../src/domain/instruments.ts';
import { currentLocale } from '../../i18n.ts';
import { domainName, type Instrument } from '../instruments/api.ts';
import { LevelsLegend } from './LevelsLegend.tsx';
import type { MeasurementFormValues } from './values.ts';

interface Props {
  form: UseFormReturnType<MeasurementFormValues>;
  instrument: Instrument;
}

/**
 * One fieldset per domain: the worker's score among the levels (each level's description on
 * hover, and in the legend), the person's own score when asked, a note. Either score may be left
 * out, not both.
 */
export function ScoreFields({ form, instrument }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap="sm">
      {instrument.domains.map((domain) => {
        const scale = scaleOf(instrument as InstrumentDefinition, domain.key);
        if (!scale) return null;
        const path = `scores.${domain.key}`;
        const worker = form.getInputProps(`${path}.workerScore`);
        return (
          <Fieldset
            key={`${instrument.key}-${domain.key}`}
            legend={domainName(instrument, domain.key, locale)}
            variant="filled"
            p="sm"
          >
            <Stack gap="xs">
              {domain.description && (
                <Text size="sm" c="dimmed">
                  {domain.description[locale]}
                </Text>
              )}
              {domain.scale && <LevelsLegend scale={domain.scale} caption={t('measurement.levels')} />}
              <Radio.Group label={t('measurement.workerScore')} {...worker}>
                <Group gap="xs" mt={4}>
                  {/* The worker may leave it to the person's own view: one of the two is enough. */}
                  <Radio
                    value=""
                    label={t('measurement.notScored')}
                    aria-invalid={worker.error ? true : undefined}
                    mr="sm"
                  />
                  {scale.levels.map((level) => (
                    <Radio
                      key={level.value}
                      value={String(level.value)}
                      label={
                        <span
                          title={level.descriptor[locale]}
                        >{`${level.value} · ${level.name[locale]}`}</span>
                      }
                      // The group shows the error; each radio says it is part of it.
                      aria-invalid={worker.error ? true : undefined}
                      mr="sm"
                    />
                  ))}
                </Group>
              </Radio.Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <NativeSelect
                  label={t('measurement.personScore')}
                  {...form.getInputProps(`${path}.personScore`)}
                >
                  <option value="">{t('measurement.notAsked')}</option>
                  {scale.levels.map((level) => (
                    <option key={level.value} value={String(level.value)}>
                      {`${level.value} · ${level.name[locale]}`}
                    </option>
                  ))}
                </NativeSelect>
                <TextInput
                  label={t('personForm.optionalLabel', { label: t('measurement.note') })}
                  autoComplete="off"
                  {...form.getInputProps(`${path}.note`)}
                />
              </SimpleGrid>
            </Stack>
          </Fieldset>
        );
      })}
    </Stack>
  );
}
