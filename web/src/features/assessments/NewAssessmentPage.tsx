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
import { AssessmentForm } from './AssessmentForm.tsx';
import { useCreateAssessment } from './api.ts';
import { emptyValues } from './values.ts';

export function NewAssessmentPage({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const flash = useFlash();
  const person = useQuery(personQuery(personId));
  const create = useCreateAssessment(personId);
  const [pristine] = useState(() => emptyValues(belgianToday()));
  const name = person.data ? `${person.data.firstName} ${person.data.lastName}` : null;
  usePageTitle(name ? t('assessment.newTitle', { name }) : null);

  if (person.isPending) {
    return (
      <Center p="xl">
        <Loading />
      </Center>
    );
  }
  if (!name) return <ProblemAlert error={person.error} />;

  const backToPerson = () => navigate({ to: '/persons/$id', params: { id: personId } });

  return (
    <Stack gap="md">
      <PersonPageHeading personId={personId} name={name} title={t('assessment.newTitle', { name })} />
      <AssessmentForm
        personId={personId}
        pristine={pristine}
        draftKey={draftKey('assessment', me.user.id, personId)}
        submitLabel={t('assessment.save')}
        onCancel={backToPerson}
        onSubmit={async (body) => {
          await create.mutateAsync(body);
          flash(t('assessment.created'));
          await backToPerson();
        }}
      />
    </Stack>
  );
}
