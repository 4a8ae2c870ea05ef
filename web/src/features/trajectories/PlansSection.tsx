import { Group, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading.tsx';
import { AnchorLink, ButtonLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import stacked from '../../components/StackedTable.module.css';
import { currentLocale } from '../../i18n.ts';
import { formatDate } from '../persons/format.ts';
import { personPlansQuery } from './api.ts';
import { planStateLabel } from './labels.ts';

/** The person's plans on their page, newest first, each with a link to its own page. */
export function PlansSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const plans = useQuery(personPlansQuery(personId));
  const locale = currentLocale();
  const day = (value: string | null) => (value ? formatDate(value, locale) : '—');

  return (
    <section aria-labelledby="plans-heading">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="plans-heading">
          {t('plans.title')}
        </Title>
        <ButtonLink to="/persons/$id/plans/new" params={{ id: personId }} variant="light">
          {t('plans.new')}
        </ButtonLink>
      </Group>
      {plans.isPending && <Loading size="sm" />}
      {plans.isError && <ProblemAlert error={plans.error} />}
      {plans.data && plans.data.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('plans.none')}
        </Text>
      )}
      {plans.data && plans.data.items.length > 0 && (
        <div className={stacked.wrapper}>
          <Table className={stacked.table} verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plans.form')}</Table.Th>
                <Table.Th>{t('plans.state')}</Table.Th>
                <Table.Th>{t('plans.orientations')}</Table.Th>
                <Table.Th>{t('plans.currentVersion')}</Table.Th>
                <Table.Th>{t('plans.startOn')}</Table.Th>
                <Table.Th>{t('plans.plannedEndOn')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plans.data.items.map((plan) => (
                <Table.Tr key={plan.id}>
                  <Table.Td data-title>
                    <AnchorLink to="/plans/$id" params={{ id: plan.id }} fw={600}>
                      {t(`plans.forms.${plan.form}`)}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td data-label={t('plans.state')}>{planStateLabel(t, plan)}</Table.Td>
                  <Table.Td data-label={t('plans.orientations')}>
                    {plan.plan.orientations.map((o) => t(`plans.orientationNames.${o}`)).join(', ')}
                  </Table.Td>
                  <Table.Td data-label={t('plans.currentVersion')}>{plan.currentVersion}</Table.Td>
                  <Table.Td data-label={t('plans.startOn')}>{day(plan.plan.startOn)}</Table.Td>
                  <Table.Td data-label={t('plans.plannedEndOn')}>
                    {day(plan.closedOn ?? plan.plan.plannedEndOn)}
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
