/** Planning a session of a module, or moving one: a Belgian day and times, and a place. */
import { Alert, Button, Group, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateSessionInput } from '../../../../src/features/modules/schemas.ts';
import { ApiError } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { focusFirstError, formErrors, SubmitButton } from '../../components/forms.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { checkSession, SESSION_FIELDS, type SessionFormValues } from './values.ts';

interface Props {
  initialValues: SessionFormValues;
  submitLabel: string;
  onSubmit: (body: CreateSessionInput) => Promise<unknown>;
  onCancel: () => void;
}

export function SessionForm({ initialValues, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<SessionFormValues>({
    initialValues,
    validateInputOnBlur: true,
    validate: (values) => formErrors(checkSession(values)),
  });

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      const check = checkSession(values);
      if (!check.ok) return;
      try {
        await onSubmit(check.body);
      } catch (error) {
        const fieldErrors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
        const placed = fieldErrors.filter((e) => SESSION_FIELDS[e.path]);
        for (const e of placed) form.setFieldError(SESSION_FIELDS[e.path] as string, e.message);
        if (placed.length === 0 || placed.length < fieldErrors.length) setFailure(error);
        focusFirstError();
      }
    },
    () => focusFirstError(),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {failure !== null &&
          (failure instanceof ApiError && failure.status === 409 ? (
            <Alert color="red" variant="outline" role="alert" title={failure.problem?.title}>
              {failure.problem?.detail}
            </Alert>
          ) : (
            <ProblemAlert error={failure} />
          ))}
        <SimpleGrid cols={{ base: 1, xs: 4 }} spacing="sm" verticalSpacing="sm">
          <DateField label={t('modules.sessionDay')} required {...form.getInputProps('day')} />
          <TextInput
            label={t('modules.startTime')}
            required
            placeholder={t('modules.timePlaceholder')}
            inputMode="numeric"
            autoComplete="off"
            {...form.getInputProps('start')}
          />
          <TextInput
            label={t('modules.endTime')}
            required
            placeholder={t('modules.timePlaceholder')}
            inputMode="numeric"
            autoComplete="off"
            {...form.getInputProps('end')}
          />
          <TextInput label={t('modules.place')} {...form.getInputProps('place')} />
        </SimpleGrid>
        <Group gap="sm">
          <SubmitButton loading={form.submitting}>{submitLabel}</SubmitButton>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
