/**
 * The steps of a plan's life, each a small form on the plan page: inform the person, sign (on
 * screen or on paper), amend, close with the outcome.
 */
import {
  Alert,
  Button,
  Checkbox,
  FileInput,
  Group,
  Paper,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isFutureDate } from '../../../../src/domain/dates.ts';
import {
  CloseRequestSchema,
  InformRequestSchema,
  InterviewRequestSchema,
  LANGUAGES,
  OUTCOMES,
  UpdateTrajectorySchema,
} from '../../../../src/features/trajectories/schemas.ts';
import { issueMessage, issuePath, type MessageRef } from '../../../../src/i18n/issues.ts';
import { ApiError } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { focusFirstError, formErrors, SubmitButton } from '../../components/forms.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { currentLocale } from '../../i18n.ts';
import { personQuery } from '../persons/api.ts';
import { belgianToday, formatDate } from '../persons/format.ts';
import { type Trajectory, useClose, useInform, useRequestInterview, useSign, useUpdatePlan } from './api.ts';
import { SignaturePad } from './SignaturePad.tsx';

type Errors = Record<string, MessageRef>;

function zodErrors(issues: readonly Parameters<typeof issueMessage>[0][], known: object, errors: Errors) {
  for (const issue of issues) {
    const path = issuePath(issue);
    if (path in known && !errors[path]) errors[path] = issueMessage(issue);
  }
}

function dayChecks(values: Record<string, unknown>, fields: string[], errors: Errors) {
  for (const field of fields) {
    const day = values[field];
    if (day === '') errors[field] = { key: 'validation.required' };
    else if (typeof day === 'string' && !errors[field] && isFutureDate(day, belgianToday()))
      errors[field] = { key: 'validation.dateInFuture' };
  }
}

/** Places the server's field errors on the form; returns whether some were left without a field. */
function placeServerErrors(
  error: unknown,
  form: { setFieldError: (path: string, message: ReactNode) => void },
  known: object,
): boolean {
  const fieldErrors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  const placed = fieldErrors.filter((e) => e.path in known);
  for (const e of placed) form.setFieldError(e.path, e.message);
  focusFirstError();
  return placed.length === 0 || placed.length < fieldErrors.length;
}

function StepPanel({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" maw={760}>
      <Stack gap="sm">
        <Title order={3} size="h5">
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

function Buttons({
  submitLabel,
  loading,
  onCancel,
}: {
  submitLabel: string;
  loading: boolean;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      <SubmitButton loading={loading}>{submitLabel}</SubmitButton>
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </Group>
  );
}

interface StepProps {
  plan: Trajectory;
  onDone: (message: string) => void;
  onCancel: () => void;
}

interface InformValues {
  informedOn: string;
  language: (typeof LANGUAGES)[number];
  supportPersonExplained: boolean;
  reflectionRequested: boolean;
}

export function InformForm({ plan, onDone, onCancel }: StepProps) {
  const { t } = useTranslation();
  const person = useQuery(personQuery(plan.personId));
  const inform = useInform(plan.id);
  const [failure, setFailure] = useState<unknown>(null);
  const check = (values: InformValues) => {
    const errors: Errors = {};
    dayChecks(values as unknown as Record<string, unknown>, ['informedOn'], errors);
    if (!values.supportPersonExplained)
      errors.supportPersonExplained = { key: 'plans.inform.supportRequired' };
    const parsed = InformRequestSchema.safeParse({ ...values, version: plan.version });
    if (!parsed.success) zodErrors(parsed.error.issues, values, errors);
    return parsed.success && Object.keys(errors).length === 0
      ? ({ ok: true, body: parsed.data } as const)
      : ({ ok: false, errors } as const);
  };
  const form = useForm<InformValues>({
    initialValues: {
      informedOn: belgianToday(),
      language: person.data?.language ?? currentLocale(),
      supportPersonExplained: false,
      reflectionRequested: false,
    },
    validate: (values) => formErrors(check(values)),
  });

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      const checked = check(values);
      if (!checked.ok) return;
      try {
        await inform.mutateAsync(checked.body);
        onDone(t('plans.inform.done'));
      } catch (error) {
        if (placeServerErrors(error, form, values)) setFailure(error);
      }
    },
    () => focusFirstError(),
  );

  return (
    <StepPanel title={t('plans.inform.title')}>
      <Text size="sm">{t('plans.inform.intro')}</Text>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {failure !== null && <ProblemAlert error={failure} />}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm">
            <DateField
              label={t('plans.inform.informedOn')}
              required
              max={belgianToday()}
              {...form.getInputProps('informedOn')}
            />
            <Select
              label={t('plans.inform.language')}
              required
              allowDeselect={false}
              data={LANGUAGES.map((l) => ({ value: l, label: t(`persons.languages.${l}`) }))}
              {...form.getInputProps('language')}
            />
          </SimpleGrid>
          <Checkbox
            label={t('plans.inform.supportPersonExplained')}
            required
            {...form.getInputProps('supportPersonExplained', { type: 'checkbox' })}
          />
          <Checkbox
            label={t('plans.inform.reflectionRequested')}
            description={t('plans.inform.reflectionHelp')}
            {...form.getInputProps('reflectionRequested', { type: 'checkbox' })}
          />
          <Buttons submitLabel={t('plans.inform.submit')} loading={form.submitting} onCancel={onCancel} />
        </Stack>
      </form>
    </StepPanel>
  );
}

