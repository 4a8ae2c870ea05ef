import { Anchor, Button, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, type AuditAction } from '../../../../src/features/audit/schemas.ts';
import { DateField } from '../../components/DateField.tsx';
import { Loading } from '../../components/Loading.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import stacked from '../../components/StackedTable.module.css';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLocale, INTL_LOCALES } from '../../i18n.ts';
import classes from './AuditPage.module.css';
import { type AuditEvent, type AuditFilters, staffQuery, useAuditTrail, usePersonChoices } from './api.ts';

/**
 * The centre's audit trail for its administrators: who read or changed which file, filtered by
 * person, user, action and days. The filters live in the address, so a view can be shared.
 */
export function AuditPage({
  filters,
  onFiltersChange,
}: {
  filters: AuditFilters;
  onFiltersChange: (filters: AuditFilters) => void;
}) {
  const { t } = useTranslation();
  usePageTitle(t('auditTrail.title'));
  const trail = useAuditTrail(filters);
  const events = trail.data?.pages.flatMap((page) => page.items) ?? [];
  const set = (change: Partial<AuditFilters>) => {
    const next = { ...filters, ...change };
    onFiltersChange(Object.fromEntries(Object.entries(next).filter(([, v]) => v)) as AuditFilters);
  };

  return (
    <Stack gap="lg" maw={1200}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('auditTrail.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('auditTrail.intro')}
        </Text>
      </Stack>
      <Filters filters={filters} events={events} set={set} onClear={() => onFiltersChange({})} />
      {trail.isPending && <Loading />}
      {trail.isError && <ProblemAlert error={trail.error} />}
      {trail.isSuccess && events.length === 0 && <Text c="dimmed">{t('auditTrail.empty')}</Text>}
      {events.length > 0 && <EventsTable events={events} onPerson={(personId) => set({ personId })} />}
      {trail.hasNextPage && (
        <Button
          variant="default"
          w="fit-content"
          loading={trail.isFetchingNextPage}
          onClick={() => trail.fetchNextPage()}
        >
          {t('auditTrail.more')}
        </Button>
      )}
    </Stack>
  );
}

function Filters({
  filters,
  events,
  set,
  onClear,
}: {
  filters: AuditFilters;
  /** The events shown: they name the chosen person (opening the file for its name would be a read). */
  events: AuditEvent[];
  set: (change: Partial<AuditFilters>) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const staff = useQuery(staffQuery);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search, 250);
  const choices = usePersonChoices(q);
  const chosenName = events.find((e) => e.personId === filters.personId)?.personName;
  const personData = [
    ...(filters.personId
      ? [{ value: filters.personId, label: chosenName ?? t('auditTrail.chosenPerson') }]
      : []),
    ...(choices.data?.items ?? [])
      .filter((p) => p.id !== filters.personId)
      .map((p) => ({ value: p.id, label: `${p.firstName} ${p.lastName}` })),
  ];
  const actionLabel = (action: string) => t(`auditTrail.actions.${action}`);

  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 5 }} spacing="sm" verticalSpacing="xs">
        <Select
          label={t('auditTrail.person')}
          placeholder={t('auditTrail.personPlaceholder')}
          searchable
          clearable
          filter={({ options }) => options}
          nothingFoundMessage={q.length >= 2 ? t('auditTrail.nobodyFound') : undefined}
          data={personData}
          value={filters.personId ?? null}
          searchValue={search}
          onSearchChange={setSearch}
          onChange={(value) => set({ personId: value ?? undefined })}
        />
        <Select
          label={t('auditTrail.user')}
          placeholder={t('auditTrail.anyone')}
          clearable
          searchable
          data={(staff.data?.items ?? []).map((u) => ({
            value: u.id,
            label: `${u.displayName} (${t(`roles.${u.role}`)})`,
          }))}
          value={filters.userId ?? null}
          onChange={(value) => set({ userId: value ?? undefined })}
        />
        <Select
          label={t('auditTrail.action')}
          placeholder={t('auditTrail.anyAction')}
          clearable
          searchable
          data={AUDIT_ACTIONS.map((action) => ({ value: action, label: actionLabel(action) })).sort((a, b) =>
            a.label.localeCompare(b.label, currentLocale()),
          )}
          value={filters.action ?? null}
          onChange={(value) => set({ action: (value as AuditAction | null) ?? undefined })}
        />
        <DayFilter label={t('auditTrail.from')} value={filters.from} onChange={(from) => set({ from })} />
        <DayFilter label={t('auditTrail.to')} value={filters.to} onChange={(to) => set({ to })} />
      </SimpleGrid>
      {Object.keys(filters).length > 0 && (
        <Button variant="subtle" size="compact-sm" w="fit-content" onClick={onClear}>
          {t('auditTrail.clear')}
        </Button>
      )}
    </Stack>
  );
}

