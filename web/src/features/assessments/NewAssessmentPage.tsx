import { Alert, Center, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { draftKey } from '../../components/drafts.ts';
import { useFlash } from '../../components/Flash.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLocale } from '../../i18n.ts';
import { useSession } from '../auth/session.ts';
import { personQuery } from '../persons/api.ts';
import { belgianToday, formatDate } from '../persons/format.ts';
import { PersonPageHeading } from '../persons/PersonPageHeading.tsx';
import { AssessmentForm } from './AssessmentForm.tsx';
import { assessmentsQuery, useCreateAssessment } from './api.ts';
import { startingFrom } from './values.ts';

/**
 * A new social assessment starts from a copy of the person's latest one (withdrawn ones are not
 * in the list), dated today: the worker updates what changed instead of typing it all again.
 */
export function NewAssessmentPage({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const flash = useFlash();
  const person = useQuery(personQuery(personId));
  const assessments = useQuery(assessmentsQuery(personId));
  const create = useCreateAssessment(personId);
  const latest = assessments.data?.items[0];
  const loaded = assessments.isSuccess;
  // Taken once, when the list arrives: a refresh in the background does not reset the form.
  // biome-ignore lint/correctness/useExhaustiveDependencies: computed once the list is loaded.
  const pristine = useMemo(() => (loaded ? startingFrom(latest, belgianToday()) : null), [loaded]);
  const name = person.data ? `${person.data.firstName} ${person.data.lastName}` : null;
  usePageTitle(name ? t('assessment.newTitle', { name }) : null);

  const error = person.error ?? assessments.error;
  if (error) return <ProblemAlert error={error} />;
  if (!name || !pristine) {
    return (
      <Center p="xl">
        <Loading />
      </Center>
    );
  }

  const backToPerson = () => navigate({ to: '/persons/$id', params: { id: personId } });

  return (
    <Stack gap="md">
      <PersonPageHeading personId={personId} name={name} title={t('assessment.newTitle', { name })} />
      <AssessmentForm
        personId={personId}
        notice={
          latest ? (
            <Alert color="blue" variant="light" title={t('assessment.copiedTitle')}>
              <Text size="sm">
                {t('assessment.copiedFrom', { date: formatDate(latest.assessedOn, currentLocale(), 'long') })}
              </Text>
            </Alert>
          ) : undefined
        }
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
