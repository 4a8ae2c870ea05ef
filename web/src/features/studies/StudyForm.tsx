import {
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STUDY_QUESTION_KINDS, type StudyQuestionKind } from '../../../../src/domain/studies.ts';
import { LOCALES, type Locale } from '../../../../src/i18n/catalogues.ts';
import { ApiError } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { currentLocale } from '../../i18n.ts';
import { type Study, studyCentresQuery } from './api.ts';

type Wording = Partial<Record<Locale, string>>;
interface DraftQuestion {
  id: string;
  kind: StudyQuestionKind;
  text: Wording;
  options: Array<{ id: string; text: Wording }>;
}
export interface StudyDraft {
  title: Wording;
  questions: Array<{
    id: string;
    kind: StudyQuestionKind;
    text: Wording;
    options?: Array<{ id: string; text: Wording }>;
  }>;
  targetAll: boolean;
  targetCentreIds: string[];
  opensOn: string;
  closesOn: string;
}

const nextId = (prefix: string, taken: string[]) => {
  let n = taken.length + 1;
  while (taken.includes(`${prefix}${n}`)) n += 1;
  return `${prefix}${n}`;
};

/** Writes a questionnaire: its languages, title, dates, target (federal) and questions. */
export function StudyForm({
  initial,
  federal,
  today,
  onSubmit,
  pending,
  error,
}: {
  initial?: Study;
  federal: boolean;
  today: string;
  onSubmit: (draft: StudyDraft) => void;
  pending: boolean;
  error: unknown;
}) {
  const { t, i18n } = useTranslation();
  const initialLanguages = initial
    ? LOCALES.filter((l) => initial.title[l] || initial.questions.some((q) => q.text[l]))
    : [currentLocale()];
  const [languages, setLanguages] = useState<Locale[]>(
    initialLanguages.length ? initialLanguages : [currentLocale()],
  );
  const [title, setTitle] = useState<Wording>(initial?.title ?? {});
  const [opensOn, setOpensOn] = useState(initial?.opensOn ?? today);
  const [closesOn, setClosesOn] = useState(initial?.closesOn ?? '');
  const [targetAll, setTargetAll] = useState(initial?.targetAll ?? true);
  const [targetCentreIds, setTargetCentreIds] = useState<string[]>(initial?.targetCentreIds ?? []);
  const [questions, setQuestions] = useState<DraftQuestion[]>(
    initial?.questions.map((q) => ({ ...q, options: q.options ?? [] })) ?? [
      { id: 'q1', kind: 'scale1to5', text: {}, options: [] },
    ],
  );
  const centres = useQuery({ ...studyCentresQuery, enabled: federal });
  const languageName = (l: Locale) => i18n.getFixedT(l)(`languageName.${l}`);

  const setQuestion = (index: number, change: Partial<DraftQuestion>) =>
    setQuestions((qs) => qs.map((q, i) => (i === index ? { ...q, ...change } : q)));

  const textInputs = (label: string, value: Wording, onChange: (next: Wording) => void) => (
    <SimpleGrid cols={{ base: 1, sm: languages.length > 1 ? 2 : 1 }} spacing="xs">
      {languages.map((l) => (
        <TextInput
          key={l}
          label={languages.length > 1 ? `${label} (${languageName(l)})` : label}
          lang={l}
          value={value[l] ?? ''}
          onChange={(event) => onChange({ ...value, [l]: event.currentTarget.value })}
        />
      ))}
    </SimpleGrid>
  );

  const only = (text: Wording): Wording =>
    Object.fromEntries(
      languages.filter((l) => (text[l] ?? '').trim() !== '').map((l) => [l, text[l]?.trim()]),
    );

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit({
          title: only(title),
          opensOn,
          closesOn,
          targetAll: federal ? targetAll : false,
          targetCentreIds: federal && !targetAll ? targetCentreIds : [],
          questions: questions.map((q) => ({
            id: q.id,
            kind: q.kind,
            text: only(q.text),
            ...(q.kind === 'choice'
              ? { options: q.options.map((o) => ({ id: o.id, text: only(o.text) })) }
              : {}),
          })),
        });
      }}
    >
      <Stack gap="md">
        <Checkbox.Group
          label={t('studies.form.languages')}
          value={languages}
          onChange={(value) => value.length > 0 && setLanguages(LOCALES.filter((l) => value.includes(l)))}
        >
          <Group gap="md" mt={4}>
            {LOCALES.map((l) => (
              <Checkbox key={l} value={l} label={languageName(l)} lang={l} />
            ))}
          </Group>
        </Checkbox.Group>
        {textInputs(t('studies.form.title'), title, setTitle)}
        <Group gap="md" align="flex-start">
          <DateField label={t('studies.form.opensOn')} value={opensOn} onChange={setOpensOn} w={200} />
          <DateField label={t('studies.form.closesOn')} value={closesOn} onChange={setClosesOn} w={200} />
        </Group>
        {federal && (
          <Stack gap="xs">
            <Checkbox
              label={t('studies.form.targetAll')}
              checked={targetAll}
              onChange={(event) => setTargetAll(event.currentTarget.checked)}
            />
            {!targetAll && (
              <MultiSelect
                label={t('studies.form.targetCentres')}
                data={(centres.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
                value={targetCentreIds}
                onChange={setTargetCentreIds}
                searchable
              />
            )}
          </Stack>
        )}
        <Title order={2} size="h4">
          {t('studies.form.questions')}
        </Title>
        {questions.map((q, index) => (
          <Card
            key={q.id}
            withBorder
            padding="md"
            component="fieldset"
            aria-label={t('studies.form.question', { n: index + 1 })}
          >
            <Stack gap="xs">
              <Group justify="space-between" align="flex-end">
                <Text fw={600}>{t('studies.form.question', { n: index + 1 })}</Text>
                <NativeSelect
                  label={t('studies.form.kind')}
                  value={q.kind}
                  onChange={(event) => {
                    const kind = event.currentTarget.value as StudyQuestionKind;
                    setQuestion(index, {
                      kind,
                      options:
                        kind === 'choice' && q.options.length === 0
                          ? [
                              { id: 'o1', text: {} },
                              { id: 'o2', text: {} },
                            ]
                          : q.options,
                    });
                  }}
                  w={220}
                >
                  {STUDY_QUESTION_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`studies.kinds.${k}`)}
                    </option>
                  ))}
                </NativeSelect>
              </Group>
              {textInputs(t('studies.form.questionText'), q.text, (text) => setQuestion(index, { text }))}
              {q.kind === 'choice' &&
                q.options.map((o, j) => (
                  <Group key={o.id} align="flex-end" gap="xs" wrap="nowrap">
                    <div style={{ flex: 1 }}>
                      {textInputs(t('studies.form.option', { n: j + 1 }), o.text, (text) =>
                        setQuestion(index, {
                          options: q.options.map((x, k) => (k === j ? { ...x, text } : x)),
                        }),
                      )}
                    </div>
                    {q.options.length > 2 && (
                      <Button
                        variant="default"
                        onClick={() => setQuestion(index, { options: q.options.filter((_, k) => k !== j) })}
                      >
                        {t('studies.form.removeOption')}
                      </Button>
                    )}
                  </Group>
                ))}
              <Group gap="xs">
                {q.kind === 'choice' && (
                  <Button
                    variant="default"
                    size="compact-sm"
                    onClick={() =>
                      setQuestion(index, {
                        options: [
                          ...q.options,
                          {
                            id: nextId(
                              'o',
                              q.options.map((o) => o.id),
                            ),
                            text: {},
                          },
                        ],
                      })
                    }
                  >
                    {t('studies.form.addOption')}
                  </Button>
                )}
                {questions.length > 1 && (
                  <Button
                    variant="default"
                    size="compact-sm"
                    onClick={() => setQuestions((qs) => qs.filter((_, i) => i !== index))}
                  >
                    {t('studies.form.removeQuestion')}
                  </Button>
                )}
              </Group>
            </Stack>
          </Card>
        ))}
        <Group>
          <Button
            variant="default"
            onClick={() =>
              setQuestions((qs) => [
                ...qs,
                {
                  id: nextId(
                    'q',
                    qs.map((q) => q.id),
                  ),
                  kind: 'scale1to5',
                  text: {},
                  options: [],
                },
              ])
            }
          >
            {t('studies.form.addQuestion')}
          </Button>
        </Group>
        {Boolean(error) && (
          <ProblemAlert error={error}>
            {error instanceof ApiError && error.problem?.errors && (
              <ul>
                {error.problem.errors.map((e) => (
                  <li key={`${e.path}-${e.code}`}>
                    {e.path}: {e.message}
                  </li>
                ))}
              </ul>
            )}
          </ProblemAlert>
        )}
        <Group justify="flex-end">
          <Button type="submit" loading={pending}>
            {t('studies.form.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
