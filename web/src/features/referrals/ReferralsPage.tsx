/**
 * For the workers of a second-line service: the referrals waiting for their answer, each with the
 * person, a link to the plan, the handover note, and Accept / Decline.
 */
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../components/Flash.tsx';
import { Loading } from '../../components/Loading.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { awaitingReferralsQuery } from './api.ts';
import { ReferralCard } from './ReferralCard.tsx';
import classes from './Referrals.module.css';

export function ReferralsPage() {
  const { t } = useTranslation();
  const flash = useFlash();
  const awaiting = useQuery(awaitingReferralsQuery);
  usePageTitle(t('referrals.page.title'));

  return (
    <Stack gap="lg" maw={900}>
      <Stack gap={4}>
        <Title order={1} size="h2">
          {t('referrals.page.title')}
        </Title>
        <Text size="sm">{t('referrals.page.intro')}</Text>
      </Stack>
      {awaiting.isPending && <Loading />}
      {awaiting.isError && <ProblemAlert error={awaiting.error} />}
      {awaiting.data && awaiting.data.items.length === 0 && (
        <Paper withBorder p="md">
          <Text>{t('referrals.page.none')}</Text>
        </Paper>
      )}
      {awaiting.data && awaiting.data.items.length > 0 && (
        <ul className={classes.list} aria-label={t('referrals.page.title')}>
          {awaiting.data.items.map((referral) => {
            const name = `${referral.person.firstName} ${referral.person.lastName}`;
            return (
              <li key={referral.id}>
                <ReferralCard
                  referral={referral}
                  heading={
                    <Title order={2} size="h4">
                      <AnchorLink to="/persons/$id" params={{ id: referral.person.id }} inherit>
                        {name}
                      </AnchorLink>
                    </Title>
                  }
                  onDone={flash}
                >
                  <Group gap="xs" wrap="wrap">
                    <Text size="sm" fw={600} className={classes.text}>
                      {referral.service.name}
                    </Text>
                    <AnchorLink to="/plans/$id" params={{ id: referral.trajectoryId }} size="sm">
                      {t('referrals.page.plan', { name })}
                    </AnchorLink>
                  </Group>
                </ReferralCard>
              </li>
            );
          })}
        </ul>
      )}
    </Stack>
  );
}
