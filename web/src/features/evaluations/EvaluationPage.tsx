/** One evaluation, as recorded; whoever held it may correct it while the plan is open. */
import { Badge, Button, Center, DataList, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { draftKey } from '../../components/drafts.ts';
import { useFlash } from '../../components/Flash.tsx';
import { Loading } from '../../components/Loading.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLocale } from '../../i18n.ts';
import { useSession } from '../auth/session.ts';
import { belgianToday, formatDate } from '../persons/format.ts';
import { PersonPageHeading } from '../persons/PersonPageHeading.tsx';
import { type Evaluation, evaluationQuery, useCorrectEvaluation } from './api.ts';
import { EvaluationForm } from './EvaluationForm.tsx';
import { attendanceWords } from './labels.ts';
import { planContext, usePlanInForce } from './plan.ts';
import { valuesOf } from './values.ts';

export function EvaluationPage({ id }: { id: string }) {
  const evaluation = useQuery(evaluationQuery(id));
  if (evaluation.error) return <ProblemAlert error={evaluation.error} />;
  if (!evaluation.data) {
    return (
      <Center p="xl">
        <Loading />
      </Center>
    );
  }
  return <EvaluationView evaluation={evaluation.data} />;
}

function EvaluationView({ evaluation }: { evaluation: Evaluation }) {
  const { t } = useTranslation();
  const me = useSession();
  const flash = useFlash();
  const navigate = useNavigate();
  const locale = currentLocale();
  const narrow = useMediaQuery('(max-width: 600px)');
  const { plan, version, error } = usePlanInForce(evaluation.trajectoryId);
  const correct = useCorrectEvaluation(evaluation.id);
  const [correcting, setCorrecting] = useState(false);
  const [today] = useState(belgianToday);
  const title = plan
    ? t('evaluations.pageTitle', {
        name: plan.personName,
        date: formatDate(evaluation.heldOn, locale, 'long'),
      })
    : null;
  usePageTitle(title);

  if (error) return <ProblemAlert error={error} />;
  if (!plan || version === undefined || !title) {
    return (
      <Center p="xl">
        <Loading />
      </Center>
    );
  }
  const objectives = version?.objectives ?? [];
  const textOf = new Map(objectives.map((o, i) => [o.id, `${i + 1}. ${o.text}`]));
  const mayCorrect = evaluation.heldBy === me.user.id && plan.state !== 'closed' && version !== null;
  const none = (
    <Text span inherit c="dimmed">
      {t('plans.notRecorded')}
    </Text>
  );
  const prose = (value: string) =>
    value ? (
      <Text span inherit style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {value}
      </Text>
    ) : (
      none
    );
  const rows: [string, ReactNode][] = [
    [t('evaluations.heldOn'), formatDate(evaluation.heldOn, locale, 'long')],
    [t('evaluations.mode'), t(`evaluations.modes.${evaluation.mode}`)],
    [t('evaluations.attendance'), attendanceWords(t, evaluation)],
    [t('evaluations.personDid'), prose(evaluation.personDid)],
    [t('evaluations.centreDid'), prose(evaluation.centreDid)],
    [t('evaluations.nextSteps'), prose(evaluation.nextSteps)],
    [t('evaluations.nextOn'), evaluation.nextOn ? formatDate(evaluation.nextOn, locale, 'long') : none],
    [t('evaluations.heldBy'), evaluation.heldByName],
  ];

  return (
    <Stack gap="md" maw={1000}>
      <PersonPageHeading personId={plan.personId} name={plan.personName} title={title} />
      <Group gap="sm">
        <AnchorLink to="/plans/$id" params={{ id: plan.id }} size="sm">
          {t('evaluations.backToPlan')}
        </AnchorLink>
        {evaluation.missed && (
          <Badge color="orange" variant="light" c="dark.8" tt="none">
            {t('evaluations.missedBadge')}
          </Badge>
        )}
        {evaluation.version > 1 && (
          <Text size="sm" c="dimmed">
            {t('evaluations.corrected', { count: evaluation.version - 1 })}
          </Text>
        )}
      </Group>
      {correcting && version ? (
        <Paper withBorder p="md">
          <EvaluationForm
            plan={planContext(version, today)}
            pristine={valuesOf(evaluation, version.objectives)}
            draftKey={draftKey('evaluation', me.user.id, evaluation.id)}
            submitLabel={t('evaluations.saveCorrection')}
            onCancel={() => setCorrecting(false)}
            onSubmit={async ({ measurement: _none, ...body }) => {
              await correct.mutateAsync({ ...body, version: evaluation.version });
              flash(t('evaluations.correctedSaved'));
              await navigate({ to: '/plans/$id', params: { id: plan.id } });
            }}
          />
        </Paper>
      ) : (
        <>
          {mayCorrect && (
            <Group>
              <Button variant="light" onClick={() => setCorrecting(true)}>
                {t('evaluations.correct')}
              </Button>
            </Group>
          )}
          <DataList withDivider gap="xs" labelWidth={220} orientation={narrow ? 'vertical' : 'horizontal'}>
            {rows.map(([label, value]) => (
              <DataList.Item key={label}>
                <DataList.ItemLabel>{label}</DataList.ItemLabel>
                <DataList.ItemValue>{value}</DataList.ItemValue>
              </DataList.Item>
            ))}
          </DataList>
          {!evaluation.missed && (
            <section aria-labelledby="progress-heading">
              <Title order={2} size="h4" id="progress-heading" mb="xs">
                {t('evaluations.progress')}
              </Title>
              {evaluation.objectiveProgress.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('evaluations.noProgress')}
                </Text>
              ) : (
                <Stack gap="xs">
                  {evaluation.objectiveProgress.map((p) => (
                    <div key={p.objectiveId}>
                      <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                        {textOf.get(p.objectiveId) ?? p.objectiveId}
                      </Text>
                      <Text size="sm">
                        {t(`evaluations.levels.${p.level}`)}
                        {p.note ? ` · ${p.note}` : ''}
                      </Text>
                    </div>
                  ))}
                </Stack>
              )}
            </section>
          )}
          {evaluation.measurementId && (
            <AnchorLink
              to="/persons/$id/measurements/$measurementId"
              params={{ id: evaluation.personId, measurementId: evaluation.measurementId }}
              size="sm"
            >
              {t('evaluations.openMeasurement')}
            </AnchorLink>
          )}
        </>
      )}
    </Stack>
  );
}
