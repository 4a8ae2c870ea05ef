/** Adding or changing a module of the catalogue (the centre's administrator). */
import { Alert, Button, Group, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CreateModuleInput,
  MODULE_KINDS,
  type ModuleKind,
} from '../../../../src/features/modules/schemas.ts';
import { ApiError } from '../../api/client.ts';
import { focusFirstError, formErrors, SubmitButton } from '../../components/forms.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { servicesQuery } from '../services/api.ts';
import { checkModule, type ModuleFormValues } from './values.ts';

interface Props {
  initialValues: ModuleFormValues;
  submitLabel: string;
  /** Throws the API's error when the server refuses. */
  onSubmit: (body: CreateModuleInput) => Promise<unknown>;
  onCancel: () => void;
}

export function ModuleForm({ initialValues, submitLabel, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [failure, setFailure] = useState<unknown>(null);
  const partners = useQuery(servicesQuery('active', 'partner'));
  const form = useForm<ModuleFormValues>({
    initialValues,
    validateInputOnBlur: true,
    validate: (values) => formErrors(checkModule(values)),
  });
  // A partner since deactivated stays named on the module it runs.
  const partnerOptions = (partners.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }));
  if (initialValues.partnerId && !partnerOptions.some((p) => p.value === initialValues.partnerId)) {
    partnerOptions.push({ value: initialValues.partnerId, label: t('modules.formerPartner') });
  }

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      const check = checkModule(values);
      if (!check.ok) return;
      try {
        await onSubmit(check.body);
      } catch (error) {
        const fieldErrors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
        const placed = fieldErrors.filter((e) => e.path in values);
        for (const e of placed) form.setFieldError(e.path, e.message);
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
        <TextInput label={t('modules.name')} required {...form.getInputProps('name')} />
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" verticalSpacing="sm">
          <NativeSelect
            label={t('modules.kind')}
            required
            data={MODULE_KINDS.map((kind) => ({ value: kind, label: t(`modules.kinds.${kind}`) }))}
            {...form.getInputProps('kind')}
            onChange={(event) => form.setFieldValue('kind', event.currentTarget.value as ModuleKind)}
          />
          <NativeSelect
            label={t('modules.runBy')}
            data={[{ value: '', label: t('modules.theCentre') }, ...partnerOptions]}
            {...form.getInputProps('partnerId')}
          />
          <TextInput
            label={t('modules.capacity')}
            description={t('modules.capacityHint')}
            inputMode="numeric"
            {...form.getInputProps('capacity')}
          />
        </SimpleGrid>
        <Textarea
          label={t('modules.description')}
          autosize
          minRows={2}
          maxRows={8}
          {...form.getInputProps('description')}
        />
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
