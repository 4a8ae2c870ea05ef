import {
  Box,
  Button,
  Container,
  Group,
  NativeSelect,
  Paper,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FEEDBACK_QUESTIONS, type FeedbackQuestion } from '../../../../src/domain/feedback.ts';
import { isLocale, LOCALES, type Locale } from '../../../../src/i18n/catalogues.ts';
import { isApiError } from '../../api/client.ts';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { feedbackFormQuery, useAnswerFeedback } from './api.ts';
import classes from './FeedbackPage.module.css';

/**
 * The person's questionnaire, opened from a one-time link or on the worker's tablet: no
 * navigation, nothing of the worker's session, large choices, the person's language. After the
 * answer, a thank-you and nothing else.
 */
export function FeedbackPage({ secret }: { secret: string }) {
  const { i18n } = useTranslation();
  const [chosen, setChosen] = useState<Locale | undefined>(undefined);
  const form = useQuery(feedbackFormQuery(secret, chosen));
  const language: Locale = form.data?.language ?? chosen ?? (isLocale(i18n.language) ? i18n.language : 'fr');
  const t = i18n.getFixedT(language);
  const answer = useAnswerFeedback(secret);
  const [scores, setScores] = useState<Partial<Record<FeedbackQuestion, number>>>({});
  const [comment, setComment] = useState('');

  useEffect(() => {
    document.title = t('feedback.public.title');
    document.documentElement.lang = language;
  }, [t, language]);

  const languagePicker = (
    <NativeSelect
      aria-label={t('feedback.public.language')}
      value={language}
      onChange={(event) => {
        const value = event.currentTarget.value;
        if (isLocale(value)) setChosen(value);
      }}
      size="md"
      w={160}
    >
      {LOCALES.map((l) => (
        <option key={l} value={l} lang={l}>
          {i18n.getFixedT(l)(`languageName.${l}`)}
        </option>
      ))}
    </NativeSelect>
  );

  let body: React.ReactNode;
  if (answer.isSuccess) {
    body = (
      <Stack gap="lg" ta="center" py="xl">
        <Title order={1}>{t('feedback.public.thanksTitle')}</Title>
        <Text size="xl">{t('feedback.public.thanksText')}</Text>
        <Group justify="center">
          <Button size="xl" onClick={() => window.close()}>
            {t('feedback.public.done')}
          </Button>
        </Group>
      </Stack>
    );
  } else if (form.isPending) {
    body = <Loading />;
  } else if (form.isError) {
    body = (
      <Stack gap="md">
        <Title order={1}>{t('feedback.public.unavailableTitle')}</Title>
        {isApiError(form.error, 404) ? (
          <Text size="lg">{t('errors.feedbackNotFound')}</Text>
        ) : (
          <ProblemAlert error={form.error} />
        )}
      </Stack>
    );
  } else {
    const data = form.data;
    body = (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          answer.mutate({ scores, comment: comment.trim() === '' ? null : comment });
        }}
      >
        <Stack gap="xl">
          <Stack gap="xs">
            <Title order={1}>{data.title}</Title>
            <Text size="lg">{data.intro}</Text>
          </Stack>
          {FEEDBACK_QUESTIONS.map((key) => {
            const question = data.questions.find((q) => q.key === key);
            return (
              <Radio.Group
                key={key}
                label={question?.text}
                size="lg"
                value={scores[key] ? String(scores[key]) : ''}
                onChange={(value) => setScores((s) => ({ ...s, [key]: Number(value) }))}
                styles={{ label: { fontSize: 'var(--mantine-font-size-xl)', marginBottom: 8 } }}
              >
                <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
                  {data.scale.map((s) => (
                    <Radio.Card key={s.value} value={String(s.value)} className={classes.choice}>
                      <Group wrap="nowrap" gap="sm">
                        <Radio.Indicator />
                        <Text size="lg">{s.label}</Text>
                      </Group>
                    </Radio.Card>
                  ))}
                </SimpleGrid>
              </Radio.Group>
            );
          })}
          <Textarea
            label={data.comment.label}
            size="lg"
            autosize
            minRows={3}
            maxLength={data.comment.maxLength}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
          />
          {answer.isError && <ProblemAlert error={answer.error} />}
          <Group justify="flex-end">
            <Button type="submit" size="xl" loading={answer.isPending}>
              {t('feedback.public.send')}
            </Button>
          </Group>
        </Stack>
      </form>
    );
  }

  return (
    <Box className={classes.page} py="md">
      <Container size="md">
        <Paper component="main" p={{ base: 'md', sm: 'xl' }} radius="md" withBorder lang={language}>
          {!answer.isSuccess && (
            <Group justify="flex-end" mb="md">
              {languagePicker}
            </Group>
          )}
          {body}
        </Paper>
      </Container>
    </Box>
  );
}
