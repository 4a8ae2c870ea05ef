/**
 * One module: what it is, who runs it, its sessions (each opening its attendance) and the people
 * enrolled. The administrator changes it, deactivates it, plans and moves sessions.
 */
import { Badge, Button, Center, DataList, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../src/features/auth/policy.ts';
import { useFlash } from '../../components/Flash.tsx';
import { Loading } from '../../components/Loading.tsx';
import { AnchorLink, ButtonLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import stacked from '../../components/StackedTable.module.css';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLocale } from '../../i18n.ts';
import { useSession } from '../auth/session.ts';
import { belgianToday, formatDate } from '../persons/format.ts';
import {
  type ModuleDetail,
  type ModuleSession,
  moduleQuery,
  useAddSession,
  useUpdateModule,
  useUpdateSession,
} from './api.ts';
import { sessionDay, sessionHours } from './format.ts';
import { ModuleForm } from './ModuleForm.tsx';
import classes from './Modules.module.css';
import { Places } from './ModulesPage.tsx';
import { SessionForm } from './SessionForm.tsx';
import { emptySession, moduleValues, sessionValues } from './values.ts';

export function ModulePage({ id }: { id: string }) {
  const { t } = useTranslation();
  const module = useQuery(moduleQuery(id));
  usePageTitle(module.data?.name ?? null);
  if (module.error) return <ProblemAlert error={module.error} />;
  if (!module.data) {
    return (
      <Center p="xl">
        <Loading />
      </Center>
    );
  }
  const data = module.data;
  return (
    <Stack gap="xl" maw={1100}>
      <Stack gap="xs">
        <AnchorLink to="/modules" size="sm">
          {t('modules.backToCatalogue')}
        </AnchorLink>
        <Title order={1} size="h2" className={classes.text}>
          {data.name}
        </Title>
        <Group gap="xs">
          <Badge variant="light" color="gray" c="dark.8" tt="none">
            {t(`modules.kinds.${data.kind}`)}
          </Badge>
          {!data.active && (
            <Badge variant="outline" color="gray" c="dark.8" tt="none">
              {t('modules.inactive')}
            </Badge>
          )}
        </Group>
      </Stack>
      <About module={data} />
      <Sessions module={data} />
      {data.enrolments && <People module={data} />}
    </Stack>
  );
}

function About({ module }: { module: ModuleDetail }) {
  const { t } = useTranslation();
  const me = useSession();
  const flash = useFlash();
  const narrow = useMediaQuery('(max-width: 600px)');
  const manages = can(me.user, 'modules.manage');
  const update = useUpdateModule(module.id);
  const [editing, setEditing] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const toggle = async () => {
    setFailure(null);
    try {
      await update.mutateAsync({ active: !module.active, version: module.version });
      flash(t(module.active ? 'modules.deactivated' : 'modules.reactivated', { name: module.name }));
    } catch (error) {
      setFailure(error);
    }
  };

  return (
    <section aria-labelledby="about-heading">
      <Title order={2} size="h4" id="about-heading" mb="xs">
        {t('modules.about')}
      </Title>
      {editing ? (
        <Paper withBorder p="md" maw={900}>
          <ModuleForm
            initialValues={moduleValues(module)}
            submitLabel={t('modules.save')}
            onSubmit={async (body) => {
              await update.mutateAsync({ ...body, version: module.version });
              setEditing(false);
              flash(t('modules.saved'));
            }}
            onCancel={() => setEditing(false)}
          />
        </Paper>
      ) : (
        <Stack gap="sm">
          <DataList
            withDivider
            gap="xs"
            labelWidth={200}
            maw={900}
            orientation={narrow ? 'vertical' : 'horizontal'}
          >
            <DataList.Item>
              <DataList.ItemLabel>{t('modules.runBy')}</DataList.ItemLabel>
              <DataList.ItemValue>{module.partnerName ?? t('modules.theCentre')}</DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('modules.places')}</DataList.ItemLabel>
              <DataList.ItemValue>
                <Places module={module} />
              </DataList.ItemValue>
            </DataList.Item>
            {module.description && (
              <DataList.Item>
                <DataList.ItemLabel>{t('modules.description')}</DataList.ItemLabel>
                <DataList.ItemValue>
                  <span className={classes.text}>{module.description}</span>
                </DataList.ItemValue>
              </DataList.Item>
            )}
          </DataList>
          {failure !== null && <ProblemAlert error={failure} />}
          {manages && (
            <Group gap="xs">
              <Button variant="light" onClick={() => setEditing(true)}>
                {t('modules.edit')}
              </Button>
              <Button variant="default" onClick={toggle} loading={update.isPending}>
                {module.active ? t('modules.deactivate') : t('modules.reactivate')}
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </section>
  );
}

function Sessions({ module }: { module: ModuleDetail }) {
  const { t } = useTranslation();
  const me = useSession();
  const flash = useFlash();
  const locale = currentLocale();
  const manages = can(me.user, 'modules.manage');
  const add = useAddSession(module.id);
  const [adding, setAdding] = useState(false);
  const [moving, setMoving] = useState<string | null>(null);

  return (
    <section aria-labelledby="sessions-heading">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="sessions-heading">
          {t('modules.sessions')}
        </Title>
        {manages && module.active && !adding && (
          <Button variant="light" onClick={() => setAdding(true)}>
            {t('modules.addSession')}
          </Button>
        )}
      </Group>
      <Stack gap="sm">
        {adding && (
          <Paper withBorder p="md" maw={900}>
            <SessionForm
              initialValues={emptySession(belgianToday())}
              submitLabel={t('modules.planSession')}
              onSubmit={async (body) => {
                await add.mutateAsync(body);
                setAdding(false);
                flash(t('modules.sessionPlanned'));
              }}
              onCancel={() => setAdding(false)}
            />
          </Paper>
        )}
        {module.sessions.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('modules.noSessions')}
          </Text>
        ) : (
          <div className={stacked.wrapper}>
            <Table className={stacked.table} verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('modules.sessionDay')}</Table.Th>
                  <Table.Th>{t('modules.hours')}</Table.Th>
                  <Table.Th>{t('modules.place')}</Table.Th>
                  <Table.Th>{t('modules.attendance')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {module.sessions.map((session) => (
                  <Table.Tr key={session.id}>
                    <Table.Td data-title>
                      {sessionDay(session.startsAt, locale)}
                      {moving === session.id && (
                        <MoveSession session={session} onDone={() => setMoving(null)} />
                      )}
                    </Table.Td>
                    <Table.Td data-label={t('modules.hours')}>{sessionHours(session)}</Table.Td>
                    <Table.Td data-label={t('modules.place')} className={classes.text}>
                      {session.place ?? '—'}
                    </Table.Td>
                    <Table.Td data-label={t('modules.attendance')}>
                      <Group gap="xs" wrap="wrap">
                        <AttendanceLink moduleId={module.id} session={session} />
                        {manages && moving !== session.id && (
                          <Button size="compact-sm" variant="subtle" onClick={() => setMoving(session.id)}>
                            {t('modules.changeSession')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
      </Stack>
    </section>
  );
}

function MoveSession({ session, onDone }: { session: ModuleSession; onDone: () => void }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const update = useUpdateSession(session.id);
  return (
    <Paper withBorder p="sm" mt="xs">
      <SessionForm
        initialValues={sessionValues(session)}
        submitLabel={t('modules.save')}
        onSubmit={async (body) => {
          await update.mutateAsync({ ...body, version: session.version });
          onDone();
          flash(t('modules.sessionSaved'));
        }}
        onCancel={onDone}
      />
    </Paper>
  );
}

function People({ module }: { module: ModuleDetail }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const people = module.enrolments ?? [];
  return (
    <section aria-labelledby="people-heading">
      <Title order={2} size="h4" id="people-heading" mb="xs">
        {t('modules.people')}
      </Title>
      {people.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('modules.nobodyEnrolled')}
        </Text>
      ) : (
        <div className={stacked.wrapper}>
          <Table className={stacked.table} verticalSpacing="xs" maw={900}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('modules.person')}</Table.Th>
                <Table.Th>{t('modules.enrolledOn')}</Table.Th>
                <Table.Th>{t('modules.leftOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.map((person) => (
                <Table.Tr key={person.enrolmentId}>
                  <Table.Td data-title>
                    <AnchorLink to="/plans/$id" params={{ id: person.trajectoryId }}>
                      {person.personName}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td data-label={t('modules.enrolledOn')}>
                    {formatDate(person.enrolledOn, locale)}
                  </Table.Td>
                  <Table.Td data-label={t('modules.leftOn')}>
                    {person.leftOn ? formatDate(person.leftOn, locale) : '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
    </section>
  );
}

/** The way to a session's roll; its name says which session, for those who hear the list. */
function AttendanceLink({ moduleId, session }: { moduleId: string; session: ModuleSession }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const due = session.started && session.recorded === 0;
  // Before a session starts, its list is where excuses are noted.
  const label = due
    ? t('modules.recordAttendance')
    : !session.started && session.recorded === 0
      ? t('modules.openRoll')
      : t('modules.recordedCount', { count: session.recorded });
  return (
    <ButtonLink
      to="/modules/$id/sessions/$sessionId"
      params={{ id: moduleId, sessionId: session.id }}
      size="compact-sm"
      variant={due ? 'filled' : 'light'}
      aria-label={`${label} · ${sessionDay(session.startsAt, locale)}, ${sessionHours(session)}`}
    >
      {label}
    </ButtonLink>
  );
}
