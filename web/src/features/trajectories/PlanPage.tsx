/**
 * A plan on one page: what it says (its current version), the dates the law and the centre set for
 * it, the next step of its life, and every version with what changed from the one before.
 */
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Center,
  DataList,
  Group,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../components/Flash.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ButtonLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import stacked from '../../components/StackedTable.module.css';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLocale } from '../../i18n.ts';
import { CostsSection } from '../costs/CostsSection.tsx';
import { EvaluationsSection } from '../evaluations/EvaluationsSection.tsx';
import { PlanModulesSection } from '../modules/PlanModulesSection.tsx';
import { formatDate } from '../persons/format.ts';
import { PersonPageHeading } from '../persons/PersonPageHeading.tsx';
import { ReferralsSection } from '../referrals/ReferralsSection.tsx';
import { SanctionsSection } from '../sanctions/SanctionsSection.tsx';
import {
  deadlinesQuery,
  documentHref,
  type PlanVersion,
  planQuery,
  type Trajectory,
  useAmend,
} from './api.ts';
import { CloseForm, InformForm, InterviewForm, RecordedDateForm, SignForm } from './Lifecycle.tsx';
import { planStateLabel, RULE_KEYS } from './labels.ts';
import classes from './Plans.module.css';
import { VersionsSection } from './VersionsSection.tsx';

type Step =
  | 'inform'
  | 'sign'
  | 'close'
  | 'interview'
  | 'councilNotedOn'
  | 'subsidyExtensionMotivatedOn'
  | null;

export function PlanPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const plan = useQuery(planQuery(id));
  const data = plan.data;
  const title = data
    ? t('plans.pageTitle', { form: t(`plans.forms.${data.form}`), name: data.personName })
    : null;
  usePageTitle(title);

  if (plan.error) return <ProblemAlert error={plan.error} />;
  if (!data || !title) {
    return (
      <Center p="xl">
        <Loading />
      </Center>
    );
  }

  return (
    <Stack gap="xl" maw={1200}>
      <Stack gap="xs">
        <PersonPageHeading personId={data.personId} name={data.personName} title={title} />
        <Group gap="xs">
          <Badge variant="light" color={data.state === 'closed' ? 'gray' : 'blue'} c="dark.8" tt="none">
            {planStateLabel(t, data)}
          </Badge>
          <Text size="sm" c="dimmed">
            {t('plans.versionOf', {
              version: data.plan.number,
              state: t(`plans.versionStates.${data.plan.state}`),
            })}
          </Text>
        </Group>
      </Stack>
      <Obligation plan={data} />
      <NextSteps plan={data} />
      <PlanContent plan={data} version={data.plan} />
      <Deadlines id={id} />
      <ReferralsSection planId={id} closed={data.state === 'closed'} />
      <EvaluationsSection plan={data} />
      <SanctionsSection planId={id} />
      <PlanModulesSection plan={data} />
      <CostsSection planId={id} />
      <VersionsSection plan={data} />
    </Stack>
  );
}

function Obligation({ plan }: { plan: Trajectory }) {
  const { t } = useTranslation();
  const { obligation } = plan;
  const reasons = obligation.reasons.map((r) => t(`plans.obligation.reasons.${r}`)).join(' · ');
  if (obligation.mandatory) {
    return (
      <Alert color="blue" variant="light" title={t('plans.obligation.mandatory', { reasons })} maw={760}>
        {plan.form === 'growthPlan'
          ? t('plans.obligation.growthPlanWarning')
          : t('plans.obligation.mandatoryHelp')}
      </Alert>
    );
  }
  return (
    <Alert color="gray" variant="light" title={t('plans.obligation.notMandatory')} maw={760}>
      {t(`plans.obligation.because.${obligation.because ?? 'notNewNotYoung'}`, { reasons })}
    </Alert>
  );
}

