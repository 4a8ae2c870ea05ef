/**
 * The yearly report (issue 10): a lead opens it, drills from "volunteering: N" to the N plans,
 * and downloads the XLSX, whose figure is the one on the page (read with exceljs); on a phone the
 * tables fit the screen; an administrator sets the year's objectives and subsidies and closes a
 * year that has ended. Axe on each screen; screenshots in /tmp/shots-reports/.
 */
import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { expectAccessible, logIn, t, tf } from './support.ts';

const SHOTS = '/tmp/shots-reports';
// "Today" of the journeys is 23 November 2026: 2026 is live, 2025 is the default year.
const CURRENT = 2026;

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The figure the journey drills into: "volunteering" among the social-activation outcomes, in the
 * default year (last year) or this year, whichever the demo data fills. Plans closed in the
 * journey itself cannot count: the server's day is pinned to E2E_TODAY while a new plan's drafting
 * day is the real date, and a plan is never closed before it was drafted.
 */
async function volunteeringFigure(page: Page) {
  const volunteering = t('fr', 'plans.outcomes.volunteering');
  const outcomes = page.getByRole('table', { name: t('fr', 'reports.tables.activationOutcomes') });
  for (const year of [CURRENT - 1, CURRENT]) {
    await page.getByRole('combobox', { name: t('fr', 'reports.page.year') }).selectOption(String(year));
    await expect(
      page.getByRole('heading', { level: 1, name: tf('fr', 'reports.page.title', { year }) }),
    ).toBeVisible();
    const row = outcomes.getByRole('row').filter({ hasText: volunteering });
    await expect(row).toBeVisible();
    const link = row.getByRole('link', { name: new RegExp(`^${literal(volunteering)} : \\d+ — `) });
    if ((await link.count()) === 1) return { year, label: volunteering, link, charted: true };
    // Not a link: nobody behind it this year.
    await expect(row.getByRole('cell').first()).toHaveText('0');
  }
  // Neither year has one in the demo data: the plans started this year stand in for it.
  test.info().annotations.push({
    type: 'data',
    description: 'no volunteering outcome in the demo data: drilled "started"',
  });
  const started = t('fr', 'reports.rows.activation.started');
  const link = page
    .getByRole('table', { name: t('fr', 'reports.tables.activationSummary') })
    .getByRole('link', { name: new RegExp(`^${literal(started)} : \\d+ — `) });
  return { year: CURRENT, label: started, link, charted: false };
}

test('a lead opens the yearly report, lists who is behind a figure and downloads it', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await logIn(page, 'lead@namur.demo');

  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('fr', 'nav.reports') })
    .click();
  // Last year by default.
  await expect(
    page.getByRole('heading', { level: 1, name: tf('fr', 'reports.page.title', { year: CURRENT - 1 }) }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: t('fr', 'reports.sections.activation') })).toBeVisible();
  // A lead reads the report; setting and closing a year are the administrator's.
  await expect(page.getByRole('button', { name: t('fr', 'reports.page.settings.save') })).toHaveCount(0);
  await expectAccessible(page);

  const { year, label, link, charted } = await volunteeringFigure(page);
  await expect(page).toHaveURL(new RegExp(`/reports\\?year=${year}$`));
  if (year === CURRENT) await expect(page.getByText(t('fr', 'reports.page.live'))).toBeVisible();
  const n = Number(await link.textContent());
  expect(n).toBeGreaterThanOrEqual(1);
  await expect(link).toHaveAccessibleName(
    tf('fr', n === 1 ? 'reports.page.showMembers_one' : 'reports.page.showMembers_other', {
      label,
      value: String(n),
      count: n,
    }),
  );
  if (charted) {
    // The chart beside the table is an image named for it, the table being its text.
    const table = t('fr', 'reports.tables.activationOutcomes');
    await expect(
      page.getByRole('img', { name: tf('fr', 'reports.page.chartLabel', { table }) }),
    ).toBeVisible();
  }
  await page.screenshot({ path: `${SHOTS}/report-desk.png`, fullPage: true });
  await expectAccessible(page);

  // The N plans behind the figure, each with its person and plan.
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`${literal(label)}$`) })).toBeVisible();
  await expect(
    page.getByText(
      tf(
        'fr',
        n === 1 ? 'reports.page.members.count.trajectory_one' : 'reports.page.members.count.trajectory_other',
        { count: n, year },
      ),
    ),
  ).toBeVisible();
  const members = page.getByRole('table', { name: tf('fr', 'reports.page.members.caption', { year }) });
  await expect(members.locator('tbody tr')).toHaveCount(n);
  const first = members.locator('tbody tr').first();
  await expect(first.getByRole('link').first()).toHaveAttribute('href', /^\/persons\/[0-9a-f-]{36}$/);
  await expect(
    first.getByRole('link', {
      name: new RegExp(`^${literal(tf('fr', 'reports.page.members.openPlanOf', { name: '' }))}`),
    }),
  ).toHaveAttribute('href', /^\/plans\/[0-9a-f-]{36}$/);
  await page.screenshot({ path: `${SHOTS}/members-desk.png`, fullPage: true });
  await expectAccessible(page);

  // Back (the browser's button) to the report, then its XLSX: the same figure.
  await page.goBack();
  await expect(
    page.getByRole('heading', { level: 1, name: tf('fr', 'reports.page.title', { year }) }),
  ).toBeVisible();
  const xlsxLink = page.getByRole('link', { name: t('fr', 'reports.page.download.xlsx') });
  await expect(xlsxLink).toHaveAttribute('href', `/api/v1/reports/annual?year=${year}&format=xlsx`);
  await expect(page.getByRole('link', { name: t('fr', 'reports.page.download.csv') })).toHaveAttribute(
    'href',
    `/api/v1/reports/annual?year=${year}&format=csv`,
  );
  await expect(page.getByRole('link', { name: t('fr', 'reports.page.download.pdf') })).toHaveAttribute(
    'href',
    `/api/v1/reports/annual?year=${year}&format=pdf`,
  );
  const [download] = await Promise.all([page.waitForEvent('download'), xlsxLink.click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = workbook.worksheets.find((s) => s.name === t('fr', 'reports.sections.activation'));
  expect(sheet).toBeDefined();
  const figures: unknown[] = [];
  sheet?.eachRow((line) => {
    if (line.getCell(1).value === label) figures.push(line.getCell(2).value);
  });
  expect(figures).toEqual([n]);
});

