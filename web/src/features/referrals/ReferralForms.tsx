/**
 * The small forms of a referral's life: send one from a plan, accept or decline it, withdraw it,
 * record its end. Each checks what it can before sending and places the server's refusals on its
 * fields.
 */
import { Button, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { focusFirstError, formErrors, SubmitButton } from '../../components/forms.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useSession } from '../auth/session.ts';
import { belgianToday } from '../persons/format.ts';
import { servicesQuery } from '../services/api.ts';
import { type Referral, useReferralStep, useSendReferral } from './api.ts';
import {
  type AnswerValues,
  checkAccept,
  checkDecline,
  checkEnd,
  checkSend,
  checkWithdraw,
  type SendValues,
} from './values.ts';

/** Places the server's field errors on the form; returns whether some were left without a field. */
function placeServerErrors(
  error: unknown,
  form: { setFieldError: (path: string, message: ReactNode) => void },
  known: object,
  rename: Record<string, string> = {},
): boolean {
  const fieldErrors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
  const placed = fieldErrors.filter((e) => (rename[e.path] ?? e.path) in known);
  for (const e of placed) form.setFieldError(rename[e.path] ?? e.path, e.message);
  focusFirstError();
  return placed.length === 0 || placed.length < fieldErrors.length;
}

function Panel({ title, children }: { title: string; children: ReactNode }) {
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

interface FormProps {
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** Refers the person from a plan: a service or partner, optionally a member, and the handover note. */
export function SendReferralForm({ planId, onDone, onCancel }: FormProps & { planId: string }) {
  const { t } = useTranslation();
  const services = useQuery(servicesQuery());
  const send = useSendReferral(planId);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<SendValues>({
    initialValues: { serviceId: '', toUserId: '', handoverNote: '', sentOn: belgianToday() },
    validate: (values) => formErrors(checkSend(values, belgianToday())),
  });
  const items = services.data?.items ?? [];
  const chosen = items.find((s) => s.id === form.values.serviceId);
  const group = (kind: 'internal' | 'partner') => ({
    group: t(kind === 'internal' ? 'referrals.internalGroup' : 'referrals.partnerGroup'),
    items: items.filter((s) => s.kind === kind).map((s) => ({ value: s.id, label: s.name })),
  });

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      const checked = checkSend(values, belgianToday());
      if (!checked.ok) return;
      try {
        const made = await send.mutateAsync(checked.body);
        onDone(t('referrals.done.sent', { service: made.service.name }));
      } catch (error) {
        if (placeServerErrors(error, form, values)) setFailure(error);
      }
    },
    () => focusFirstError(),
  );

  return (
    <Panel title={t('referrals.new')}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {failure !== null && <ProblemAlert error={failure} />}
          {services.isError && <ProblemAlert error={services.error} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
            <NativeSelect
              label={t('referrals.service')}
              required
              data={[
                { value: '', label: t('referrals.chooseService') },
                ...[group('internal'), group('partner')].filter((g) => g.items.length > 0),
              ]}
              {...form.getInputProps('serviceId')}
              onChange={(event) => {
                form.setFieldValue('serviceId', event.currentTarget.value);
                form.setFieldValue('toUserId', '');
              }}
            />
            {chosen?.kind === 'internal' && chosen.members.length > 0 && (
              <NativeSelect
                label={t('referrals.toUser')}
                data={[
                  { value: '', label: t('referrals.anyMember') },
                  ...chosen.members.map((m) => ({ value: m.userId, label: m.displayName })),
                ]}
                {...form.getInputProps('toUserId')}
              />
            )}
          </SimpleGrid>
          {chosen?.kind === 'internal' && chosen.members.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('referrals.noMembers')}
            </Text>
          )}
          <Textarea
            label={t('referrals.handoverNote')}
            description={t('referrals.handoverHelp')}
            required
            autosize
            minRows={3}
            maxRows={14}
            {...form.getInputProps('handoverNote')}
          />
          <DateField
            label={t('referrals.sentOn')}
            required
            max={belgianToday()}
            maw={260}
            {...form.getInputProps('sentOn')}
          />
          <Buttons submitLabel={t('referrals.send')} loading={form.submitting} onCancel={onCancel} />
        </Stack>
      </form>
    </Panel>
  );
}

type StepName = 'accept' | 'decline' | 'withdraw';

