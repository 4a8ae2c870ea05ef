import {
  Alert,
  Anchor,
  Button,
  Code,
  FileInput,
  Group,
  List,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { currentLocale } from '../../i18n.ts';
import { type Upload, useUploadInstrument } from './api.ts';

/**
 * An administrator loads the centre's own instrument as a JSON definition. The server checks it
 * and lists every problem at once, each with where it is: they are shown as they come.
 */
export function InstrumentUpload() {
  const { t } = useTranslation();
  const upload = useUploadInstrument();
  const [text, setText] = useState('');
  const [jsonError, setJsonError] = useState<string | null>(null);
  const [result, setResult] = useState<Upload | null>(null);

  const readFile = async (file: File | null) => {
    if (!file) return;
    setText(await file.text());
    setJsonError(null);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setResult(null);
    upload.reset();
    let definition: unknown;
    try {
      definition = JSON.parse(text);
    } catch {
      setJsonError(text.trim() ? t('instruments.invalidJson') : t('validation.required'));
      return;
    }
    setJsonError(null);
    try {
      setResult(await upload.mutateAsync(definition));
    } catch {
      // Shown below from the mutation's error.
    }
  };

  const refusal = upload.error instanceof ApiError ? upload.error.problem : null;
  const problems = refusal?.errors ?? [];

  return (
    <section aria-labelledby="upload-heading">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm" maw={900}>
          <Title order={2} size="h4" id="upload-heading">
            {t('instruments.uploadTitle')}
          </Title>
          <Text size="sm">
            {t('instruments.uploadHint')}{' '}
            <Anchor href="/api/v1/instruments/schema" target="_blank" rel="noopener">
              {t('instruments.formatLink')}
            </Anchor>
          </Text>
          <FileInput
            label={t('instruments.file')}
            accept="application/json,.json"
            clearable
            onChange={readFile}
            maw={400}
          />
          <Textarea
            label={t('instruments.json')}
            value={text}
            onChange={(event) => setText(event.currentTarget.value)}
            error={jsonError}
            autosize
            minRows={8}
            maxRows={24}
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
          />
          {result && <UploadResult result={result} />}
          {problems.length > 0 && refusal && (
            <Alert color="red" variant="outline" role="alert" title={refusal.title}>
              <Text size="sm" mb="xs">
                {refusal.detail}
              </Text>
              <List size="sm" spacing={2}>
                {problems.map((problem) => (
                  <List.Item key={`${problem.path}-${problem.code}`}>
                    <Code>{problem.path || t('instruments.wholeDefinition')}</Code> {problem.message}
                  </List.Item>
                ))}
              </List>
            </Alert>
          )}
          {upload.isError && problems.length === 0 && <ProblemAlert error={upload.error} />}
          <Group>
            <Button type="submit" loading={upload.isPending}>
              {t('instruments.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </section>
  );
}

function UploadResult({ result }: { result: Upload }) {
  const { t } = useTranslation();
  const { version, name } = result.instrument;
  const params = { version, name: name[currentLocale()] };
  return (
    <Alert color={result.created ? 'teal' : 'blue'} variant="light" role="status">
      {result.created ? t('instruments.created', params) : t('instruments.unchanged', params)}
    </Alert>
  );
}
