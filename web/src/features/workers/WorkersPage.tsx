import {
  Alert,
  Button,
  Center,
  Group,
  NativeSelect,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useReassign, workerOptions, workersQuery } from './api.ts';

/**
 * The team: who follows how many files, and, for a worker who leaves or is away, all their files
 * handed to a colleague in one action (leads and administrators).
 */
export function WorkersPage() {
  const { t } = useTranslation();
  const workers = useQuery(workersQuery);
  const reassign = useReassign();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [done, setDone] = useState<{ count: number; from: string; to: string } | null>(null);
  usePageTitle(t('workers.title'));

  if (workers.isPending) {
    return (
      <Center p="xl">
        <Loading />
      </Center>
    );
  }
  if (!workers.data) return <ProblemAlert error={workers.error} />;
  const items = workers.data.items;
  const nameOf = (id: string | null) => items.find((w) => w.id === id)?.displayName ?? '';

  const submit = () => {
    if (!from || !to) return;
    setDone(null);
    reassign.mutate(
      { fromUserId: from, toUserId: to },
      { onSuccess: (result) => setDone({ count: result.reassigned, from, to }) },
    );
  };

  return (
    <Stack gap="xl" maw={900}>
      <Title order={1} size="h2">
        {t('workers.title')}
      </Title>
      {/* Two columns fit a phone: no sideways scrolling. */}
      <Table verticalSpacing={6}>
        <Table.Caption>
          <VisuallyHidden>{t('workers.caption')}</VisuallyHidden>
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('workers.name')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('workers.files')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((w) => (
            <Table.Tr key={w.id}>
              <Table.Td>
                {w.displayName}
                {/* Under the name, not a column of its own: two columns fit a phone. */}
                <Text size="xs" c="dimmed">
                  {t(`roles.${w.role}`)}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{w.files}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Stack gap="sm" component="section" aria-labelledby="hand-over-heading">
        <Title order={2} size="h4" id="hand-over-heading">
          {t('workers.handOverTitle')}
        </Title>
        <Text size="sm">{t('workers.handOverHelp')}</Text>
        <Group align="flex-end" gap="sm">
          <NativeSelect
            label={t('workers.from')}
            data={workerOptions(workers.data, t, null)}
            value={from}
            onChange={(event) => setFrom(event.currentTarget.value)}
            w={280}
          />
          <NativeSelect
            label={t('workers.to')}
            data={workerOptions(workers.data, t, from)}
            value={to}
            onChange={(event) => setTo(event.currentTarget.value)}
            w={280}
          />
          <Button onClick={submit} disabled={!from || !to || from === to} loading={reassign.isPending}>
            {t('workers.handOver')}
          </Button>
        </Group>
        {reassign.isError && <ProblemAlert error={reassign.error} />}
        {done && (
          <Alert color="green" role="status">
            {t('workers.handedOver', { count: done.count, from: nameOf(done.from), to: nameOf(done.to) })}
          </Alert>
        )}
      </Stack>
    </Stack>
  );
}
