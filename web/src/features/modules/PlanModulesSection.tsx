/**
 * The plan's modules: what the person is enrolled in, their attendance at each, enrolling in a
 * module with a free place, and leaving one.
 */
import {
  Alert,
  Badge,
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isIsoDate } from '../../../../src/domain/dates.ts';
import { ApiError } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { useFlash } from '../../components/Flash.tsx';
import { focusFirstError, SubmitButton } from '../../components/forms.tsx';
import { Loading } from '../../components/Loading.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import stacked from '../../components/StackedTable.module.css';
import { currentLocale } from '../../i18n.ts';
import { belgianToday, formatDate } from '../persons/format.ts';
import type { Trajectory } from '../trajectories/api.ts';
import { type Enrolment, modulesQuery, planModulesQuery, useEnrol, useLeave } from './api.ts';
import { sessionDay, sessionHours, sessionWhen, tally } from './format.ts';
import classes from './Modules.module.css';

export function PlanModulesSection({ plan }: { plan: Trajectory }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const enrolments = useQuery(planModulesQuery(plan.personId, plan.id));
  const [enrolling, setEnrolling] = useState(false);
  const closed = plan.state === 'closed';

  return (
    <section aria-labelledby="plan-modules-heading">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="plan-modules-heading">
          {t('modules.planTitle')}
        </Title>
        {!closed && !enrolling && (
          <Button variant="light" onClick={() => setEnrolling(true)}>
            {t('modules.enrol')}
          </Button>
        )}
      </Group>
      <Stack gap="sm" maw={900}>
        {enrolling && enrolments.data && (
          <Paper withBorder p="md">
            <EnrolForm
              plan={plan}
              taken={enrolments.data.items.map((e) => e.moduleId)}
              onDone={(name) => {
                setEnrolling(false);
                flash(t('modules.enrolled', { name }));
              }}
              onCancel={() => setEnrolling(false)}
            />
          </Paper>
        )}
        {enrolments.isPending && <Loading size="sm" />}
        {enrolments.isError && <ProblemAlert error={enrolments.error} />}
        {enrolments.data && enrolments.data.items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('modules.planNone')}
          </Text>
        )}
        {enrolments.data?.items.map((enrolment) => (
          <EnrolmentCard key={enrolment.id} enrolment={enrolment} />
        ))}
      </Stack>
    </section>
  );
}

