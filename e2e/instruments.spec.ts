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

test('administrator loads an instrument: every problem listed, then a new version, then no change', async ({
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
});
