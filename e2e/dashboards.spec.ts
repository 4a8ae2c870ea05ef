/**
 * The dashboards: a worker reads their own figures; a lead reads the team's caseload (a chart and
 * the table beside it) and the centre's figures, and changes the period. On a desk and on a phone
 * (the menu behind its button); axe on each screen; screenshots in /tmp/shots-dashboards/.
 */
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, logIn, t, tf } from './support.ts';

const SHOTS = '/tmp/shots-dashboards';
const longDate = (iso: string) =>
  new Intl.DateTimeFormat('fr-BE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));

/** The value shown for a figure (its <dd>), found by its name (its <dt>). */
const figure = (page: Page, label: string) =>
  page
    .locator('dl > div')
    .filter({ has: page.locator('dt', { hasText: label }) })
    .locator('dd');

test('a worker reads their caseload, due items and plans ending soon', async ({ page }) => {
  await logIn(page, 'worker@namur.demo');
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('fr', 'nav.dashboard') })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: t('fr', 'dashboards.title') })).toBeVisible();
  const mine = await (await page.request.get('/api/v1/dashboards/worker')).json();
  await expect(figure(page, t('fr', 'dashboards.caseload.people'))).toHaveText(String(mine.caseload.people));
  await expect(figure(page, t('fr', 'dashboards.due.overdue'))).toHaveText(String(mine.due.overdue));
  // A worker does not see the team's part.
  await expect(page.getByRole('heading', { name: t('fr', 'dashboards.team.title') })).toHaveCount(0);
  const ending = page.getByRole('region', { name: t('fr', 'dashboards.endingSoon.title') });
  if (mine.endingSoon.length > 0) {
    const first = mine.endingSoon[0];
    await ending
      .getByRole('link', { name: tf('fr', 'dashboards.endingSoon.open', { name: first.person.displayName }) })
      .click();
    await expect(page).toHaveURL(new RegExp(`/plans/${first.trajectoryId}$`));
    await page.goBack();
  } else {
    await expect(ending).toContainText(t('fr', 'dashboards.endingSoon.none'));
  }
  await expect(page.getByRole('heading', { level: 1, name: t('fr', 'dashboards.title') })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/worker-desk.png`, fullPage: true });
});

test('a lead reads the team’s caseload and the centre’s figures, and changes the period', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await logIn(page, 'lead@namur.demo');
  await page.goto('/dashboard');
  const team = page.getByRole('region', { name: t('fr', 'dashboards.team.title') });
  // The chart is one image with its label; the table beside it carries the numbers.
  await expect(team.getByRole('img', { name: t('fr', 'dashboards.team.chartLabel') })).toBeVisible();
  await expect(team.locator('.recharts-surface').first()).toBeVisible();
  const row = team.getByRole('row').filter({ hasText: 'Camille Dubois' });
  await expect(row).toBeVisible();
  await expect(team.getByRole('row').filter({ hasText: t('fr', 'dashboards.team.nobody') })).toBeVisible();
  const api = await (await page.request.get('/api/v1/dashboards/team')).json();
  const camille = api.workers.find((w: { displayName: string }) => w.displayName === 'Camille Dubois');
  await expect(row.getByRole('cell')).toHaveText([
    String(camille.files),
    String(camille.activeFiles),
    String(camille.openPlans),
    String(camille.evaluationsDue),
    String(camille.overdue),
  ]);
  const centre = page.getByRole('region', { name: t('fr', 'dashboards.centre.title') });
  await expect(centre).toContainText(
    tf('fr', 'dashboards.centre.periodShown', {
      from: longDate(api.period.from),
      to: longDate(api.period.to),
    }),
  );
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/lead-desk.png`, fullPage: true });

  // Another period: the first half of 2026.
  await centre.getByRole('textbox', { name: t('fr', 'dashboards.centre.from') }).fill('01/01/2026');
  await centre.getByRole('textbox', { name: t('fr', 'dashboards.centre.to') }).fill('30/06/2026');
  await centre.getByRole('button', { name: t('fr', 'dashboards.centre.apply') }).click();
  await expect(page).toHaveURL(/from=2026-01-01/);
  await expect(centre).toContainText(
    tf('fr', 'dashboards.centre.periodShown', { from: longDate('2026-01-01'), to: longDate('2026-06-30') }),
  );
  const half = await (await page.request.get('/api/v1/dashboards/team?from=2026-01-01&to=2026-06-30')).json();
  // Each share says what it is computed on ("0 of 3 …"), or that there is nothing to count.
  const plural = (n: number) => new Intl.PluralRules('fr-BE').select(n);
  for (const [key, ratio] of [
    ['onTime', half.centre.evaluationsOnTime],
    ['noShows', half.centre.noShows],
  ] as const) {
    if (ratio.denominator === 0) {
      await expect(figure(page, t('fr', `dashboards.centre.${key}`))).toHaveText(
        t('fr', 'dashboards.centre.noData'),
      );
    } else {
      await expect(centre).toContainText(
        tf('fr', `dashboards.centre.${key}Basis_${plural(ratio.numerator)}`, {
          numerator: ratio.numerator,
          denominator: ratio.denominator,
        }),
      );
    }
  }
  await expectAccessible(page);

  // A period longer than 3 years is refused on its field, and the figures shown stay those of before.
  await centre.getByRole('textbox', { name: t('fr', 'dashboards.centre.from') }).fill('01/01/2020');
  await centre.getByRole('button', { name: t('fr', 'dashboards.centre.apply') }).click();
  await expect(
    centre.getByRole('textbox', { name: t('fr', 'dashboards.centre.to') }),
  ).toHaveAccessibleDescription(t('fr', 'dashboards.errors.periodTooLong'));
  await expect(page).toHaveURL(/from=2026-01-01/);
  await expect(centre).toContainText(
    tf('fr', 'dashboards.centre.periodShown', { from: longDate('2026-01-01'), to: longDate('2026-06-30') }),
  );
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/lead-period-error.png`, fullPage: true });

  // A worker's row opens that worker's day.
  await row
    .getByRole('link', { name: tf('fr', 'dashboards.team.openDay', { name: 'Camille Dubois' }) })
    .click();
  await expect(
    page.getByRole('heading', { level: 1, name: tf('fr', 'today.titleOf', { name: 'Camille Dubois' }) }),
  ).toBeVisible();
});

test('on a phone, a lead opens the dashboard from the menu', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await logIn(page, 'lead@namur.demo');
  const menu = page.getByRole('button', { name: t('fr', 'nav.menu') });
  await menu.click();
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('fr', 'nav.dashboard') })
    .click();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(page.getByRole('heading', { level: 1, name: t('fr', 'dashboards.title') })).toBeVisible();
  await expect(
    page.getByRole('region', { name: t('fr', 'dashboards.team.title') }).getByRole('img'),
  ).toBeVisible();
  // Nothing runs off the side of the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/lead-phone.png`, fullPage: true });
  await page
    .getByRole('region', { name: t('fr', 'dashboards.team.title') })
    .screenshot({ path: `${SHOTS}/lead-phone-team.png` });
  await menu.click();
  await expectAccessible(page);
});
