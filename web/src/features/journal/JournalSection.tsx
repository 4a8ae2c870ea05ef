import { Badge, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../src/features/auth/policy.ts';
import { JOURNAL_KINDS, type JournalKind } from '../../../../src/features/journal/schemas.ts';
import { draftKey } from '../../components/drafts.ts';
import { useFlash } from '../../components/Flash.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { currentLocale, INTL_LOCALES } from '../../i18n.ts';
import { useSession } from '../auth/session.ts';
import { belgianToday, formatDate } from '../persons/format.ts';
import {
  type JournalEntry,
  journalEntryQuery,
  useCorrectJournalEntry,
  useJournal,
  useWriteJournalEntry,
} from './api.ts';
import { JournalEntryForm } from './JournalEntryForm.tsx';
import classes from './JournalSection.module.css';
import { emptyValues, valuesOf } from './values.ts';

/** The case journal on the person's page: write, search, read and correct entries. */
export function JournalSection({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const me = useSession();
  const flash = useFlash();
  const [writing, setWriting] = useState(false);
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [kind, setKind] = useState<JournalKind | undefined>();
  const journal = useJournal(personId, q, kind);
  const write = useWriteJournalEntry(personId);
  const entries = journal.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = q !== '' || kind !== undefined;

  return (
    <section aria-labelledby="journal-heading">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="journal-heading">
          {t('journal.title')}
        </Title>
        {!writing && (
          <Button variant="light" onClick={() => setWriting(true)}>
            {t('journal.new')}
          </Button>
        )}
      </Group>
      <Stack gap="md">
        {writing && (
          <Paper withBorder p="md">
            <JournalEntryForm
              pristine={emptyValues(belgianToday())}
              draftKey={draftKey('journal', me.user.id, personId)}
              submitLabel={t('journal.save')}
              onSubmit={async (body) => {
                await write.mutateAsync(body);
                setWriting(false);
                flash(t('journal.saved'));
              }}
              onCancel={() => setWriting(false)}
            />
          </Paper>
        )}
        <Group gap="sm" align="flex-end" className={classes.filters}>
          <TextInput
            label={t('journal.search')}
            type="search"
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            className={classes.search}
          />
          <Select
            label={t('journal.kindFilter')}
            placeholder={t('journal.allKinds')}
            clearable
            data={JOURNAL_KINDS.map((k) => ({ value: k, label: t(`journal.kinds.${k}`) }))}
            value={kind ?? null}
            onChange={(value) => setKind((value as JournalKind | null) ?? undefined)}
            className={classes.kind}
          />
        </Group>
        {journal.isPending && <Loading size="sm" />}
        {journal.isError && <ProblemAlert error={journal.error} />}
        {journal.isSuccess && entries.length === 0 && (
          <Text size="sm" c="dimmed">
            {filtered ? t('journal.noMatch') : t('journal.empty')}
          </Text>
        )}
        {entries.length > 0 && (
          <ol className={classes.list} aria-labelledby="journal-heading">
            {entries.map((entry) => (
              <JournalEntryItem key={entry.id} entry={entry} />
            ))}
          </ol>
        )}
        {journal.hasNextPage && (
          <Button
            variant="default"
            onClick={() => journal.fetchNextPage()}
            loading={journal.isFetchingNextPage}
            w="fit-content"
          >
            {t('journal.more')}
          </Button>
        )}
      </Stack>
    </section>
  );
}

function JournalEntryItem({ entry }: { entry: JournalEntry }) {
  const { t } = useTranslation();
  const me = useSession();
  const flash = useFlash();
  const locale = currentLocale();
  const [correcting, setCorrecting] = useState(false);
  const [showEarlier, setShowEarlier] = useState(false);
  const correct = useCorrectJournalEntry(entry.id);
  const mayCorrect = entry.authorId === me.user.id;
  const maySeeEarlier = entry.version > 1 && can(me.user, 'record.history');

  return (
    <li className={classes.entry}>
      <Group gap="xs" wrap="wrap" align="baseline">
        <Text size="sm" fw={600}>
          {formatDate(entry.occurredOn, locale, 'long')}
        </Text>
        <Badge variant="light" color="gray" size="sm">
          {t(`journal.kinds.${entry.kind}`)}
        </Badge>
        {entry.durationMinutes !== null && (
          <Text size="sm" c="dimmed">
            {t('journal.minutes', { count: entry.durationMinutes })}
          </Text>
        )}
        <Text size="sm" c="dimmed">
          {entry.authorName}
        </Text>
        {entry.version > 1 && (
          <Badge variant="outline" color="dark" size="sm">
            {t('journal.corrected')}
          </Badge>
        )}
      </Group>
      {correcting ? (
        <Paper withBorder p="sm" mt="xs">
          <JournalEntryForm
            pristine={valuesOf(entry)}
            draftKey={draftKey('journal', me.user.id, entry.personId, entry.id, String(entry.version))}
            submitLabel={t('journal.saveCorrection')}
            hint={t('journal.correctionHint')}
            onSubmit={async (body) => {
              await correct.mutateAsync({ ...body, version: entry.version });
              setCorrecting(false);
              flash(t('journal.correctionSaved'));
            }}
            onCancel={() => setCorrecting(false)}
          />
        </Paper>
      ) : (
        <Text size="sm" className={classes.text}>
          {entry.text}
        </Text>
      )}
      {!correcting && (mayCorrect || maySeeEarlier) && (
        <Group gap="xs" mt={4}>
          {mayCorrect && (
            <Button size="compact-sm" variant="subtle" onClick={() => setCorrecting(true)}>
              {t('journal.correct')}
            </Button>
          )}
          {maySeeEarlier && (
            <Button
              size="compact-sm"
              variant="subtle"
              aria-expanded={showEarlier}
              onClick={() => setShowEarlier((open) => !open)}
            >
              {showEarlier ? t('journal.hideEarlier') : t('journal.showEarlier')}
            </Button>
          )}
        </Group>
      )}
      {showEarlier && <EarlierVersions id={entry.id} />}
    </li>
  );
}

/** What a corrected entry said before, oldest first: for team leads and administrators. */
function EarlierVersions({ id }: { id: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { data, error, isPending } = useQuery(journalEntryQuery(id));
  if (isPending) return <Loading size="sm" />;
  if (!data) return <ProblemAlert error={error} />;
  const time = new Intl.DateTimeFormat(INTL_LOCALES[locale], { dateStyle: 'short', timeStyle: 'short' });
  return (
    <ol className={classes.earlier}>
      {(data.earlierVersions ?? []).map((version) => (
        <li key={version.version}>
          <Text size="xs" c="dimmed">
            {t('journal.earlierVersion', {
              version: version.version,
              time: time.format(new Date(version.savedAt)),
            })}
            {' · '}
            {t(`journal.kinds.${version.kind}`)} · {formatDate(version.occurredOn, locale)}
          </Text>
          <Text size="sm" className={classes.text}>
            {version.text}
          </Text>
        </li>
      ))}
    </ol>
  );
}
