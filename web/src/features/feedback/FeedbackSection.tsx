import { Alert, Button, CopyButton, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLocale, LOCALES, type Locale } from '../../../../src/i18n/catalogues.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { currentLocale, INTL_LOCALES } from '../../i18n.ts';
import { useCreateFeedbackLink } from './api.ts';

/**
 * On a person's page: ask for their anonymous opinion, on this tablet (a new tab with only the
 * questionnaire: no way back to the file in it) or through a one-time link to give them. The
 * link names no person and no worker: the answer cannot be traced back, not even from here.
 */
export function FeedbackSection({ personLanguage }: { personLanguage: string }) {
  const { t, i18n } = useTranslation();
  const [language, setLanguage] = useState<Locale>(
    isLocale(personLanguage) ? personLanguage : currentLocale(),
  );
  const create = useCreateFeedbackLink();
  const [shown, setShown] = useState<{ url: string; expiresAt: string } | null>(null);
  const [blocked, setBlocked] = useState(false);

  const onTablet = () => {
    setShown(null);
    setBlocked(false);
    // Opened now, while the click still counts, so the browser does not block it; filled in below.
    const tab = window.open('', '_blank');
    create.mutate(language, {
      onSuccess: (link) => {
        if (tab) {
          tab.opener = null;
          tab.location.href = link.url;
        } else {
          setBlocked(true);
          setShown(link);
        }
      },
      onError: () => tab?.close(),
    });
  };

  const expires = shown
    ? new Intl.DateTimeFormat(INTL_LOCALES[currentLocale()], { dateStyle: 'long' }).format(
        new Date(shown.expiresAt),
      )
    : '';

  return (
    <section aria-labelledby="feedback-heading">
      <Title order={2} size="h4" id="feedback-heading" mb={4}>
        {t('feedback.section.title')}
      </Title>
      <Stack gap="xs" maw={720}>
        <Text size="sm">{t('feedback.section.intro')}</Text>
        <Group gap="xs" align="flex-end">
          <NativeSelect
            label={t('feedback.section.language')}
            value={language}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isLocale(value)) setLanguage(value);
            }}
            w={180}
          >
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {i18n.getFixedT(l)(`languageName.${l}`)}
              </option>
            ))}
          </NativeSelect>
          <Button onClick={onTablet} loading={create.isPending && !shown}>
            {t('feedback.section.tablet')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setBlocked(false);
              create.mutate(language, { onSuccess: setShown });
            }}
          >
            {t('feedback.section.link')}
          </Button>
        </Group>
        {create.isError && <ProblemAlert error={create.error} />}
        {shown && (
          <Alert color="blue" variant="light" title={t('feedback.section.linkTitle')}>
            <Stack gap="xs">
              {blocked && <Text size="sm">{t('feedback.section.blocked')}</Text>}
              <Text size="sm">{t('feedback.section.linkText', { date: expires })}</Text>
              <Group gap="xs" wrap="nowrap" align="flex-end">
                <TextInput
                  label={t('feedback.section.address')}
                  value={shown.url}
                  readOnly
                  onFocus={(event) => event.currentTarget.select()}
                  style={{ flex: 1, minWidth: 0 }}
                />
                <CopyButton value={shown.url}>
                  {({ copied, copy }) => (
                    <Button variant="default" onClick={copy}>
                      {copied ? t('feedback.section.copied') : t('feedback.section.copy')}
                    </Button>
                  )}
                </CopyButton>
              </Group>
            </Stack>
          </Alert>
        )}
      </Stack>
    </section>
  );
}
