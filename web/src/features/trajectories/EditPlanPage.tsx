import { Alert, Center, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { draftKey } from '../../components/drafts.ts';
import { useFlash } from '../../components/Flash.tsx';
import { Loading } from '../../components/Loading.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useSession } from '../auth/session.ts';
import { belgianToday } from '../persons/format.ts';
import { PersonPageHeading } from '../persons/PersonPageHeading.tsx';
import { planQuery, useUpdatePlan } from './api.ts';
import { PlanForm } from './PlanForm.tsx';
import { checkUpdate, valuesOf } from './values.ts';

/**
 * Changing a plan's current version while it is not signed (a signed one is amended first). The
 * PATCH carries the version read: a colleague's change in between gets a clear 409.
 */
export function EditPlanPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const flash = useFlash();
  const plan = useQuery({ ...planQuery(id), staleTime: 0 });
  const update = useUpdatePlan(id);
  const data = plan.data;
  // Taken once per version read: a refresh in the background does not reset the form.
  // biome-ignore lint/correctness/useExhaustiveDependencies: recomputed only when the version changes.
  const pristine = useMemo(() => (data ? valuesOf(data) : null), [data?.version]);
  usePageTitle(data ? t('plans.editTitle', { name: data.personName }) : null);

  if (plan.error) return <ProblemAlert error={plan.error} />;
  if (!data || !pristine) {
    return (
      <Center p="xl">
        <Loading />
      </Center>
    );
  }

  const frozen = data.state === 'closed' || data.plan.state === 'signed' || data.plan.state === 'superseded';

  return (
    <Stack gap="md">
      <PersonPageHeading
        personId={data.personId}
        name={data.personName}
        title={t('plans.editTitle', { name: data.personName })}
      />
      <AnchorLink to="/plans/$id" params={{ id }} size="sm">
        {t('plans.backToPlan')}
      </AnchorLink>
      {frozen ? (
        <Alert color="orange" variant="light" role="status" maw={720}>
          {data.state === 'closed' ? t('plans.editor.closed') : t('plans.editor.signedFrozen')}
        </Alert>
      ) : (
        <>
          {data.plan.state === 'informed' && (
            <Alert color="orange" variant="light" maw={1000}>
              {t('plans.editor.informedAgain')}
            </Alert>
          )}
          <PlanForm
            key={data.version}
            personId={data.personId}
            pristine={pristine}
            draftKey={draftKey('plan', me.user.id, id, String(data.version))}
            submitLabel={t('plans.editor.save')}
            formFixed={data.state !== 'draft'}
            check={(values) => checkUpdate(values, data.version, belgianToday())}
            onCancel={() => navigate({ to: '/plans/$id', params: { id } })}
            onReload={() => void plan.refetch()}
            onSubmit={async (body) => {
              await update.mutateAsync(body);
              flash(t('plans.saved'));
              await navigate({ to: '/plans/$id', params: { id } });
            }}
          />
        </>
      )}
    </Stack>
  );
}
