/** Every version of a plan, oldest first, each with its PDF and what it changed from the one before. */
import { Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { currentLocale } from '../../i18n.ts';
import { formatDate } from '../persons/format.ts';
import { changesQuery, documentHref, type PlanChange, type Trajectory, versionsQuery } from './api.ts';
import classes from './Plans.module.css';

type T = (key: string, params?: Record<string, unknown>) => string;

export function VersionsSection({ plan }: { plan: Trajectory }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const versions = useQuery(versionsQuery(plan.id));
  return (
    <section aria-labelledby="versions-heading">
      <Title order={2} size="h4" id="versions-heading" mb="xs">
        {t('plans.versions.title')}
      </Title>
      {versions.isPending && <Loading size="sm" />}
      {versions.isError && <ProblemAlert error={versions.error} />}
      {versions.data && (
        <ol className={classes.versions} aria-labelledby="versions-heading">
          {versions.data.items.map((version) => (
            <li key={version.number}>
              <Stack gap={2}>
                <Group gap="xs" align="baseline">
                  <Text size="sm" fw={600}>
                    {t('plans.versions.version', { version: version.number })}
                  </Text>
                  <Text size="sm">{t(`plans.versionStates.${version.state}`)}</Text>
                  <Text size="sm" c="dimmed">
                    {version.signedOn
                      ? t('plans.versions.signedOn', { date: formatDate(version.signedOn, locale) })
                      : t('plans.versions.createdOn', {
                          date: formatDate(version.createdAt.slice(0, 10), locale),
                        })}
                  </Text>
                  <Anchor href={documentHref(plan.id, version.number)} size="sm">
                    {t('plans.versions.pdf', { version: version.number })}
                  </Anchor>
                </Group>
                {version.number > 1 && <Changes id={plan.id} number={version.number} />}
              </Stack>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function Changes({ id, number }: { id: string; number: number }) {
  const { t } = useTranslation();
  const changes = useQuery(changesQuery(id, number));
  if (changes.isPending) return <Loading size="xs" />;
  if (!changes.data) return <ProblemAlert error={changes.error} />;
  const list = changes.data.changes;
  return (
    <div>
      <Text size="sm" c="dimmed">
        {t('plans.versions.changesFrom', { version: changes.data.from })}
      </Text>
      {list.length === 0 ? (
        <Text size="sm">{t('plans.versions.noChange')}</Text>
      ) : (
        <ul className={classes.changes}>
          {list.map((change, index) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the server's order is the list's identity.
            <li key={index}>
              <Text size="sm" className={classes.text}>
                {changeText(t, change)}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
const str = (value: unknown) => (typeof value === 'string' ? value : '');

/** A list item's words: an objective's text, an action's what, a commitment's text, a party's name. */
function itemWords(field: string, item: unknown): string {
  const r = record(item);
  if (field === 'actions') return str(r.what);
  if (field === 'parties') return `${str(r.name)} (${str(r.role)})`;
  return str(r.text);
}

const LIST_KEYS: Record<string, string> = {
  objectives: 'objective',
  actions: 'action',
  personCommitments: 'personCommitment',
  centreCommitments: 'centreCommitment',
  parties: 'party',
};

const FIELD_LABELS: Record<string, string> = {
  orientations: 'plans.orientations',
  communityServiceAgreedOn: 'plans.communityServiceAgreedOn',
  supportPerson: 'plans.supportPerson',
  evaluationArrangements: 'plans.evaluationArrangements',
  startOn: 'plans.startOn',
  plannedEndOn: 'plans.plannedEndOn',
};

function fieldValue(t: T, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('plans.versions.empty');
  if (field === 'orientations' && Array.isArray(value))
    return value.map((o) => t(`plans.orientationNames.${String(o)}`)).join(', ');
  if (field === 'supportPerson') {
    const r = record(value);
    return `${str(r.name)} (${str(r.relation)})`;
  }
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return formatDate(value, currentLocale());
  return String(value);
}

export function changeText(t: T, change: PlanChange): string {
  const list = LIST_KEYS[change.field];
  if (list) {
    if (change.change === 'added' || change.change === 'removed')
      return t(`plans.changes.${list}.${change.change}`, { text: itemWords(change.field, change.item) });
    if (change.field === 'actions') {
      const before = record(change.before);
      const after = record(change.after);
      const parts = (['what', 'who', 'dueOn', 'status', 'objectiveId'] as const)
        .filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]))
        .map((k) => t(`plans.changes.actionParts.${k}`));
      return t('plans.changes.action.changed', { text: str(after.what), parts: parts.join(', ') });
    }
    return t(`plans.changes.${list}.changed`, {
      before: itemWords(change.field, change.before),
      after: itemWords(change.field, change.after),
    });
  }
  const label = FIELD_LABELS[change.field];
  return t('plans.changes.field', {
    field: label ? t(label) : change.field,
    before: fieldValue(t, change.field, change.before),
    after: fieldValue(t, change.field, change.after),
  });
}
