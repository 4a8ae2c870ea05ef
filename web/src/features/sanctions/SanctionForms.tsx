/**
 * The small forms of a sanction's life: propose (with the longest period the law allows shown as
 * the dates are typed), approve or refuse, record the decision, record its notification, withdraw.
 */
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isFutureDate, isIsoDate } from '../../../../src/domain/dates.ts';
import { longestSuspensionEnd } from '../../../../src/domain/sanctions.ts';
import { ApiError } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { focusFirstError, formErrors, SubmitButton } from '../../components/forms.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { currentLocale } from '../../i18n.ts';
import { belgianToday, formatDate } from '../persons/format.ts';
import {
  type PlanSanctions,
  type Sanction,
  useApprove,
  useCorrect,
  useDecide,
  usePropose,
  useRefuse,
  useWithdraw,
} from './api.ts';
import {
  checkDecision,
  checkProposal,
  type DecideValues,
  emptyProposal,
  type ProposeValues,
} from './values.ts';

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

export function StepPanel({ title, children }: { title: string; children: ReactNode }) {
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

function Buttons({ label, loading, onCancel }: { label: string; loading: boolean; onCancel: () => void }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm">
      <SubmitButton loading={loading}>{label}</SubmitButton>
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
    </Group>
  );
}

interface Done {
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** What the law allows as of today, and, once the first day is typed, the last day allowed. */
function Allowance({ allowance, startOn }: { allowance: PlanSanctions['allowance']; startOn: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const months = allowance.months;
  return (
    <Alert color="blue" variant="light" p="xs">
      <Text size="sm">
        {allowance.lastDecisionOn
          ? t('sanctions.allowanceRepeat', { date: formatDate(allowance.lastDecisionOn, locale) })
          : t('sanctions.allowanceFirst')}
        {isIsoDate(startOn) &&
          ` ${t('sanctions.lastAllowed', { date: formatDate(longestSuspensionEnd(startOn, months), locale) })}`}
      </Text>
    </Alert>
  );
}

export function ProposeForm({
  planId,
  allowance,
  onDone,
  onCancel,
}: Done & { planId: string; allowance: PlanSanctions['allowance'] }) {
  const { t } = useTranslation();
  const propose = usePropose(planId);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<ProposeValues>({
    initialValues: emptyProposal(),
    validate: (values) => formErrors(checkProposal(values)),
  });
  const today = belgianToday();

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      const check = checkProposal(values);
      if (!check.ok) return;
      try {
        await propose.mutateAsync(check.body);
        onDone(t('sanctions.proposedDone'));
      } catch (error) {
        if (placeServerErrors(error, form, values)) setFailure(error);
      }
    },
    () => focusFirstError(),
  );

  return (
    <StepPanel title={t('sanctions.propose')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {failure !== null && <ProblemAlert error={failure} />}
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm" verticalSpacing="sm">
            <DateField
              label={t('sanctions.noticeOn')}
              required
              max={today}
              {...form.getInputProps('noticeOn')}
            />
            <DateField
              label={t('sanctions.workerOpinionOn')}
              required
              max={today}
              {...form.getInputProps('workerOpinionOn')}
            />
            <DateField label={t('sanctions.hearingOn')} max={today} {...form.getInputProps('hearingOn')} />
          </SimpleGrid>
          {form.values.hearingOn !== '' && (
            <Checkbox
              label={t('sanctions.hearingAssisted')}
              {...form.getInputProps('hearingAssisted', { type: 'checkbox' })}
            />
          )}
          <Textarea
            label={t('sanctions.workerOpinion')}
            autosize
            minRows={2}
            maxRows={10}
            {...form.getInputProps('workerOpinion')}
          />
          <Radio.Group label={t('sanctions.extent')} required {...form.getInputProps('extent')}>
            <Group gap="lg" mt={6}>
              <Radio value="total" label={t('sanctions.extents.total')} />
              <Radio value="partial" label={t('sanctions.extents.partial')} />
            </Group>
          </Radio.Group>
          {form.values.extent === 'partial' && (
            <TextInput
              label={t('sanctions.partialPercent')}
              required
              inputMode="numeric"
              styles={{ input: { maxWidth: 160 } }}
              {...form.getInputProps('partialPercent')}
            />
          )}
          <Allowance allowance={allowance} startOn={form.values.startOn} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm">
            <DateField label={t('sanctions.startOn')} required {...form.getInputProps('startOn')} />
            <DateField label={t('sanctions.endOn')} required {...form.getInputProps('endOn')} />
          </SimpleGrid>
          <Checkbox
            label={t('sanctions.suspended')}
            {...form.getInputProps('suspended', { type: 'checkbox' })}
          />
          <Buttons label={t('sanctions.proposeSubmit')} loading={form.submitting} onCancel={onCancel} />
        </Stack>
      </form>
    </StepPanel>
  );
}

/** Approve (a note if wished) or refuse (a note required): the approver reads the opinion first. */
export function AnswerForm({
  sanction,
  outcome,
  onDone,
  onCancel,
}: Done & { sanction: Sanction; outcome: 'approve' | 'refuse' }) {
  const { t } = useTranslation();
  const approve = useApprove(sanction.id);
  const refuse = useRefuse(sanction.id);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<{ note: string }>({
    initialValues: { note: '' },
    validate: {
      note: (value) => (outcome === 'refuse' && value.trim() === '' ? t('validation.required') : null),
    },
  });

  const submit = form.onSubmit(
    async ({ note }) => {
      setFailure(null);
      try {
        if (outcome === 'approve') {
          await approve.mutateAsync({ version: sanction.version, note });
          onDone(t('sanctions.approvedDone'));
        } else {
          await refuse.mutateAsync({ version: sanction.version, note });
          onDone(t('sanctions.refusedDone'));
        }
      } catch (error) {
        if (placeServerErrors(error, form, { note: '' })) setFailure(error);
      }
    },
    () => focusFirstError(),
  );

  return (
    <StepPanel title={outcome === 'approve' ? t('sanctions.approveSubmit') : t('sanctions.refuseSubmit')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {failure !== null && <ProblemAlert error={failure} />}
          <Textarea
            label={outcome === 'approve' ? t('sanctions.approveNote') : t('sanctions.refuseNote')}
            required={outcome === 'refuse'}
            autosize
            minRows={2}
            {...form.getInputProps('note')}
          />
          <Buttons
            label={outcome === 'approve' ? t('sanctions.approveSubmit') : t('sanctions.refuseSubmit')}
            loading={form.submitting}
            onCancel={onCancel}
          />
        </Stack>
      </form>
    </StepPanel>
  );
}

export function DecideForm({ sanction, onDone, onCancel }: Done & { sanction: Sanction }) {
  const { t } = useTranslation();
  const decide = useDecide(sanction.id);
  const [failure, setFailure] = useState<unknown>(null);
  const today = belgianToday();
  const form = useForm<DecideValues>({
    initialValues: { decisionOn: today, notifiedOn: '' },
    validate: (values) => formErrors(checkDecision(values, sanction.version, belgianToday())),
  });

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      const check = checkDecision(values, sanction.version, belgianToday());
      if (!check.ok) return;
      try {
        await decide.mutateAsync(check.body);
        onDone(t('sanctions.decidedDone'));
      } catch (error) {
        if (placeServerErrors(error, form, values)) setFailure(error);
      }
    },
    () => focusFirstError(),
  );

