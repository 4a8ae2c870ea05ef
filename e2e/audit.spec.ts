/**
 * The administrator's audit trail: who opened which file, filtered by person, action, user and
 * day, on a desktop and on a phone, with axe on both.
 */
import { expect, test } from '@playwright/test';
import { E2E_TODAY } from './constants.ts';
import { expectAccessible, logIn, t } from './support.ts';

// The server's clock is moved onto the demo's day (src/clock.ts): so are the audit rows' times.
const today = E2E_TODAY;
const [y, m, d] = today.split('-');

test('an administrator finds who opened a file, then narrows by action, user and day', async ({
  page,
  browser,
}) => {
  // A worker registers someone and opens the file.
  const workerContext = await browser.newContext();
  const worker = await workerContext.newPage();
  await logIn(worker, 'worker@namur.demo');
  const created = await worker.request.post('/api/v1/persons', {
    data: { firstName: 'Ilona', lastName: 'Auditrail', birthDate: '1984-06-06', sex: 'F', language: 'fr' },
    headers: { origin: new URL(worker.url()).origin },
  });
  const person = await created.json();
  await worker.goto(`/persons/${person.id}`);
  await expect(worker.getByRole('heading', { level: 1, name: 'Ilona Auditrail' })).toBeVisible();
  await workerContext.close();

  await logIn(page, 'admin@namur.demo');
  await page
    .getByRole('navigation', { name: t('fr', 'nav.label') })
    .getByRole('link', { name: t('fr', 'nav.audit') })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: t('fr', 'auditTrail.title') })).toBeVisible();

  await page.getByRole('combobox', { name: t('fr', 'auditTrail.person') }).fill('Auditr');
  await page.getByRole('option', { name: 'Ilona Auditrail' }).click();
  const table = page.getByRole('table', { name: t('fr', 'auditTrail.caption') });
  const rows = table.getByRole('row');
  await expect(rows.filter({ hasText: t('fr', 'auditTrail.actions.person.create') })).toHaveCount(1);
  await expect(rows.filter({ hasText: t('fr', 'auditTrail.actions.person.read') }).first()).toContainText(
    'Camille Dubois',
  );
  await expect(page).toHaveURL(new RegExp(`personId=${person.id}`));
  await page.mouse.move(1200, 780);
  await expectAccessible(page);

  await page
    .getByRole('combobox', { name: t('fr', 'auditTrail.action') })
    .fill(t('fr', 'auditTrail.actions.person.create'));
  await page.getByRole('option', { name: t('fr', 'auditTrail.actions.person.create') }).click();
  await expect(rows).toHaveCount(2); // the header and the registration
  await expect(rows.nth(1)).toContainText('Camille Dubois');

  // Nobody else did it; and nothing happened tomorrow.
  await page.getByRole('combobox', { name: t('fr', 'auditTrail.user') }).click();
  await page.getByRole('option', { name: /Martine Lejeune/ }).click();
  await expect(page.getByText(t('fr', 'auditTrail.empty'))).toBeVisible();
  await page.getByRole('button', { name: t('fr', 'auditTrail.clear') }).click();
  await expect(page).not.toHaveURL(/personId=/);

  await page.goto(`/audit?personId=${person.id}`);
  await page.getByRole('textbox', { name: t('fr', 'auditTrail.from') }).fill(`${d}/${m}/${y}`);
  await expect(page).toHaveURL(new RegExp(`from=${today}`));
  await expect(rows.filter({ hasText: t('fr', 'auditTrail.actions.person.create') })).toHaveCount(1);

  // On a phone, each event is a card: nothing needs sideways scrolling.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(rows.filter({ hasText: t('fr', 'auditTrail.actions.person.create') })).toBeVisible();
  // The cards replace the table once the page has re-rendered for the narrow screen: wait for it.
  await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
});

test('a worker has no audit page: no link, and the address answers with a refusal', async ({ page }) => {
  await logIn(page, 'worker@namur.demo');
  await expect(page.getByRole('link', { name: t('fr', 'nav.audit') })).toHaveCount(0);
  await page.goto('/audit');
  await expect(page.getByText(t('fr', 'errors.forbidden'), { exact: false }).first()).toBeVisible();
});
