/**
 * A worker on a home visit, on a phone (390 × 844): the list of their people as cards, a person's
 * file with its assessment, journal and progress, the assessment form and a measurement's page.
 * Nothing important needs sideways scrolling; axe on every screen.
 */
import { expect, type Page, test } from '@playwright/test';
import { formatNiss } from '../src/domain/niss.ts';
import { formatDayMonthYear } from '../src/domain/typed-dates.ts';
import { expectAccessible, logIn, t } from './support.ts';

test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

async function fitsThePhone(page: Page) {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
}

test('the list, a file, its assessment and its progress fit a phone', async ({ page }) => {
  await logIn(page, 'worker@namur.demo');
  // On a phone the navigation waits behind the menu button.
  await page.getByRole('button', { name: t('fr', 'nav.menu') }).click();
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('fr', 'nav.persons') })
    .click();

  // The list: a card per person, with the name, birth date and national number in sight.
  const people = (await (await page.request.get('/api/v1/persons?responsible=me&limit=50')).json())
    .items as Array<{
    id: string;
    firstName: string;
    lastName: string;
    birthDate: string;
    nationalNumber: string | null;
  }>;
  const withNumber = people.find((p) => p.nationalNumber) ?? people[0];
  if (!withNumber) throw new Error('the demo worker follows nobody');
  // Other journeys may have registered namesakes: the birth date (and number) tell the card apart.
  const card = page
    .getByRole('row')
    .filter({ hasText: `${withNumber.lastName} ${withNumber.firstName}` })
    .filter({
      hasText: withNumber.nationalNumber
        ? formatNiss(withNumber.nationalNumber)
        : formatDayMonthYear(withNumber.birthDate),
    });
  await expect(card).toBeVisible();
  await expect(card).toContainText(formatDayMonthYear(withNumber.birthDate));
  if (withNumber.nationalNumber) await expect(card).toContainText(formatNiss(withNumber.nationalNumber));
  // Each value of the card is labelled (the column's name, drawn beside it).
  const label = await card
    .getByRole('cell')
    // The first name cell is hidden on a phone (it joins the last name in the card's title).
    .nth(1)
    .evaluate((cell) => getComputedStyle(cell, '::before').content);
  expect(label).toBe(JSON.stringify(t('fr', 'persons.birthDate')));
  await fitsThePhone(page);
  await expectAccessible(page);

  // A file with an assessment, measurements and a journal (the demo day's files have all three;
  // the people of the demo's past years have no journal).
  let file: { id: string } | undefined;
  for (const person of people) {
    const measurements = await (await page.request.get(`/api/v1/persons/${person.id}/measurements`)).json();
    const assessments = await (await page.request.get(`/api/v1/persons/${person.id}/assessments`)).json();
    const journal = await (await page.request.get(`/api/v1/persons/${person.id}/journal`)).json();
    if (
      measurements.items.length > 1 &&
      assessments.items[0]?.domains.length > 0 &&
      journal.items.length > 0
    ) {
      file = person;
      break;
    }
  }
  if (!file) throw new Error('no demo file with an assessment, measurements and a journal');
  await page.goto(`/persons/${file.id}`);
  const assessment = page.getByRole('region', { name: t('fr', 'assessment.title') });
  // The assessment's domains stack: each finding is a line of its card, inside the screen.
  const finding = assessment.getByRole('cell').first();
  await expect(finding).toBeVisible();
  const box = await finding.boundingBox();
  expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
  await expect(
    page
      .getByRole('region', { name: t('fr', 'journal.title') })
      .getByRole('listitem')
      .first(),
  ).toBeVisible();
  const progress = page.getByRole('region', { name: t('fr', 'progress.title') });
  await progress.scrollIntoViewIfNeeded();
  await expect(progress.getByRole('cell').first()).toBeVisible();
  await fitsThePhone(page);
  await expectAccessible(page);

  // A measurement's own page, from the progress table.
  await progress
    .getByRole('link')
    .filter({ hasText: /\d{2}\/\d{2}\/\d{4}|\d{1,2} \p{L}+ \d{4}/u })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await fitsThePhone(page);
  await expectAccessible(page);

  // The assessment form, prefilled from the latest one.
  await page.goto(`/persons/${file.id}/assessments/new`);
  await expect(page.getByRole('textbox', { name: t('fr', 'assessment.assessedOn') })).toBeVisible();
  await fitsThePhone(page);
  await expectAccessible(page);
});
