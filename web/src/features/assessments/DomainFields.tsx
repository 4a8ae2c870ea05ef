import { Accordion, Badge, Group, SimpleGrid, Text, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { LIFE_DOMAINS, type LifeDomain } from '../../../../src/domain/life-domains.ts';
import { type AssessmentFormValues, FINDING_FIELDS, isDescribed } from './values.ts';

interface Props {
  form: UseFormReturnType<AssessmentFormValues>;
  open: LifeDomain[];
  onOpenChange: (open: LifeDomain[]) => void;
}

/**
 * The thirteen life domains, closed until opened: a worker describes the few that matter and
 * skips the rest. A closed domain with text says so, and so does one with an error.
 */
export function DomainFields({ form, open, onOpenChange }: Props) {
  const { t } = useTranslation();
  return (
    <Accordion
      multiple
      variant="contained"
      value={open}
      onChange={(value) => onOpenChange(value as LifeDomain[])}
      order={3}
      // Thirteen closed domains fit on one screen.
      styles={{ label: { paddingBlock: 8 } }}
    >
      {LIFE_DOMAINS.map((domain) => {
        const described = isDescribed(form.values.domains[domain]);
        const invalid = FINDING_FIELDS.some((field) => form.errors[`domains.${domain}.${field}`]);
        return (
          <Accordion.Item key={domain} value={domain}>
            <Accordion.Control>
              <Group gap="xs" wrap="nowrap">
                <Text fw={described ? 600 : 400}>{t(`lifeDomains.${domain}`)}</Text>
                {described && (
                  <Badge size="sm" variant="light" color="blue" c="blue.9" tt="none">
                    {t('assessment.described')}
                  </Badge>
                )}
                {invalid && (
                  <Badge size="sm" variant="outline" color="red" c="red.9" tt="none">
                    {t('common.error')}
                  </Badge>
                )}
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
                {FINDING_FIELDS.map((field) => (
                  <Textarea
                    key={field}
                    label={t(`assessment.${field}`)}
                    autosize
                    minRows={2}
                    maxRows={10}
                    {...form.getInputProps(`domains.${domain}.${field}`)}
                  />
                ))}
              </SimpleGrid>
            </Accordion.Panel>
          </Accordion.Item>
        );
      })}
    </Accordion>
  );
}
