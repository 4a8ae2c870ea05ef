/**
 * Drafts of long forms kept on this device, so a closed tab or a crash loses no typing. They hold
 * personal data: keyed by user, removed once saved, and all removed at logout.
 */
const PREFIX = 'passerelle.draft.';

export interface Draft<T> {
  values: T;
  savedAt: string;
}

export function draftKey(...parts: string[]): string {
  return `${PREFIX}${parts.join('.')}`;
}

export function readDraft(key: string): Draft<unknown> | null {
  try {
    const raw = localStorage.getItem(key);
    if (!raw) return null;
    const draft = JSON.parse(raw) as Partial<Draft<unknown>>;
    return typeof draft.savedAt === 'string' && draft.values !== undefined
      ? { values: draft.values, savedAt: draft.savedAt }
      : null;
  } catch {
    return null;
  }
}

export function writeDraft(key: string, values: unknown) {
  try {
    localStorage.setItem(key, JSON.stringify({ values, savedAt: new Date().toISOString() }));
  } catch {
    // Storage full or refused (private mode): the form still works, only without a safety net.
  }
}

export function clearDraft(key: string) {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing was stored then.
  }
}

export function clearAllDrafts() {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(PREFIX)) localStorage.removeItem(key);
  } catch {
    // Nothing was stored then.
  }
}
