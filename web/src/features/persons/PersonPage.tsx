import { Center, DataList, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ageOn } from '../../../../src/domain/dates.ts';
import { AnchorLink, ButtonLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLocale } from '../../i18n.ts';
import { personQuery } from './api.ts';
import { belgianToday, formatDate, formatNationalNumber } from './format.ts';

export function PersonPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data: person, error, isPending } = useQuery(personQuery(id));
  const locale = currentLocale();
  usePageTitle(person ? `${person.firstName} ${person.lastName}` : null);

  if (isPending) {
    return (
      <Center p="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  if (!person) {
    return (
      <Stack gap="md" align="flex-start">
        <BackToList />
        <ProblemAlert error={error} w="100%" />
      </Stack>
    );
  }

  const notRecorded = (
    <Text span inherit c="dimmed">
      {t('persons.none')}
    </Text>
  );
  const rows: [string, ReactNode][] = [
    [t('persons.lastName'), person.lastName],
    [t('persons.firstName'), person.firstName],
    [t('persons.birthDate'), formatDate(person.birthDate, locale, 'long')],
    [t('person.age'), t('person.ageYears', { count: ageOn(person.birthDate, belgianToday()) })],
    [t('person.sex'), t(`persons.sexes.${person.sex}`)],
    [t('persons.language'), t(`persons.languages.${person.language}`)],
    [t('persons.nationalNumber'), formatNationalNumber(person.nationalNumber) ?? notRecorded],
    [t('person.email'), person.email ?? notRecorded],
    [t('person.phone'), person.phone ?? notRecorded],
  ];

  return (
    <Stack gap="md" maw={720}>
      <BackToList />
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {person.firstName} {person.lastName}
        </Title>
        <ButtonLink to="/persons/$id/edit" params={{ id: person.id }} variant="default">
          {t('person.edit')}
        </ButtonLink>
      </Group>
      <section aria-labelledby="identity-heading">
        <Title order={2} size="h4" id="identity-heading" mb="xs">
          {t('person.identity')}
        </Title>
        <DataList withDivider gap="xs" labelWidth={200}>
          {rows.map(([label, value]) => (
            <DataList.Item key={label}>
              <DataList.ItemLabel>{label}</DataList.ItemLabel>
              <DataList.ItemValue>{value}</DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
      </section>
    </Stack>
  );
}

function BackToList() {
  const { t } = useTranslation();
  return (
    <AnchorLink to="/persons" size="sm">
      {t('person.backToList')}
    </AnchorLink>
  );
}
