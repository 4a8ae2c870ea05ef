/**
 * The centre's module catalogue: everyone in the centre reads it (what runs, who runs it, how many
 * places are left, when the next session is); the administrator adds modules.
 */
import { Badge, Button, Checkbox, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../src/features/auth/policy.ts';
import { useFlash } from '../../components/Flash.tsx';
import { Loading } from '../../components/Loading.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import stacked from '../../components/StackedTable.module.css';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLocale } from '../../i18n.ts';
import { useSession } from '../auth/session.ts';
import { type Module, modulesQuery, useCreateModule } from './api.ts';
import { sessionWhen } from './format.ts';
import { ModuleForm } from './ModuleForm.tsx';
import classes from './Modules.module.css';
import { emptyModule } from './values.ts';

export function ModulesPage() {
  const { t } = useTranslation();
  const me = useSession();
  const flash = useFlash();
  const navigate = useNavigate();
  const manages = can(me.user, 'modules.manage');
  const [showInactive, setShowInactive] = useState(false);
  const [adding, setAdding] = useState(false);
  const modules = useQuery(modulesQuery(manages && showInactive ? 'inactive' : 'active'));
  const create = useCreateModule();
  usePageTitle(t('modules.title'));

  return (
    <Stack gap="lg" maw={1100}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('modules.title')}
        </Title>
        <Text size="sm">{t('modules.intro')}</Text>
      </Stack>
      {manages && (
        <Group gap="md">
          {!adding && (
            <Button variant="light" onClick={() => setAdding(true)}>
              {t('modules.add')}
            </Button>
          )}
          <Checkbox
            label={t('modules.showInactive')}
            checked={showInactive}
            onChange={(event) => setShowInactive(event.currentTarget.checked)}
          />
        </Group>
      )}
      {adding && (
        <Paper withBorder p="md" component="section" aria-label={t('modules.add')}>
          <ModuleForm
            initialValues={emptyModule}
            submitLabel={t('modules.create')}
            onSubmit={async (body) => {
              const made = await create.mutateAsync(body);
              setAdding(false);
              flash(t('modules.created', { name: made.name }));
              await navigate({ to: '/modules/$id', params: { id: made.id } });
            }}
            onCancel={() => setAdding(false)}
          />
        </Paper>
      )}
      {modules.isPending && <Loading />}
      {modules.isError && <ProblemAlert error={modules.error} />}
      {modules.data && modules.data.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('modules.none')}
        </Text>
      )}
      {modules.data && modules.data.items.length > 0 && <Catalogue modules={modules.data.items} />}
    </Stack>
  );
}

function Catalogue({ modules }: { modules: Module[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <div className={stacked.wrapper}>
      <Table className={stacked.table} verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('modules.module')}</Table.Th>
            <Table.Th>{t('modules.runBy')}</Table.Th>
            <Table.Th>{t('modules.places')}</Table.Th>
            <Table.Th>{t('modules.nextSession')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {modules.map((module) => (
            <Table.Tr key={module.id}>
              <Table.Td data-title>
                <Group gap="xs" wrap="wrap">
                  <AnchorLink to="/modules/$id" params={{ id: module.id }} fw={600} className={classes.text}>
                    {module.name}
                  </AnchorLink>
                  <Badge variant="light" color="gray" c="dark.8" tt="none">
                    {t(`modules.kinds.${module.kind}`)}
                  </Badge>
                  {!module.active && (
                    <Badge variant="outline" color="gray" c="dark.8" tt="none">
                      {t('modules.inactive')}
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              <Table.Td data-label={t('modules.runBy')}>
                {module.partnerName ?? t('modules.theCentre')}
              </Table.Td>
              <Table.Td data-label={t('modules.places')}>
                <Places module={module} />
              </Table.Td>
              <Table.Td data-label={t('modules.nextSession')}>
                {module.nextSession ? sessionWhen(module.nextSession, locale) : t('modules.noNextSession')}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/** "3 enrolled · 9 places left", or "full", or "no limit". */
export function Places({ module }: { module: Pick<Module, 'enrolled' | 'capacity' | 'freePlaces'> }) {
  const { t } = useTranslation();
  const enrolled = t('modules.enrolledCount', { count: module.enrolled });
  if (module.capacity === null) return <>{`${enrolled} · ${t('modules.noLimit')}`}</>;
  if (module.freePlaces === 0)
    return (
      <>
        {enrolled} ·{' '}
        <Text span inherit fw={600} c="red.9">
          {t('modules.full')}
        </Text>
      </>
    );
  return <>{`${enrolled} · ${t('modules.freePlaces', { count: module.freePlaces ?? 0 })}`}</>;
}
