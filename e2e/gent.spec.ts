/** A Dutch-speaking centre: its worker works in Dutch and never sees another centre's people. */
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, expectAccessible, logIn, t } from './support.ts';

test('Gent worker works in Dutch and cannot open a Namur person', async ({ page, playwright, baseURL }) => {
  // A Namur person's address, taken by a Namur worker in a separate session.
  const namur = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Origin: baseURL ?? '' } });
  expect(
    (
      await namur.post('/api/v1/session', { data: { email: 'worker@namur.demo', password: DEMO_PASSWORD } })
    ).ok(),
  ).toBe(true);
  const page1 = (await (await namur.get('/api/v1/persons?limit=1')).json()) as { items: { id: string }[] };
  const namurPersonId = page1.items[0]?.id;
  expect(namurPersonId).toBeTruthy();
  await namur.dispose();

  // Before login the chosen language goes with each request, so even the server's refusal is in Dutch.
  await page.goto('/login');
  await page.getByRole('combobox', { name: t('en', 'nav.language'), exact: true }).selectOption('nl');
  await page.getByRole('textbox', { name: t('nl', 'login.email') }).fill('worker@gent.demo');
  await page.getByRole('textbox', { name: t('nl', 'login.password') }).fill('not-the-password');
  await page.getByRole('button', { name: t('nl', 'login.submit') }).click();
  await expect(page.getByRole('alert')).toContainText(t('nl', 'errors.invalidCredentials'));
  await expectAccessible(page);

  await logIn(page, 'worker@gent.demo', 'nl');
  // Home is the worker's day; the people are one click away.
  await expect(page.getByRole('heading', { level: 1, name: t('nl', 'today.title') })).toBeVisible();
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('nl', 'nav.persons') })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: t('nl', 'persons.title') })).toBeVisible();
  await expect(page.getByText('OCMW Gent-Demo')).toBeVisible();

  await page.goto(`/persons/${namurPersonId}`);
  await expect(page.getByRole('alert')).toContainText(t('nl', 'errors.personNotFound'));
  await expect(page.getByRole('link', { name: t('nl', 'person.edit') })).toHaveCount(0);
});
