/** The audit page names every action in the reader's language: a new action needs its label. */
import { describe, expect, it } from 'vitest';
import { catalogues, LOCALES } from '../../i18n/catalogues.ts';
import { AUDIT_ACTIONS } from './schemas.ts';

describe('audit action labels', () => {
  for (const locale of LOCALES) {
    it(`every action has a label in ${locale}`, () => {
      const actions = (
        catalogues[locale] as { auditTrail: { actions: Record<string, Record<string, string>> } }
      ).auditTrail.actions;
      const missing = AUDIT_ACTIONS.filter((action) => {
        const [group = '', name = ''] = action.split('.');
        return typeof actions[group]?.[name] !== 'string';
      });
      expect(missing).toEqual([]);
    });
  }
});
