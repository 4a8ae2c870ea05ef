/**
 * A plan's evaluations on its page: whether the year's minimum is met, on track or at risk (in
 * words, with the counts), every evaluation (missed appointments marked), and the way to record one.
 */
import { Alert, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading.tsx';
import { AnchorLink, ButtonLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import stacked from '../../components/StackedTable.module.css';
import { currentLocale } from '../../i18n.ts';
import { formatDate } from '../persons/format.ts';
import type { Trajectory } from '../trajectories/api.ts';
import { planEvaluationsQuery } from './api.ts';
import { attendanceWords, COMPLIANCE_COLOURS, complianceWords } from './labels.ts';

export function EvaluationsSection({ plan }: { plan: Pick<Trajectory, 'id' | 'state'> }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const evaluations = useQuery(planEvaluationsQuery(plan.id));
  const items = evaluations.data?.items ?? [];
  const compliance = evaluations.data?.compliance ?? null;
  const long = (iso: string) => formatDate(iso, locale, 'long');

  return (
    <section aria-labelledby="evaluations-heading" id="evaluations">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="evaluations-heading">
          {t('evaluations.title')}
        </Title>
        {plan.state === 'active' && (
          <ButtonLink to="/plans/$id/evaluations/new" params={{ id: plan.id }} variant="light">
            {t('evaluations.record')}
          </ButtonLink>
        )}
      </Group>
      <Stack gap="sm">
        {evaluations.isPending && <Loading size="sm" />}
        {evaluations.isError && <ProblemAlert error={evaluations.error} />}
        {compliance && (
          <Alert
            color={COMPLIANCE_COLOURS[compliance.state]}
            variant="light"
            maw={760}
            title={
              <Group gap="xs">
                {/* The alert's own title colour (orange on light orange) is below AA contrast. */}
                <Text span fw={700} size="sm" c="dark.8">
                  {t('evaluations.compliance.title')}
                </Text>
                <Badge color={COMPLIANCE_COLOURS[compliance.state]} variant="outline" c="dark.8" tt="none">
                  {t(`evaluations.compliance.states.${compliance.state}`)}
                </Badge>
              </Group>
            }
          >
            <Text size="sm">{complianceWords(t, compliance, long)}</Text>
            <Text size="sm" mt={4}>
              {t(`evaluations.compliance.hints.${compliance.state}`)}
            </Text>
          </Alert>
        )}
        {evaluations.isSuccess && !compliance && plan.state !== 'active' && plan.state !== 'closed' && (
          <Text size="sm" c="dimmed">
            {t('evaluations.afterSignature')}
          </Text>
        )}
        {evaluations.isSuccess &&
          items.length === 0 &&
          (plan.state === 'active' || plan.state === 'closed') && (
            <Text size="sm" c="dimmed">
              {t('evaluations.none')}
            </Text>
          )}
        {items.length > 0 && (
          <div className={stacked.wrapper}>
            <Table
              className={stacked.table}
              verticalSpacing="xs"
              maw={1000}
              aria-label={t('evaluations.caption')}
            >
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('evaluations.heldOn')}</Table.Th>
                  <Table.Th>{t('evaluations.mode')}</Table.Th>
                  <Table.Th>{t('evaluations.attendance')}</Table.Th>
                  <Table.Th>{t('evaluations.nextOn')}</Table.Th>
                  <Table.Th>{t('evaluations.heldBy')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((evaluation) => (
                  <Table.Tr key={evaluation.id}>
                    <Table.Td data-title>
                      <AnchorLink to="/evaluations/$id" params={{ id: evaluation.id }}>
                        {long(evaluation.heldOn)}
                      </AnchorLink>
                      {evaluation.missed && (
                        <Badge color="orange" variant="light" c="dark.8" tt="none" ml={6}>
                          {t('evaluations.missedBadge')}
                        </Badge>
                      )}
                      {evaluation.measurementId && (
                        <Badge color="gray" variant="outline" c="dark.8" tt="none" ml={6}>
                          {t('evaluations.withMeasurement')}
                        </Badge>
                      )}
                    </Table.Td>
                    <Table.Td data-label={t('evaluations.mode')}>
                      {t(`evaluations.modes.${evaluation.mode}`)}
                    </Table.Td>
                    <Table.Td data-label={t('evaluations.attendance')} style={{ overflowWrap: 'anywhere' }}>
                      {attendanceWords(t, evaluation)}
                    </Table.Td>
                    <Table.Td data-label={t('evaluations.nextOn')}>
                      {evaluation.nextOn ? formatDate(evaluation.nextOn, locale) : '—'}
                    </Table.Td>
                    <Table.Td data-label={t('evaluations.heldBy')}>{evaluation.heldByName}</Table.Td>
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
