import { Alert, Button, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type CreateJournalEntryInput,
  JOURNAL_KINDS,
  type JournalKind,
} from '../../../../src/features/journal/schemas.ts';
import { ApiError } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { readDraft } from '../../components/drafts.ts';
import { focusFirstError, formErrors, SubmitButton } from '../../components/forms.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useDraft } from '../../components/useDraft.ts';
import { belgianToday } from '../persons/format.ts';
import { checkValues, type JournalFormValues, mergeValues } from './values.ts';

interface Props {
  /** The values before any typing: today's empty entry, or the entry being corrected. */
  pristine: JournalFormValues;
  draftKey: string;
  submitLabel: string;
  hint?: string;
  /** Throws the API's error when the server refuses. */
  onSubmit: (body: CreateJournalEntryInput) => Promise<unknown>;
  onCancel: () => void;
}

/** Writing or correcting one entry; what is typed is kept on the device until it is saved. */
export function JournalEntryForm({ pristine, draftKey, submitLabel, hint, onSubmit, onCancel }: Props) {
  const { t } = useTranslation();
  const [initialValues] = useState(() => mergeValues(pristine, readDraft(draftKey)?.values));
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<JournalFormValues>({
    initialValues,
    validateInputOnBlur: true,
    validate: (values) => formErrors(checkValues(values, belgianToday())),
  });
  const keeper = useDraft(draftKey, form.values, pristine);

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      const check = checkValues(values, belgianToday());
      if (!check.ok) return;
      try {
        await onSubmit(check.body);
        keeper.done();
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

  const cancel = () => {
    keeper.discard();
    onCancel();
  };

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
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" verticalSpacing="sm">
          <Select
            label={t('journal.kind')}
            required
            allowDeselect={false}
            data={JOURNAL_KINDS.map((kind) => ({ value: kind, label: t(`journal.kinds.${kind}`) }))}
            {...form.getInputProps('kind')}
            onChange={(value) => value && form.setFieldValue('kind', value as JournalKind)}
          />
          <DateField
            label={t('journal.occurredOn')}
            required
            max={belgianToday()}
            {...form.getInputProps('occurredOn')}
          />
          <TextInput
            label={t('journal.duration')}
            inputMode="numeric"
            {...form.getInputProps('durationMinutes')}
          />
        </SimpleGrid>
        <Textarea
          label={t('journal.text')}
          required
          autosize
          minRows={3}
          maxRows={16}
          {...form.getInputProps('text')}
        />
        {hint && (
          <Text size="xs" c="dimmed">
            {hint}
          </Text>
        )}
        <Group gap="sm">
          <SubmitButton loading={form.submitting}>{submitLabel}</SubmitButton>
          <Button variant="default" onClick={cancel}>
            {t('common.cancel')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('journal.draftKept')}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
