import {
  Alert,
  Badge,
  Button,
  Center,
  Checkbox,
  Group,
  List,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../src/features/auth/policy.ts';
import { ApiError } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { focusFirstError, formErrors, SubmitButton } from '../../components/forms.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import stacked from '../../components/StackedTable.module.css';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLocale, INTL_LOCALES } from '../../i18n.ts';
import { useSession } from '../auth/session.ts';
import { belgianToday, formatDate } from '../persons/format.ts';
import { workerOptions, workersQuery } from '../workers/api.ts';
import {
  type CentrePolicyView,
  centrePolicyQuery,
  delegationsQuery,
  type SigningDelegation,
  useCreateDelegation,
  useUpdateCentrePolicy,
  useUpdateDelegation,
} from './api.ts';
import { checkValues, formPath, type PolicyFormValues, valuesOf } from './values.ts';

/**
 * The centre's own rules for plans (stricter than the law, never laxer) and who may sign plans on
 * its behalf. Administrators change them; workers and leads read them.
 */
export function CentrePage() {
  const { t } = useTranslation();
  const me = useSession();
  const manages = can(me.user, 'centre.manage');
  const policy = useQuery(centrePolicyQuery);
  // Held here: the form starts again at each new version, the confirmation stays.
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  usePageTitle(t('centre.title'));

  return (
    <Stack gap="xl" maw={900}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('centre.title')}
        </Title>
        <Text size="sm">{t('centre.intro')}</Text>
        {!manages && (
          <Text size="sm" c="dimmed">
            {t('centre.readOnly')}
          </Text>
        )}
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="policy-heading">
        <Title order={2} size="h3" id="policy-heading">
          {t('centre.policyTitle')}
        </Title>
        {policy.isPending && (
          <Center p="md">
            <Loading />
          </Center>
        )}
        {policy.isError && <ProblemAlert error={policy.error} />}
        {policy.data && !manages && <PolicySummary policy={policy.data} />}
        {policy.data && manages && (
          // A new version (saved here or reloaded) starts the form again from what is stored.
          <PolicyForm
            key={policy.data.version}
            policy={policy.data}
            justSaved={savedVersion === policy.data.version}
            onSaved={setSavedVersion}
            onReload={() => policy.refetch()}
          />
        )}
      </Stack>
      <Delegations manages={manages} />
    </Stack>
  );
}

/** The rules in sentences, for those who apply them (workers and leads). */
function PolicySummary({ policy }: { policy: CentrePolicyView }) {
  const { t } = useTranslation();
  const evaluation =
    policy.evaluation.kind === 'perYear'
      ? t('centre.summary.perYear', { minimum: policy.evaluation.minimum, inPerson: policy.inPersonMinimum })
      : t('centre.summary.everyMonths', {
          months: policy.evaluation.months,
          inPerson: policy.inPersonMinimum,
        });
  const lines = [
    `${t('centre.deadlineAnchor')} ${t(`centre.anchors.${policy.deadlineAnchor}`)}.`,
    t('centre.summary.reflection', {
      days: policy.reflectionDays,
      kind: t(`centre.dayKinds.${policy.reflectionDayKind}`),
    }),
    evaluation,
    policy.growthPlanSignatureRequired
      ? `${t('centre.growthPlanSignatureRequired')}.`
      : t('centre.summary.noGrowthPlanSignature'),
    policy.subsidyWarnings ? `${t('centre.subsidyWarnings')}.` : t('centre.summary.noSubsidyWarnings'),
    `${t('centre.sanctionApprovers')} ${t(`centre.sanctionApproverOptions.${policy.sanctionApprovers}`)}.`,
  ];
  return (
    <List spacing={4} size="sm" aria-labelledby="policy-heading">
      {lines.map((line) => (
        <List.Item key={line}>{line}</List.Item>
      ))}
    </List>
  );
}

