/**
 * A plan's sanctions on its page: each with its state, period, extent, sursis, decision and appeal
 * deadline; the steps the caller may take on each; and the form to propose one when the plan can
 * take a sanction (an active PIIS on the integration income).
 */
import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFlash } from '../../components/Flash.tsx';
import { Loading } from '../../components/Loading.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import stacked from '../../components/StackedTable.module.css';
import { currentLocale } from '../../i18n.ts';
import { formatDate } from '../persons/format.ts';
import { planSanctionsQuery, type Sanction } from './api.ts';
import { extentLabel, historyLines, periodLabel, STATE_COLOURS } from './labels.ts';
import { AnswerForm, DecideForm, NotifyForm, ProposeForm, WithdrawForm } from './SanctionForms.tsx';

type Step = 'approve' | 'refuse' | 'decide' | 'notify' | 'withdraw';

export function SanctionsSection({ planId }: { planId: string }) {
  const { t } = useTranslation();
  const flash = useFlash();
  const sanctions = useQuery(planSanctionsQuery(planId));
  const locale = currentLocale();
  const [proposing, setProposing] = useState(false);
  const [open, setOpen] = useState<{ id: string; step: Step } | null>(null);
  const items = sanctions.data?.items ?? [];
  const allowance = sanctions.data?.allowance;
  const current = open ? items.find((s) => s.id === open.id) : undefined;
  const done = (message: string) => {
    setOpen(null);
    setProposing(false);
    flash(message);
  };
  const cancel = () => {
    setOpen(null);
    setProposing(false);
  };
  const openStep = (sanction: Sanction, step: Step) => {
    setProposing(false);
    setOpen({ id: sanction.id, step });
  };

  return (
    <section aria-labelledby="sanctions-heading" id="sanctions">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4" id="sanctions-heading">
          {t('sanctions.title')}
        </Title>
        {allowance?.sanctionsMayApply && !proposing && (
          <Button
            variant="light"
            onClick={() => {
              setOpen(null);
              setProposing(true);
            }}
          >
            {t('sanctions.propose')}
          </Button>
        )}
      </Group>
      <Stack gap="sm">
        <Text size="sm" c="dimmed" maw={760}>
          {t('sanctions.help')}
        </Text>
        {sanctions.isPending && <Loading size="sm" />}
        {sanctions.isError && <ProblemAlert error={sanctions.error} />}
        {allowance && !allowance.sanctionsMayApply && <Text size="sm">{t('sanctions.notApplicable')}</Text>}
        {sanctions.isSuccess && items.length === 0 && allowance?.sanctionsMayApply && (
          <Text size="sm" c="dimmed">
            {t('sanctions.none')}
          </Text>
        )}
        {items.length > 0 && (
          <div className={stacked.wrapper}>
            <Table className={stacked.table} verticalSpacing="xs" aria-label={t('sanctions.caption')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('sanctions.state')}</Table.Th>
                  <Table.Th scope="col">{t('sanctions.period')}</Table.Th>
                  <Table.Th scope="col">{t('sanctions.extentShort')}</Table.Th>
                  <Table.Th scope="col">{t('sanctions.decision')}</Table.Th>
                  <Table.Th scope="col">{t('sanctions.appealShort')}</Table.Th>
                  <Table.Th scope="col">{t('sanctions.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {items.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Td data-title>
                      <Stack gap={2}>
                        <Group gap={6}>
                          <Badge variant="light" color={STATE_COLOURS[s.state]} c="dark.8" tt="none">
                            {t(`sanctions.states.${s.state}`)}
                          </Badge>
                          {s.suspended && (
                            <Badge variant="outline" color="gray" c="dark.8" tt="none">
                              {t('sanctions.suspendedBadge')}
                            </Badge>
                          )}
                        </Group>
                        {historyLines(t, s, locale).map((line) => (
                          <Text key={line} size="xs" c="dimmed">
                            {line}
                          </Text>
                        ))}
                      </Stack>
                    </Table.Td>
                    <Table.Td data-label={t('sanctions.period')}>{periodLabel(t, s, locale)}</Table.Td>
                    <Table.Td data-label={t('sanctions.extentShort')}>{extentLabel(t, s)}</Table.Td>
                    <Table.Td data-label={t('sanctions.decision')}>
                      {s.decisionOn ? (
                        <>
                          {formatDate(s.decisionOn, locale)}
                          <Text size="xs" c="dimmed">
                            {s.notifiedOn
                              ? `${t('sanctions.notifiedOn')} ${formatDate(s.notifiedOn, locale)}`
                              : t('sanctions.notNotified')}
                          </Text>
                        </>
                      ) : (
                        '—'
                      )}
                    </Table.Td>
                    <Table.Td data-label={t('sanctions.appealShort')}>
                      {s.appealDeadline ? formatDate(s.appealDeadline, locale) : '—'}
                    </Table.Td>
                    <Table.Td data-label={t('sanctions.actions')}>
                      <Group gap={6}>
                        {s.mayApprove && (
                          <>
                            <Button size="compact-sm" onClick={() => openStep(s, 'approve')}>
                              {t('sanctions.approve')}
                            </Button>
                            <Button size="compact-sm" variant="default" onClick={() => openStep(s, 'refuse')}>
                              {t('sanctions.refuse')}
                            </Button>
                          </>
                        )}
                        {s.state === 'approved' && (
                          <Button size="compact-sm" onClick={() => openStep(s, 'decide')}>
                            {t('sanctions.decide')}
                          </Button>
                        )}
                        {s.state === 'decided' && !s.notifiedOn && (
                          <Button size="compact-sm" variant="default" onClick={() => openStep(s, 'notify')}>
                            {t('sanctions.notify')}
                          </Button>
                        )}
                        {s.mayWithdraw && (
                          <Button
                            size="compact-sm"
                            variant="subtle"
                            color="red"
                            onClick={() => openStep(s, 'withdraw')}
                          >
                            {t('sanctions.withdraw')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </div>
        )}
        {current && open && (open.step === 'approve' || open.step === 'refuse') && (
          <Stack gap="xs">
            <Opinion sanction={current} />
            <AnswerForm
              key={`${current.id}-${open.step}`}
              sanction={current}
              outcome={open.step}
              onDone={done}
              onCancel={cancel}
            />
          </Stack>
        )}
        {current && open?.step === 'decide' && (
          <DecideForm sanction={current} onDone={done} onCancel={cancel} />
        )}
        {current && open?.step === 'notify' && (
          <NotifyForm sanction={current} onDone={done} onCancel={cancel} />
        )}
        {current && open?.step === 'withdraw' && (
          <WithdrawForm sanction={current} onDone={done} onCancel={cancel} />
        )}
        {proposing && allowance && (
          <ProposeForm planId={planId} allowance={allowance} onDone={done} onCancel={cancel} />
        )}
      </Stack>
    </section>
  );
}

/** The dates the law asks for and the worker's opinion, as the approver reads them. */
export function Opinion({ sanction }: { sanction: Sanction }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const day = (value: string | null) => (value ? formatDate(value, locale) : '—');
  return (
    <Stack gap={4} maw={760}>
      <Text size="sm">
        {t('sanctions.noticeOn')} {day(sanction.noticeOn)} · {t('sanctions.workerOpinionOn')}{' '}
        {day(sanction.workerOpinionOn)} · {t('sanctions.hearingOn')} {day(sanction.hearingOn)}
      </Text>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
        {sanction.workerOpinion ?? (
          <Text span size="sm" c="dimmed">
            {t('sanctions.noOpinion')}
          </Text>
        )}
      </Text>
    </Stack>
  );
}
