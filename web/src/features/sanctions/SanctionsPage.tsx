/**
 * The lead's to-do of sanctions: the team's proposals waiting for an answer, the one waiting
 * longest first, each with what the approver must read (the law's dates and the worker's opinion)
 * and the buttons the centre's policy allows the caller.
 */
import { Alert, Badge, Button, Center, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../components/Flash.tsx';
import { Loading } from '../../components/Loading.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLocale } from '../../i18n.ts';
import { useSession } from '../auth/session.ts';
import { type Sanction, waitingSanctionsQuery } from './api.ts';
import { extentLabel, historyLines, periodLabel } from './labels.ts';
import { AnswerForm } from './SanctionForms.tsx';
import { Opinion } from './SanctionsSection.tsx';

export function SanctionsPage() {
  const { t } = useTranslation();
  const waiting = useQuery(waitingSanctionsQuery);
  const flash = useFlash();
  const me = useSession();
  const [open, setOpen] = useState<{ id: string; outcome: 'approve' | 'refuse' } | null>(null);
  usePageTitle(t('sanctions.waitingTitle'));
  const items = waiting.data?.items ?? [];
  // An administrator whose centre leaves approvals to the leads reads the list without buttons.
  const answersNone = items.length > 0 && items.every((s) => !s.mayApprove && s.proposedById !== me.user.id);

  return (
    <Stack gap="lg" maw={900}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('sanctions.waitingTitle')}
        </Title>
        <Text size="sm">{t('sanctions.waitingIntro')}</Text>
      </Stack>
      {waiting.isPending && (
        <Center p="md">
          <Loading />
        </Center>
      )}
      {waiting.isError && <ProblemAlert error={waiting.error} />}
      {waiting.isSuccess && items.length === 0 && <Text c="dimmed">{t('sanctions.waitingNone')}</Text>}
      {answersNone && me.user.role === 'admin' && (
        <Alert color="gray" variant="light">
          {t('sanctions.notApprover')}
        </Alert>
      )}
      <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((s) => (
          <li key={s.id}>
            <Proposal
              sanction={s}
              own={s.proposedById === me.user.id}
              open={open?.id === s.id ? open.outcome : null}
              onOpen={(outcome) => setOpen({ id: s.id, outcome })}
              onDone={(message) => {
                setOpen(null);
                flash(message);
              }}
              onCancel={() => setOpen(null)}
            />
          </li>
        ))}
      </Stack>
    </Stack>
  );
}

function Proposal({
  sanction,
  own,
  open,
  onOpen,
  onDone,
  onCancel,
}: {
  sanction: Sanction;
  own: boolean;
  open: 'approve' | 'refuse' | null;
  onOpen: (outcome: 'approve' | 'refuse') => void;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const headingId = `sanction-${sanction.id}`;
  return (
    <Paper withBorder p="md" component="article" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h4" id={headingId}>
            <AnchorLink
              to="/plans/$id"
              params={{ id: sanction.trajectoryId }}
              hash="sanctions"
              aria-label={t('sanctions.openPlan', { name: sanction.personName })}
              inherit
            >
              {sanction.personName}
            </AnchorLink>
          </Title>
          <Group gap={6}>
            <Badge variant="light" color="orange" c="dark.8" tt="none">
              {t('sanctions.states.proposed')}
            </Badge>
            {sanction.suspended && (
              <Badge variant="outline" color="gray" c="dark.8" tt="none">
                {t('sanctions.suspendedBadge')}
              </Badge>
            )}
          </Group>
        </Group>
        <Text size="sm" fw={600}>
          {extentLabel(t, sanction)} · {periodLabel(t, sanction, locale)}
        </Text>
        {historyLines(t, sanction, locale).map((line) => (
          <Text key={line} size="xs" c="dimmed">
            {line}
          </Text>
        ))}
        <Opinion sanction={sanction} />
        {own && (
          <Text size="sm" c="dimmed">
            {t('sanctions.own')}
          </Text>
        )}
        {sanction.mayApprove && !open && (
          <Group gap="xs">
            <Button size="compact-md" onClick={() => onOpen('approve')}>
              {t('sanctions.approve')}
            </Button>
            <Button size="compact-md" variant="default" onClick={() => onOpen('refuse')}>
              {t('sanctions.refuse')}
            </Button>
          </Group>
        )}
        {open && (
          <AnswerForm key={open} sanction={sanction} outcome={open} onDone={onDone} onCancel={onCancel} />
        )}
      </Stack>
    </Paper>
  );
}
