import { Alert, Center, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { draftKey } from '../../components/drafts.ts';
import { useFlash } from '../../components/Flash.tsx';
import { Loading } from '../../components/Loading.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useSession } from '../auth/session.ts';
import { DEFAULT_INSTRUMENT, instrumentsQuery } from '../instruments/api.ts';
import { belgianToday } from '../persons/format.ts';
import { PersonPageHeading } from '../persons/PersonPageHeading.tsx';
import { useRecordEvaluation } from './api.ts';
import { EvaluationForm } from './EvaluationForm.tsx';
import { planContext, usePlanInForce } from './plan.ts';
import { emptyValues } from './values.ts';

/** Recording an evaluation of a plan in force; back to the plan once saved. */
export function NewEvaluationPage({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const flash = useFlash();
  const { plan, version, error } = usePlanInForce(planId);
  const instruments = useQuery(instrumentsQuery);
  const record = useRecordEvaluation(planId);
  const [today] = useState(belgianToday);
  const title = plan ? t('evaluations.newTitle', { name: plan.personName }) : null;
  usePageTitle(title);

  if (error) return <ProblemAlert error={error} />;
  if (!plan || version === undefined || !title || instruments.isPending) {
    return (
      <Center p="xl">
        <Loading />
      </Center>
    );
  }
  const backToPlan = () => navigate({ to: '/plans/$id', params: { id: planId } });
  const items = instruments.data?.items ?? [];
  const initial = items.some((i) => i.key === DEFAULT_INSTRUMENT) ? DEFAULT_INSTRUMENT : items[0]?.key;
  const context = version ? planContext(version, today) : null;

  return (
    <Stack gap="md">
      <PersonPageHeading personId={plan.personId} name={plan.personName} title={title} />
      <AnchorLink to="/plans/$id" params={{ id: planId }} size="sm">
        {t('evaluations.backToPlan')}
      </AnchorLink>
      {plan.state !== 'active' || !version || !context ? (
        <Alert color="blue" variant="light" maw={760}>
          {t('evaluations.notActive')}
        </Alert>
      ) : (
        <EvaluationForm
          plan={context}
          pristine={emptyValues(today, context.objectives)}
          draftKey={draftKey('evaluation', me.user.id, planId)}
          instruments={items}
          initialInstrument={initial}
          submitLabel={t('evaluations.save')}
          onCancel={backToPlan}
          onSubmit={async (body) => {
            await record.mutateAsync(body);
            flash(body.missed ? t('evaluations.savedMissed') : t('evaluations.saved'));
            await backToPlan();
          }}
        />
      )}
    </Stack>
  );
}
