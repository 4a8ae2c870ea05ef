import {
  Alert,
  Badge,
  Button,
  Group,
  Radio,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STUDY_SCALE } from '../../../../src/domain/studies.ts';
import { Loading } from '../../components/Loading.tsx';
import { AnchorLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { useSession } from '../auth/session.ts';
import {
  downloadResults,
  type Study,
  studyQuery,
  studyResultsQuery,
  useAnswerStudy,
  useChangeStudy,
  useCreateStudy,
  useStudyStep,
} from './api.ts';
import { formatDay, inMyLanguage } from './labels.ts';
import { StudyForm } from './StudyForm.tsx';

function BackToStudies() {
  const { t } = useTranslation();
  return (
    <AnchorLink to="/studies" size="sm">
      {t('studies.back')}
    </AnchorLink>
  );
}

export function NewStudyPage() {
  const { t } = useTranslation();
  const me = useSession();
  const create = useCreateStudy();
  const navigate = useNavigate();
  usePageTitle(t('studies.new'));
  return (
    <Stack maw={960} gap="md">
      <BackToStudies />
      <Title order={1} size="h2">
        {t('studies.new')}
      </Title>
      <StudyForm
        federal={me.user.role === 'federal'}
        today={me.today}
        pending={create.isPending}
        error={create.error}
        onSubmit={(draft) =>
          create.mutate(draft, {
            onSuccess: (study) => navigate({ to: '/studies/$id', params: { id: study.id } }),
          })
        }
      />
    </Stack>
  );
}

export function StudyPage({ id }: { id: string }) {
  const { t } = useTranslation();
  const study = useQuery(studyQuery(id));
  usePageTitle(study.data ? inMyLanguage(study.data.title) : null);
  if (study.isPending) return <Loading />;
  if (study.isError) return <ProblemAlert error={study.error} />;
  const s = study.data;
  return (
    <Stack maw={960} gap="md">
      <BackToStudies />
      <Title order={1} size="h2">
        {inMyLanguage(s.title)}
      </Title>
      <Group gap="xs">
        <Badge variant="outline" color="dark.6">
          {t(`studies.owner.${s.owner}`)}
        </Badge>
        <Badge variant="outline" color="dark.6">
          {t(`studies.states.${s.state}`)}
        </Badge>
        <Text size="sm">{t('studies.dates', { from: formatDay(s.opensOn), to: formatDay(s.closesOn) })}</Text>
      </Group>
      {s.canManage ? <ManageStudy study={s} /> : <AnswerStudy study={s} />}
    </Stack>
  );
}

function ManageStudy({ study }: { study: Study }) {
  const { t } = useTranslation();
  const me = useSession();
  const [editing, setEditing] = useState(false);
  const change = useChangeStudy(study.id);
  const step = useStudyStep(study.id);
  if (editing)
    return (
      <StudyForm
        initial={study}
        federal={me.user.role === 'federal'}
        today={me.today}
        pending={change.isPending}
        error={change.error}
        onSubmit={(draft) =>
          change.mutate({ version: study.version, ...draft }, { onSuccess: () => setEditing(false) })
        }
      />
    );
  return (
    <Stack gap="md">
      <Stack gap={4} component="section" aria-labelledby="questions-heading">
        <Title order={2} size="h4" id="questions-heading">
          {t('studies.form.questions')}
        </Title>
        <ol>
          {study.questions.map((q) => (
            <li key={q.id}>
              {inMyLanguage(q.text)}{' '}
              <Text span size="sm" c="dimmed">
                ({t(`studies.kinds.${q.kind}`)}
                {q.options ? `: ${q.options.map((o) => inMyLanguage(o.text)).join(', ')}` : ''})
              </Text>
            </li>
          ))}
        </ol>
      </Stack>
      {step.isError && <ProblemAlert error={step.error} />}
      <Group gap="xs">
        {study.state === 'draft' && (
          <>
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('studies.edit')}
            </Button>
            <Button
              loading={step.isPending}
              onClick={() => step.mutate({ step: 'publish', version: study.version })}
            >
              {t('studies.publish')}
            </Button>
          </>
        )}
        {study.state === 'published' && (
          <Button
            variant="default"
            loading={step.isPending}
            onClick={() => step.mutate({ step: 'close', version: study.version })}
          >
            {t('studies.close')}
          </Button>
        )}
      </Group>
      {study.state !== 'draft' && <Results id={study.id} />}
    </Stack>
  );
}

