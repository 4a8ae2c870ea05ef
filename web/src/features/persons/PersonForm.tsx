import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SEXES } from '../../../../src/domain/person.ts';
import type { CreatePersonInput } from '../../../../src/features/persons/schemas.ts';
import { LOCALES } from '../../../../src/i18n/catalogues.ts';
import { ApiError } from '../../api/client.ts';
import { focusFirstError, formErrors, SubmitButton } from '../../components/forms.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { belgianToday } from './format.ts';
import { checkValues, isPersonField, type PersonFormValues } from './values.ts';

interface Props {
  initialValues: PersonFormValues;
  submitLabel: string;
  /** Throws the API's error when the server refuses. */
  onSubmit: (body: CreatePersonInput) => Promise<unknown>;
  onCancel: () => void;
  /** Offered when someone else saved the record first (409 with currentVersion). */
  onReload?: () => Promise<void>;
}

export function PersonForm({ initialValues, submitLabel, onSubmit, onCancel, onReload }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<unknown>(null);
  const [stale, setStale] = useState<ApiError | null>(null);
  const form = useForm<PersonFormValues>({
    initialValues,
    validateInputOnBlur: true,
    validate: (values) => formErrors(checkValues(values, belgianToday())),
  });

  const showServerRefusal = (error: unknown) => {
    if (!(error instanceof ApiError) || !error.problem) return setFailure(error);
    const problem = error.problem;
    if (error.status === 409 && typeof problem.currentVersion === 'number') return setStale(error);
    const duplicateOf = (problem.conflict as { personId?: unknown } | undefined)?.personId;
    if (error.status === 409 && typeof duplicateOf === 'string') {
      form.setFieldError(
        'nationalNumber',
        <>
          {problem.detail}{' '}
          <AnchorLink to="/persons/$id" params={{ id: duplicateOf }} inherit>
            {t('personForm.openDuplicate')}
          </AnchorLink>
        </>,
      );
      return focusFirstError();
    }
    let unplaced = false;
    for (const fieldError of problem.errors ?? []) {
      if (isPersonField(fieldError.path)) form.setFieldError(fieldError.path, fieldError.message);
      else unplaced = true;
    }
    if (unplaced || !problem.errors?.length) setFailure(error);
    focusFirstError();
  };

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      setStale(null);
      const check = checkValues(values, belgianToday());
      if (!check.ok) return;
      try {
        await onSubmit(check.body);
      } catch (error) {
        showServerRefusal(error);
      }
    },
    () => focusFirstError(),
  );

  const reload = async () => {
    await onReload?.();
    setStale(null);
  };

  const optional = (label: string): ReactNode => t('personForm.optionalLabel', { label });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={720}>
        {stale && (
          <Alert color="red" variant="outline" role="alert" title={stale.problem?.title}>
            <Stack gap="xs" align="flex-start">
              {stale.problem?.detail}
              {onReload && (
                <Button size="compact-sm" variant="default" onClick={reload}>
                  {t('personForm.reload')}
                </Button>
              )}
            </Stack>
          </Alert>
        )}
        {failure !== null && <ProblemAlert error={failure} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          <TextInput
            label={t('personForm.lastName')}
            required
            autoComplete="off"
            {...form.getInputProps('lastName')}
          />
          <TextInput
            label={t('personForm.firstName')}
            required
            autoComplete="off"
            {...form.getInputProps('firstName')}
          />
          <TextInput
            label={t('personForm.birthDate')}
            type="date"
            required
            min="1900-01-01"
            max={belgianToday()}
            {...form.getInputProps('birthDate')}
          />
          <NativeSelect label={t('personForm.sex')} required {...form.getInputProps('sex')}>
            <option value="" disabled>
              {t('personForm.choose')}
            </option>
            {SEXES.map((sex) => (
              <option key={sex} value={sex}>
                {t(`persons.sexes.${sex}`)}
              </option>
            ))}
          </NativeSelect>
          <NativeSelect
            label={t('personForm.language')}
            description={t('personForm.languageHint')}
            required
            {...form.getInputProps('language')}
          >
            <option value="" disabled>
              {t('personForm.choose')}
            </option>
            {LOCALES.map((locale) => (
              <option key={locale} value={locale}>
                {t(`persons.languages.${locale}`)}
              </option>
            ))}
          </NativeSelect>
          <TextInput
            label={optional(t('personForm.nationalNumber'))}
            description={t('personForm.nationalNumberHint')}
            inputMode="numeric"
            autoComplete="off"
            {...form.getInputProps('nationalNumber')}
          />
          <TextInput
            label={optional(t('personForm.email'))}
            type="email"
            autoComplete="off"
            {...form.getInputProps('email')}
          />
          <TextInput
            label={optional(t('personForm.phone'))}
            type="tel"
            autoComplete="off"
            {...form.getInputProps('phone')}
          />
        </SimpleGrid>
        <Group gap="sm">
          <SubmitButton loading={form.submitting}>{submitLabel}</SubmitButton>
          <Button variant="default" onClick={onCancel}>
            {t('personForm.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
