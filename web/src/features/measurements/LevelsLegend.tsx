import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Scale } from '../../../../src/domain/instruments.ts';
import { currentLocale } from '../../i18n.ts';

/** What each level of a scale means, once, in the interface language. */
export function LevelsLegend({ scale, caption }: { scale: Scale; caption: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table verticalSpacing={4} fz="sm" withTableBorder captionSide="top">
      <Table.Caption ta="left" fw={600} c="var(--mantine-color-text)">
        {caption}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('measurement.level')}</Table.Th>
          <Table.Th scope="col">{t('measurement.descriptor')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {scale.levels.map((level) => (
          <Table.Tr key={level.value}>
            <Table.Th scope="row" fw={600} style={{ verticalAlign: 'top' }}>
              {level.value} · {level.name[locale]}
            </Table.Th>
            <Table.Td>{level.descriptor[locale]}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
