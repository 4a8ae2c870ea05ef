import { Button, Group, NativeSelect } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useReassign, workerOptions, workersQuery } from './api.ts';

/** A lead gives one file to another worker, from the person's page. */
export function ResponsibleControl({ personId, current }: { personId: string; current: string | null }) {
  const { t } = useTranslation();
  const { data: workers } = useQuery(workersQuery);
  const reassign = useReassign();
  const [to, setTo] = useState('');
  return (
    <>
      <Group align="flex-end" gap="sm">
        <NativeSelect
          label={t('workers.giveFileTo')}
          data={workerOptions(workers, t, current)}
          value={to}
          onChange={(event) => setTo(event.currentTarget.value)}
          w={280}
        />
        <Button
          variant="default"
          disabled={!to}
          loading={reassign.isPending}
          onClick={() =>
            reassign.mutate({ personIds: [personId], toUserId: to }, { onSuccess: () => setTo('') })
          }
        >
          {t('workers.handOver')}
        </Button>
      </Group>
      {reassign.isError && <ProblemAlert error={reassign.error} />}
    </>
  );
}
