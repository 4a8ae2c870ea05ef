/** What every journey needs: the catalogues (to assert translated text), logging in, and axe. */
import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { frenchDe } from '../src/i18n/elision.ts';

export type Locale = 'fr' | 'nl' | 'de' | 'en';
export const DEMO_PASSWORD = 'passerelle-demo';

const catalogues = new Map<Locale, Record<string, unknown>>();

/** A message as the app shows it (only messages without parameters). */
export function t(locale: Locale, key: string): string {
  let catalogue = catalogues.get(locale);
  if (!catalogue) {
    catalogue = JSON.parse(
      readFileSync(new URL(`../locales/${locale}.json`, import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    catalogues.set(locale, catalogue);
  }
  let value: unknown = catalogue;
  for (const part of key.split('.')) value = (value as Record<string, unknown> | undefined)?.[part];
  if (typeof value !== 'string') throw new Error(`no message ${key} in ${locale}.json`);
  return value;
}

/** A message with its {{placeholders}} filled in, as i18next does (with the app's `de` formatter). */
export function tf(locale: Locale, key: string, params: Record<string, string | number>): string {
  return t(locale, key).replace(/\{\{(\w+)(?:,\s*(\w+))?\}\}/g, (_, name: string, format?: string) => {
    const value = String(params[name] ?? '');
    return format === 'de' ? frenchDe(value) : value;
  });
}

/** A fresh browser context speaks English (playwright.config.ts), so the login page does too. */
export async function logIn(page: Page, email: string, loginLocale: Locale = 'en') {
  await page.goto('/login');
  await page.getByRole('textbox', { name: t(loginLocale, 'login.email') }).fill(email);
  await page.getByRole('textbox', { name: t(loginLocale, 'login.password') }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: t(loginLocale, 'login.submit') }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/** Serious and critical axe findings fail the journey; each is listed with where it was found. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} — ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  expect(blocking).toEqual([]);
}
