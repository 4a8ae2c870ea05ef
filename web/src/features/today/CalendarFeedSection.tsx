import { Alert, Button, CopyButton, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { calendarQuery, useCalendarFeed } from './api.ts';

/**
 * The worker's calendar feed: a secret address Outlook (or any calendar) subscribes to. The address
 * is shown once, when made; renewing makes a new one and kills the old, revoking kills it.
 */
export function CalendarFeedSection() {
  const { t } = useTranslation();
  const status = useQuery(calendarQuery);
  const { renew, revoke } = useCalendarFeed();
  const shown = renew.data?.path ? `${window.location.origin}${renew.data.path}` : null;
  // Creating, renewing and revoking write their answer into the status query (api.ts).
  const active = status.data?.active ?? false;
  return (
    <section aria-labelledby="calendar-heading">
      <Title order={2} size="h4" id="calendar-heading" mb={4}>
        {t('today.calendar.title')}
      </Title>
      <Stack gap="xs" maw={720}>
        <Text size="sm">{t('today.calendar.intro')}</Text>
        {status.isError && <ProblemAlert error={status.error} />}
        {(renew.isError || revoke.isError) && <ProblemAlert error={renew.error ?? revoke.error} />}
        {shown && (
          <Alert color="blue" variant="light" title={t('today.calendar.newTitle')}>
            <Stack gap="xs">
              <Text size="sm">{t('today.calendar.newText')}</Text>
              <Group gap="xs" wrap="nowrap" align="flex-end">
                <TextInput
                  label={t('today.calendar.address')}
                  value={shown}
                  readOnly
                  onFocus={(event) => event.currentTarget.select()}
                  style={{ flex: 1, minWidth: 0 }}
                />
                <CopyButton value={shown}>
                  {({ copied, copy }) => (
                    <Button variant="default" onClick={copy}>
                      {copied ? t('today.calendar.copied') : t('today.calendar.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          </Alert>
        )}
        {!shown && status.data && (
          <Text size="sm" c="dimmed">
            {active ? t('today.calendar.active') : t('today.calendar.none')}
          </Text>
        )}
        <Group gap="xs">
          <Button
            variant={active ? 'default' : 'filled'}
            loading={renew.isPending}
            onClick={() => {
              revoke.reset();
              renew.mutate();
            }}
          >
            {active ? t('today.calendar.renew') : t('today.calendar.create')}
          </Button>
          {active && (
            <Button
              variant="subtle"
              color="red"
              loading={revoke.isPending}
              onClick={() => {
                renew.reset();
                revoke.mutate();
              }}
            >
              {t('today.calendar.revoke')}
            </Button>
          )}
        </Group>
      </Stack>
    </section>
  );
}
