import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { can } from '../../../../src/features/auth/policy.ts';
import type { Me } from '../../api/client.ts';
import { Loading } from '../../components/Loading.tsx';
import { AnchorLink, ButtonLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLocale, INTL_LOCALES } from '../../i18n.ts';
import { formatDate } from '../persons/format.ts';
import { todayQuery, type WorkItem } from './api.ts';
import { CalendarFeedSection } from './CalendarFeedSection.tsx';
import { daysFrom, ruleLabel } from './labels.ts';
import { TeamSection } from './TeamSection.tsx';
import classes from './TodayPage.module.css';

const GROUPS = ['overdue', 'thisWeek', 'later'] as const;

/**
 * The worker's home page: what is overdue, due this week and due in the next 14 days across the
 * people they follow, each with the rule that makes it due and a link to do it. A team lead also
 * sees the team's counts and can open any worker's day (`?worker=`).
 */
export function TodayPage({ me, workerId }: { me: Me; workerId: string | undefined }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const day = useQuery(todayQuery(workerId));
  const other = workerId !== undefined && workerId !== me.user.id;
  const title =
    other && day.data ? t('today.titleOf', { name: day.data.worker.displayName }) : t('today.title');
  usePageTitle(title);

  return (
    <Stack gap="lg" maw={960}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {title}
        </Title>
        {day.data && (
          <Text size="sm" c="dimmed">
            {t('today.summary', {
              date: formatDate(day.data.today, locale, 'long'),
              overdue: day.data.counts.overdue,
              thisWeek: day.data.counts.thisWeek,
              later: day.data.counts.later,
            })}
          </Text>
        )}
        {other && (
          <AnchorLink to="/" search={{}} size="sm">
            {t('today.backToMine')}
          </AnchorLink>
        )}
      </Stack>
      {day.isPending && <Loading />}
      {day.isError && <ProblemAlert error={day.error} />}
      {day.data && day.data.items.length === 0 && (
        <Paper withBorder p="md">
          <Text>{t('today.nothing')}</Text>
        </Paper>
      )}
      {day.data &&
        GROUPS.map((group) => {
          const items = day.data.items.filter((item) => item.group === group);
          if (items.length === 0) return null;
          return (
            <section key={group} aria-labelledby={`today-${group}`}>
              <Title order={2} size="h4" id={`today-${group}`} mb="xs">
                {t(`today.groups.${group}`)} <span className={classes.count}>({items.length})</span>
              </Title>
              <ul className={classes.list}>
                {items.map((item) => (
                  <li key={item.key}>
                    <Item item={item} today={day.data.today} />
                  </li>
                ))}
              </ul>
            </section>
          );
        })}
      {can(me.user, 'team.read') && !other && <TeamSection />}
      {!other && <CalendarFeedSection />}
    </Stack>
  );
}

/** Where to go to do an item: the evaluation form, the referrals to answer, the proposals to approve, or the plan. */
function Target({ item, label, children }: { item: WorkItem; label: string; children: string }) {
  const variant = item.group === 'overdue' ? 'filled' : 'light';
  if (item.rule === 'referral.awaitingAnswer' || item.rule === 'sanction.awaitingApproval') {
    return (
      <ButtonLink
        to={item.rule === 'referral.awaitingAnswer' ? '/referrals' : '/sanctions'}
        variant={variant}
        size="sm"
        aria-label={label}
      >
        {children}
      </ButtonLink>
    );
  }
  return (
    <ButtonLink
      to={item.rule.startsWith('evaluation.') ? '/plans/$id/evaluations/new' : '/plans/$id'}
      params={{ id: item.trajectoryId }}
      variant={variant}
      size="sm"
      aria-label={label}
    >
      {children}
    </ButtonLink>
  );
}

function Item({ item, today }: { item: WorkItem; today: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const days = daysFrom(today, item.date);
  const relative = new Intl.RelativeTimeFormat(INTL_LOCALES[locale], { numeric: 'auto' }).format(days, 'day');
  const name = `${item.person.firstName} ${item.person.lastName}`;
  return (
    <Paper withBorder p="sm" className={item.group === 'overdue' ? classes.overdue : undefined}>
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Stack gap={2} className={classes.what}>
          <Group gap="xs" wrap="wrap">
            <Badge variant="light" color={item.group === 'overdue' ? 'red' : 'gray'} radius="sm">
              {formatDate(item.date, locale)}
            </Badge>
            <Text size="sm" c={item.group === 'overdue' ? 'red.9' : 'dimmed'}>
              {item.group === 'overdue' ? t('today.late', { when: relative }) : relative}
            </Text>
          </Group>
          <Text fw={600}>
            {ruleLabel(t, item.rule)}
            {item.inPerson ? ` ${t('plans.deadlines.inPerson')}` : ''}
          </Text>
          {item.detail && <Text size="sm">{item.detail}</Text>}
          <AnchorLink to="/persons/$id" params={{ id: item.person.id }} size="sm">
            {name}
          </AnchorLink>
        </Stack>
        <Target item={item} label={t('today.openFor', { what: ruleLabel(t, item.rule), name })}>
          {t(item.rule.startsWith('evaluation.') ? 'today.record' : 'today.open')}
        </Target>
      </Group>
    </Paper>
  );
}