/** The lifecycle buttons the plan's state allows, each opening its small form here. */
function NextSteps({ plan }: { plan: Trajectory }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const navigate = useNavigate();
  const amend = useAmend(plan.id);
  const [step, setStep] = useState<Step>(null);
  const [amendError, setAmendError] = useState<unknown>(null);
  const closed = plan.state === 'closed';
  const versionState = plan.plan.state;
  // The council takes note of a signed version; a second subsidy year is motivated for an active PIIS.
  const councilOpen = versionState === 'signed';
  const motivationOpen = plan.form === 'piis' && plan.state === 'active';
  const done = (message: string) => {
    setStep(null);
    flash(message);
  };

  const startAmendment = async () => {
    setAmendError(null);
    try {
      await amend.mutateAsync(plan.version);
      flash(t('plans.amend.done'));
      await navigate({ to: '/plans/$id/edit', params: { id: plan.id } });
    } catch (error) {
      setAmendError(error);
    }
  };

  return (
    <section aria-labelledby="steps-heading">
      <Title order={2} size="h4" id="steps-heading" mb="xs">
        {t('plans.steps.title')}
      </Title>
      <Stack gap="sm">
        <Text size="sm">{closed ? t('plans.steps.closed') : t(`plans.steps.hint.${versionState}`)}</Text>
        <Group gap="xs" className={classes.steps}>
          {!closed && (versionState === 'draft' || versionState === 'informed') && (
            <ButtonLink to="/plans/$id/edit" params={{ id: plan.id }} variant="default">
              {t('plans.steps.edit')}
            </ButtonLink>
          )}
          {!closed && versionState === 'draft' && (
            <Button variant={step === 'inform' ? 'filled' : 'light'} onClick={() => setStep('inform')}>
              {t('plans.steps.inform')}
            </Button>
          )}
          {!closed && versionState === 'informed' && (
            <Button variant={step === 'sign' ? 'filled' : 'light'} onClick={() => setStep('sign')}>
              {t('plans.steps.sign')}
            </Button>
          )}
          {!closed && plan.state === 'active' && versionState === 'signed' && (
            <Button variant="light" onClick={startAmendment} loading={amend.isPending}>
              {t('plans.steps.amend')}
            </Button>
          )}
          {!closed && (
            <Button
              variant={step === 'close' ? 'filled' : 'default'}
              color="gray"
              onClick={() => setStep('close')}
            >
              {t('plans.steps.close')}
            </Button>
          )}
          {!closed && (
            <Button
              variant={step === 'interview' ? 'filled' : 'default'}
              onClick={() => setStep('interview')}
            >
              {t('plans.interview.open')}
            </Button>
          )}
          {councilOpen && (
            <Button
              variant={step === 'councilNotedOn' ? 'filled' : 'default'}
              onClick={() => setStep('councilNotedOn')}
            >
              {t('plans.recorded.councilNotedOn.open')}
            </Button>
          )}
          {motivationOpen && (
            <Button
              variant={step === 'subsidyExtensionMotivatedOn' ? 'filled' : 'default'}
              onClick={() => setStep('subsidyExtensionMotivatedOn')}
            >
              {t('plans.recorded.subsidyExtensionMotivatedOn.open')}
            </Button>
          )}
          <Anchor href={documentHref(plan.id, plan.plan.number)} size="sm" px="xs">
            {t('plans.steps.download')}
          </Anchor>
        </Group>
        {amendError !== null && <ProblemAlert error={amendError} />}
        {step === 'inform' && <InformForm plan={plan} onDone={done} onCancel={() => setStep(null)} />}
        {step === 'sign' && <SignForm plan={plan} onDone={done} onCancel={() => setStep(null)} />}
        {step === 'close' && <CloseForm plan={plan} onDone={done} onCancel={() => setStep(null)} />}
        {step === 'interview' && <InterviewForm plan={plan} onDone={done} onCancel={() => setStep(null)} />}
        {((step === 'councilNotedOn' && councilOpen) ||
          (step === 'subsidyExtensionMotivatedOn' && motivationOpen)) && (
          <RecordedDateForm
            key={`${step}-${plan.version}`}
            plan={plan}
            field={step}
            onDone={done}
            onCancel={() => setStep(null)}
          />
        )}
      </Stack>
    </section>
  );
}

