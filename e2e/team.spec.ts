/**
 * A worker leaves: the team lead hands all their files to a colleague in one action, and the
 * worker's "my people" is empty. The files are handed back at the end, so the journeys after this
 * one find the demo as it was.
 */
import { expect, test } from '@playwright/test';
import { expectAccessible, logIn, t, tf } from './support.ts';

test('a lead hands over all files of a leaving worker, whose "my people" is then empty, then one file', async ({
  page,
  browser,
}) => {
  await logIn(page, 'lead@namur.demo');
  const nav = page.getByRole('navigation', { name: t('fr', 'nav.label') });
  await nav.getByRole('link', { name: t('fr', 'nav.workers') }).click();
  // The pointer leaves the link it clicked: axe judges the page, not a hover colour.
  await page.mouse.move(640, 700);
  await expect(page.getByRole('heading', { level: 1, name: t('fr', 'workers.title') })).toBeVisible();

  const team = page.getByRole('table', { name: t('fr', 'workers.caption') });
  const workerRow = team.getByRole('row').filter({ hasText: 'Camille Dubois' });
  const leadRow = team.getByRole('row').filter({ hasText: 'Martine Lejeune' });
  const files = Number(await workerRow.getByRole('cell').nth(1).textContent());
  expect(files).toBeGreaterThan(0);
  await expect(leadRow.getByRole('cell').nth(1)).toHaveText('0');
  await expectAccessible(page);

  const workers = await (await page.request.get('/api/v1/workers')).json();
  const id = (name: string) => workers.items.find((w: { displayName: string }) => w.displayName === name).id;
  await page.getByRole('combobox', { name: t('fr', 'workers.from') }).selectOption(id('Camille Dubois'));
  await page.getByRole('combobox', { name: t('fr', 'workers.to') }).selectOption(id('Martine Lejeune'));
  await page.getByRole('button', { name: t('fr', 'workers.handOver') }).click();
  await expect(
    page.getByText(
      tf('fr', 'workers.handedOver_other', { count: files, from: 'Camille Dubois', to: 'Martine Lejeune' }),
    ),
  ).toBeVisible();
  await expect(workerRow.getByRole('cell').nth(1)).toHaveText('0');
  await expect(leadRow.getByRole('cell').nth(1)).toHaveText(String(files));

  // The worker, in a session of their own, opens on their people: nobody any more.
  const workerContext = await browser.newContext();
  const workerPage = await workerContext.newPage();
  await logIn(workerPage, 'worker@namur.demo');
  await workerPage
    .getByRole('navigation')
    .getByRole('link', { name: t('fr', 'nav.persons') })
    .click();
  await expect(workerPage.getByRole('radio', { name: t('fr', 'persons.scopeMine') })).toBeChecked();
  await expect(workerPage.getByText(t('fr', 'persons.emptyMine'))).toBeVisible();
  // The whole centre is one click away, each file saying who follows it.
  await workerPage.getByText(t('fr', 'persons.scopeCentre'), { exact: true }).click();
  await expect(workerPage.getByRole('cell', { name: 'Martine Lejeune' }).first()).toBeVisible();
  await expectAccessible(workerPage);
  await workerContext.close();

  // Handed back as the demo had them.
  const back = await page.request.post('/api/v1/persons/reassign', {
    data: { fromUserId: id('Martine Lejeune'), toUserId: id('Camille Dubois') },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(await back.json()).toEqual({ reassigned: files });

  // One file, from the person's page: the identity says who follows now, the history says it changed.
  await page.goto('/persons');
  // A file of Camille's: handed over and back above, so its history already holds two entries.
  await page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: 'Camille Dubois' }) })
    .first()
    .getByRole('link')
    .click();
  await page
    .getByRole('combobox', { name: t('fr', 'workers.giveFileTo') })
    .selectOption(id('Martine Lejeune'));
  await page.getByRole('button', { name: t('fr', 'workers.handOver') }).click();
  const identity = page.getByRole('region', { name: t('fr', 'person.identity') });
  await expect(identity.getByText('Martine Lejeune', { exact: true })).toBeVisible();
  // Handed over, handed back with all the others, and now this once: three entries.
  await expect(page.getByText(t('fr', 'timeline.reassigned'))).toHaveCount(3);
  await page.mouse.move(640, 10);
  await expectAccessible(page);
  const personId = new URL(page.url()).pathname.split('/').at(-1) as string;
  const undo = await page.request.post('/api/v1/persons/reassign', {
    data: { personIds: [personId], toUserId: id('Camille Dubois') },
    headers: { origin: new URL(page.url()).origin },
  });
  expect(await undo.json()).toEqual({ reassigned: 1 });
});
