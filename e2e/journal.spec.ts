/**
 * The case journal as a worker lives it: two entries after a visit and a call, one corrected, the
 * search finds it whatever the accents, and the team lead reads what it said before. On a desktop
 * and on a phone; axe on each screen.
 */
import { expect, type Page, test } from '@playwright/test';
import { expectAccessible, logIn, t, tf } from './support.ts';

async function registerPerson(page: Page, lastName: string): Promise<string> {
  const response = await page.request.post('/api/v1/persons', {
    data: { firstName: 'Yasmina', lastName, birthDate: '1991-03-14', sex: 'F', language: 'fr' },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(201);
  return (await response.json()).id;
}

async function writeEntry(
  page: Page,
  entry: { kind: string; text: string; minutes?: string; date?: string },
) {
  await page.getByRole('button', { name: t('fr', 'journal.new') }).click();
  const form = page
    .locator('form')
    .filter({ has: page.getByRole('textbox', { name: t('fr', 'journal.text') }) });
  await form.getByRole('combobox', { name: t('fr', 'journal.kind') }).click();
  await page.getByRole('option', { name: t('fr', `journal.kinds.${entry.kind}`) }).click();
  if (entry.date) await form.getByRole('textbox', { name: t('fr', 'journal.occurredOn') }).fill(entry.date);
  if (entry.minutes)
    await form.getByRole('textbox', { name: t('fr', 'journal.duration') }).fill(entry.minutes);
  await form.getByRole('textbox', { name: t('fr', 'journal.text') }).fill(entry.text);
  await form.getByRole('button', { name: t('fr', 'journal.save') }).click();
  await expect(page.getByText(t('fr', 'journal.saved'))).toBeVisible();
}

test('a worker writes two journal entries, corrects one, finds it; the lead reads the earlier text', async ({
  browser,
}) => {
  const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
  await logIn(page, 'worker@namur.demo');
  const id = await registerPerson(page, 'Journaliste');
  await page.goto(`/persons/${id}`);
  const journal = page.getByRole('region', { name: t('fr', 'journal.title') });
  await expect(journal.getByText(t('fr', 'journal.empty'))).toBeVisible();

  await writeEntry(page, {
    kind: 'home_visit',
    minutes: '45',
    // Day first, as typed in Belgium, whatever the browser's language (this one speaks en-US).
    date: '20/11/2026',
    text: 'Visite à domicile : le chauffage est réparé.\nRéunion prévue avec le propriétaire.',
  });
  await writeEntry(page, { kind: 'phone', text: 'Appel de Yasmina : rendez-vous au CPAS lundi.' });

  const entries = journal.getByRole('listitem');
  await expect(entries).toHaveCount(2);
  // Newest first: today's call, then the visit of 20 November.
  await expect(entries.first()).toContainText(t('fr', 'journal.kinds.phone'));
  await expect(entries.nth(1)).toContainText('20 novembre 2026');
  await expect(entries.nth(1)).toContainText(tf('fr', 'journal.minutes_other', { count: 45 }));
  await expect(entries.nth(1)).toContainText('Camille Dubois');
  await page.mouse.move(1200, 780);
  await expectAccessible(page);

  // Correct the visit: 30 minutes, not 45, and a sharper text.
  const visit = entries.nth(1);
  await visit.getByRole('button', { name: t('fr', 'journal.correct') }).click();
  await expect(visit.getByText(t('fr', 'journal.correctionHint'))).toBeVisible();
  await visit.getByRole('textbox', { name: t('fr', 'journal.duration') }).fill('30');
  await visit
    .getByRole('textbox', { name: t('fr', 'journal.text') })
    .fill('Visite à domicile : le chauffage est réparé depuis mardi.');
  await visit.getByRole('button', { name: t('fr', 'journal.saveCorrection') }).click();
  await expect(page.getByText(t('fr', 'journal.correctionSaved'))).toBeVisible();
  await expect(visit).toContainText('réparé depuis mardi');
  await expect(visit).toContainText(tf('fr', 'journal.minutes_other', { count: 30 }));
  await expect(visit.getByText(t('fr', 'journal.corrected'), { exact: true })).toBeVisible();
  // A worker sees that it was corrected, not what it said before.
  await expect(visit.getByRole('button', { name: t('fr', 'journal.showEarlier') })).toHaveCount(0);

  // The timeline tells both, without the text.
  const timeline = page.getByRole('region', { name: t('fr', 'timeline.title') });
  await expect(
    timeline.getByText(tf('fr', 'timeline.journalWritten', { kind: t('fr', 'journal.kinds.home_visit') })),
  ).toBeVisible();
  await expect(timeline.getByText(/Note du journal corrigée/)).toBeVisible();

  // Search ignores accents and case.
  await journal.getByRole('searchbox', { name: t('fr', 'journal.search') }).fill('REPARE');
  await expect(entries).toHaveCount(1);
  await expect(entries.first()).toContainText('depuis mardi');
  await journal.getByRole('searchbox', { name: t('fr', 'journal.search') }).fill('piscine');
  await expect(journal.getByText(t('fr', 'journal.noMatch'))).toBeVisible();

  // The team lead opens the earlier text.
  const leadContext = await browser.newContext();
  const lead = await leadContext.newPage();
  await logIn(lead, 'lead@namur.demo');
  await lead.goto(`/persons/${id}`);
  const leadJournal = lead.getByRole('region', { name: t('fr', 'journal.title') });
  const corrected = leadJournal.getByRole('listitem').filter({ hasText: 'depuis mardi' });
  await corrected.getByRole('button', { name: t('fr', 'journal.showEarlier') }).click();
  await expect(corrected.getByText('Réunion prévue avec le propriétaire.')).toBeVisible();
  // Only the author corrects.
  await expect(corrected.getByRole('button', { name: t('fr', 'journal.correct') })).toHaveCount(0);
  await lead.mouse.move(1200, 780);
  await expectAccessible(lead);
  await leadContext.close();
});

test('the journal on a phone: writing an entry fits the screen', async ({ browser }) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await logIn(page, 'worker@namur.demo');
  const id = await registerPerson(page, 'Mobile');
  await page.goto(`/persons/${id}`);
  await page.getByRole('button', { name: t('fr', 'journal.new') }).click();
  const text = page.getByRole('textbox', { name: t('fr', 'journal.text') });
  await text.fill('Visite à domicile.');
  // The calendar speaks the interface language and starts on Monday.
  await page.getByRole('button', { name: t('fr', 'dates.openCalendar') }).click();
  // The calendar's month heading (the file's timeline may also show a day of November 2026).
  await expect(page.getByRole('button', { name: 'novembre 2026', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '18 novembre 2026' }).click();
  await expect(page.getByRole('textbox', { name: t('fr', 'journal.occurredOn') })).toHaveValue('18/11/2026');
  // Nothing needs sideways scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);
  await page.getByRole('button', { name: t('fr', 'journal.save') }).click();
  await expect(
    page.getByRole('region', { name: t('fr', 'journal.title') }).getByRole('listitem'),
  ).toHaveCount(1);
  await context.close();
});
