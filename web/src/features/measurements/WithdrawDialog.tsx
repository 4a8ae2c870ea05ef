/**
 * Asks for the reason before withdrawing a record made by mistake (a measurement, an assessment),
 * and says what withdrawing does: the record leaves the lists and the progress, nothing is deleted.
 */
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { WithdrawalRequestSchema } from '../../../../src/features/withdrawals.ts';
import { issueMessage } from '../../../../src/i18n/issues.ts';
import { Message } from '../../components/forms.tsx';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';

interface Props {
  opened: boolean;
  title: string;
  /** What withdrawing this record changes, in a sentence. */
  explanation: string;
  onClose: () => void;
  /** Throws the API's error when the server refuses. */
  onConfirm: (reason: string) => Promise<unknown>;
}

const reasonSchema = WithdrawalRequestSchema.shape.reason;

export function WithdrawDialog({ opened, title, explanation, onClose, onConfirm }: Props) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<ReturnType<typeof issueMessage> | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const close = () => {
    setReason('');
    setError(null);
    setFailure(null);
    onClose();
  };

  const confirm = async () => {
    const parsed = reasonSchema.safeParse(reason);
    if (!parsed.success) {
      setError(issueMessage(parsed.error.issues[0] as Parameters<typeof issueMessage>[0]));
      document.getElementById('withdraw-reason')?.focus();
      return;
    }
    setError(null);
    setFailure(null);
    setBusy(true);
    try {
      await onConfirm(parsed.data);
      setReason('');
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={title}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void confirm();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{explanation}</Text>
          {failure !== null && <ProblemAlert error={failure} />}
          <Textarea
            id="withdraw-reason"
            label={t('withdrawal.reason')}
            description={t('withdrawal.reasonHint')}
            required
            autosize
            minRows={2}
            maxRows={6}
            data-autofocus
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            error={error ? <Message message={error} /> : undefined}
          />
          <Group gap="sm" justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" loading={busy}>
              {t('withdrawal.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
