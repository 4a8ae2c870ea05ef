/** A centre administrator loads the centre's own progress instrument (DOMAIN.md §2: instruments are data). */
import { expect, test } from '@playwright/test';
import { expectAccessible, logIn, t, tf } from './support.ts';

const text = (fr: string, nl: string, de: string, en: string) => ({ fr, nl, de, en });
const level = (value: number, name: string) => ({
  value,
  name: text(name, name, name, name),
  descriptor: text(`Niveau ${value}`, `Niveau ${value}`, `Stufe ${value}`, `Level ${value}`),
});
const DEFINITION = {
  key: 'budget-skills',
  name: text('Gestion du budget', 'Budgetbeheer', 'Budgetverwaltung', 'Budget skills'),
  scale: { min: 1, max: 3, levels: [level(1, 'A'), level(2, 'B'), level(3, 'C')] },
  domains: [{ key: 'planning', name: text('Planifier', 'Plannen', 'Planen', 'Planning') }],
};

test('administrator loads an instrument: every problem listed, a version, no change, a new version shown per point', async ({
  page,
}) => {
  await logIn(page, 'admin@namur.demo');
  await page.goto('/instruments');
  await expect(
    page.getByRole('navigation').getByRole('link', { name: t('fr', 'nav.instruments') }),
  ).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { level: 1, name: t('fr', 'instruments.title') })).toBeVisible();
  const rows = page.getByRole('table', { name: t('fr', 'instruments.caption') }).getByRole('row');
  await expect(rows.filter({ hasText: 'participation-ladder' })).toContainText(
    t('fr', 'instruments.builtIn'),
  );
  await expectAccessible(page);

  const json = page.getByRole('textbox', { name: t('fr', 'instruments.json') });
  const submit = page.getByRole('button', { name: t('fr', 'instruments.submit') });
  await json.fill('{ "key": ');
  await submit.click();
  await expect(page.getByText(t('fr', 'instruments.invalidJson'))).toBeVisible();

  // The server lists every problem, each with its place in the definition.
  await json.fill(JSON.stringify({ ...DEFINITION, key: 'Budget', name: { fr: 'Budget' } }, null, 2));
  await submit.click();
  const refusal = page.getByRole('alert');
  await expect(refusal.getByRole('listitem').filter({ hasText: /^key\b/ })).toContainText(
    t('fr', 'validation.invalidKey'),
  );
  await expect(refusal.getByRole('listitem').filter({ hasText: /^name\.nl\b/ })).toBeVisible();
  await expectAccessible(page);

  await json.fill(JSON.stringify(DEFINITION, null, 2));
  await submit.click();
  await expect(page.getByRole('status').filter({ hasText: 'Gestion du budget' })).toHaveText(
    tf('fr', 'instruments.created', { version: 1, name: 'Gestion du budget' }),
  );
  await expect(rows.filter({ hasText: 'budget-skills' })).toContainText(t('fr', 'instruments.own'));

  await submit.click();
  await expect(page.getByRole('status').filter({ hasText: 'Gestion du budget' })).toHaveText(
    tf('fr', 'instruments.unchanged', { version: 1, name: 'Gestion du budget' }),
  );

  // A changed scale makes version 2. A person measured with both versions shows each point with
  // its version, and no change is computed across the two scales.
  const v2 = {
    ...DEFINITION,
    scale: { min: 1, max: 4, levels: [level(1, 'A'), level(2, 'B'), level(3, 'C'), level(4, 'D')] },
  };
  await json.fill(JSON.stringify(v2, null, 2));
  await submit.click();
  await expect(page.getByRole('status').filter({ hasText: 'Gestion du budget' })).toHaveText(
    tf('fr', 'instruments.created', { version: 2, name: 'Gestion du budget' }),
  );
  const origin = new URL(page.url()).origin;
  const person = await page.request.post('/api/v1/persons', {
    headers: { origin },
    data: { firstName: 'Noémie', lastName: 'Versions', birthDate: '1990-01-01', sex: 'F', language: 'fr' },
  });
  const { id } = await person.json();
  for (const [instrumentVersion, measuredOn, workerScore] of [
    [1, '2026-03-01', 1],
    [2, '2026-09-01', 4],
  ]) {
    const measured = await page.request.post(`/api/v1/persons/${id}/measurements`, {
      headers: { origin },
      data: {
        instrumentKey: 'budget-skills',
        instrumentVersion,
        measuredOn,
        context: instrumentVersion === 1 ? 'intake' : 'evaluation',
        scores: [{ domain: 'planning', workerScore }],
      },
    });
    expect(measured.status()).toBe(201);
  }
  await page.goto(`/persons/${id}?instrument=budget-skills`);
  await expect(page.getByText(tf('fr', 'progress.versions', { versions: '1, 2' }))).toBeVisible();
  const planning = page
    .getByRole('table')
    .filter({ hasText: 'Planifier' })
    .getByRole('row', { name: /Planifier/ });
  await expect(planning).toContainText(`(${tf('fr', 'progress.versionShort', { version: 1 })})`);
  await expect(planning).toContainText(`(${tf('fr', 'progress.versionShort', { version: 2 })})`);
  await expect(planning).toContainText(t('fr', 'progress.notComparable'));
  await expectAccessible(page);
});
