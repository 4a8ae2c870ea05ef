import { Alert, Center, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { draftKey } from '../../components/drafts.ts';
import { useFlash } from '../../components/Flash.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ButtonLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLocale } from '../../i18n.ts';
import { useSession } from '../auth/session.ts';
import { personQuery } from '../persons/api.ts';
import { formatDate } from '../persons/format.ts';
import { PersonPageHeading } from '../persons/PersonPageHeading.tsx';
import { AssessmentForm } from './AssessmentForm.tsx';
import { assessmentQuery, useUpdateAssessment } from './api.ts';
import { valuesOf } from './values.ts';

export function EditAssessmentPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const flash = useFlash();
  const query = useQuery(assessmentQuery(id));
  const assessment = query.data;
  const person = useQuery({ ...personQuery(assessment?.personId ?? ''), enabled: Boolean(assessment) });
  const update = useUpdateAssessment(id);
  const pristine = useMemo(() => (assessment ? valuesOf(assessment) : null), [assessment]);
  const name = person.data ? `${person.data.firstName} ${person.data.lastName}` : null;
  const date = assessment ? formatDate(assessment.assessedOn, currentLocale(), 'long') : '';
  usePageTitle(name ? t('assessment.editTitle', { date, name }) : null);

  if (query.isError) return <ProblemAlert error={query.error} />;
  if (person.isError) return <ProblemAlert error={person.error} />;
  if (!assessment || !pristine || !name) {
    return (
      <Center p="xl">
        <Loading />
      </Center>
    );
  }

  const personId = assessment.personId;
  const backToPerson = () => navigate({ to: '/persons/$id', params: { id: personId } });

  return (
    <Stack gap="md">
      <PersonPageHeading personId={personId} name={name} title={t('assessment.editTitle', { date, name })} />
      {assessment.locked ? (
        // A plan was signed on it: what it says stays as it was signed.
        <Alert color="gray" variant="outline" title={t('assessment.locked')}>
          <Stack gap="xs" align="flex-start">
            {t('errors.assessmentLocked')}
            <ButtonLink to="/persons/$id/assessments/new" params={{ id: personId }} size="compact-sm">
              {t('assessment.startNew')}
            </ButtonLink>
          </Stack>
        </Alert>
      ) : (
        <AssessmentForm
          // A new version from the server starts the form afresh (a kept draft is offered again).
          key={assessment.version}
          personId={personId}
          pristine={pristine}
          draftKey={draftKey('assessment', me.user.id, personId, id)}
          submitLabel={t('assessment.save')}
          onCancel={backToPerson}
          onReload={async () => {
            await query.refetch();
          }}
          onSubmit={async (body) => {
            await update.mutateAsync({ ...body, version: assessment.version });
            flash(t('assessment.saved'));
            await backToPerson();
          }}
        />
      )}
    </Stack>
  );
}