  return (
    <StepPanel title={t('sanctions.decide')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {failure !== null && <ProblemAlert error={failure} />}
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm">
            <DateField
              label={t('sanctions.decisionOn')}
              required
              max={today}
              {...form.getInputProps('decisionOn')}
            />
            <DateField label={t('sanctions.notifiedOn')} max={today} {...form.getInputProps('notifiedOn')} />
          </SimpleGrid>
          <Buttons label={t('sanctions.decideSubmit')} loading={form.submitting} onCancel={onCancel} />
        </Stack>
      </form>
    </StepPanel>
  );
}

/** A decision notified after it was recorded: the appeal deadline runs from this day. */
export function NotifyForm({ sanction, onDone, onCancel }: Done & { sanction: Sanction }) {
  const { t } = useTranslation();
  const correct = useCorrect(sanction.id);
  const [failure, setFailure] = useState<unknown>(null);
  const today = belgianToday();
  const form = useForm<{ notifiedOn: string }>({
    initialValues: { notifiedOn: today },
    validate: {
      notifiedOn: (value) => {
        if (value === '') return t('validation.required');
        if (!isIsoDate(value)) return t('validation.invalidDate');
        if (isFutureDate(value, belgianToday())) return t('validation.dateInFuture');
        if (sanction.decisionOn && value < sanction.decisionOn)
          return t('validation.notificationBeforeDecision');
        return null;
      },
    },
  });

  const submit = form.onSubmit(
    async ({ notifiedOn }) => {
      setFailure(null);
      try {
        await correct.mutateAsync({ version: sanction.version, notifiedOn });
        onDone(t('sanctions.notifiedDone'));
      } catch (error) {
        if (placeServerErrors(error, form, { notifiedOn: '' })) setFailure(error);
      }
    },
    () => focusFirstError(),
  );

  return (
    <StepPanel title={t('sanctions.notify')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {failure !== null && <ProblemAlert error={failure} />}
          <DateField
            label={t('sanctions.notifiedOn')}
            required
            max={today}
            maw={320}
            {...form.getInputProps('notifiedOn')}
          />
          <Buttons label={t('sanctions.notify')} loading={form.submitting} onCancel={onCancel} />
        </Stack>
      </form>
    </StepPanel>
  );
}

export function WithdrawForm({ sanction, onDone, onCancel }: Done & { sanction: Sanction }) {
  const { t } = useTranslation();
  const withdraw = useWithdraw(sanction.id);
  return (
    <StepPanel title={t('sanctions.withdraw')}>
      {withdraw.isError && <ProblemAlert error={withdraw.error} />}
      <Group gap="sm">
        <Button
          color="red"
          loading={withdraw.isPending}
          onClick={() =>
            withdraw.mutate(sanction.version, { onSuccess: () => onDone(t('sanctions.withdrawnDone')) })
          }
        >
          {t('sanctions.withdraw')}
        </Button>
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Group>
    </StepPanel>
  );
}