function PolicyForm({
  policy,
  justSaved,
  onSaved,
  onReload,
}: {
  policy: CentrePolicyView;
  justSaved: boolean;
  onSaved: (version: number) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateCentrePolicy();
  const [failure, setFailure] = useState<unknown>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const form = useForm<PolicyFormValues>({
    initialValues: valuesOf(policy),
    validateInputOnBlur: true,
    validate: (values) => formErrors(checkValues(values, policy, policy.version)),
  });
  const locale = currentLocale();
  const when = policy.updatedAt
    ? new Intl.DateTimeFormat(INTL_LOCALES[locale], {
        day: '2-digit',
        month: '2-digit',
        year: 'numeric',
        timeZone: 'Europe/Brussels',
      }).format(new Date(policy.updatedAt))
    : null;

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      setOutcome(null);
      const check = checkValues(values, policy, policy.version);
      if (!check.ok) return;
      if (Object.keys(check.body).length === 1) {
        setOutcome(t('centre.unchanged'));
        return;
      }
      try {
        const saved = await update.mutateAsync(check.body);
        onSaved(saved.version);
      } catch (error) {
        const fieldErrors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
        const placed = fieldErrors.filter((e) => formPath(e.path));
        for (const e of placed) form.setFieldError(formPath(e.path) as string, e.message);
        if (placed.length < fieldErrors.length || placed.length === 0) setFailure(error);
        focusFirstError();
      }
    },
    () => focusFirstError(),
  );

  const number = (field: keyof PolicyFormValues, label: string, description?: string) => (
    <TextInput
      label={label}
      description={description}
      inputMode="numeric"
      // The help reads across the form; the box itself stays the size of a number.
      styles={{ input: { maxWidth: 260 } }}
      {...form.getInputProps(field)}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          {when
            ? t('centre.lastChanged', {
                date: when,
                name: policy.updatedByName ?? '—',
                version: policy.version,
              })
            : t('centre.lawDefaults')}
        </Text>
        <Radio.Group
          label={t('centre.deadlineAnchor')}
          description={t('centre.deadlineAnchorHelp')}
          {...form.getInputProps('deadlineAnchor')}
        >
          <Stack gap={6} mt={6}>
            <Radio value="decision" label={t('centre.anchors.decision')} />
            <Radio value="notification" label={t('centre.anchors.notification')} />
          </Stack>
        </Radio.Group>
        <Stack gap="xs">
          {number('reflectionDays', t('centre.reflectionDays'), t('centre.reflectionHelp'))}
          <Radio.Group label={t('centre.reflectionDayKind')} {...form.getInputProps('reflectionDayKind')}>
            <Stack gap={6} mt={6}>
              <Radio value="calendar" label={t('centre.dayKinds.calendar')} />
              <Radio value="working" label={t('centre.dayKinds.working')} />
            </Stack>
          </Radio.Group>
        </Stack>
        <Stack gap="xs">
          <Radio.Group
            label={t('centre.evaluationKind')}
            description={t('centre.evaluationHelp')}
            {...form.getInputProps('evaluationKind')}
          >
            <Group gap="lg" mt={6}>
              <Radio value="perYear" label={t('centre.evaluationKinds.perYear')} />
              <Radio value="everyMonths" label={t('centre.evaluationKinds.everyMonths')} />
            </Group>
          </Radio.Group>
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            {form.values.evaluationKind === 'perYear'
              ? number('evaluationMinimum', t('centre.evaluationMinimum'))
              : number('evaluationMonths', t('centre.evaluationMonths'))}
            {number('inPersonMinimum', t('centre.inPersonMinimum'))}
          </SimpleGrid>
          <Text size="xs" c="dimmed">
            {t('centre.inPersonHelp')}
          </Text>
        </Stack>
        <Checkbox
          label={t('centre.growthPlanSignatureRequired')}
          description={t('centre.growthPlanHelp')}
          {...form.getInputProps('growthPlanSignatureRequired', { type: 'checkbox' })}
        />
        <Checkbox
          label={t('centre.subsidyWarnings')}
          description={t('centre.subsidyHelp')}
          {...form.getInputProps('subsidyWarnings', { type: 'checkbox' })}
        />
        <Radio.Group
          label={t('centre.sanctionApprovers')}
          description={t('centre.sanctionApproversHelp')}
          {...form.getInputProps('sanctionApprovers')}
        >
          <Stack gap={6} mt={6}>
            <Radio value="lead" label={t('centre.sanctionApproverOptions.lead')} />
            <Radio value="leadOrAdmin" label={t('centre.sanctionApproverOptions.leadOrAdmin')} />
          </Stack>
        </Radio.Group>
        {failure !== null && (
          <ProblemAlert error={failure}>
            {failure instanceof ApiError && failure.status === 409 && (
              <Button variant="default" size="compact-sm" mt="xs" display="block" onClick={onReload}>
                {t('centre.reload')}
              </Button>
            )}
          </ProblemAlert>
        )}
        {outcome && (
          <Alert color="gray" role="status">
            {outcome}
          </Alert>
        )}
        {justSaved && !outcome && (
          <Alert color="green" role="status">
            {t('centre.saved', { version: policy.version })}
          </Alert>
        )}
        <Group>
          <SubmitButton loading={update.isPending}>{t('centre.save')}</SubmitButton>
        </Group>
      </Stack>
    </form>
  );
}

function statusOf(d: SigningDelegation, today: string): 'active' | 'ended' | 'future' {
  if (d.activeToday) return 'active';
  return d.since > today ? 'future' : 'ended';
}

const STATUS_COLOURS = { active: 'green', ended: 'gray', future: 'blue' } as const;

