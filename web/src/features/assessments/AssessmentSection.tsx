import {
  Accordion,
  Badge,
  Button,
  DataList,
  Group,
  Stack,
  Table,
  Text,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../components/Flash.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ButtonLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import stacked from '../../components/StackedTable.module.css';
import { currentLocale } from '../../i18n.ts';
import { WithdrawDialog } from '../measurements/WithdrawDialog.tsx';
import { formatDate } from '../persons/format.ts';
import classes from './AssessmentSection.module.css';
import { type Assessment, assessmentsQuery, useWithdrawAssessment } from './api.ts';
import { FINDING_FIELDS, OVERALL_FIELDS } from './values.ts';

/** What the latest social assessment found; the earlier ones stay readable below, folded. */
export function AssessmentSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const list = useQuery(assessmentsQuery(personId));
  const locale = currentLocale();
  const [latest, ...earlier] = list.data?.items ?? [];

  return (
    <section aria-labelledby="assessment-heading">
      <Title order={2} size="h4" id="assessment-heading" mb="xs">
        {t('assessment.title')}
      </Title>
      {list.isPending && <Loading size="sm" />}
      {list.isError && <ProblemAlert error={list.error} />}
      {list.isSuccess && !latest && (
        <Stack gap={2} p="md" className={classes.empty}>
          <Text fw={600}>{t('assessment.none')}</Text>
          <Text size="sm">{t('assessment.noneHint')}</Text>
        </Stack>
      )}
      {latest && (
        <Stack gap="sm">
          <AssessmentHeader assessment={latest} />
          <AssessmentDetails assessment={latest} />
        </Stack>
      )}
      {earlier.length > 0 && (
        <Stack gap="xs" mt="md">
          <Title order={3} size="h5">
            {t('assessment.earlier')}
          </Title>
          <Accordion multiple variant="contained" order={4}>
            {earlier.map((assessment) => (
              <Accordion.Item key={assessment.id} value={assessment.id}>
                <Accordion.Control>
                  {t('assessment.of', { date: formatDate(assessment.assessedOn, locale, 'long') })}
                  <Text span size="sm" c="dimmed">
                    {' · '}
                    {t('assessment.domainCount', { count: assessment.domains.length })}
                  </Text>
                </Accordion.Control>
                <Accordion.Panel>
                  <Stack gap="sm">
                    {!assessment.locked && (
                      <Group gap="xs">
                        <AssessmentActions assessment={assessment} />
                      </Group>
                    )}
                    <AssessmentDetails assessment={assessment} />
                  </Stack>
                </Accordion.Panel>
              </Accordion.Item>
            ))}
          </Accordion>
        </Stack>
      )}
    </section>
  );
}

function AssessmentHeader({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  return (
    <Group justify="space-between" align="center" gap="xs">
      <div>
        <Title order={3} size="h5">
          {t('assessment.of', { date: formatDate(assessment.assessedOn, currentLocale(), 'long') })}
        </Title>
        {assessment.createdBy && (
          <Text size="sm" c="dimmed">
            {t('assessment.by', { name: assessment.createdBy })}
          </Text>
        )}
      </div>
      {assessment.locked ? (
        <Badge variant="light" color="gray" c="gray.9" tt="none">
          {t('assessment.locked')}
        </Badge>
      ) : (
        <Group gap="xs">
          <AssessmentActions assessment={assessment} />
        </Group>
      )}
    </Group>
  );
}

/** Changing an assessment, or withdrawing one recorded by mistake (with a reason). */
function AssessmentActions({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const [withdrawing, setWithdrawing] = useState(false);
  const withdraw = useWithdrawAssessment(assessment.id);
  const date = formatDate(assessment.assessedOn, currentLocale(), 'long');
  return (
    <>
      <ButtonLink
        to="/assessments/$id/edit"
        params={{ id: assessment.id }}
        size="compact-sm"
        variant="default"
      >
        {t('assessment.edit')}
      </ButtonLink>
      <Button size="compact-sm" variant="default" c="red.9" onClick={() => setWithdrawing(true)}>
        {t('assessment.withdraw')}
        <VisuallyHidden> {t('assessment.of', { date })}</VisuallyHidden>
      </Button>
      <WithdrawDialog
        opened={withdrawing}
        title={t('assessment.withdrawTitle', { date })}
        explanation={t('assessment.withdrawExplanation')}
        onClose={() => setWithdrawing(false)}
        onConfirm={async (reason) => {
          await withdraw.mutateAsync({ version: assessment.version, reason });
          setWithdrawing(false);
          flash(t('assessment.withdrawn'));
        }}
      />
    </>
  );
}

function AssessmentDetails({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const dash = (
    <>
      <span aria-hidden="true">—</span>
      <VisuallyHidden>{t('assessment.notDescribed')}</VisuallyHidden>
    </>
  );
  return (
    <Stack gap="sm">
      {assessment.domains.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('assessment.noDomains')}
        </Text>
      ) : (
        <div className={stacked.wrapper}>
          <Table withTableBorder verticalSpacing={4} className={`${classes.table} ${stacked.table}`}>
            <Table.Caption>
              <VisuallyHidden>{t('assessment.domainsCaption')}</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('assessment.domain')}</Table.Th>
                {FINDING_FIELDS.map((field) => (
                  <Table.Th key={field} scope="col">
                    {t(`assessment.${field}`)}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {assessment.domains.map((finding) => (
                <Table.Tr key={finding.domain}>
                  <Table.Th scope="row" className={classes.domain}>
                    {t(`lifeDomains.${finding.domain}`)}
                  </Table.Th>
                  {FINDING_FIELDS.map((field) => (
                    <Table.Td key={field} className={classes.text} data-label={t(`assessment.${field}`)}>
                      {finding[field] || dash}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      <DataList withDivider gap="xs" labelWidth={200}>
        {OVERALL_FIELDS.map((field) => (
          <DataList.Item key={field}>
            <DataList.ItemLabel>{t(`assessment.${field}`)}</DataList.ItemLabel>
            <DataList.ItemValue className={classes.text}>{assessment[field] || dash}</DataList.ItemValue>
          </DataList.Item>
        ))}
      </DataList>
    </Stack>
  );
}
