/** What every form of the app shares: translated inline messages and the focus after a refusal. */
import { Button, type ButtonProps } from '@mantine/core';
import type { ReactNode } from 'react';
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

/**
 * The save button of a form that validates on blur. Pressing it would blur the field above, whose
 * new error message pushes the button down before the mouse is released: the click would be lost.
 * Keeping the focus where it is on mouse-down lets the click land; submitting validates every field.
 */
export function SubmitButton(props: ButtonProps & { children: ReactNode }) {
  return <Button type="submit" onMouseDown={(event) => event.preventDefault()} {...props} />;
}

/** The outcome of checking a form against the shared rules (src/domain, the zod schemas). */
export type FormCheck<Body, Path extends string = string> =
  | { ok: true; body: Body }
  | { ok: false; errors: Partial<Record<Path, MessageRef>> };

/** Mantine form errors from a check: each one a message that follows the interface language. */
export function formErrors(check: FormCheck<unknown>): Record<string, ReactNode> {
  if (check.ok) return {};
  return Object.fromEntries(
    Object.entries(check.errors).map(([path, message]) => [
      path,
      <Message key={path} message={message as MessageRef} />,
    ]),
  );
}
