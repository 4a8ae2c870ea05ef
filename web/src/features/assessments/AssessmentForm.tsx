import { Alert, Button, Group, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isEmptyAssessment, LIFE_DOMAINS, type LifeDomain } from '../../../../src/domain/life-domains.ts';
import type { CreateAssessmentInput } from '../../../../src/features/assessments/schemas.ts';
import { ApiError } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { readDraft } from '../../components/drafts.ts';
import { focusFirstError, formErrors, SubmitButton } from '../../components/forms.tsx';
import { ButtonLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useDraft } from '../../components/useDraft.ts';
import { currentLocale, INTL_LOCALES } from '../../i18n.ts';
import { belgianToday } from '../persons/format.ts';
import { DomainFields } from './DomainFields.tsx';
import {
  type AssessmentFormValues,
  checkValues,
  domainOfPath,
  formPath,
  isDescribed,
  mergeValues,
  OVERALL_FIELDS,
  toBody,
} from './values.ts';

interface Props {
  personId: string;
  /** Shown above the form, e.g. where a new assessment's values come from. */
  notice?: ReactNode;
  /** The values before any typing: empty for a new assessment, the saved ones for an edit. */
  pristine: AssessmentFormValues;
  draftKey: string;
  submitLabel: string;
  /** Throws the API's error when the server refuses. */
  onSubmit: (body: CreateAssessmentInput) => Promise<unknown>;
  onCancel: () => void;
  /** Offered when someone else saved the assessment first (409 with currentVersion). */
  onReload?: () => Promise<void>;
}

export function AssessmentForm({
  personId,
  notice,
  pristine,
  draftKey,
  submitLabel,
  onSubmit,
  onCancel,
  onReload,
}: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState(() => readDraft(draftKey));
  const [initialValues] = useState(() => (draft ? mergeValues(pristine, draft.values) : pristine));
  // What was already written stays in sight; the rest waits to be opened.
  const [open, setOpen] = useState<LifeDomain[]>(() =>
    LIFE_DOMAINS.filter((d) => isDescribed(initialValues.domains[d])),
  );
  const [failure, setFailure] = useState<unknown>(null);
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const form = useForm<AssessmentFormValues>({
    initialValues,
    validateInputOnBlur: true,
    validate: (values) => formErrors(checkValues(values, belgianToday())),
  });
  const keeper = useDraft(draftKey, form.values, pristine);

  const openDomainsOf = (paths: string[]) => {
    const withErrors = paths.map(domainOfPath).filter((d): d is LifeDomain => d !== null);
    if (withErrors.length) setOpen((current) => [...new Set([...current, ...withErrors])]);
  };

  const showServerRefusal = (error: unknown, body: CreateAssessmentInput) => {
    if (!(error instanceof ApiError) || !error.problem) return setFailure(error);
    if (error.status === 409) return setConflict(error);
    const placed: string[] = [];
    for (const fieldError of error.problem.errors ?? []) {
      const path = formPath(fieldError.path, body);
      if (!path) continue;
      form.setFieldError(path, fieldError.message);
      placed.push(path);
    }
    if (placed.length < (error.problem.errors?.length ?? 0) || placed.length === 0) setFailure(error);
    openDomainsOf(placed);
    focusError(placed);
  };

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      setConflict(null);
      const check = checkValues(values, belgianToday());
      if (!check.ok) return;
      try {
        await onSubmit(check.body);
        keeper.done();
      } catch (error) {
        showServerRefusal(error, check.body);
      }
    },
    (errors) => {
      openDomainsOf(Object.keys(errors));
      focusError(Object.keys(errors));
    },
  );

  const discardDraft = () => {
    keeper.discard();
    form.setValues(pristine);
    form.clearErrors();
    setOpen(LIFE_DOMAINS.filter((d) => isDescribed(pristine.domains[d])));
    setDraft(null);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md" maw={1000}>
        {notice}
        {draft && <DraftNotice savedAt={draft.savedAt} onDiscard={discardDraft} />}
        {conflict && (
          <Alert color="red" variant="outline" role="alert" title={conflict.problem?.title}>
            <Stack gap="xs" align="flex-start">
              {conflict.problem?.detail}
              <Group gap="xs">
                {onReload && typeof conflict.problem?.currentVersion === 'number' && (
                  <Button size="compact-sm" variant="default" onClick={onReload}>
                    {t('assessment.reload')}
                  </Button>
                )}
                <ButtonLink
                  to="/persons/$id/assessments/new"
                  params={{ id: personId }}
                  size="compact-sm"
                  variant="default"
                >
                  {t('assessment.startNew')}
                </ButtonLink>
              </Group>
            </Stack>
          </Alert>
        )}
        {failure !== null && <ProblemAlert error={failure} />}
        <DateField
          label={t('assessment.assessedOn')}
          required
          max={belgianToday()}
          w={220}
          {...form.getInputProps('assessedOn')}
        />
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t('assessment.domainsLegend')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('assessment.domainsHint')}
          </Text>
          {/* Said until something is written, not only until the next save. */}
          {form.errors.domains && isEmptyAssessment(toBody(form.values)) && (
            <Text id={EMPTY_ERROR_ID} tabIndex={-1} size="sm" c="red.8" fw={600}>
              {form.errors.domains}
            </Text>
          )}
        </Stack>
        <DomainFields form={form} open={open} onOpenChange={setOpen} />
        <Title order={2} size="h4">
          {t('assessment.overall')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="sm">
          {OVERALL_FIELDS.map((field) => (
            <Textarea
              key={field}
              label={t(`assessment.${field}`)}
              autosize
              minRows={3}
              maxRows={12}
              {...form.getInputProps(field)}
            />
          ))}
        </SimpleGrid>
        <Group gap="sm">
          <SubmitButton loading={form.submitting}>{submitLabel}</SubmitButton>
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('assessment.draftKept')}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}

const EMPTY_ERROR_ID = 'assessment-empty';

/** The first field to fix; an empty assessment has no one field, so its message takes the focus. */
function focusError(paths: string[]) {
  if (paths.length === 1 && paths[0] === 'domains') {
    requestAnimationFrame(() => document.getElementById(EMPTY_ERROR_ID)?.focus());
  } else focusFirstError();
}

function DraftNotice({ savedAt, onDiscard }: { savedAt: string; onDiscard: () => void }) {
  const { t } = useTranslation();
  const time = new Intl.DateTimeFormat(INTL_LOCALES[currentLocale()], {
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(new Date(savedAt));
  return (
    // Information, not an error: announced politely.
    <Alert color="blue" variant="light" role="status">
      <Group gap="sm" justify="space-between">
        <Text size="sm">{t('assessment.draftRestored', { time })}</Text>
        <Button size="compact-sm" variant="default" onClick={onDiscard}>
          {t('assessment.draftDiscard')}
        </Button>
      </Group>
    </Alert>
  );
}