function Delegations({ manages }: { manages: boolean }) {
  const { t } = useTranslation();
  const delegations = useQuery(delegationsQuery);
  const locale = currentLocale();
  const today = belgianToday();
  const [ending, setEnding] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const items = delegations.data?.items ?? [];

  return (
    <Stack gap="sm" component="section" aria-labelledby="delegations-heading">
      <Title order={2} size="h3" id="delegations-heading">
        {t('centre.delegationsTitle')}
      </Title>
      <Text size="sm">{t('centre.delegationsHelp')}</Text>
      {delegations.isPending && <Loading />}
      {delegations.isError && <ProblemAlert error={delegations.error} />}
      {delegations.isSuccess && items.length === 0 && <Text c="dimmed">{t('centre.noDelegations')}</Text>}
      {done && (
        <Alert color="green" role="status">
          {done}
        </Alert>
      )}
      {items.length > 0 && (
        <div className={stacked.wrapper}>
          <Table className={stacked.table} verticalSpacing={6} aria-label={t('centre.caption')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('centre.worker')}</Table.Th>
                <Table.Th scope="col">{t('centre.since')}</Table.Th>
                <Table.Th scope="col">{t('centre.until')}</Table.Th>
                <Table.Th scope="col">{t('centre.status')}</Table.Th>
                {manages && <Table.Th scope="col">{t('centre.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((d) => {
                const status = statusOf(d, today);
                return (
                  <Table.Tr key={d.id}>
                    <Table.Td data-title data-label={t('centre.worker')}>
                      {d.userName}
                    </Table.Td>
                    <Table.Td data-label={t('centre.since')}>{formatDate(d.since, locale)}</Table.Td>
                    <Table.Td data-label={t('centre.until')}>
                      {d.until ? formatDate(d.until, locale) : t('centre.noEnd')}
                    </Table.Td>
                    <Table.Td data-label={t('centre.status')}>
                      <Badge variant="light" color={STATUS_COLOURS[status]} c="gray.9" tt="none">
                        {t(`centre.statuses.${status}`)}
                      </Badge>
                    </Table.Td>
                    {manages && (
                      <Table.Td data-label={t('centre.actions')}>
                        {status !== 'ended' &&
                          (ending === d.id ? (
                            <EndDelegation
                              delegation={d}
                              onDone={(message) => {
                                setEnding(null);
                                setDone(message);
                              }}
                              onCancel={() => setEnding(null)}
                            />
                          ) : (
                            <Button
                              variant="default"
                              size="compact-sm"
                              aria-label={`${t('centre.end')}: ${d.userName}`}
                              onClick={() => {
                                setDone(null);
                                setEnding(d.id);
                              }}
                            >
                              {t('centre.end')}
                            </Button>
                          ))}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {manages && <AddDelegation onDone={setDone} />}
    </Stack>
  );
}

function EndDelegation({
  delegation,
  onDone,
  onCancel,
}: {
  delegation: SigningDelegation;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const update = useUpdateDelegation();
  const today = belgianToday();
  const [until, setUntil] = useState(
    // Today, or the first day of a delegation not started yet (ISO days sort as text).
    () => [today, delegation.since].sort()[1] as string,
  );
  const fieldError =
    update.error instanceof ApiError ? update.error.problem?.errors?.[0]?.message : undefined;

  return (
    <Stack gap={6}>
      <DateField label={t('centre.endOn')} value={until} onChange={setUntil} error={fieldError} size="xs" />
      {update.isError && !fieldError && <ProblemAlert error={update.error} />}
      <Group gap="xs">
        <Button
          size="compact-sm"
          loading={update.isPending}
          onClick={() =>
            update.mutate(
              { id: delegation.id, until },
              {
                onSuccess: (saved) =>
                  onDone(
                    t('centre.endedOn', {
                      name: saved.userName,
                      date: formatDate(saved.until ?? until, currentLocale()),
                    }),
                  ),
              },
            )
          }
        >
          {t('centre.endSubmit')}
        </Button>
        <Button size="compact-sm" variant="subtle" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

interface AddValues {
  userId: string;
  since: string;
  until: string;
}

function AddDelegation({ onDone }: { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const workers = useQuery(workersQuery);
  const create = useCreateDelegation();
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<AddValues>({
    initialValues: { userId: '', since: belgianToday(), until: '' },
    validate: {
      userId: (value) => (value ? null : t('validation.required')),
      since: (value) => (value ? null : t('validation.required')),
    },
  });

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      try {
        const made = await create.mutateAsync({
          userId: values.userId,
          since: values.since,
          ...(values.until ? { until: values.until } : {}),
        });
        form.reset();
        onDone(t('centre.added', { name: made.userName }));
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
    <form onSubmit={submit} noValidate aria-labelledby="add-delegation-heading">
      <Stack gap="xs">
        <Title order={3} size="h5" id="add-delegation-heading">
          {t('centre.add')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NativeSelect
            label={t('centre.worker')}
            required
            data={workerOptions(workers.data, t, null)}
            {...form.getInputProps('userId')}
          />
          <DateField label={t('centre.since')} required {...form.getInputProps('since')} />
          <DateField label={t('centre.until')} {...form.getInputProps('until')} />
        </SimpleGrid>
        {failure !== null && <ProblemAlert error={failure} />}
        <Group>
          <SubmitButton loading={create.isPending}>{t('centre.addSubmit')}</SubmitButton>
        </Group>
      </Stack>
    </form>
  );
}
