/**
 * The plan's referrals to second-line services and partners: each with its state and the days its
 * receiving side followed the person, and the form to refer. The first-line worker stays
 * responsible for the file whatever happens here.
 */
import { Button, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../components/Flash.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { planReferralsQuery } from './api.ts';
import { ReferralCard } from './ReferralCard.tsx';
import { SendReferralForm } from './ReferralForms.tsx';
import classes from './Referrals.module.css';

export function ReferralsSection({ planId, closed }: { planId: string; closed: boolean }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const referrals = useQuery(planReferralsQuery(planId));
  const [sending, setSending] = useState(false);

  return (
    <section aria-labelledby="referrals-heading">
      <Title order={2} size="h4" id="referrals-heading" mb="xs">
        {t('referrals.title')}
      </Title>
      <Stack gap="sm" maw={900}>
        <Text size="sm">{t('referrals.intro')}</Text>
        {referrals.isPending && <Loading size="sm" />}
        {referrals.isError && <ProblemAlert error={referrals.error} />}
        {referrals.data && referrals.data.items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('referrals.none')}
          </Text>
        )}
        {referrals.data && referrals.data.items.length > 0 && (
          <ul className={classes.list}>
            {referrals.data.items.map((referral) => (
              <li key={referral.id}>
                <ReferralCard
                  referral={referral}
                  heading={
                    <Text fw={600} className={classes.text}>
                      {referral.service.name}
                    </Text>
                  }
                  onDone={flash}
                />
              </li>
            ))}
          </ul>
        )}
        {!closed &&
          (sending ? (
            <SendReferralForm
              planId={planId}
              onDone={(message) => {
                setSending(false);
                flash(message);
              }}
              onCancel={() => setSending(false)}
            />
          ) : (
            <div>
              <Button variant="light" onClick={() => setSending(true)}>
                {t('referrals.new')}
              </Button>
            </div>
          ))}
      </Stack>
    </section>
  );
}
