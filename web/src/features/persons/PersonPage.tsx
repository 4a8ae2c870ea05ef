import { Center, DataList, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ageOn } from '../../../../src/domain/dates.ts';
import { can } from '../../../../src/features/auth/policy.ts';
import { Loading } from '../../components/Loading.tsx';
import { AnchorLink, ButtonLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLocale } from '../../i18n.ts';
import { AssessmentSection } from '../assessments/AssessmentSection.tsx';
import { useSession } from '../auth/session.ts';
import { FeedbackSection } from '../feedback/FeedbackSection.tsx';
import { JournalSection } from '../journal/JournalSection.tsx';
import { ProgressSection } from '../measurements/ProgressSection.tsx';
import { Timeline } from '../timeline/Timeline.tsx';
import { PlansSection } from '../trajectories/PlansSection.tsx';
import { workerName, workersQuery } from '../workers/api.ts';
import { ResponsibleControl } from '../workers/ResponsibleControl.tsx';
import { personQuery } from './api.ts';
import { belgianToday, formatAddress, formatDate, formatNationalNumber } from './format.ts';

/**
 * The person's file on one page: who they are, what the social assessment found, how far they have
 * come, and what happened when. ?instrument= picks the progress shown.
 */
export function PersonPage({ id, instrument }: { id: string; instrument?: string }) {
  const { t } = useTranslation();
  const { data: person, error, isPending } = useQuery(personQuery(id));
  const { data: workers } = useQuery(workersQuery);
  const me = useSession();
  const assigns = can(me.user, 'person.assign');
  const locale = currentLocale();
  usePageTitle(person ? `${person.firstName} ${person.lastName}` : null);

  if (isPending) {
    return (
      <Center p="xl">
        <Loading />
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
    [t('person.address'), formatAddress(person, t('person.boxShort')) ?? notRecorded],
    [
      t('persons.responsible'),
      workerName(workers, person.responsibleUserId) ?? (
        <Text span inherit c="dimmed">
          {t('persons.nobody')}
        </Text>
      ),
    ],
  ];

  // Two short columns read faster than one long list on a wide screen.
  const half = Math.ceil(rows.length / 2);

  return (
    <Stack gap="xl" maw={1200}>
      <Stack gap="xs">
        <BackToList />
        <Group justify="space-between" align="flex-end">
          <Title order={1} size="h2">
            {person.firstName} {person.lastName}
          </Title>
          <Group gap="xs">
            <ButtonLink to="/persons/$id/assessments/new" params={{ id: person.id }} variant="light">
              {t('person.newAssessment')}
            </ButtonLink>
            <ButtonLink
              to="/persons/$id/measurements/new"
              params={{ id: person.id }}
              search={instrument ? { instrument } : {}}
              variant="light"
            >
              {t('person.recordMeasurement')}
            </ButtonLink>
            <ButtonLink to="/persons/$id/edit" params={{ id: person.id }} variant="default">
              {t('person.edit')}
            </ButtonLink>
          </Group>
        </Group>
      </Stack>
      <section aria-labelledby="identity-heading">
        <Title order={2} size="h4" id="identity-heading" mb="xs">
          {t('person.identity')}
        </Title>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" verticalSpacing="xs">
          {[rows.slice(0, half), rows.slice(half)].map((column) => (
            <DataList key={column[0]?.[0]} withDivider gap="xs" labelWidth={180}>
              {column.map(([label, value]) => (
                <DataList.Item key={label}>
                  <DataList.ItemLabel>{label}</DataList.ItemLabel>
                  <DataList.ItemValue>{value}</DataList.ItemValue>
                </DataList.Item>
              ))}
            </DataList>
          ))}
        </SimpleGrid>
        {assigns && (
          <Stack mt="md" gap="xs">
            <ResponsibleControl personId={person.id} current={person.responsibleUserId} />
          </Stack>
        )}
      </section>
      <AssessmentSection personId={person.id} />
      <PlansSection personId={person.id} />
      <JournalSection personId={person.id} />
      <ProgressSection personId={person.id} instrument={instrument} />
      <FeedbackSection personLanguage={person.language} />
      <Timeline personId={person.id} />
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
