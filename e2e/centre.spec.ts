/**
 * A centre administrator sets the centre's rules for plans (stricter than the law, never laxer) and
 * records who may sign plans on its behalf; on a computer and on a phone.
 */
import { expect, type Page, test } from '@playwright/test';
import { E2E_TODAY } from './constants.ts';
import { expectAccessible, logIn, t, tf } from './support.ts';

const today = E2E_TODAY.split('-').reverse().join('/');
const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/centre-${name}.png`, fullPage: true });

test('administrator sets 7 working days to reflect, gives a delegation, then restores the law’s defaults', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await logIn(page, 'admin@namur.demo');
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('fr', 'nav.centre') })
    .click();
  // The pointer leaves the menu: a hovered link is not what the page shows at rest.
  await page.mouse.move(640, 790);
  await expect(page.getByRole('heading', { level: 1, name: t('fr', 'centre.title') })).toBeVisible();
  await expect(page.getByText(t('fr', 'centre.lawDefaults'))).toBeVisible();
  await expect(
    page.getByRole('navigation').getByRole('link', { name: t('fr', 'nav.centre') }),
  ).toHaveAttribute('aria-current', 'page');
  await expectAccessible(page);

  // Fewer days than the law's 5 is refused beside the field, before anything is sent.
  const days = page.getByRole('textbox', { name: t('fr', 'centre.reflectionDays') });
  const save = page.getByRole('button', { name: t('fr', 'centre.save') });
  await days.fill('3');
  await save.click();
  await expect(page.getByText(tf('fr', 'validation.tooSmall', { min: 5 }))).toBeVisible();
  await expect(days).toBeFocused();

  await days.fill('7');
  await page.getByRole('radio', { name: t('fr', 'centre.dayKinds.working') }).check();
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: /Règles enregistrées/ })).toBeVisible();
  await expect(page.getByText(/Modifiées le .* par Olivier Collard/)).toBeVisible();
  await expect(days).toHaveValue('7');
  await expect(page.getByRole('radio', { name: t('fr', 'centre.dayKinds.working') })).toBeChecked();

  // Julien Masson's demo delegation (since 2025) ended last year: he gets a new one today.
  const delegations = (await (await page.request.get('/api/v1/centre/signing-delegations')).json())
    .items as Array<{
    id: string;
    userId: string;
    until: string | null;
  }>;
  const workers = (await (await page.request.get('/api/v1/workers')).json()).items as Array<{
    id: string;
    displayName: string;
  }>;
  const julien = workers.find((w) => w.displayName === 'Julien Masson')?.id;
  const former = delegations.find((d) => d.userId === julien && d.until === null);
  if (former) {
    const ended = await page.request.patch(`/api/v1/centre/signing-delegations/${former.id}`, {
      data: { until: '2025-12-31' },
      headers: { origin: new URL(page.url()).origin },
    });
    expect(ended.status()).toBe(200);
    await page.reload();
  }

  // A delegation to sign on the centre's behalf, from today, with no end yet.
  await page
    .getByRole('combobox', { name: t('fr', 'centre.worker') })
    .selectOption({ label: 'Julien Masson (Assistant social)' });
  await expect(page.getByRole('textbox', { name: t('fr', 'centre.since') })).toHaveValue(today);
  await page.getByRole('button', { name: t('fr', 'centre.addSubmit') }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Julien Masson' })).toHaveText(
    tf('fr', 'centre.added', { name: 'Julien Masson' }),
  );
  const table = page.getByRole('table', { name: t('fr', 'centre.caption') });
  // Today's delegation, not last year's.
  const row = table.getByRole('row').filter({ hasText: 'Julien Masson' }).filter({ hasText: today });
  await expect(row).toContainText(today);
  await expect(row).toContainText(t('fr', 'centre.noEnd'));
  await expect(row).toContainText(t('fr', 'centre.statuses.active'));

  // A second one over the same days is refused, in plain words.
  await page
    .getByRole('combobox', { name: t('fr', 'centre.worker') })
    .selectOption({ label: 'Julien Masson (Assistant social)' });
  await page.getByRole('button', { name: t('fr', 'centre.addSubmit') }).click();
  await expect(page.getByRole('alert')).toContainText(t('fr', 'errors.delegationOverlap'));
  await expectAccessible(page);
  await shot(page, 'desktop');

  // On a phone the delegations are cards, each cell with its label, nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 844 });
  await expect(row.getByRole('cell').nth(1)).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await shot(page, 'phone');

  // Ending it: today is its last day.
  await page.setViewportSize({ width: 1280, height: 800 });
  await row.getByRole('button', { name: `${t('fr', 'centre.end')}: Julien Masson` }).click();
  await expect(row.getByRole('textbox', { name: t('fr', 'centre.endOn') })).toHaveValue(today);
  await row.getByRole('button', { name: t('fr', 'centre.endSubmit') }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Julien Masson' })).toHaveText(
    tf('fr', 'centre.endedOn', { name: 'Julien Masson', date: today }),
  );
  await expect(row).toContainText(`${today}${today}`);

  // Back to the law's defaults, so other journeys meet them.
  await days.fill('5');
  await page.getByRole('radio', { name: t('fr', 'centre.dayKinds.calendar') }).check();
  await save.click();
  await expect(page.getByRole('status').filter({ hasText: /Règles enregistrées/ })).toBeVisible();
  const policy = await page.request.get('/api/v1/centre/policy');
  expect(await policy.json()).toMatchObject({ reflectionDays: 5, reflectionDayKind: 'calendar' });
});

test('a worker reads the rules but changes nothing, and finds no link to them', async ({ page }) => {
  await logIn(page, 'worker@namur.demo');
  await expect(page.getByRole('navigation').getByRole('link', { name: t('fr', 'nav.centre') })).toHaveCount(
    0,
  );
  await page.goto('/centre');
  await expect(page.getByText(t('fr', 'centre.readOnly'))).toBeVisible();
  const rules = page.getByRole('list', { name: t('fr', 'centre.policyTitle') });
  await expect(rules).toContainText(
    tf('fr', 'centre.summary.reflection', { days: 5, kind: t('fr', 'centre.dayKinds.calendar') }),
  );
  await expect(page.getByRole('textbox', { name: t('fr', 'centre.reflectionDays') })).toHaveCount(0);
  await expect(page.getByRole('button', { name: t('fr', 'centre.save') })).toHaveCount(0);
  await expect(page.getByRole('button', { name: t('fr', 'centre.addSubmit') })).toHaveCount(0);
  await expectAccessible(page);
});
