/**
 * The costs of a plan on its page: each dated line with what it was for and its amount in euros,
 * the total, a small form to record one (the amount typed in euros, "1 250,50" or "1250.50"), and
 * the removal of a line recorded by mistake, after a confirmation.
 */
import {
  Button,
  Group,
  Modal,
  Paper,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { DateField } from '../../components/DateField.tsx';
import { useFlash } from '../../components/Flash.tsx';
import { focusFirstError, formErrors, SubmitButton } from '../../components/forms.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import stacked from '../../components/StackedTable.module.css';
import { currentLocale, INTL_LOCALES } from '../../i18n.ts';
import { belgianToday, formatDate } from '../persons/format.ts';
import { type CostLine, planCostsQuery, useRecordCost, useRemoveCost } from './api.ts';
import classes from './CostsSection.module.css';
import { type CostValues, checkCost } from './values.ts';

/** Cents shown as euros in the interface language: 1 250,50 € in French, € 1.250,50 in Dutch. */
export function formatEuros(cents: number): string {
  return new Intl.NumberFormat(INTL_LOCALES[currentLocale()], { style: 'currency', currency: 'EUR' }).format(
    cents / 100,
  );
}

export function CostsSection({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const costs = useQuery(planCostsQuery(planId));
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<CostLine | null>(null);
  const items = costs.data?.items ?? [];
  const locale = currentLocale();

  return (
    <section aria-labelledby="costs-heading" id="costs">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="costs-heading">
          {t('costs.title')}
        </Title>
        {!adding && (
          <Button variant="light" onClick={() => setAdding(true)}>
            {t('costs.add')}
          </Button>
        )}
      </Group>
      <Stack gap="sm" maw={900}>
        <Text size="sm" c="dimmed" maw={760}>
          {t('costs.intro')}
        </Text>
        {costs.isPending && <Loading size="sm" />}
        {costs.isError && <ProblemAlert error={costs.error} />}
        {costs.isSuccess && items.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('costs.none')}
          </Text>
        )}
        {costs.data && items.length > 0 && (
          <div className={stacked.wrapper}>
            <Table className={stacked.table} verticalSpacing="xs" aria-labelledby="costs-heading">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('costs.date')}</Table.Th>
                  <Table.Th scope="col">{t('costs.description')}</Table.Th>
                  <Table.Th scope="col" className={classes.amount}>
                    {t('costs.amount')}
                  </Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('costs.remove')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((line) => (
                  <Table.Tr key={line.id}>
                    <Table.Td data-label={t('costs.date')}>{formatDate(line.incurredOn, locale)}</Table.Td>
                    <Table.Td data-label={t('costs.description')} style={{ overflowWrap: 'anywhere' }}>
                      {line.description}
                      {line.recordedBy && (
                        <Text size="xs" c="dimmed">
                          {t('costs.recordedBy')} {line.recordedBy}
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td data-label={t('costs.amount')} className={classes.amount}>
                      {formatEuros(line.amountCents)}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        c="red.9"
                        aria-label={t('costs.removeLabel', {
                          date: formatDate(line.incurredOn, locale),
                          description: line.description,
                        })}
                        onClick={() => setRemoving(line)}
                      >
                        {t('costs.remove')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
              <Table.Tfoot className={classes.foot}>
                <Table.Tr>
                  <Table.Th scope="row" colSpan={2} className={classes.totalHeading}>
                    {t('costs.total')}
                  </Table.Th>
                  <Table.Td
                    className={`${classes.amount} ${classes.totalCell}`}
                    fw={700}
                    data-label={t('costs.total')}
                    data-testid="costs-total"
                  >
                    {formatEuros(costs.data.totalCents)}
                  </Table.Td>
                  <Table.Td />
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </div>
        )}
        {adding && (
          <CostForm
            planId={planId}
            onDone={(message) => {
              setAdding(false);
              flash(message);
            }}
            onCancel={() => setAdding(false)}
          />
        )}
      </Stack>
      <RemoveDialog
        planId={planId}
        line={removing}
        onClose={() => setRemoving(null)}
        onDone={(message) => {
          setRemoving(null);
          flash(message);
        }}
      />
    </section>
  );
}

function CostForm({
  planId,
  onDone,
  onCancel,
}: {
  planId: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const recordCost = useRecordCost(planId);
  const [failure, setFailure] = useState<unknown>(null);
  const form = useForm<CostValues>({
    initialValues: { incurredOn: belgianToday(), amount: '', description: '' },
    validate: (values) => formErrors(checkCost(values, belgianToday())),
  });

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      const checked = checkCost(values, belgianToday());
      if (!checked.ok) return;
      try {
        const line = await recordCost.mutateAsync(checked.body);
        onDone(t('costs.recorded', { amount: formatEuros(line.amountCents) }));
      } catch (error) {
        const fieldErrors = error instanceof ApiError ? (error.problem?.errors ?? []) : [];
        const rename: Record<string, keyof CostValues> = {
          amountCents: 'amount',
          incurredOn: 'incurredOn',
          description: 'description',
        };
        const placed = fieldErrors.filter((e) => rename[e.path]);
        for (const e of placed) form.setFieldError(rename[e.path] as string, e.message as ReactNode);
        if (placed.length === 0 || placed.length < fieldErrors.length) setFailure(error);
        focusFirstError();
      }
    },
    () => focusFirstError(),
  );

  return (
    <Paper withBorder p="md" maw={760}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={3} size="h5">
            {t('costs.add')}
          </Title>
          {failure !== null && <ProblemAlert error={failure} />}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="sm">
            <DateField
              label={t('costs.date')}
              required
              max={belgianToday()}
              {...form.getInputProps('incurredOn')}
            />
            <TextInput
              label={t('costs.amount')}
              description={t('costs.amountHelp')}
              required
              inputMode="decimal"
              autoComplete="off"
              {...form.getInputProps('amount')}
            />
          </SimpleGrid>
          <TextInput
            label={t('costs.description')}
            required
            maxLength={300}
            {...form.getInputProps('description')}
          />
          <Group gap="sm">
            <SubmitButton loading={recordCost.isPending}>{t('costs.save')}</SubmitButton>
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}

function RemoveDialog({
  planId,
  line,
  onClose,
  onDone,
}: {
  planId: string;
  line: CostLine | null;
  onClose: () => void;
  onDone: (message: string) => void;
}) {
  const { t } = useTranslation();
  const removeCost = useRemoveCost(planId);
  const locale = currentLocale();

  const close = () => {
    removeCost.reset();
    onClose();
  };

  return (
    <Modal
      opened={line !== null}
      onClose={close}
      title={t('costs.removeTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {line && (
        <Stack gap="sm">
          <Text size="sm">
            {t('costs.removeConfirm', {
              amount: formatEuros(line.amountCents),
              date: formatDate(line.incurredOn, locale),
              description: line.description,
            })}
          </Text>
          {removeCost.isError && <ProblemAlert error={removeCost.error} />}
          <Group gap="sm">
            <Button
              color="red.8"
              loading={removeCost.isPending}
              onClick={async () => {
                try {
                  await removeCost.mutateAsync(line);
                  removeCost.reset();
                  onDone(t('costs.removed'));
                } catch {
                  // Shown in the dialog by removeCost.error.
                }
              }}
            >
              {t('costs.remove')}
            </Button>
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
