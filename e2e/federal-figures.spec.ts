/**
 * The federal figures (issue 10): the federal analyst sees the aggregate of the centres that closed
 * a year, by region, with a suppressed cell ("<5" or withheld) explained in a legend; no figure
 * links to anyone; axe is clean on a desk and on a phone (menu open), and the tables stay within
 * a phone's width. Screenshots in /tmp/shots-federal/.
 */
import { expect, type Page, test } from '@playwright/test';
import { E2E_TODAY } from './constants.ts';
import { expectAccessible, logIn, t, tf } from './support.ts';

const SHOTS = '/tmp/shots-federal';
const LAST_YEAR = Number(E2E_TODAY.slice(0, 4)) - 1;
/** The demo history closes 2024 in both centres (Namur in Wallonia, Gent in Flanders). */
const YEAR = 2024;

interface Value {
  value: number | null;
  mark?: 'lessThan5' | 'hidden';
}
interface Figures {
  year: number;
  centres: { total: number; closed: number };
  groups: {
    key: string;
    label: string;
    centres: number;
    sections: {
      label: string;
      tables: { key: string; label: string; rows: { label: string; values: Value[] }[] }[];
    }[];
  }[];
}

async function figures(page: Page, year: number): Promise<Figures> {
  const response = await page.request.get(`/api/v1/federal/indicators?year=${year}&by=region`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Figures;
}

/**
 * A suppressed cell of the answer: in the participants by language if there is one (a language
 * few people speak), else the first anywhere, the country's block first.
 */
function suppressedCell(data: Figures) {
  const found: {
    group: Figures['groups'][number];
    table: string;
    row: string;
    column: number;
    mark: string;
  }[] = [];
  for (const group of data.groups)
    for (const section of group.sections)
      for (const table of section.tables)
        for (const row of table.rows)
          row.values.forEach((value, column) => {
            if (value.mark) found.push({ group, table: table.key, row: row.label, column, mark: value.mark });
          });
  const cell = found.find((c) => c.table === 'participantsByLanguage') ?? found[0];
  if (!cell) throw new Error(`no suppressed cell in the federal figures of ${data.year}`);
  const label = data.groups
    .flatMap((g) => g.sections.flatMap((s) => s.tables))
    .find((table) => table.key === cell.table)?.label as string;
  return { ...cell, tableLabel: label };
}

const groupHeading = (group: { label: string; centres: number }) =>
  tf('fr', group.centres === 1 ? 'federal.page.groupHeading_one' : 'federal.page.groupHeading_other', {
    label: group.label,
    count: group.centres,
  });

test('the federal user sees the aggregate with a suppressed cell', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  await logIn(page, 'federal@spp.demo');
  const year = YEAR;
  const data = await figures(page, year);
  expect(data.centres).toEqual({ total: 2, closed: 2 });
  expect(data.groups.map((g) => [g.key, g.centres])).toEqual([
    ['all', 2],
    ['flanders', 1],
    ['wallonia', 1],
  ]);

  // From the home page's explanation to the figures: last year, the country only, by default.
  await page.getByRole('link', { name: t('fr', 'federal.page.open') }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: tf('fr', 'federal.page.title', { year: LAST_YEAR }) }),
  ).toBeVisible();
  await expect(page.getByRole('radio', { name: t('fr', 'federal.page.grouping.none') })).toBeChecked();
  await expect(
    page.getByRole('navigation').getByRole('link', { name: t('fr', 'federal.page.nav') }),
  ).toHaveAttribute('aria-current', 'page');

  // The year the centres closed, by region.
  await page.getByRole('combobox', { name: t('fr', 'federal.page.year') }).selectOption(String(year));
  await page.getByRole('radio', { name: t('fr', 'federal.page.grouping.region') }).check();
  await expect(page).toHaveURL(new RegExp(`/federal\\?year=${year}&by=region$`));
  await expect(
    page.getByRole('heading', { level: 1, name: tf('fr', 'federal.page.title', { year }) }),
  ).toBeVisible();
  await expect(
    page.getByText(
      tf('fr', data.centres.closed === 1 ? 'federal.page.status_one' : 'federal.page.status_other', {
        count: data.centres.closed,
        total: data.centres.total,
        year,
      }),
    ),
  ).toBeVisible();
  // The country first, then each region, with the number of centres counted.
  const headings = page.getByRole('main').getByRole('heading', { level: 2 });
  await expect(headings).toHaveText([t('fr', 'federal.page.legend.title'), ...data.groups.map(groupHeading)]);

  // The legend says what the marks mean.
  const legend = page.getByRole('region', { name: t('fr', 'federal.page.legend.title') });
  await expect(legend.getByRole('definition')).toHaveText([
    t('fr', 'federal.page.legend.lessThan5'),
    t('fr', 'federal.page.legend.hidden'),
  ]);

  // A suppressed cell shows its mark, not a number.
  const cell = suppressedCell(data);
  const row = page
    .getByRole('region', { name: groupHeading(cell.group), exact: true })
    .getByRole('table', { name: cell.tableLabel, exact: true })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: cell.row, exact: true }) });
  await expect(row.getByRole('cell').nth(cell.column)).toHaveText(t('fr', `reports.marks.${cell.mark}`));
  test.info().annotations.push({
    type: 'cell',
    description: `${cell.group.key} / ${cell.table} / ${cell.row} / column ${cell.column}: ${cell.mark}`,
  });

  // No figure leads to anyone: the page has no link but the navigation's and the header's.
  await expect(page.getByRole('main').getByRole('link')).toHaveCount(0);
  await expect(page.locator('a[href*="/persons"], a[href*="/reports/members"]')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/federal-desk.png`, fullPage: true });
  await page.screenshot({ path: `${SHOTS}/federal-desk-top.png` });
  await row.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/federal-desk-cell.png` });
  await expectAccessible(page);
});

test('on a phone, the federal figures are behind the menu and fit the screen', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await logIn(page, 'federal@spp.demo');
  const year = YEAR;
  await page.getByRole('button', { name: t('fr', 'nav.menu') }).click();
  const nav = page.getByRole('link', { name: t('fr', 'federal.page.nav'), exact: true });
  await expect(nav).toBeVisible();
  await expectAccessible(page);
  await nav.click();
  await expect(
    page.getByRole('heading', { level: 1, name: tf('fr', 'federal.page.title', { year: LAST_YEAR }) }),
  ).toBeVisible();

  await page.getByRole('combobox', { name: t('fr', 'federal.page.year') }).selectOption(String(year));
  await page.getByRole('radio', { name: t('fr', 'federal.page.grouping.region') }).check();
  await expect(page).toHaveURL(new RegExp(`/federal\\?year=${year}&by=region$`));
  await expect(
    page.getByRole('table', { name: t('fr', 'reports.tables.participantsByLanguage') }).first(),
  ).toBeVisible();
  // Nothing runs off the side of the screen: wide tables become a card per row.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: `${SHOTS}/federal-phone.png`, fullPage: true });
  await page.screenshot({ path: `${SHOTS}/federal-phone-top.png` });
  await page
    .getByRole('table', { name: t('fr', 'reports.tables.piisDeadlines') })
    .first()
    .scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/federal-phone-table.png` });
  await expectAccessible(page);
});
