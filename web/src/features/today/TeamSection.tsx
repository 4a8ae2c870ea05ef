import { Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import stacked from '../../components/StackedTable.module.css';
import { teamQuery } from './api.ts';

/** The team's workload for a lead: each worker's files and due and overdue items, a link to their day. */
export function TeamSection() {
  const { t } = useTranslation();
  const team = useQuery(teamQuery);
  return (
    <section aria-labelledby="team-heading">
      <Title order={2} size="h4" id="team-heading" mb={4}>
        {t('today.team.title')}
      </Title>
      {team.isPending && <Loading size="sm" />}
      {team.isError && <ProblemAlert error={team.error} />}
      {team.data && (
        <>
          <Text size="sm" c="dimmed" mb="xs">
            {t('today.team.overdue', { count: team.data.overdue })}
          </Text>
          <div className={stacked.wrapper}>
            <Table className={stacked.table} verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('today.team.worker')}</Table.Th>
                  <Table.Th ta="right">{t('today.team.files')}</Table.Th>
                  <Table.Th ta="right">{t('today.groups.overdue')}</Table.Th>
                  <Table.Th ta="right">{t('today.groups.thisWeek')}</Table.Th>
                  <Table.Th ta="right">{t('today.groups.later')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {team.data.workers.map((w) => (
                  <Table.Tr key={w.id}>
                    <Table.Td data-title>
                      <AnchorLink to="/" search={{ worker: w.id }}>
                        {w.displayName}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td ta="right" data-label={t('today.team.files')}>
                      {w.files}
                    </Table.Td>
                    <Table.Td
                      ta="right"
                      data-label={t('today.groups.overdue')}
                      fw={w.overdue > 0 ? 700 : undefined}
                    >
                      {w.overdue}
                    </Table.Td>
                    <Table.Td ta="right" data-label={t('today.groups.thisWeek')}>
                      {w.thisWeek}
                    </Table.Td>
                    <Table.Td ta="right" data-label={t('today.groups.later')}>
                      {w.later}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        </>
      )}
    </section>
  );
}
