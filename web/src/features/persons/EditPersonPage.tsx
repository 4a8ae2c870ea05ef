import { Center, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../components/Flash.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { personQuery, useUpdatePerson } from './api.ts';
import { PersonForm } from './PersonForm.tsx';
import { changesOf, valuesOf } from './values.ts';

export function EditPersonPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const query = useQuery(personQuery(id));
  const update = useUpdatePerson(id);
  const person = query.data;
  usePageTitle(person ? t('personForm.editTitle', { name: `${person.firstName} ${person.lastName}` }) : null);

  if (query.isPending) {
    return (
      <Center p="xl">
        <Loading />
      </Center>
    );
  }
  if (!person) return <ProblemAlert error={query.error} />;

  const backToPerson = () => navigate({ to: '/persons/$id', params: { id } });

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('personForm.editTitle', { name: `${person.firstName} ${person.lastName}` })}
      </Title>
      <PersonForm
        // A new version from the server starts the form afresh: the user applies the change again.
        key={person.version}
        initialValues={valuesOf(person)}
        submitLabel={t('personForm.save')}
        confirmLabel={t('personForm.saveAnyway')}
        onCancel={backToPerson}
        onReload={async () => {
          await query.refetch();
        }}
        onSubmit={async (body) => {
          const changes = changesOf(person, body);
          if (Object.keys(changes).length > 1) {
            // Warnings the worker confirmed on the warning shown (docs/architecture.md).
            if (body.confirmWarnings) changes.confirmWarnings = body.confirmWarnings;
            await update.mutateAsync(changes);
            flash(t('person.saved'));
          } else {
            flash(t('personForm.noChange'));
          }
          await backToPerson();
        }}
      />
    </Stack>
  );
}