/** Accept, decline or withdraw: a date, a note (required to decline), and for accepting, who follows. */
export function AnswerForm({
  referral,
  step,
  onDone,
  onCancel,
}: FormProps & { referral: Referral; step: StepName }) {
  const { t } = useTranslation();
  const me = useSession();
  const services = useQuery(servicesQuery());
  const mutation = useReferralStep(referral.id);
  const [failure, setFailure] = useState<unknown>(null);
  const checkers = { accept: checkAccept, decline: checkDecline, withdraw: checkWithdraw };
  const run = (values: AnswerValues) =>
    checkers[step](values, referral.version, referral.sentOn, belgianToday());
  const form = useForm<AnswerValues>({
    initialValues: { answeredOn: belgianToday(), receivingUserId: '', note: '' },
    validate: (values) => formErrors(run(values)),
  });
  const internal = referral.service.kind === 'internal';
  const others = (services.data?.items.find((s) => s.id === referral.service.id)?.members ?? []).filter(
    (m) => m.userId !== me.user.id,
  );

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      const checked = run(values);
      if (!checked.ok) return;
      try {
        await mutation.mutateAsync({ step, body: checked.body } as Parameters<
          typeof mutation.mutateAsync
        >[0]);
        onDone(t(`referrals.done.${step}`, { service: referral.service.name }));
      } catch (error) {
        if (placeServerErrors(error, form, values, { withdrawnOn: 'answeredOn' })) setFailure(error);
      }
    },
    () => focusFirstError(),
  );

  const name = `${referral.person.firstName} ${referral.person.lastName}`;
  return (
    <Panel title={t(`referrals.${step}Title`, { name })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          {!internal && step !== 'withdraw' && <Text size="sm">{t('referrals.partnerAnswer')}</Text>}
          {failure !== null && <ProblemAlert error={failure} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
            <DateField
              label={t(step === 'withdraw' ? 'referrals.withdrawnOn' : 'referrals.answeredOn')}
              required
              max={belgianToday()}
              {...form.getInputProps('answeredOn')}
            />
            {step === 'accept' && internal && others.length > 0 && (
              <NativeSelect
                label={t('referrals.receivingUser')}
                data={[
                  { value: '', label: t('referrals.me', { name: me.user.displayName }) },
                  ...others.map((m) => ({ value: m.userId, label: m.displayName })),
                ]}
                {...form.getInputProps('receivingUserId')}
              />
            )}
          </SimpleGrid>
          <Textarea
            label={t(`referrals.${step}Note`)}
            required={step === 'decline'}
            autosize
            minRows={2}
            maxRows={10}
            {...form.getInputProps('note')}
          />
          <Buttons submitLabel={t(`referrals.${step}Submit`)} loading={form.submitting} onCancel={onCancel} />
        </Stack>
      </form>
    </Panel>
  );
}

/** The last day an accepted referral ran. */
export function EndForm({ referral, onDone, onCancel }: FormProps & { referral: Referral }) {
  const { t } = useTranslation();
  const mutation = useReferralStep(referral.id);
  const [failure, setFailure] = useState<unknown>(null);
  const from = referral.answeredOn ?? referral.sentOn;
  const run = (values: { endedOn: string }) => checkEnd(values, referral.version, from, belgianToday());
  const form = useForm<{ endedOn: string }>({
    initialValues: { endedOn: belgianToday() },
    validate: (values) => formErrors(run(values)),
  });

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      const checked = run(values);
      if (!checked.ok) return;
      try {
        await mutation.mutateAsync({ step: 'end', body: checked.body });
        onDone(t('referrals.done.end', { service: referral.service.name }));
      } catch (error) {
        if (placeServerErrors(error, form, values)) setFailure(error);
      }
    },
    () => focusFirstError(),
  );

  return (
    <Panel title={t('referrals.endTitle', { service: referral.service.name })}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">{t('referrals.endHelp')}</Text>
          {failure !== null && <ProblemAlert error={failure} />}
          <DateField
            label={t('referrals.endedOn')}
            required
            max={belgianToday()}
            maw={260}
            {...form.getInputProps('endedOn')}
          />
          <Buttons submitLabel={t('referrals.endSubmit')} loading={form.submitting} onCancel={onCancel} />
        </Stack>
      </form>
    </Panel>
  );
}