/** What a version says, in readable form: the facts of the plan, then its objectives and actions. */
export function PlanContent({ plan, version }: { plan: Trajectory; version: PlanVersion }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  // On a phone each value goes under its label: two columns would squeeze both.
  const narrow = useMediaQuery('(max-width: 600px)');
  const none = (
    <Text span inherit c="dimmed">
      {t('plans.notRecorded')}
    </Text>
  );
  const day = (value: string | null) => (value ? formatDate(value, locale, 'long') : none);
  const information = version.information;
  const rows: [string, ReactNode][] = [
    [t('plans.form'), t(`plans.forms.${plan.form}`)],
    [
      t('plans.situation'),
      `${t(`plans.situations.${plan.situation}`)}${plan.incomeCategory ? ` (${t(`plans.incomeCategories.${plan.incomeCategory}`)})` : ''}`,
    ],
    [t('plans.decisionDate'), day(plan.decisionDate)],
    [t('plans.notificationDate'), day(plan.notificationDate)],
    [
      t('plans.incomeBefore'),
      plan.incomeInPreviousThreeMonths === null
        ? t('plans.unknown')
        : plan.incomeInPreviousThreeMonths
          ? t('plans.yes')
          : t('plans.no'),
    ],
    ...(plan.exemption
      ? ([
          [
            t('plans.exemption'),
            <span key="e" className={classes.text}>
              {t(`plans.exemptionReasons.${plan.exemption.reason}`)}: {plan.exemption.justification}
            </span>,
          ],
        ] as [string, ReactNode][])
      : []),
    [t('plans.orientations'), version.orientations.map((o) => t(`plans.orientationNames.${o}`)).join(', ')],
    ...(version.communityServiceAgreedOn
      ? ([[t('plans.communityServiceAgreedOn'), day(version.communityServiceAgreedOn)]] as [
          string,
          ReactNode,
        ][])
      : []),
    [t('plans.startOn'), day(version.startOn)],
    [t('plans.plannedEndOn'), day(version.plannedEndOn)],
    [
      t('plans.supportPerson'),
      version.supportPerson ? `${version.supportPerson.name} (${version.supportPerson.relation})` : none,
    ],
    [
      t('plans.evaluationArrangements'),
      version.evaluationArrangements ? (
        <span key="ea" className={classes.text}>
          {version.evaluationArrangements}
        </span>
      ) : (
        none
      ),
    ],
    [
      t('plans.information'),
      information
        ? t(information.reflectionRequested ? 'plans.informedWithReflection' : 'plans.informedOn', {
            date: formatDate(information.informedOn, locale, 'long'),
            language: t(`persons.languages.${information.language}`),
          }) + (information.reflectionWaived ? ` ${t('plans.reflectionWaived')}` : '')
        : none,
    ],
    [
      t('plans.signedOn'),
      version.signedOn
        ? `${formatDate(version.signedOn, locale, 'long')}${version.signatures ? ` · ${signatureWords(t, version.signatures)}` : ''}`
        : none,
    ],
    ...(version.signedOn
      ? ([[t('plans.councilNotedOn'), day(version.councilNotedOn)]] as [string, ReactNode][])
      : []),
    ...(plan.form === 'piis' && (plan.state === 'active' || plan.subsidyExtensionMotivatedOn)
      ? ([[t('plans.subsidyExtensionMotivatedOn'), day(plan.subsidyExtensionMotivatedOn)]] as [
          string,
          ReactNode,
        ][])
      : []),
    ...(plan.closedOn
      ? ([
          [t('plans.closedOn'), day(plan.closedOn)],
          [t('plans.outcome'), plan.outcome ? t(`plans.outcomes.${plan.outcome}`) : none],
          ...(plan.closureNote
            ? [
                [
                  t('plans.close.note'),
                  <span key="n" className={classes.text}>
                    {plan.closureNote}
                  </span>,
                ],
              ]
            : []),
        ] as [string, ReactNode][])
      : []),
  ];
  const objectiveNumber = new Map(version.objectives.map((o, i) => [o.id, i + 1]));

  return (
    <section aria-labelledby="content-heading">
      <Title order={2} size="h4" id="content-heading" mb="xs">
        {t('plans.contentTitle', { version: version.number })}
      </Title>
      <Stack gap="lg">
        <DataList
          withDivider
          gap="xs"
          labelWidth={220}
          maw={900}
          orientation={narrow ? 'vertical' : 'horizontal'}
        >
          {rows.map(([label, value]) => (
            <DataList.Item key={label}>
              <DataList.ItemLabel>{label}</DataList.ItemLabel>
              <DataList.ItemValue>{value}</DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
        <div>
          <Title order={3} size="h5" mb={4}>
            {t('plans.objectives')}
          </Title>
          {version.objectives.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('plans.noObjectives')}
            </Text>
          ) : (
            <ol className={classes.list}>
              {version.objectives.map((objective) => {
                const person = version.personCommitments.filter((c) => c.objectiveId === objective.id);
                const centre = version.centreCommitments.filter((c) => c.objectiveId === objective.id);
                return (
                  <li key={objective.id}>
                    <Text size="sm" fw={600} className={classes.text}>
                      {objective.text}
                    </Text>
                    <Commitments title={t('plans.personCommitments')} items={person.map((c) => c.text)} />
                    <Commitments title={t('plans.centreCommitments')} items={centre.map((c) => c.text)} />
                  </li>
                );
              })}
            </ol>
          )}
        </div>
        <div>
          <Title order={3} size="h5" mb={4}>
            {t('plans.actions')}
          </Title>
          {version.actions.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('plans.noActions')}
            </Text>
          ) : (
            <div className={stacked.wrapper}>
              <Table className={stacked.table} verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('plans.actionWhat')}</Table.Th>
                    <Table.Th>{t('plans.actionWho')}</Table.Th>
                    <Table.Th>{t('plans.actionDue')}</Table.Th>
                    <Table.Th>{t('plans.actionStatus')}</Table.Th>
                    <Table.Th>{t('plans.actionObjective')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {version.actions.map((action) => (
                    <Table.Tr key={action.id}>
                      <Table.Td data-title className={classes.text}>
                        {action.what}
                      </Table.Td>
                      <Table.Td data-label={t('plans.actionWho')}>{action.who}</Table.Td>
                      <Table.Td data-label={t('plans.actionDue')}>
                        {action.dueOn ? formatDate(action.dueOn, locale) : '—'}
                      </Table.Td>
                      <Table.Td data-label={t('plans.actionStatus')}>
                        {t(`plans.actionStatuses.${action.status}`)}
                      </Table.Td>
                      <Table.Td data-label={t('plans.actionObjective')}>
                        {action.objectiveId && objectiveNumber.has(action.objectiveId)
                          ? t('plans.objectiveNumber', { number: objectiveNumber.get(action.objectiveId) })
                          : '—'}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </div>
          )}
        </div>
        {version.parties.length > 0 && (
          <div>
            <Title order={3} size="h5" mb={4}>
              {t('plans.parties')}
            </Title>
            <ul className={classes.list}>
              {version.parties.map((party) => (
                <li key={`${party.name}-${party.role}`}>
                  <Text size="sm">
                    {party.name} ({party.role})
                  </Text>
                </li>
              ))}
            </ul>
          </div>
        )}
      </Stack>
    </section>
  );
}

function signatureWords(
  t: (key: string, params?: Record<string, unknown>) => string,
  signatures: NonNullable<PlanVersion['signatures']>,
): string {
  const how = (kind: 'screen' | 'paper' | null) =>
    kind ? t(`plans.signedHow.${kind}`) : t('plans.signedHow.none');
  const worker = signatures.workerName ? ` (${signatures.workerName})` : '';
  return `${t('plans.signedByPerson', { how: how(signatures.person) })} · ${t('plans.signedByCentre', { how: how(signatures.worker) })}${worker}`;
}

function Commitments({ title, items }: { title: string; items: string[] }) {
  if (items.length === 0) return null;
  return (
    <Stack gap={0} mt={4}>
      <Text size="sm" c="dimmed">
        {title}
      </Text>
      <ul className={classes.list}>
        {items.map((item) => (
          <li key={item}>
            <Text size="sm" className={classes.text}>
              {item}
            </Text>
          </li>
        ))}
      </ul>
    </Stack>
  );
}

/** The dates of GET …/deadlines, each with its rule in words and its state in colour and text. */
function Deadlines({ id }: { id: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const deadlines = useQuery(deadlinesQuery(id));
  return (
    <section aria-labelledby="deadlines-heading">
      <Title order={2} size="h4" id="deadlines-heading" mb="xs">
        {t('plans.deadlines.title')}
      </Title>
      {deadlines.isPending && <Loading size="sm" />}
      {deadlines.isError && <ProblemAlert error={deadlines.error} />}
      {deadlines.data && deadlines.data.items.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('plans.deadlines.none')}
        </Text>
      )}
      {deadlines.data && deadlines.data.items.length > 0 && (
        <div className={stacked.wrapper}>
          <Table className={stacked.table} verticalSpacing="xs" maw={900}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('plans.deadlines.date')}</Table.Th>
                <Table.Th>{t('plans.deadlines.rule')}</Table.Th>
                <Table.Th>{t('plans.deadlines.state')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {deadlines.data.items.map((item) => (
                <Table.Tr key={item.key}>
                  <Table.Td data-title>{formatDate(item.date, locale, 'long')}</Table.Td>
                  <Table.Td data-label={t('plans.deadlines.rule')}>
                    {t(RULE_KEYS[item.rule])}
                    {item.inPerson ? ` ${t('plans.deadlines.inPerson')}` : ''}
                  </Table.Td>
                  <Table.Td data-label={t('plans.deadlines.state')}>
                    <span className={`${classes.state} ${classes[item.state]}`}>
                      <span aria-hidden="true">
                        {item.state === 'done' ? '✓ ' : item.state === 'overdue' ? '! ' : '○ '}
                      </span>
                      {t(`plans.deadlines.states.${item.state}`)}
                    </span>
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
