import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { clearDraft, writeDraft } from './drafts.ts';

const SAVE_DELAY_MS = 500;

/**
 * Keeps the values of a form as a draft on this device, half a second after the last keystroke.
 * Back to the pristine values, there is nothing to keep. `done()` after a successful save.
 */
export function useDraft<T>(key: string, values: T, pristine: T) {
  const [settled] = useDebouncedValue(values, SAVE_DELAY_MS);
  const finished = useRef(false);

  useEffect(() => {
    if (finished.current) return;
    if (JSON.stringify(settled) === JSON.stringify(pristine)) clearDraft(key);
    else writeDraft(key, settled);
  }, [settled, key, pristine]);

  return {
    done: () => {
      finished.current = true;
      clearDraft(key);
    },
    discard: () => clearDraft(key),
  };
}
