/** The team lead reads and keeps files like a worker, but neither loads instruments nor reads the audit trail. */
import { expect, test } from '@playwright/test';
import { expectAccessible, logIn, t } from './support.ts';

test('team lead opens a demo file with its progress; instruments are read-only, the audit trail closed', async ({
  page,
}) => {
  await logIn(page, 'lead@namur.demo');
  await expect(page.getByRole('heading', { level: 1, name: t('fr', 'today.title') })).toBeVisible();
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('fr', 'nav.persons') })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: t('fr', 'persons.title') })).toBeVisible();
  const nav = page.getByRole('navigation', { name: t('fr', 'nav.label') });
  await expect(nav.getByRole('link', { name: t('fr', 'nav.persons') })).toBeVisible();
  await expect(nav.getByRole('link', { name: t('fr', 'nav.instruments') })).toHaveCount(0);

  // Most demo people have measurements: the first person with a progress table shows one.
  const rows = page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
  // The progress table's caption: "{{instrument}} : point de départ, …", matched on its fixed part.
  const captionEnd = (t('fr', 'progress.tableCaption').split('}}')[1] ?? '').trim();
  const progressTable = page.getByRole('table', { name: captionEnd });
  await expect(rows.first()).toBeVisible();
  const count = await rows.count();
  let found = false;
  for (let i = 0; i < Math.min(count, 6) && !found; i++) {
    await rows.nth(i).getByRole('cell').first().click();
    await expect(page.getByRole('heading', { level: 2, name: t('fr', 'progress.title') })).toBeVisible();
    // Wait for the progress section to settle on either the table or its empty state.
    await expect(progressTable.or(page.getByText(t('fr', 'progress.none')))).toBeVisible();
    found = (await progressTable.count()) > 0;
    // A person without measurements shows the empty state instead: try the next one.
    if (!found) await page.goBack();
  }
  expect(found).toBe(true);
  await expectAccessible(page);

  // Instruments can be read by address, without the upload form; the API refuses the upload.
  await page.goto('/instruments');
  await expect(page.getByRole('heading', { level: 1, name: t('fr', 'instruments.title') })).toBeVisible();
  await expect(page.getByText(t('fr', 'instruments.readOnly'))).toBeVisible();
  await expect(page.getByRole('button', { name: t('fr', 'instruments.submit') })).toHaveCount(0);
  const upload = await page.request.post('/api/v1/instruments', {
    data: {},
    headers: { origin: new URL(page.url()).origin },
  });
  expect(upload.status()).toBe(403);
  expect((await page.request.get('/api/v1/audit')).status()).toBe(403);
});
