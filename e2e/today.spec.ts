/**
 * The worker's day as the home page: a lead reads the team's workload, opens a worker's day and
 * comes back; a worker subscribes a calendar to their dates (the feed read back with an iCalendar
 * parser). On a desk and on a phone (the menu behind its button); axe on each screen.
 */
import { expect, test } from '@playwright/test';
import ICAL from 'ical.js';
import { expectAccessible, logIn, t, tf } from './support.ts';

test('a lead reads the team’s workload and opens a worker’s day', async ({ page }) => {
  await logIn(page, 'lead@namur.demo');
  await expect(page.getByRole('heading', { level: 1, name: t('fr', 'today.title') })).toBeVisible();
  const team = page.getByRole('region', { name: t('fr', 'today.team.title') });
  const row = team.getByRole('row').filter({ hasText: 'Camille Dubois' });
  await expect(row).toBeVisible();
  await expectAccessible(page);

  // The worker's own list counts what the team table says.
  const overdue = Number(await row.getByRole('cell').nth(2).textContent());
  await row.getByRole('link', { name: 'Camille Dubois' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: tf('fr', 'today.titleOf', { name: 'Camille Dubois' }) }),
  ).toBeVisible();
  const late = page.getByRole('region', { name: new RegExp(`^${t('fr', 'today.groups.overdue')}`) });
  await expect(late.getByRole('listitem')).toHaveCount(overdue);
  await expectAccessible(page);
  await page.getByRole('link', { name: t('fr', 'today.backToMine') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('fr', 'today.title') })).toBeVisible();
});

test('on a phone, a worker finds the day, the menu, and subscribes a calendar', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await logIn(page, 'worker@namur.demo');
  await expect(page.getByRole('heading', { level: 1, name: t('fr', 'today.title') })).toBeVisible();
  // Nothing runs off the side of the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(page);

  // The navigation hides behind the menu button and closes once a page is chosen.
  const menu = page.getByRole('button', { name: t('fr', 'nav.menu') });
  await menu.click();
  await expect(
    page.getByRole('navigation').getByRole('link', { name: t('fr', 'nav.persons') }),
  ).toBeVisible();
  await expectAccessible(page);
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('fr', 'nav.today') })
    .click();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');

  // The calendar address is shown once; a calendar application reads it without any session.
  await page.getByRole('button', { name: t('fr', 'today.calendar.create') }).click();
  const address = page.getByRole('textbox', { name: t('fr', 'today.calendar.address') });
  await expect(address).toHaveValue(/\/api\/v1\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  await expectAccessible(page);
  const url = await address.inputValue();
  const feed = await (await browser.newContext()).request.get(url);
  expect(feed.status()).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  // The worker's overdue evaluation of 16 November is there, named by first name and initial.
  expect(events.map((e) => `${e.startDate.toString()} ${e.summary}`)).toContain(
    `2026-11-16 ${t('fr', 'plans.rules.evaluationScheduled')} ${t('fr', 'plans.deadlines.inPerson')} · Mehdi L.`,
  );

  // Revoked: the address answers 404.
  await page.getByRole('button', { name: t('fr', 'today.calendar.revoke') }).click();
  await expect(page.getByText(t('fr', 'today.calendar.none'))).toBeVisible();
  expect((await (await browser.newContext()).request.get(url)).status()).toBe(404);
});

test('a worker finds an overdue evaluation on the day, records it with a measurement, and it leaves the list', async ({
  browser,
}) => {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  await logIn(page, 'worker@namur.demo');
  const headers = { origin: new URL(page.url()).origin };
  // A growth plan signed on 2 March, to 4 December: its June and September evaluations never held.
  const person = await page.request.post('/api/v1/persons', {
    data: { firstName: 'Yasmina', lastName: 'Aujourdhui', birthDate: '1990-06-18', sex: 'F', language: 'fr' },
    headers,
  });
  const plan = await page.request.post('/api/v1/trajectories', {
    data: {
      personId: (await person.json()).id,
      form: 'growthPlan',
      situation: 'integrationIncome',
      orientations: ['socialIntegration'],
      objectives: [{ id: 'o1', text: 'Ouvrir un compte bancaire' }],
      reactualisedAfterShortJob: true,
      startOn: '2026-03-02',
      plannedEndOn: '2026-12-04',
    },
    headers,
  });
  const id = (await plan.json()).id as string;
  await page.request.post(`/api/v1/trajectories/${id}/inform`, {
    data: {
      version: 1,
      informedOn: '2026-03-02',
      language: 'fr',
      supportPersonExplained: true,
      reflectionRequested: false,
    },
    headers,
  });
  const signed = await page.request.post(`/api/v1/trajectories/${id}/sign`, {
    data: { version: 2, signedOn: '2026-03-02', person: null, worker: null },
    headers,
  });
  expect(signed.status()).toBe(200);

  await page.goto('/');
  const late = page.getByRole('region', { name: new RegExp(`^${t('fr', 'today.groups.overdue')}`) });
  const hers = late.getByRole('listitem').filter({ hasText: 'Yasmina Aujourdhui' });
  // Both evaluations of the year not held: 2 June and 3 September.
  await expect(hers.filter({ hasText: t('fr', 'plans.rules.evaluationScheduled') })).toHaveCount(2);
  await expect(hers.first()).toContainText('02/06/2026');
  await hers
    .first()
    .getByRole('link', { name: new RegExp(t('fr', 'plans.rules.evaluationScheduled')) })
    .click();
  await expect(page).toHaveURL(new RegExp(`/plans/${id}/evaluations/new$`));

  await page.getByRole('textbox', { name: t('fr', 'evaluations.heldOn') }).fill('20/11/2026');
  await page
    .getByRole('radiogroup', {
      name: tf('fr', 'evaluations.objectiveLabel', { number: 1, text: 'Ouvrir un compte bancaire' }),
    })
    .getByRole('radio', { name: t('fr', 'evaluations.levels.progressing') })
    .check();
  await page
    .getByRole('textbox', {
      name: tf('fr', 'personForm.optionalLabel', { label: t('fr', 'evaluations.nextOn') }),
    })
    .fill('01/12/2026');
  await page.getByRole('switch', { name: t('fr', 'evaluations.measureNow') }).check();
  await page
    .getByRole('radiogroup', { name: t('fr', 'measurement.workerScore') })
    .getByRole('radio', { name: /^3 · / })
    .check();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await page.getByRole('button', { name: t('fr', 'evaluations.save') }).click();
  await expect(page.getByText(t('fr', 'evaluations.saved'))).toBeVisible();

  // Back to the day: nothing of hers is overdue any more; the next evaluation is the date agreed.
  await page.getByRole('button', { name: t('fr', 'nav.menu') }).click();
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('fr', 'nav.today') })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: t('fr', 'today.title') })).toBeVisible();
  await expect(late.getByRole('listitem').filter({ hasText: 'Yasmina Aujourdhui' })).toHaveCount(0);
  const coming = page.getByRole('region', { name: new RegExp(`^${t('fr', 'today.groups.later')}`) });
  await expect(
    coming.getByRole('listitem').filter({ hasText: 'Yasmina Aujourdhui' }).filter({ hasText: '01/12/2026' }),
  ).toContainText(t('fr', 'plans.rules.evaluationScheduled'));
  await page.mouse.move(1, 1);
  await expectAccessible(page);
});
