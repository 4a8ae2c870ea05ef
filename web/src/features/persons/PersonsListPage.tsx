import {
  Button,
  Center,
  Group,
  Loader,
  SegmentedControl,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading.tsx';
import { AnchorLink, ButtonLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import stacked from '../../components/StackedTable.module.css';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLocale } from '../../i18n.ts';
import { useSession } from '../auth/session.ts';
import { workerName, workersQuery } from '../workers/api.ts';
import { usePersonList } from './api.ts';
import { formatDate, formatNationalNumber } from './format.ts';
import classes from './PersonsListPage.module.css';

const SEARCH_DELAY_MS = 250;

/**
 * The search lives in the address (?q=, ?scope=), so Back from a person returns to the same results.
 * A worker's list opens on their own people; a search looks through the whole centre (the person
 * at the desk may be followed by a colleague).
 */
export function PersonsListPage({ q, scope }: { q: string; scope?: 'mine' | 'centre' }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useSession();
  const followsFiles = me.user.role === 'worker' || me.user.role === 'lead';
  // A worker opens on their own people; a lead, who oversees the team, on the whole centre.
  const shown = scope ?? (me.user.role === 'worker' ? 'mine' : 'centre');
  const [text, setText] = useState(q);
  const [debounced] = useDebouncedValue(text.trim(), SEARCH_DELAY_MS);
  const list = usePersonList(q, !q && shown === 'mine' ? 'me' : undefined);
  const workers = useQuery(workersQuery);
  const locale = currentLocale();
  usePageTitle(t('persons.title'));

  // The search last written to or read from the address; tells our own changes from outside ones.
  const sent = useRef(q);
  useEffect(() => {
    if (debounced === sent.current) return;
    sent.current = debounced;
    void navigate({
      to: '/persons',
      search: (previous) => ({ ...previous, q: debounced || undefined }),
      replace: true,
    });
  }, [debounced, navigate]);
  // A link or Back changed the address: the box follows.
  useEffect(() => {
    if (q === sent.current) return;
    sent.current = q;
    setText(q);
  }, [q]);

  const people = list.data?.pages.flatMap((page) => page.items) ?? [];
  const open = (id: string) => navigate({ to: '/persons/$id', params: { id } });

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">
          {t('persons.title')}
        </Title>
        <ButtonLink to="/persons/new">{t('persons.newPerson')}</ButtonLink>
      </Group>
      <TextInput
        type="search"
        label={t('persons.searchLabel')}
        description={t('persons.searchHint')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        rightSection={list.isFetching && !list.isFetchingNextPage ? <Loader size="xs" /> : null}
        maw={480}
      />
      {followsFiles && !q && (
        <SegmentedControl
          aria-label={t('persons.scopeLabel')}
          value={shown}
          onChange={(value) =>
            void navigate({ to: '/persons', search: { scope: value as 'mine' | 'centre' }, replace: true })
          }
          data={[
            { value: 'mine', label: t('persons.scopeMine') },
            { value: 'centre', label: t('persons.scopeCentre') },
          ]}
          w="fit-content"
        />
      )}
      {list.isError && <ProblemAlert error={list.error} />}
      {list.isPending && (
        <Center p="xl">
          <Loading />
        </Center>
      )}
      {list.isSuccess && people.length === 0 && (
        <Stack gap={4} p="lg" className={classes.empty}>
          <Text fw={600}>{t('persons.emptyTitle')}</Text>
          <Text size="sm">
            {q
              ? t('persons.emptySearch', { q })
              : shown === 'mine'
                ? t('persons.emptyMine')
                : t('persons.emptyCentre')}
          </Text>
        </Stack>
      )}
      {people.length > 0 && (
        <div className={stacked.wrapper}>
          <Table highlightOnHover verticalSpacing={6} className={`${classes.table} ${stacked.table}`}>
            <Table.Caption>
              <VisuallyHidden>{t('persons.resultsCaption')}</VisuallyHidden>
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('persons.lastName')}</Table.Th>
                <Table.Th scope="col">{t('persons.firstName')}</Table.Th>
                <Table.Th scope="col">{t('persons.birthDate')}</Table.Th>
                <Table.Th scope="col">{t('persons.nationalNumber')}</Table.Th>
                <Table.Th scope="col">{t('persons.language')}</Table.Th>
                <Table.Th scope="col">{t('persons.responsible')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {people.map((person) => {
                const niss = formatNationalNumber(person.nationalNumber);
                return (
                  // The name link serves the keyboard; the whole row is a larger target for the mouse.
                  <Table.Tr key={person.id} className={classes.row} onClick={() => open(person.id)}>
                    <Table.Td data-title>
                      <AnchorLink
                        to="/persons/$id"
                        params={{ id: person.id }}
                        fw={600}
                        onClick={(event) => event.stopPropagation()}
                      >
                        {person.lastName}
                      </AnchorLink>
                      {/* On a phone the card's title is the whole name. */}
                      <span className={classes.phoneOnly}> {person.firstName}</span>
                    </Table.Td>
                    <Table.Td data-label={t('persons.firstName')} className={classes.wideOnly}>
                      {person.firstName}
                    </Table.Td>
                    <Table.Td data-label={t('persons.birthDate')} className={classes.numeric}>
                      {formatDate(person.birthDate, locale)}
                    </Table.Td>
                    <Table.Td data-label={t('persons.nationalNumber')} className={classes.numeric}>
                      {niss ?? (
                        <>
                          <span aria-hidden="true">—</span>
                          <VisuallyHidden>{t('persons.none')}</VisuallyHidden>
                        </>
                      )}
                    </Table.Td>
                    <Table.Td data-label={t('persons.language')}>
                      {t(`persons.languages.${person.language}`)}
                    </Table.Td>
                    <Table.Td data-label={t('persons.responsible')}>
                      {workerName(workers.data, person.responsibleUserId) ?? (
                        <Text span inherit c="dimmed">
                          {t('persons.nobody')}
                        </Text>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {list.hasNextPage && (
        <Group>
          <Button variant="default" onClick={() => list.fetchNextPage()} loading={list.isFetchingNextPage}>
            {t('persons.loadMore')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