function EnrolmentCard({ enrolment }: { enrolment: Enrolment }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [leaving, setLeaving] = useState(false);
  const [showSessions, setShowSessions] = useState(false);
  const next = enrolment.sessions.find((s) => !s.started);
  const headingId = `enrolment-${enrolment.id}`;

  return (
    <Paper withBorder p="sm" component="article" aria-labelledby={headingId}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Title order={3} size="h5" id={headingId}>
            <AnchorLink to="/modules/$id" params={{ id: enrolment.moduleId }} inherit>
              {enrolment.moduleName}
            </AnchorLink>
          </Title>
          <Badge variant="light" color="gray" c="dark.8" tt="none">
            {t(`modules.kinds.${enrolment.kind}`)}
          </Badge>
          {enrolment.leftOn && (
            <Badge variant="outline" color="gray" c="dark.8" tt="none">
              {t('modules.leftBadge')}
            </Badge>
          )}
        </Group>
        <Text size="sm">
          {enrolment.partnerName ?? t('modules.theCentre')} ·{' '}
          {enrolment.leftOn
            ? t('modules.enrolledFromTo', {
                from: formatDate(enrolment.enrolledOn, locale),
                to: formatDate(enrolment.leftOn, locale),
              })
            : t('modules.enrolledSince', { date: formatDate(enrolment.enrolledOn, locale) })}
        </Text>
        <Text size="sm" fw={600}>
          {tally(t, enrolment.attendance)}
        </Text>
        {next && !enrolment.leftOn && (
          <Text size="sm">{t('modules.nextSessionOn', { when: sessionWhen(next, locale) })}</Text>
        )}
        <Group gap="xs">
          {enrolment.sessions.length > 0 && (
            <Button
              size="compact-sm"
              variant="subtle"
              aria-expanded={showSessions}
              onClick={() => setShowSessions((open) => !open)}
            >
              {showSessions
                ? t('modules.hideSessions')
                : t('modules.showSessions', { count: enrolment.sessions.length })}
            </Button>
          )}
          {!enrolment.leftOn && !leaving && (
            <Button size="compact-sm" variant="default" onClick={() => setLeaving(true)}>
              {t('modules.leave')}
            </Button>
          )}
        </Group>
        {leaving && <LeaveForm enrolment={enrolment} onDone={() => setLeaving(false)} />}
        {showSessions && (
          <div className={stacked.wrapper}>
            <Table className={stacked.table} verticalSpacing={4}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('modules.sessionDay')}</Table.Th>
                  <Table.Th>{t('modules.hours')}</Table.Th>
                  <Table.Th>{t('modules.attendance')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {enrolment.sessions.map((session) => (
                  <Table.Tr key={session.id}>
                    <Table.Td data-title>{sessionDay(session.startsAt, locale)}</Table.Td>
                    <Table.Td data-label={t('modules.hours')}>{sessionHours(session)}</Table.Td>
                    <Table.Td data-label={t('modules.attendance')}>
                      {session.status
                        ? t(`modules.statuses.${session.status}`)
                        : session.started
                          ? t('modules.notRecorded')
                          : t('modules.toCome')}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </Stack>
    </Paper>
  );
}

interface EnrolValues {
  moduleId: string;
  enrolledOn: string;
}

function EnrolForm({
  plan,
  taken,
  onDone,
  onCancel,
}: {
  plan: Trajectory;
  taken: string[];
  onDone: (name: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const modules = useQuery(modulesQuery());
  const enrol = useEnrol(plan.personId, plan.id);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<EnrolValues>({
    initialValues: { moduleId: '', enrolledOn: belgianToday() },
    validate: {
      moduleId: (value) => (value ? null : t('validation.required')),
      enrolledOn: (value) =>
        !value
          ? t('validation.required')
          : !isIsoDate(value)
            ? t('validation.invalidDate')
            : value > belgianToday()
              ? t('validation.dateInFuture')
              : null,
    },
  });
  // Active modules with a place left that the person is not in yet.
  const open = (modules.data?.items ?? []).filter(
    (m) => !taken.includes(m.id) && (m.freePlaces === null || m.freePlaces > 0),
  );

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      try {
        const made = await enrol.mutateAsync(values);
        onDone(made.moduleName);
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

  if (modules.isPending) return <Loading size="sm" />;
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
        {open.length === 0 ? (
          <Text size="sm">{t('modules.noneOpen')}</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" verticalSpacing="sm">
            <NativeSelect
              label={t('modules.module')}
              required
              data={[
                { value: '', label: t('modules.choose') },
                ...open.map((m) => ({
                  value: m.id,
                  label:
                    m.freePlaces === null
                      ? m.name
                      : `${m.name} (${t('modules.freePlaces', { count: m.freePlaces })})`,
                })),
              ]}
              {...form.getInputProps('moduleId')}
            />
            <DateField
              label={t('modules.enrolledOn')}
              required
              max={belgianToday()}
              {...form.getInputProps('enrolledOn')}
            />
          </SimpleGrid>
        )}
        <Group gap="sm">
          {open.length > 0 && (
            <SubmitButton loading={form.submitting}>{t('modules.enrolSubmit')}</SubmitButton>
          )}
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function LeaveForm({ enrolment, onDone }: { enrolment: Enrolment; onDone: () => void }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const leave = useLeave(enrolment.personId);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<{ leftOn: string }>({
    initialValues: { leftOn: belgianToday() },
    validate: {
      leftOn: (value) =>
        !value ? t('validation.required') : !isIsoDate(value) ? t('validation.invalidDate') : null,
    },
  });
  const submit = form.onSubmit(
    async ({ leftOn }) => {
      setFailure(null);
      try {
        await leave.mutateAsync({ id: enrolment.id, leftOn, version: enrolment.version });
        onDone();
        flash(t('modules.leftSaved', { name: enrolment.moduleName }));
      } catch (error) {
        const fieldErrors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
        const placed = fieldErrors.filter((e) => e.path === 'leftOn');
        for (const e of placed) form.setFieldError(e.path, e.message);
        if (placed.length === 0) setFailure(error);
        focusFirstError();
      }
    },
    () => focusFirstError(),
  );
  return (
    <form onSubmit={submit} noValidate className={classes.leave}>
      <Stack gap="xs">
        {failure !== null && <ProblemAlert error={failure} />}
        <DateField
          label={t('modules.leftOnLabel')}
          required
          max={belgianToday()}
          maw={260}
          {...form.getInputProps('leftOn')}
        />
        <Group gap="sm">
          <SubmitButton color="red.9" loading={form.submitting}>
            {t('modules.leaveSubmit')}
          </SubmitButton>
          <Button variant="default" onClick={onDone}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
