/** What every form of the app shares: translated inline messages and the focus after a refusal. */
import { useTranslation } from 'react-i18next';
import type { MessageRef } from '../../../src/i18n/issues.ts';

/** A catalogue message that follows the interface language, even after a switch. */
export function Message({ message }: { message: MessageRef }) {
  const { t } = useTranslation();
  return <>{t(message.key, message.params)}</>;
}

/** After a refusal, take the keyboard to the first field to fix (once React has drawn the errors). */
export function focusFirstError() {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus();
  });
}
