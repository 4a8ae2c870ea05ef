import { Stack, Title } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../components/Flash.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useSession } from '../auth/session.ts';
import { useCreatePerson } from './api.ts';
import { PersonForm } from './PersonForm.tsx';
import { emptyValues } from './values.ts';

export function NewPersonPage() {
  const { t } = useTranslation();
  const me = useSession();
  const navigate = useNavigate();
  const flash = useFlash();
  const create = useCreatePerson();
  usePageTitle(t('personForm.newTitle'));

  return (
    <Stack gap="md">
      <Title order={1} size="h2">
        {t('personForm.newTitle')}
      </Title>
      <PersonForm
        // Most people a centre meets speak its language: a sensible first choice, easy to change.
        initialValues={emptyValues(me.centre?.language ?? null)}
        submitLabel={t('personForm.create')}
        confirmLabel={t('personForm.createAnyway')}
        onCancel={() => navigate({ to: '/persons' })}
        onSubmit={async (body) => {
          const person = await create.mutateAsync(body);
          flash(t('person.created'));
          await navigate({ to: '/persons/$id', params: { id: person.id } });
        }}
      />
    </Stack>
  );
}