/** A day filter applies once a whole day is typed (or cleared), not at every keystroke. */
function DayFilter({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string | undefined;
  onChange: (day: string | undefined) => void;
}) {
  const [text, setText] = useState(value ?? '');
  return (
    <DateField
      label={label}
      value={text}
      onChange={(typed) => {
        setText(typed);
        if (typed === '') onChange(undefined);
        else if (/^\d{4}-\d{2}-\d{2}$/.test(typed)) onChange(typed);
      }}
    />
  );
}

function EventsTable({ events, onPerson }: { events: AuditEvent[]; onPerson: (personId: string) => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const time = new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZone: 'Europe/Brussels',
  });
  return (
    <div className={stacked.wrapper}>
      <Table className={stacked.table} striped verticalSpacing={6} aria-label={t('auditTrail.caption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('auditTrail.when')}</Table.Th>
            <Table.Th>{t('auditTrail.who')}</Table.Th>
            <Table.Th>{t('auditTrail.what')}</Table.Th>
            <Table.Th>{t('auditTrail.about')}</Table.Th>
            <Table.Th>{t('auditTrail.details')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => (
            <Table.Tr key={event.id}>
              <Table.Td data-label={t('auditTrail.when')} className={classes.when}>
                {time.format(new Date(event.at))}
              </Table.Td>
              <Table.Td data-label={t('auditTrail.who')}>
                {event.actorName ?? t('auditTrail.system')}
              </Table.Td>
              <Table.Td data-label={t('auditTrail.what')}>{t(`auditTrail.actions.${event.action}`)}</Table.Td>
              <Table.Td data-label={t('auditTrail.about')}>
                {event.personId && (
                  <Group gap={6} wrap="nowrap">
                    <AnchorLink to="/persons/$id" params={{ id: event.personId }} size="sm">
                      {event.personName ?? '—'}
                    </AnchorLink>
                    <Anchor
                      component="button"
                      type="button"
                      size="xs"
                      onClick={() => onPerson(event.personId as string)}
                    >
                      {t('auditTrail.onlyThisPerson')}
                    </Anchor>
                  </Group>
                )}
              </Table.Td>
              <Table.Td data-label={t('auditTrail.details')}>
                <Details event={event} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}

/** Field names, counts and the refused route: the trail never holds personal values. */
function Details({ event }: { event: AuditEvent }) {
  const { t } = useTranslation();
  const { fields, returned, status } = event.details as {
    fields?: unknown;
    returned?: unknown;
    status?: unknown;
  };
  const parts = [
    ...(Array.isArray(fields) ? [t('auditTrail.fields', { fields: fields.join(', ') })] : []),
    ...(typeof returned === 'number' ? [t('auditTrail.returned', { count: returned })] : []),
    ...(typeof status === 'number' ? [`HTTP ${status}`] : []),
    ...(event.subjectType === 'route' && event.subjectId ? [event.subjectId] : []),
  ];
  if (parts.length === 0) return null;
  return (
    <Text size="xs" c="dimmed" className={classes.details}>
      {parts.join(' · ')}
    </Text>
  );
}
