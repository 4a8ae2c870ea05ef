/**
 * The administrator's part of the report: the year's convention objectives and subsidy amounts
 * (typed in euros, sent in cents) and closing the year once it has ended, after saying what
 * closing does. A closed year's settings no longer change.
 */
import { Button, Group, Modal, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  OBJECTIVE_INDICATORS,
  type ObjectiveIndicator,
  SUBSIDY_PARTS,
  type SubsidyPart,
} from '../../../../src/features/reports/schemas.ts';
import { useFlash } from '../../components/Flash.tsx';
import { focusFirstError, SubmitButton } from '../../components/forms.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { currentLocale } from '../../i18n.ts';
import { type AnnualReport, useReportYear } from './api.ts';
import { centsForInput, parseEuros } from './format.ts';

const MAX_TARGET = 1_000_000;
const MAX_CENTS = 100_000_000_000;

export const objectiveLabelKey = (indicator: string) =>
  `reports.rows.objectives.${indicator.replaceAll('.', '_')}`;

export function SettingsSection({ report }: { report: AnnualReport }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="report-settings">
      <Title order={2} size="h3" id="report-settings" mb="sm">
        {t('reports.page.settings.title', { year: report.year })}
      </Title>
      {report.closedAt ? (
        <Text size="sm">{t('reports.page.settings.closed')}</Text>
      ) : (
        <Stack gap="md">
          {/* A new version read (after a save) starts the form again from what was saved. */}
          <SettingsForm key={`${report.year}-${report.version}`} report={report} />
          <CloseYear report={report} />
        </Stack>
      )}
    </section>
  );
}

type Errors = Partial<Record<string, string>>;

function SettingsForm({ report }: { report: AnnualReport }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const flash = useFlash();
  const { save } = useReportYear(report);
  const [objectives, setObjectives] = useState<Record<string, string>>(() =>
    Object.fromEntries(OBJECTIVE_INDICATORS.map((k) => [k, report.objectives[k]?.toString() ?? ''])),
  );
  const [subsidies, setSubsidies] = useState<Record<string, string>>(() =>
    Object.fromEntries(SUBSIDY_PARTS.map((k) => [k, centsForInput(report.subsidies[k], locale)])),
  );
  const [errors, setErrors] = useState<Errors>({});

  const submit = () => {
    const found: Errors = {};
    const targets: Partial<Record<ObjectiveIndicator, number>> = {};
    for (const indicator of OBJECTIVE_INDICATORS) {
      const text = (objectives[indicator] ?? '').trim();
      if (text === '') continue;
      const value = /^\d+$/.test(text) ? Number(text) : Number.NaN;
      if (Number.isNaN(value) || value > MAX_TARGET)
        found[indicator] = t('reports.page.settings.wholeNumber');
      else targets[indicator] = value;
    }
    const cents: Partial<Record<SubsidyPart, number>> = {};
    for (const part of SUBSIDY_PARTS) {
      const value = parseEuros(subsidies[part] ?? '');
      if (value === null) continue;
      if (Number.isNaN(value) || value > MAX_CENTS) found[part] = t('reports.page.settings.amount');
      else cents[part] = value;
    }
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusFirstError();
      return;
    }
    save.mutate(
      { objectives: targets, subsidies: cents },
      { onSuccess: () => flash(t('reports.page.settings.saved', { year: report.year })) },
    );
  };

  return (
    <Paper withBorder p="md">
      <form
        noValidate
        aria-labelledby="report-settings"
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Text size="sm">{t('reports.page.settings.intro')}</Text>
          {save.isError && <ProblemAlert error={save.error} />}
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <Text component="legend" fw={600} mb="xs">
              {t('reports.page.settings.objectives')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {OBJECTIVE_INDICATORS.map((indicator) => (
                <TextInput
                  key={indicator}
                  label={t(objectiveLabelKey(indicator))}
                  inputMode="numeric"
                  value={objectives[indicator] ?? ''}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setObjectives((before) => ({ ...before, [indicator]: value }));
                  }}
                  error={errors[indicator]}
                />
              ))}
            </SimpleGrid>
          </fieldset>
          <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
            <Text component="legend" fw={600} mb="xs">
              {t('reports.page.settings.subsidies')}
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
              {SUBSIDY_PARTS.map((part) => (
                <TextInput
                  key={part}
                  label={t(`reports.rows.subsidies.${part}`)}
                  description={t('reports.page.settings.inEuros')}
                  inputMode="decimal"
                  rightSection="€"
                  value={subsidies[part] ?? ''}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setSubsidies((before) => ({ ...before, [part]: value }));
                  }}
                  error={errors[part]}
                />
              ))}
            </SimpleGrid>
          </fieldset>
          <Group>
            <SubmitButton loading={save.isPending}>{t('reports.page.settings.save')}</SubmitButton>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

/** Closing is for a year that has ended; it asks first, saying the figures freeze. */
function CloseYear({ report }: { report: AnnualReport }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const { close } = useReportYear(report);
  const [opened, setOpened] = useState(false);
  if (!report.canClose) {
    return (
      <Text size="sm" c="dimmed">
        {t('reports.page.close.notYet', { year: report.year, next: report.year + 1 })}
      </Text>
    );
  }
  const dismiss = () => {
    close.reset();
    setOpened(false);
  };
  return (
    <>
      <Group>
        <Button color="red" variant="outline" onClick={() => setOpened(true)}>
          {t('reports.page.close.open', { year: report.year })}
        </Button>
      </Group>
      <Modal
        opened={opened}
        onClose={dismiss}
        title={t('reports.page.close.title', { year: report.year })}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Stack gap="sm">
          <Text size="sm">{t('reports.page.close.explanation', { year: report.year })}</Text>
          {close.isError && <ProblemAlert error={close.error} />}
          <Group gap="sm" justify="flex-end">
            <Button variant="default" onClick={dismiss} data-autofocus>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              loading={close.isPending}
              onClick={() =>
                close.mutate(undefined, {
                  onSuccess: () => {
                    setOpened(false);
                    flash(t('reports.page.close.done', { year: report.year }));
                  },
                })
              }
            >
              {t('reports.page.close.confirm', { year: report.year })}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