interface SignValues {
  signedOn: string;
  mode: 'screen' | 'paper';
  person: string | null;
  worker: string | null;
  scan: File | null;
  reflectionWaived: boolean;
}

export function SignForm({ plan, onDone, onCancel }: StepProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const sign = useSign(plan.id);
  const [failure, setFailure] = useState<unknown>(null);
  const needsBoth = plan.form === 'piis';
  const reflectionAsked = plan.plan.information?.reflectionRequested === true;
  const check = (values: SignValues) => {
    const errors: Errors = {};
    dayChecks(values as unknown as Record<string, unknown>, ['signedOn'], errors);
    const informedOn = plan.plan.information?.informedOn;
    if (!errors.signedOn && informedOn && values.signedOn < informedOn)
      errors.signedOn = { key: 'validation.signedBeforeInformed' };
    if (values.mode === 'screen' && needsBoth) {
      if (!values.person) errors.person = { key: 'plans.sign.drawRequired' };
      if (!values.worker) errors.worker = { key: 'plans.sign.drawRequired' };
    }
    if (values.mode === 'paper' && !values.scan) errors.scan = { key: 'plans.sign.scanRequired' };
    return Object.keys(errors).length === 0
      ? ({ ok: true, body: null } as const)
      : ({ ok: false, errors } as const);
  };
  const form = useForm<SignValues>({
    initialValues: {
      signedOn: belgianToday(),
      mode: 'screen',
      person: null,
      worker: null,
      scan: null,
      reflectionWaived: false,
    },
    validate: (values) => formErrors(check(values)),
  });
  const values = form.values;

  const side = (image: string | null) =>
    values.mode === 'paper'
      ? ({ kind: 'paper' } as const)
      : image
        ? ({ kind: 'screen', image } as const)
        : null;

  const submit = form.onSubmit(
    async (submitted) => {
      setFailure(null);
      if (!check(submitted).ok) return;
      try {
        await sign.mutateAsync({
          number: plan.plan.number,
          scan: submitted.mode === 'paper' ? submitted.scan : null,
          body: {
            version: plan.version,
            signedOn: submitted.signedOn,
            person: side(submitted.person),
            worker: side(submitted.worker),
            reflectionWaived: reflectionAsked && submitted.reflectionWaived,
            councilNotedOn: null,
          },
        });
        onDone(t('plans.sign.done'));
      } catch (error) {
        if (placeServerErrors(error, form, { signedOn: 1, person: 1, worker: 1 })) setFailure(error);
      }
    },
    () => focusFirstError(),
  );

  const problem = failure instanceof ApiError ? failure.problem : null;
  const reflectionFrom =
    problem && problem.rule === 'piis.reflection' && typeof problem.from === 'string' ? problem.from : null;

  return (
    <StepPanel title={t('plans.sign.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {reflectionFrom ? (
            <Alert color="red" variant="outline" role="alert" title={t('plans.sign.refusedTitle')}>
              {t('plans.sign.reflectionRunning', { date: formatDate(reflectionFrom, locale, 'long') })}
            </Alert>
          ) : (
            failure !== null && <ProblemAlert error={failure} />
          )}
          <DateField
            label={t('plans.sign.signedOn')}
            required
            max={belgianToday()}
            maw={260}
            {...form.getInputProps('signedOn')}
          />
          {reflectionAsked && (
            <Checkbox
              label={t('plans.sign.reflectionWaived')}
              description={t('plans.sign.reflectionWaivedHelp')}
              {...form.getInputProps('reflectionWaived', { type: 'checkbox' })}
            />
          )}
          <Radio.Group label={t('plans.sign.how')} {...form.getInputProps('mode')}>
            <Group gap="md" mt={4}>
              <Radio value="screen" label={t('plans.sign.onScreen')} />
              <Radio value="paper" label={t('plans.sign.onPaper')} />
            </Group>
          </Radio.Group>
          {values.mode === 'screen' ? (
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
              <SignaturePad
                label={t('plans.sign.personPad')}
                onChange={(image) => form.setFieldValue('person', image)}
                error={form.errors.person}
              />
              <SignaturePad
                label={t('plans.sign.workerPad')}
                onChange={(image) => form.setFieldValue('worker', image)}
                error={form.errors.worker}
              />
            </SimpleGrid>
          ) : (
            <FileInput
              label={t('plans.sign.scan')}
              description={t('plans.sign.scanHelp')}
              accept="application/pdf,image/png,image/jpeg"
              clearable
              required
              {...form.getInputProps('scan')}
            />
          )}
          <Buttons submitLabel={t('plans.sign.submit')} loading={form.submitting} onCancel={onCancel} />
        </Stack>
      </form>
    </StepPanel>
  );
}

