import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import stacked from '../../components/StackedTable.module.css';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { membersQuery, type ReportMembers } from './api.ts';
import classes from './ReportPage.module.css';

/**
 * Who is behind one figure of the yearly report: the plans, people or sanctions it counts, each
 * with the person (to their file) and the plan (when there is one). `label` is the figure's name
 * as the report showed it, carried in the address; without it the page names the figure by its cell.
 */
export function MembersPage({
  year,
  cell,
  label,
}: {
  year: number;
  cell: string;
  label: string | undefined;
}) {
  const { t } = useTranslation();
  const members = useQuery(membersQuery(year, cell));
  const title = label ?? t('reports.page.members.untitled', { cell });
  usePageTitle(title);

  return (
    <Stack gap="lg" maw={900}>
      <Stack gap={4}>
        <AnchorLink to="/reports" search={{ year }} size="sm">
          {t('reports.page.members.back', { year })}
        </AnchorLink>
        <Title order={1} size="h2">
          {title}
        </Title>
        {members.data && (
          <Text size="sm">
            {t(`reports.page.members.count.${members.data.subject}`, { count: members.data.count, year })}
          </Text>
        )}
      </Stack>
      {members.isPending && <Loading />}
      {members.isError && <ProblemAlert error={members.error} />}
      {members.data && members.data.items.length === 0 && (
        <Paper withBorder p="md">
          <Text>{t('reports.page.members.none')}</Text>
        </Paper>
      )}
      {members.data && members.data.items.length > 0 && (
        <MembersTable year={year} items={members.data.items} withPlan={members.data.subject !== 'person'} />
      )}
    </Stack>
  );
}

/** People counted by the figure; a figure of plans or sanctions also links each plan. */
function MembersTable({
  year,
  items,
  withPlan,
}: {
  year: number;
  items: ReportMembers['items'];
  withPlan: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div className={withPlan ? stacked.wrapper : classes.scroll}>
      <Table className={withPlan ? stacked.table : undefined} verticalSpacing="xs" captionSide="top" striped>
        <caption className={classes.caption}>{t('reports.page.members.caption', { year })}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('reports.page.members.person')}</Table.Th>
            {withPlan && <Table.Th scope="col">{t('reports.page.members.plan')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const name = `${item.person.firstName} ${item.person.lastName}`;
            return (
              <Table.Tr key={item.sanctionId ?? item.trajectoryId ?? item.person.id}>
                <Table.Th scope="row" className={classes.rowHeader}>
                  <AnchorLink to="/persons/$id" params={{ id: item.person.id }}>
                    {name}
                  </AnchorLink>
                </Table.Th>
                {withPlan && (
                  <Table.Td data-label={t('reports.page.members.plan')}>
                    {item.trajectoryId ? (
                      <AnchorLink
                        to="/plans/$id"
                        params={{ id: item.trajectoryId }}
                        aria-label={t('reports.page.members.openPlanOf', { name })}
                      >
                        {t('reports.page.members.openPlan')}
                      </AnchorLink>
                    ) : (
                      '–'
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </div>
  );
}
