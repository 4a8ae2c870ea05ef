/**
 * Costs on a plan, as a worker records them: on a demo plan, an amount that is not one is refused
 * on its field; "1 250,50" is recorded and the total follows; on a phone, "19.99" is recorded, then
 * removed after a confirmation. Axe on each screen, at 1280×800 and 390×844. Screenshots in
 * /tmp/shots-costs/. The server's today is 2026-11-23 (e2e/constants.ts).
 */
import { mkdirSync } from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectAccessible, logIn, t, tf } from './support.ts';

const SHOTS = process.env.COSTS_SHOTS ?? '/tmp/shots-costs';
mkdirSync(SHOTS, { recursive: true });

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

/** How the page shows cents in French (Belgium), spaces as Intl writes them. */
const euros = (cents: number) =>
  new Intl.NumberFormat('fr-BE', { style: 'currency', currency: 'EUR' }).format(cents / 100);

async function signedIn(browser: Browser, viewport: typeof DESKTOP): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', viewport });
  const page = await context.newPage();
  await logIn(page, 'worker@namur.demo');
  return page;
}

/** A demo plan of the centre that still runs, and the total of its costs now. */
async function demoPlan(page: Page): Promise<{ id: string; total: number }> {
  const response = await page.request.get('/api/v1/trajectories?limit=100');
  expect(response.status()).toBe(200);
  const { items } = (await response.json()) as { items: { id: string; state: string }[] };
  const plan = items.find((p) => p.state !== 'closed');
  if (!plan) throw new Error('the demo has no running plan');
  const costs = await page.request.get(`/api/v1/trajectories/${plan.id}/costs`);
  return { id: plan.id, total: ((await costs.json()) as { totalCents: number }).totalCents };
}

async function noSidewaysScrolling(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    await page.evaluate(() => window.innerWidth),
  );
}

test('a worker records a cost on a demo plan and sees the total; on a phone, records and removes one', async ({
  browser,
}) => {
  const page = await signedIn(browser, DESKTOP);
  const plan = await demoPlan(page);
  await page.goto(`/plans/${plan.id}`);
  const section = page.getByRole('region', { name: t('fr', 'costs.title') });
  await section.getByRole('button', { name: t('fr', 'costs.add') }).click();
  const amount = section.getByRole('textbox', { name: t('fr', 'costs.amount') });
  const description = section.getByRole('textbox', { name: t('fr', 'costs.description') });
  await expect(section.getByRole('textbox', { name: t('fr', 'costs.date') })).toHaveValue('23/11/2026');

  // Not an amount: refused on its field, nothing sent.
  await amount.fill('12,345,6');
  await description.fill('Inscription à la formation de cariste');
  await section.getByRole('button', { name: t('fr', 'costs.save') }).click();
  await expect(amount).toHaveAttribute('aria-invalid', 'true');
  await expect(section.getByText(t('fr', 'costs.amountInvalid'))).toBeVisible();
  await page.mouse.move(1270, 790);
  await expectAccessible(page);
  await section.screenshot({ path: `${SHOTS}/refused-1280.png` });

  // Typed the Belgian way: recorded to the cent, and the total follows.
  await amount.fill('1 250,50');
  await section.getByRole('button', { name: t('fr', 'costs.save') }).click();
  await expect(page.getByText(tf('fr', 'costs.recorded', { amount: euros(125050) }))).toBeVisible();
  const row = section.getByRole('row').filter({ hasText: 'Inscription à la formation de cariste' });
  await expect(row).toContainText('23/11/2026');
  await expect(row).toContainText(euros(125050));
  await expect(section.getByTestId('costs-total')).toHaveText(euros(plan.total + 125050));
  await page.mouse.move(1270, 790);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/recorded-1280.png`, fullPage: true });
  await section.screenshot({ path: `${SHOTS}/section-1280.png` });
  await page.context().close();

  // On a phone: typed with a decimal point, then removed after the confirmation.
  const phone = await signedIn(browser, PHONE);
  await phone.goto(`/plans/${plan.id}`);
  const small = phone.getByRole('region', { name: t('fr', 'costs.title') });
  await small.getByRole('button', { name: t('fr', 'costs.add') }).click();
  await small.getByRole('textbox', { name: t('fr', 'costs.amount') }).fill('19.99');
  await small.getByRole('textbox', { name: t('fr', 'costs.description') }).fill('Abonnement de bus');
  await small.getByRole('button', { name: t('fr', 'costs.save') }).click();
  await expect(small.getByTestId('costs-total')).toHaveText(euros(plan.total + 125050 + 1999));
  await noSidewaysScrolling(phone);
  await expectAccessible(phone);
  await small.scrollIntoViewIfNeeded();
  await small.screenshot({ path: `${SHOTS}/recorded-390.png` });

  await small
    .getByRole('button', {
      name: tf('fr', 'costs.removeLabel', { date: '23/11/2026', description: 'Abonnement de bus' }),
    })
    .click();
  const dialog = phone.getByRole('dialog', { name: t('fr', 'costs.removeTitle') });
  await expect(dialog).toContainText(euros(1999));
  await expectAccessible(phone);
  await phone.screenshot({ path: `${SHOTS}/remove-390.png` });
  await dialog.getByRole('button', { name: t('fr', 'costs.remove') }).click();
  await expect(phone.getByText(t('fr', 'costs.removed'))).toBeVisible();
  await expect(small.getByTestId('costs-total')).toHaveText(euros(plan.total + 125050));
  await expect(small.getByText('Abonnement de bus')).toHaveCount(0);
  await noSidewaysScrolling(phone);
  await phone.context().close();
});
