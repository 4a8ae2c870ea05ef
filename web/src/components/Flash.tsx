/**
 * A short confirmation after a save, announced to screen readers without taking the focus. It
 * shows at the top of the page, in the flow of the page, so it never covers a button; it stays
 * until closed or until the user moves on to another page (no timer pulls the page up under the
 * pointer).
 */
import { Notification } from '@mantine/core';
import { useLocation } from '@tanstack/react-router';
import { createContext, type ReactNode, use, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Flash {
  text: string;
  /** When it was given: the page the save leads to opens right after, and keeps it. */
  at: number;
}

const FlashContext = createContext<{ flash: Flash | null; setFlash: (flash: Flash | null) => void }>({
  flash: null,
  setFlash: () => {},
});

/** A save leads to its page within this time; a later change of page leaves the message behind. */
const SETTLE_MS = 1500;

export function FlashProvider({ children }: { children: ReactNode }) {
  const [flash, setFlash] = useState<Flash | null>(null);
  return <FlashContext value={{ flash, setFlash }}>{children}</FlashContext>;
}

export function useFlash() {
  const { setFlash } = use(FlashContext);
  return (text: string) => setFlash({ text, at: Date.now() });
}

/** Where the message shows: the top of the main region of every screen. */
export function FlashMessage() {
  const { t } = useTranslation();
  const { flash, setFlash } = use(FlashContext);
  const pathname = useLocation({ select: (location) => location.pathname });
  const lastPath = useRef(pathname);

  useEffect(() => {
    if (pathname === lastPath.current) return;
    lastPath.current = pathname;
    if (flash && Date.now() - flash.at > SETTLE_MS) setFlash(null);
  }, [pathname, flash, setFlash]);

  return (
    <div role="status" aria-live="polite">
      {flash && (
        <Notification
          key={flash.at}
          color="teal"
          withBorder
          mb="md"
          maw={720}
          // The surrounding region already announces it, politely; an alert would interrupt.
          role="none"
          onClose={() => setFlash(null)}
          closeButtonProps={{ 'aria-label': t('common.close') }}
        >
          {flash.text}
        </Notification>
      )}
    </div>
  );
}