function Results({ id }: { id: string }) {
  const { t } = useTranslation();
  const results = useQuery(studyResultsQuery(id));
  const [downloadFailed, setDownloadFailed] = useState(false);
  return (
    <Stack gap="sm" component="section" aria-labelledby="results-heading">
      <Title order={2} size="h4" id="results-heading">
        {t('studies.results.title')}
      </Title>
      {results.isPending && <Loading />}
      {results.isError && (
        <Alert color="blue" variant="outline">
          {(results.error as { problem?: { detail?: string } }).problem?.detail ?? t('common.error')}
        </Alert>
      )}
      {results.data && (
        <>
          <Group justify="space-between">
            <Text>
              {t('studies.results.answers')}: {results.data.answers}
            </Text>
            <Button
              variant="default"
              onClick={() =>
                downloadResults(id).then(
                  () => setDownloadFailed(false),
                  () => setDownloadFailed(true),
                )
              }
            >
              {t('studies.download')}
            </Button>
          </Group>
          {downloadFailed && <Alert color="red">{t('common.error')}</Alert>}
          <Text size="sm" c="dimmed">
            {t('studies.results.suppressed')}
          </Text>
          {results.data.questions.map((q) => (
            <Table key={q.id} withTableBorder striped captionSide="top">
              <Table.Caption style={{ textAlign: 'left', fontWeight: 600 }}>{q.text}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('studies.results.value')}</Table.Th>
                  <Table.Th scope="col" style={{ textAlign: 'right' }}>
                    {t('studies.results.count')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q.counts.map((c) => (
                  <Table.Tr key={c.value}>
                    <Table.Th scope="row" fw={400}>
                      {c.label}
                    </Table.Th>
                    <Table.Td style={{ textAlign: 'right' }}>{String(c.count)}</Table.Td>
                  </Table.Tr>
                ))}
                <Table.Tr>
                  <Table.Th scope="row">{t('studies.results.answered')}</Table.Th>
                  <Table.Td style={{ textAlign: 'right' }}>{String(q.answered)}</Table.Td>
                </Table.Tr>
                {q.mean !== null && (
                  <Table.Tr>
                    <Table.Th scope="row">{t('studies.results.mean')}</Table.Th>
                    <Table.Td style={{ textAlign: 'right' }}>{q.mean}</Table.Td>
                  </Table.Tr>
                )}
              </Table.Tbody>
            </Table>
          ))}
        </>
      )}
    </Stack>
  );
}

function AnswerStudy({ study }: { study: Study }) {
  const { t } = useTranslation();
  const answer = useAnswerStudy(study.id);
  const [values, setValues] = useState<Record<string, number | string | null>>({});
  if (answer.isSuccess || study.answered)
    return (
      <Alert color="green" variant="outline" role="status">
        {t('studies.thanks')}
      </Alert>
    );
  if (!study.open)
    return (
      <Alert color="blue" variant="outline">
        {t('errors.studyNotOpen')}
      </Alert>
    );
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        answer.mutate(values);
      }}
    >
      <Stack gap="lg">
        <Text>{t('studies.answerIntro')}</Text>
        {study.questions.map((q) => {
          const label = inMyLanguage(q.text);
          if (q.kind === 'text')
            return (
              <Textarea
                key={q.id}
                label={label}
                autosize
                minRows={2}
                maxLength={2000}
                value={(values[q.id] as string | undefined) ?? ''}
                onChange={(event) => setValues((v) => ({ ...v, [q.id]: event.currentTarget.value }))}
              />
            );
          const choices =
            q.kind === 'scale1to5'
              ? STUDY_SCALE.map((n) => ({ value: String(n), label: String(n) }))
              : (q.options ?? []).map((o) => ({ value: o.id, label: inMyLanguage(o.text) }));
          return (
            <Radio.Group
              key={q.id}
              label={label}
              description={q.kind === 'scale1to5' ? t('studies.scaleHint') : undefined}
              value={values[q.id] === undefined || values[q.id] === null ? '' : String(values[q.id])}
              onChange={(value) =>
                setValues((v) => ({ ...v, [q.id]: q.kind === 'scale1to5' ? Number(value) : value }))
              }
            >
              <SimpleGrid
                cols={{ base: q.kind === 'scale1to5' ? 5 : 1, sm: q.kind === 'scale1to5' ? 5 : 2 }}
                mt="xs"
              >
                {choices.map((c) => (
                  <Radio key={c.value} value={c.value} label={c.label} size="md" />
                ))}
              </SimpleGrid>
            </Radio.Group>
          );
        })}
        {answer.isError && <ProblemAlert error={answer.error} />}
        <Group justify="flex-end">
          <Button type="submit" loading={answer.isPending}>
            {t('studies.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