interface CloseValues {
  closedOn: string;
  outcome: (typeof OUTCOMES)[number] | '';
  note: string;
}

export function CloseForm({ plan, onDone, onCancel }: StepProps) {
  const { t } = useTranslation();
  const close = useClose(plan.id);
  const [failure, setFailure] = useState<unknown>(null);
  const check = (values: CloseValues) => {
    const errors: Errors = {};
    dayChecks(values as unknown as Record<string, unknown>, ['closedOn'], errors);
    if (values.outcome === '') errors.outcome = { key: 'validation.required' };
    const parsed = CloseRequestSchema.safeParse({ ...values, version: plan.version });
    if (!parsed.success) zodErrors(parsed.error.issues, values, errors);
    return parsed.success && Object.keys(errors).length === 0
      ? ({ ok: true, body: parsed.data } as const)
      : ({ ok: false, errors } as const);
  };
  const form = useForm<CloseValues>({
    initialValues: { closedOn: belgianToday(), outcome: '', note: '' },
    validate: (values) => formErrors(check(values)),
  });

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      const checked = check(values);
      if (!checked.ok) return;
      try {
        await close.mutateAsync(checked.body);
        onDone(t('plans.close.done'));
      } catch (error) {
        if (placeServerErrors(error, form, values)) setFailure(error);
      }
    },
    () => focusFirstError(),
  );

  return (
    <StepPanel title={t('plans.close.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {failure !== null && <ProblemAlert error={failure} />}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm">
            <DateField
              label={t('plans.close.closedOn')}
              required
              max={belgianToday()}
              {...form.getInputProps('closedOn')}
            />
            <Select
              label={t('plans.outcome')}
              required
              placeholder={t('plans.editor.choose')}
              data={OUTCOMES.map((o) => ({ value: o, label: t(`plans.outcomes.${o}`) }))}
              {...form.getInputProps('outcome')}
              value={form.values.outcome || null}
              onChange={(value) => form.setFieldValue('outcome', (value ?? '') as CloseValues['outcome'])}
            />
          </SimpleGrid>
          <Textarea label={t('plans.close.note')} autosize minRows={2} {...form.getInputProps('note')} />
          <Buttons submitLabel={t('plans.close.submit')} loading={form.submitting} onCancel={onCancel} />
        </Stack>
      </form>
    </StepPanel>
  );
}

interface InterviewValues {
  requestedOn: string;
  heldOn: string;
}

/** The person asks for an interview: held within 5 working days, a date among the plan's deadlines. */
export function InterviewForm({ plan, onDone, onCancel }: StepProps) {
  const { t } = useTranslation();
  const request = useRequestInterview(plan);
  const [failure, setFailure] = useState<unknown>(null);
  const check = (values: InterviewValues) => {
    const errors: Errors = {};
    dayChecks(values as unknown as Record<string, unknown>, ['requestedOn'], errors);
    if (values.heldOn !== '') dayChecks(values as unknown as Record<string, unknown>, ['heldOn'], errors);
    const parsed = InterviewRequestSchema.safeParse({
      requestedOn: values.requestedOn,
      heldOn: values.heldOn === '' ? null : values.heldOn,
    });
    if (!parsed.success) zodErrors(parsed.error.issues, values, errors);
    if (!errors.heldOn && values.heldOn !== '' && values.heldOn < values.requestedOn)
      errors.heldOn = { key: 'validation.heldBeforeRequested' };
    return parsed.success && Object.keys(errors).length === 0
      ? ({ ok: true, body: parsed.data } as const)
      : ({ ok: false, errors } as const);
  };
  const form = useForm<InterviewValues>({
    initialValues: { requestedOn: belgianToday(), heldOn: '' },
    validate: (values) => formErrors(check(values)),
  });

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      const checked = check(values);
      if (!checked.ok) return;
      try {
        await request.mutateAsync(checked.body);
        onDone(t('plans.interview.done'));
      } catch (error) {
        if (placeServerErrors(error, form, values)) setFailure(error);
      }
    },
    () => focusFirstError(),
  );

  return (
    <StepPanel title={t('plans.interview.title')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('plans.interview.help')}</Text>
          {failure !== null && <ProblemAlert error={failure} />}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm">
            <DateField
              label={t('plans.interview.requestedOn')}
              required
              max={belgianToday()}
              {...form.getInputProps('requestedOn')}
            />
            <DateField
              label={t('plans.interview.heldOn')}
              description={t('plans.interview.heldOnHelp')}
              max={belgianToday()}
              {...form.getInputProps('heldOn')}
            />
          </SimpleGrid>
          <Buttons submitLabel={t('plans.interview.submit')} loading={form.submitting} onCancel={onCancel} />
        </Stack>
      </form>
    </StepPanel>
  );
}

