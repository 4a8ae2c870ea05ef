/** A short confirmation after a save, announced to screen readers without taking the focus. */
import { Notification } from '@mantine/core';
import { createContext, type ReactNode, use, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

const FlashContext = createContext<(message: string) => void>(() => {});

const VISIBLE_MS = 6000;

export function FlashProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    if (!message) return;
    const timer = setTimeout(() => setMessage(null), VISIBLE_MS);
    return () => clearTimeout(timer);
  }, [message]);

  return (
    <FlashContext value={setMessage}>
      {children}
      <div role="status" aria-live="polite" style={{ position: 'fixed', top: 64, right: 16, zIndex: 300 }}>
        {message && (
          <Notification
            color="teal"
            withBorder
            // The surrounding region already announces it, politely; an alert would interrupt.
            role="none"
            onClose={() => setMessage(null)}
            closeButtonProps={{ 'aria-label': t('common.close') }}
          >
            {message}
          </Notification>
        )}
      </div>
    </FlashContext>
  );
}

export function useFlash() {
  return use(FlashContext);
}
