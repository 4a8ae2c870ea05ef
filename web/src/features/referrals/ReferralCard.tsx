/**
 * One referral in words: where it went, its state, who sent and answered it and when, the days the
 * receiving side followed the person, the handover note; with the steps the reader may take.
 */
import { Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n.ts';
import { formatDate } from '../persons/format.ts';
import type { Referral } from './api.ts';
import { AnswerForm, EndForm } from './ReferralForms.tsx';
import classes from './Referrals.module.css';

const STATE_COLOURS: Record<Referral['state'], string> = {
  pending: 'yellow',
  accepted: 'green',
  declined: 'red',
  withdrawn: 'gray',
  ended: 'gray',
};

type Step = 'accept' | 'decline' | 'withdraw' | 'end' | null;

/** Who followed the person for the receiving side, and from when to when. */
export function periodText(t: (key: string, params?: Record<string, unknown>) => string, referral: Referral) {
  if (!referral.answeredOn || (referral.state !== 'accepted' && referral.state !== 'ended')) return null;
  const locale = currentLocale();
  const from = formatDate(referral.answeredOn, locale);
  const to = referral.endedOn ? formatDate(referral.endedOn, locale) : null;
  if (referral.receivingUserName) {
    return to
      ? t('referrals.followedFromTo', { name: referral.receivingUserName, from, to })
      : t('referrals.followedSince', { name: referral.receivingUserName, from });
  }
  return to ? t('referrals.partnerFromTo', { from, to }) : t('referrals.partnerSince', { from });
}

export function ReferralCard({
  referral,
  heading,
  onDone,
  children,
}: {
  referral: Referral;
  /** What names the card: the service on a plan's page, the person on the page of referrals to answer. */
  heading: ReactNode;
  onDone: (message: string) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [step, setStep] = useState<Step>(null);
  const day = (value: string) => formatDate(value, locale);
  const answered = referral.answeredOn && referral.answeredByName && referral.state !== 'pending';
  const answerKey =
    referral.state === 'withdrawn'
      ? 'withdrawnBy'
      : referral.state === 'declined'
        ? 'declinedBy'
        : 'acceptedBy';
  const period = periodText(t, referral);
  const name = `${referral.person.firstName} ${referral.person.lastName}`;
  const done = (message: string) => {
    setStep(null);
    onDone(message);
  };
  const button = (which: Exclude<Step, null>, label: string, variant: 'light' | 'default') => (
    <Button
      size="compact-sm"
      variant={step === which ? 'filled' : variant}
      color={which === 'decline' || which === 'withdraw' ? 'gray' : undefined}
      aria-label={`${label}: ${referral.service.name}, ${name}`}
      onClick={() => setStep(which)}
    >
      {label}
    </Button>
  );

  return (
    <Paper withBorder p="sm" component="article" aria-label={`${referral.service.name}, ${name}`}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap" justify="space-between">
          <div>{heading}</div>
          <Group gap={6}>
            <Badge variant="outline" color="gray" c="gray.9" tt="none">
              {t(`referrals.kinds.${referral.service.kind}`)}
            </Badge>
            <Badge variant="light" color={STATE_COLOURS[referral.state]} c="gray.9" tt="none">
              {t(`referrals.states.${referral.state}`)}
            </Badge>
          </Group>
        </Group>
        {children}
        <Text size="sm">
          {t('referrals.sentBy', { date: day(referral.sentOn), name: referral.sentByName })}
          {referral.toUserName ? ` · ${t('referrals.addressedTo', { name: referral.toUserName })}` : ''}
        </Text>
        {answered && (
          <Text size="sm">
            {t(`referrals.${answerKey}`, {
              date: day(referral.answeredOn as string),
              name: referral.answeredByName,
            })}
          </Text>
        )}
        {period && (
          <Text size="sm" fw={600}>
            {period}
          </Text>
        )}
        {referral.answerNote && (
          <Text size="sm" className={classes.text}>
            <Text span size="sm" c="dimmed">
              {t('referrals.answerNote')}:{' '}
            </Text>
            {referral.answerNote}
          </Text>
        )}
        <div>
          <Text size="sm" c="dimmed">
            {t('referrals.handoverNote')}
          </Text>
          <Text size="sm" className={classes.text}>
            {referral.handoverNote}
          </Text>
        </div>
        {(referral.canAnswer || referral.canWithdraw || referral.canEnd) && (
          <Group gap="xs" wrap="wrap">
            {referral.canAnswer && button('accept', t('referrals.accept'), 'light')}
            {referral.canAnswer && button('decline', t('referrals.decline'), 'default')}
            {referral.canWithdraw && button('withdraw', t('referrals.withdraw'), 'default')}
            {referral.canEnd && button('end', t('referrals.end'), 'default')}
          </Group>
        )}
        {(step === 'accept' || step === 'decline' || step === 'withdraw') && (
          <AnswerForm referral={referral} step={step} onDone={done} onCancel={() => setStep(null)} />
        )}
        {step === 'end' && <EndForm referral={referral} onDone={done} onCancel={() => setStep(null)} />}
      </Stack>
    </Paper>
  );
}
