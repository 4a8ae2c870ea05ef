import {
  Alert,
  Box,
  Button,
  Center,
  Group,
  Paper,
  PasswordInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client.ts';
import { LanguageSwitcher } from '../../components/LanguageSwitcher.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { installationQuery } from '../installation/api.ts';
import { useLogin } from './session.ts';

/** Only a path of this site: a crafted link must not send someone elsewhere after login. */
export function safeRedirect(target: string | undefined): string {
  return target?.startsWith('/') && !target.startsWith('//') ? target : '/';
}

export function LoginPage({ redirect }: { redirect?: string }) {
  const { t } = useTranslation();
  const login = useLogin();
  const navigate = useNavigate();
  const form = useForm({ initialValues: { email: '', password: '' } });
  const installation = useQuery(installationQuery);
  usePageTitle(t('login.title'));

  const submit = form.onSubmit((values) =>
    login.mutate(values, {
      onSuccess: () => navigate({ to: safeRedirect(redirect), replace: true }),
      onError: (error) => {
        for (const fieldError of isApiError(error) ? (error.problem?.errors ?? []) : []) {
          if (fieldError.path === 'email' || fieldError.path === 'password') {
            form.setFieldError(fieldError.path, fieldError.message);
          }
        }
      },
    }),
  );

  return (
    <Box mih="100vh" bg="gray.0">
      <Group component="header" justify="flex-end" p="md">
        <LanguageSwitcher />
      </Group>
      <Center component="main" px="md" pb="xl">
        <Paper withBorder shadow="xs" p="xl" w="100%" maw={400}>
          <Stack gap="md">
            <div>
              <Text fw={700} size="xl" c="blue.8">
                {t('app.name')}
              </Text>
              <Text size="sm" c="dimmed">
                {t('app.tagline')}
              </Text>
            </div>
            <Title order={1} size="h3">
              {t('login.title')}
            </Title>
            {installation.data?.demoAccounts && (
              <Alert
                color="yellow"
                variant="light"
                title={t('login.demoTitle')}
                // Present from the start, not news: a note, so it does not interrupt like an alert.
                role="note"
                // Mantine's yellow title is too pale on its own background (axe: colour contrast).
                styles={{ title: { color: 'var(--mantine-color-dark-7)' } }}
              >
                {t('login.demoAccounts')}
              </Alert>
            )}
            {login.isError && <ProblemAlert error={login.error} />}
            <form onSubmit={submit} noValidate>
              <Stack gap="sm">
                <TextInput
                  label={t('login.email')}
                  type="email"
                  autoComplete="username"
                  required
                  {...form.getInputProps('email')}
                />
                <PasswordInput
                  label={t('login.password')}
                  autoComplete="current-password"
                  required
                  visibilityToggleButtonProps={{ 'aria-label': t('login.togglePassword') }}
                  {...form.getInputProps('password')}
                />
                <Button type="submit" loading={login.isPending} mt="xs">
                  {t('login.submit')}
                </Button>
              </Stack>
            </form>
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