/** The dates recorded on a plan after its signature, each with the PATCH that carries the version. */
export type RecordedDate = 'councilNotedOn' | 'subsidyExtensionMotivatedOn';

export function RecordedDateForm({ plan, field, onDone, onCancel }: StepProps & { field: RecordedDate }) {
  const { t } = useTranslation();
  const update = useUpdatePlan(plan.id);
  const [failure, setFailure] = useState<unknown>(null);
  const current = field === 'councilNotedOn' ? plan.plan.councilNotedOn : plan.subsidyExtensionMotivatedOn;
  const check = (values: Record<RecordedDate, string>) => {
    const errors: Errors = {};
    dayChecks(values, [field], errors);
    const parsed = UpdateTrajectorySchema.safeParse({ version: plan.version, [field]: values[field] });
    if (!parsed.success) zodErrors(parsed.error.issues, values, errors);
    return parsed.success && Object.keys(errors).length === 0
      ? ({ ok: true, body: parsed.data } as const)
      : ({ ok: false, errors } as const);
  };
  const form = useForm<Record<RecordedDate, string>>({
    initialValues: { councilNotedOn: '', subsidyExtensionMotivatedOn: '', [field]: current ?? '' },
    validate: (values) => formErrors(check(values)),
  });

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      const checked = check(values);
      if (!checked.ok) return;
      try {
        await update.mutateAsync(checked.body);
        onDone(t(`plans.recorded.${field}.done`));
      } catch (error) {
        if (placeServerErrors(error, form, { [field]: '' })) setFailure(error);
      }
    },
    () => focusFirstError(),
  );

  return (
    <StepPanel title={t(`plans.recorded.${field}.title`)}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {failure !== null && <ProblemAlert error={failure} />}
          <DateField
            label={t(`plans.recorded.${field}.label`)}
            description={t(`plans.recorded.${field}.help`)}
            required
            max={belgianToday()}
            maw={320}
            {...form.getInputProps(field)}
          />
          <Buttons submitLabel={t('plans.recorded.submit')} loading={form.submitting} onCancel={onCancel} />
        </Stack>
      </form>
    </StepPanel>
  );
}
