/** The federal analyst belongs to no centre and never sees a person (DOMAIN.md §1). */
import { expect, test } from '@playwright/test';
import { expectAccessible, logIn, t } from './support.ts';

test('federal analyst sees no person, only an explanation', async ({ page }) => {
  await logIn(page, 'federal@spp.demo');
  await expect(page.getByRole('heading', { level: 1, name: t('fr', 'home.federalTitle') })).toBeVisible();
  await expect(page.getByText(t('fr', 'home.federalText'))).toBeVisible();
  // A navigation of the federal pages only (the federal figures, studies): no person in it.
  await expect(page.getByRole('link', { name: t('fr', 'nav.studies') })).toBeVisible();
  await expect(page.getByRole('link', { name: t('fr', 'nav.persons') })).toHaveCount(0);
  await expect(page.getByText(t('fr', `roles.federal`))).toBeVisible();
  await expectAccessible(page);

  await page.goto('/persons');
  await expect(page.getByRole('heading', { level: 1, name: t('fr', 'problems.forbidden') })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText(t('fr', 'access.personsForbidden'));
  await expect(page.getByRole('table')).toHaveCount(0);

  // The server agrees: no person data for this role, whatever the screen shows.
  const response = await page.request.get('/api/v1/persons');
  expect(response.status()).toBe(403);
});
