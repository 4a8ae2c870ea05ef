import { Center, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { draftKey } from '../../components/drafts.ts';
import { useFlash } from '../../components/Flash.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useSession } from '../auth/session.ts';
import { personQuery } from '../persons/api.ts';
import { belgianToday } from '../persons/format.ts';
import { PersonPageHeading } from '../persons/PersonPageHeading.tsx';
import { useCreatePlan } from './api.ts';
import { PlanForm } from './PlanForm.tsx';
import { checkNew, emptyValues } from './values.ts';

/** A new plan for a person: drafted here, then explained to the person and signed on its page. */
export function NewPlanPage({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const flash = useFlash();
  const person = useQuery(personQuery(personId));
  const create = useCreatePlan();
  const [pristine] = useState(emptyValues);
  const name = person.data ? `${person.data.firstName} ${person.data.lastName}` : null;
  usePageTitle(name ? t('plans.newTitle', { name }) : null);

  if (person.error) return <ProblemAlert error={person.error} />;
  if (!name) {
    return (
      <Center p="xl">
        <Loading />
      </Center>
    );
  }

  return (
    <Stack gap="md">
      <PersonPageHeading personId={personId} name={name} title={t('plans.newTitle', { name })} />
      <PlanForm
        personId={personId}
        pristine={pristine}
        draftKey={draftKey('plan', me.user.id, personId, 'new')}
        submitLabel={t('plans.editor.create')}
        check={(values) => checkNew(values, personId, belgianToday())}
        onCancel={() => navigate({ to: '/persons/$id', params: { id: personId } })}
        onSubmit={async (body) => {
          const plan = await create.mutateAsync(body);
          flash(t('plans.created'));
          await navigate({ to: '/plans/$id', params: { id: plan.id } });
        }}
      />
    </Stack>
  );
}
