/** A social worker of a French-speaking centre registers a person, finds them again, and works in Dutch. */

import { expect, test } from '@playwright/test';
import { formatNiss, makeNiss } from '../src/domain/niss.ts';
import { formatDayMonthYear } from '../src/domain/typed-dates.ts';
import { expectAccessible, logIn, t, tf } from './support.ts';

const BIRTH_DATE = '1991-03-14';
const NISS = makeNiss(BIRTH_DATE, 124);
// Same digits, check digits off by one: the shape is right, the checksum is not.
const WRONG_NISS = `${NISS.slice(0, 9)}${String((Number(NISS.slice(9)) + 1) % 100).padStart(2, '0')}`;

test('worker registers, finds and edits a person, then works in Dutch', async ({ page }) => {
  await page.goto('/persons');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { level: 1, name: t('en', 'login.title') })).toBeVisible();
  // The demo database holds accounts with a public password: the page says so before anyone logs in.
  await expect(page.getByRole('note')).toContainText(t('en', 'login.demoAccounts'));
  await expectAccessible(page);

  // The user's own language (French) replaces the browser's once logged in.
  await logIn(page, 'worker@namur.demo');
  // Home is the worker's day; the people are one click away (other journeys click it). Here the
  // list is opened from a bookmark, as a page load: the first Tab then offers to skip the header.
  await expect(page.getByRole('heading', { level: 1, name: t('fr', 'today.title') })).toBeVisible();
  await page.goto('/persons');
  await expect(page.getByRole('heading', { level: 1, name: t('fr', 'persons.title') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page).toHaveTitle(new RegExp(t('fr', 'persons.title')));
  await expect(page.getByRole('table').getByRole('row')).not.toHaveCount(0);
  await expectAccessible(page);
  // The first Tab offers to skip the header.
  await page.keyboard.press('Tab');
  const skipLink = page.getByRole('link', { name: t('fr', 'app.skipToContent') });
  await expect(skipLink).toBeFocused();
  await expect(skipLink).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();

  await page.getByRole('link', { name: t('fr', 'persons.newPerson') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('fr', 'personForm.newTitle') })).toBeVisible();
  await expectAccessible(page);

  await page
    .getByRole('textbox', { name: t('fr', 'personForm.lastName'), exact: true })
    .fill('Vandenbroucke-Lefèvre');
  await page.getByRole('textbox', { name: t('fr', 'personForm.firstName'), exact: true }).fill('Éloïse');
  await page.getByLabel(t('fr', 'personForm.birthDate')).fill(formatDayMonthYear(BIRTH_DATE));
  await page.getByRole('combobox', { name: t('fr', 'personForm.sex') }).selectOption('F');
  const nationalNumber = page.getByRole('textbox', { name: t('fr', 'personForm.nationalNumber') });
  await nationalNumber.fill(formatNiss(WRONG_NISS));
  await nationalNumber.blur();
  await expect(page.getByText(t('fr', 'validation.nissChecksum'))).toBeVisible();
  await expect(nationalNumber).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await nationalNumber.fill(formatNiss(NISS));
  await page.getByRole('button', { name: t('fr', 'personForm.create') }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Éloïse Vandenbroucke-Lefèvre', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('status')).toContainText(t('fr', 'person.created'));
  await expect(page.getByText(formatNiss(NISS))).toBeVisible();
  await expectAccessible(page);

  // Search is accent- and case-insensitive, and words may come in any order.
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('fr', 'nav.persons') })
    .click();
  const search = page.getByRole('searchbox', { name: t('fr', 'persons.searchLabel') });
  await search.fill('eloise lefevre');
  await expect(page).toHaveURL(/q=eloise/);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows.filter({ hasText: 'Vandenbroucke-Lefèvre' })).toHaveCount(1);
  // Every result is an Éloïse. One retrying assertion: a snapshot of the rows (`all()`) could be
  // taken while the list still shows the previous search, and then name a row that has gone.
  await expect(rows.filter({ has: page.getByRole('cell') }).filter({ hasNotText: /Éloïse/ })).toHaveCount(0);

  // A national number typed in its printed form, dots and dash included.
  await search.fill(formatNiss(NISS));
  await expect(rows.filter({ has: page.getByRole('cell') })).toHaveCount(1);
  await expect(rows.nth(1)).toContainText('Vandenbroucke-Lefèvre');
  await rows.nth(1).getByRole('cell').nth(1).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Éloïse Vandenbroucke-Lefèvre', exact: true }),
  ).toBeVisible();

  // Someone else saves the record first: this form's version is stale.
  await page.getByRole('link', { name: t('fr', 'person.edit') }).click();
  const personId = page.url().split('/').at(-2) ?? '';
  const phone = page.getByRole('textbox', { name: t('fr', 'personForm.phone') });
  await phone.fill('081 24 60 00');
  const colleague = await page.request.patch(`/api/v1/persons/${personId}`, {
    data: { version: 1, email: 'eloise@example.org' },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(colleague.status()).toBe(200);
  await page.getByRole('button', { name: t('fr', 'personForm.save') }).click();
  await expect(page.getByRole('alert')).toContainText(t('fr', 'problems.conflict'));
  await expectAccessible(page);
  await page.getByRole('button', { name: t('fr', 'personForm.reload') }).click();
  await expect(page.getByRole('textbox', { name: t('fr', 'personForm.email') })).toHaveValue(
    'eloise@example.org',
  );
  await page.getByRole('textbox', { name: t('fr', 'personForm.phone') }).fill('081 24 60 00');
  await page.getByRole('button', { name: t('fr', 'personForm.save') }).click();
  await expect(page.getByRole('status')).toContainText(t('fr', 'person.saved'));
  await expect(page.getByText('081 24 60 00')).toBeVisible();
  // The change is in the file's history at once, named by the field that changed.
  await expect(
    page
      .getByRole('region', { name: t('fr', 'timeline.title') })
      .getByRole('listitem')
      .first(),
  ).toContainText(tf('fr', 'timeline.personUpdated', { fields: t('fr', 'personForm.phone') }));

  // The language follows the user: switched here, remembered by the server.
  await page.getByRole('combobox', { name: t('fr', 'nav.language'), exact: true }).selectOption('nl');
  await expect(page.getByRole('link', { name: t('nl', 'person.edit') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('nl', 'nav.persons') })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: t('nl', 'persons.title') })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: t('nl', 'persons.title') })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: t('nl', 'persons.nationalNumber') })).toBeVisible();

  await page.getByRole('button', { name: t('nl', 'nav.logout') }).click();
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { level: 1, name: t('nl', 'login.title') })).toBeVisible();
  await page.goto('/persons');
  await expect(page).toHaveURL(/\/login/);
});
