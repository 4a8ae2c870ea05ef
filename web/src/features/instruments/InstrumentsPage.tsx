import { Center, Code, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import stacked from '../../components/StackedTable.module.css';
import { usePageTitle } from '../../components/usePageTitle.ts';
import { currentLocale } from '../../i18n.ts';
import { useSession } from '../auth/session.ts';
import { instrumentsQuery } from './api.ts';
import { InstrumentUpload } from './InstrumentUpload.tsx';

/** Every worker may read the instruments; only a centre administrator loads new ones. */
export function InstrumentsPage() {
  const { t } = useTranslation();
  const me = useSession();
  const list = useQuery(instrumentsQuery);
  const locale = currentLocale();
  usePageTitle(t('instruments.title'));

  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('instruments.title')}
      </Title>
      {list.isPending && (
        <Center p="xl">
          <Loading />
        </Center>
      )}
      {list.isError && <ProblemAlert error={list.error} />}
      {list.data && (
        <div className={stacked.wrapper}>
          <Table
            withTableBorder
            verticalSpacing={6}
            fz="sm"
            captionSide="top"
            maw={1000}
            className={stacked.table}
          >
            <Table.Caption ta="left" c="dimmed">
              {t('instruments.caption')}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('instruments.name')}</Table.Th>
                <Table.Th scope="col">{t('instruments.key')}</Table.Th>
                <Table.Th scope="col">{t('instruments.version')}</Table.Th>
                <Table.Th scope="col">{t('instruments.origin')}</Table.Th>
                <Table.Th scope="col">{t('instruments.domains')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((instrument) => (
                <Table.Tr key={instrument.key}>
                  <Table.Th scope="row">
                    {instrument.name[locale]}
                    {instrument.description && (
                      <Text size="xs" c="dimmed" fw={400}>
                        {instrument.description[locale]}
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td data-label={t('instruments.key')}>
                    <Code style={{ whiteSpace: 'nowrap' }}>{instrument.key}</Code>
                  </Table.Td>
                  <Table.Td data-label={t('instruments.version')}>{instrument.version}</Table.Td>
                  <Table.Td data-label={t('instruments.origin')}>
                    {instrument.builtIn ? t('instruments.builtIn') : t('instruments.own')}
                  </Table.Td>
                  <Table.Td data-label={t('instruments.domains')}>{instrument.domains.length}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </div>
      )}
      {me.user.role === 'admin' ? (
        <InstrumentUpload />
      ) : (
        <Text size="sm" c="dimmed">
          {t('instruments.readOnly')}
        </Text>
      )}
    </Stack>
  );
}
