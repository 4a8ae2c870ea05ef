/**
 * A worker registers someone the centre already knows: the national number fills in the birth date
 * and the sex, the postcode the municipality, and the server's warning of a possible duplicate
 * links to the existing file before the worker registers the person anyway.
 */

import { expect, type Page, test } from '@playwright/test';
import { formatNiss, makeNiss } from '../src/domain/niss.ts';
import { formatDayMonthYear } from '../src/domain/typed-dates.ts';
import { expectAccessible, logIn, t } from './support.ts';

interface Listed {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  sex: 'F' | 'M' | 'X';
}

/** A person of the demo centre with a known sex: the worker is about to register them again. */
async function someoneKnown(page: Page): Promise<Listed> {
  const response = await page.request.get('/api/v1/persons?limit=50');
  expect(response.status()).toBe(200);
  const { items } = (await response.json()) as { items: Listed[] };
  const known = items.find((p) => p.sex !== 'X');
  if (!known) throw new Error('the demo centre has no person with a known sex');
  return known;
}

test('worker is warned of a possible duplicate, opens nothing, and registers anyway', async ({ page }) => {
  await logIn(page, 'worker@namur.demo');
  const known = await someoneKnown(page);
  // A number of their own (the demo uses sequences 20 to 79), for the same birth date and sex.
  const number = makeNiss(known.birthDate, known.sex === 'M' ? 901 : 902);

  await page.goto('/persons/new');
  await expect(page.getByRole('heading', { level: 1, name: t('fr', 'personForm.newTitle') })).toBeVisible();
  const birthDate = page.getByLabel(t('fr', 'personForm.birthDate'));
  const sex = page.getByRole('combobox', { name: t('fr', 'personForm.sex') });
  await expect(birthDate).toHaveValue('');

  // The number first: the birth date and the sex follow from it, and say so.
  await page.getByRole('textbox', { name: t('fr', 'personForm.nationalNumber') }).fill(formatNiss(number));
  await expect(birthDate).toHaveValue(formatDayMonthYear(known.birthDate));
  await expect(sex).toHaveValue(known.sex);
  await expect(page.getByText(t('fr', 'personForm.filledFromNiss'))).toHaveCount(2);

  await page
    .getByRole('textbox', { name: t('fr', 'personForm.lastName'), exact: true })
    .fill(known.lastName.toUpperCase());
  await page
    .getByRole('textbox', { name: t('fr', 'personForm.firstName'), exact: true })
    .fill(known.firstName);
  await page.getByRole('textbox', { name: t('fr', 'personForm.street') }).fill('Rue de Fer');
  await page.getByRole('textbox', { name: t('fr', 'personForm.houseNumber'), exact: true }).fill('12');
  // The postcode proposes its municipality.
  await page.getByRole('textbox', { name: t('fr', 'personForm.postcode') }).fill('5000');
  const municipality = page.getByRole('combobox', { name: t('fr', 'personForm.municipality') });
  await expect(municipality).toHaveValue('Namur');
  await expectAccessible(page);

  await page.getByRole('button', { name: t('fr', 'personForm.create'), exact: true }).click();
  const warning = page.getByRole('alert').filter({ hasText: t('fr', 'personForm.warningsTitle') });
  await expect(warning).toContainText(t('fr', 'errors.possibleDuplicateWarning'));
  const existingFile = warning.getByRole('link', {
    name: new RegExp(`${known.firstName} ${known.lastName}`),
  });
  await expect(existingFile).toHaveAttribute('href', `/persons/${known.id}`);
  await expectAccessible(page);

  await warning.getByRole('button', { name: t('fr', 'personForm.createAnyway') }).click();
  await expect(page.getByRole('status')).toContainText(t('fr', 'person.created'));
  await expect(
    page.getByRole('heading', {
      level: 1,
      name: `${known.firstName} ${known.lastName.toUpperCase()}`,
      exact: true,
    }),
  ).toBeVisible();
  await expect(page).not.toHaveURL(new RegExp(known.id));
  await expect(page.getByText('Rue de Fer 12, 5000 Namur')).toBeVisible();
  await expect(page.getByText(formatNiss(number))).toBeVisible();
  await expectAccessible(page);
});

test('the address fits a phone and the warning keeps its link', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await logIn(page, 'worker@namur.demo');
  await page.goto('/persons/new');
  await expect(page.getByRole('textbox', { name: t('fr', 'personForm.postcode') })).toBeVisible();
  // Nothing scrolls sideways on a phone.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByRole('textbox', { name: t('fr', 'personForm.postcode') }).fill('1050');
  const municipality = page.getByRole('combobox', { name: t('fr', 'personForm.municipality') });
  // Two communes share 1050: nothing is chosen for the worker, both are proposed.
  await expect(municipality).toHaveValue('');
  await municipality.click();
  await expect(page.getByRole('option', { name: 'Ixelles' })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Bruxelles' })).toBeVisible();
  await expectAccessible(page);
});