test('on a phone, a lead finds the report behind the menu and its tables fit the screen', async ({
  browser,
}) => {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await logIn(page, 'lead@namur.demo');
  await page.getByRole('button', { name: t('fr', 'nav.menu') }).click();
  const nav = page.getByRole('link', { name: t('fr', 'nav.reports') });
  await expect(nav).toBeVisible();
  await expectAccessible(page);
  await nav.click();
  await expect(
    page.getByRole('heading', { level: 1, name: tf('fr', 'reports.page.title', { year: CURRENT - 1 }) }),
  ).toBeVisible();
  await page.getByRole('combobox', { name: t('fr', 'reports.page.year') }).selectOption(String(CURRENT));
  await expect(page.getByRole('table', { name: t('fr', 'reports.tables.sanctions') })).toBeVisible();
  // Nothing runs off the side of the screen: each row is a card.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/report-phone.png`, fullPage: true });
  await expectAccessible(page);

  const people = page.getByRole('table', { name: t('fr', 'reports.tables.participantsBySex') });
  const total = people.getByRole('link', {
    name: new RegExp(`^${literal(t('fr', 'reports.rows.total'))} : \\d+ — `),
  });
  const n = Number(await total.textContent());
  await total.click();
  const members = page.getByRole('table', {
    name: tf('fr', 'reports.page.members.caption', { year: CURRENT }),
  });
  await expect(members.locator('tbody tr')).toHaveCount(n);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/members-phone.png`, fullPage: true });
  await expectAccessible(page);
});

test('an administrator sets the year’s objectives and subsidies, then closes an ended year', async ({
  browser,
}) => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await logIn(page, 'admin@namur.demo');
  await page.goto(`/reports?year=${CURRENT}`);
  const settings = page.getByRole('region', {
    name: tf('fr', 'reports.page.settings.title', { year: CURRENT }),
  });
  await expect(settings).toBeVisible();
  // The current year has not ended: it cannot be closed yet.
  await expect(
    settings.getByText(tf('fr', 'reports.page.close.notYet', { year: CURRENT, next: CURRENT + 1 })),
  ).toBeVisible();

  const volunteeringTarget = settings.getByRole('textbox', {
    name: t('fr', 'reports.rows.objectives.activation_outcome_volunteering'),
  });
  await volunteeringTarget.fill('douze');
  const subsidyA = settings.getByRole('textbox', { name: t('fr', 'reports.rows.subsidies.participationA') });
  await subsidyA.fill('12 500,50');
  await settings.getByRole('button', { name: t('fr', 'reports.page.settings.save') }).click();
  await expect(volunteeringTarget).toHaveAccessibleDescription(t('fr', 'reports.page.settings.wholeNumber'));
  await expect(volunteeringTarget).toBeFocused();
  await volunteeringTarget.fill('12');
  await settings.getByRole('button', { name: t('fr', 'reports.page.settings.save') }).click();
  await expect(page.getByText(tf('fr', 'reports.page.settings.saved', { year: CURRENT }))).toBeVisible();

  // The report shows them: the target beside what was achieved, the subsidy in euros.
  const objectives = page.getByRole('table', { name: t('fr', 'reports.tables.objectives') });
  const target = objectives
    .getByRole('row')
    .filter({ hasText: t('fr', 'reports.rows.objectives.activation_outcome_volunteering') });
  await expect(target.getByRole('cell').first()).toHaveText('12');
  const subsidies = page.getByRole('table', { name: t('fr', 'reports.tables.subsidies') });
  await expect(
    subsidies
      .getByRole('row')
      .filter({ hasText: t('fr', 'reports.rows.subsidies.participationA') })
      .getByRole('cell'),
  ).toHaveText(/^12\s500,50\s€$/);
  await expect(subsidyA).toHaveValue('12500,50');
  await expectAccessible(page);

  // 2015 has ended: closing it asks first and says the figures freeze.
  await page.getByRole('combobox', { name: t('fr', 'reports.page.year') }).selectOption('2015');
  await expect(page.getByText(t('fr', 'reports.page.live'))).toBeVisible();
  await page.getByRole('button', { name: tf('fr', 'reports.page.close.open', { year: 2015 }) }).click();
  const dialog = page.getByRole('dialog', { name: tf('fr', 'reports.page.close.title', { year: 2015 }) });
  await expect(dialog).toContainText(tf('fr', 'reports.page.close.explanation', { year: 2015 }));
  await page.waitForTimeout(400); // the dialog's fade-in, for the picture only
  await page.screenshot({ path: `${SHOTS}/close-desk.png` });
  await expectAccessible(page);
  await dialog.getByRole('button', { name: tf('fr', 'reports.page.close.confirm', { year: 2015 }) }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(tf('fr', 'reports.page.close.done', { year: 2015 }))).toBeVisible();
  await expect(
    page.getByText(/^Année clôturée le \d{1,2} \S+ 2026 : les chiffres sont définitifs\.$/),
  ).toBeVisible();
  await expect(page.getByText(t('fr', 'reports.page.settings.closed'))).toBeVisible();
  await expectAccessible(page);
});
