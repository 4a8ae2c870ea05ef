/**
 * A social worker keeps a person's file: the social assessment (with a draft that survives a
 * reload), two measurements on the participation ladder, the progress they show, the timeline,
 * and the same page in Dutch and German with nothing left untranslated.
 */
import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { formatDayMonthYear } from '../src/domain/typed-dates.ts';
import { E2E_TODAY } from './constants.ts';
import { expectAccessible, type Locale, logIn, t, tf } from './support.ts';

interface Ladder {
  name: Record<Locale, string>;
  domains: { name: Record<Locale, string> }[];
  scale: { levels: { value: number; name: Record<Locale, string> }[] };
}
const LADDER = JSON.parse(
  readFileSync(new URL('../src/domain/instruments/participation-ladder.json', import.meta.url), 'utf8'),
) as Ladder;
const levelName = (value: number) => LADDER.scale.levels[value - 1]?.name.fr ?? '';
/** A level as the radio buttons name it. */
const rung = (value: number) => `${value} · ${levelName(value)}`;
/** A level as the progress table shows it: the score, then its name. */
const score = (value: number) => `${value} ${levelName(value)}`;
const PARTICIPATION = (locale: Locale) => LADDER.domains[0]?.name[locale] ?? '';

const FIRST_NAME = 'Noor';
const LAST_NAME = 'Van Damme-Essers';
const NAME = `${FIRST_NAME} ${LAST_NAME}`;

async function setLocale(page: Page, locale: Locale) {
  const origin = new URL(page.url()).origin;
  const answer = await page.request.patch('/api/v1/me', { data: { locale }, headers: { Origin: origin } });
  expect(answer.ok()).toBe(true);
}

const timelineOf = (page: Page, locale: Locale) =>
  page.getByRole('region', { name: t(locale, 'timeline.title') }).getByRole('listitem');

async function missingKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __missingI18nKeys: string[] }).__missingI18nKeys);
}

test('worker records an assessment and two measurements and reads the progress', async ({ page }) => {
  // Another journey may have left this worker in Dutch: this one works in French.
  await logIn(page, 'worker@namur.demo');
  await setLocale(page, 'fr');
  const created = await page.request.post('/api/v1/persons', {
    data: { firstName: FIRST_NAME, lastName: LAST_NAME, birthDate: '1988-06-02', sex: 'F', language: 'fr' },
    headers: { Origin: new URL(page.url()).origin },
  });
  expect(created.status()).toBe(201);
  const personId = ((await created.json()) as { id: string }).id;

  await page.goto(`/persons/${personId}`);
  await expect(page.getByRole('heading', { level: 1, name: NAME, exact: true })).toBeVisible();
  await expect(page.getByText(t('fr', 'assessment.none'))).toBeVisible();
  await expect(page.getByText(t('fr', 'progress.none'))).toBeVisible();

  // The assessment form opens on the server's today (pinned for the journeys), every domain closed.
  await page.getByRole('link', { name: t('fr', 'person.newAssessment') }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: tf('fr', 'assessment.newTitle', { name: NAME }) }),
  ).toBeVisible();
  await expect(page.getByLabel(t('fr', 'assessment.assessedOn'))).toHaveValue(formatDayMonthYear(E2E_TODAY));
  const housing = page.getByRole('region', { name: t('fr', 'lifeDomains.housing') });
  await expect(housing).toBeHidden();
  await page.getByRole('button', { name: t('fr', 'lifeDomains.housing') }).click();
  const housingSituation = housing.getByRole('textbox', { name: t('fr', 'assessment.situation') });
  await housingSituation.fill('Loge chez une amie depuis septembre.');
  await expectAccessible(page);

  // What was typed survives a reload, with a notice.
  await expect
    .poll(() =>
      page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('passerelle.draft.'))),
    )
    .toHaveLength(1);
  await page.reload();
  await expect(
    page.getByRole('status').filter({ hasText: t('fr', 'assessment.draftDiscard') }),
  ).toBeVisible();
  await expect(housingSituation).toHaveValue('Loge chez une amie depuis septembre.');

  await page.getByRole('button', { name: t('fr', 'lifeDomains.debts') }).click();
  await page
    .getByRole('region', { name: t('fr', 'lifeDomains.debts') })
    .getByRole('textbox', { name: t('fr', 'assessment.obstacles') })
    .fill('Trois créanciers, pas de plan de paiement.');
  await page
    .getByRole('textbox', { name: t('fr', 'assessment.aspirations') })
    .fill('Travailler dans la vente.');
  // A future date (by the server's today) is refused in French, next to the field.
  const assessedOn = page.getByLabel(t('fr', 'assessment.assessedOn'));
  await assessedOn.fill('01/12/2026');
  await page.getByRole('button', { name: t('fr', 'assessment.save') }).click();
  await expect(page.getByText(t('fr', 'validation.dateInFuture'))).toBeVisible();
  await expect(assessedOn).toBeFocused();
  await assessedOn.fill('18/05/2026');
  await page.getByRole('button', { name: t('fr', 'assessment.save') }).click();

  await expect(page.getByRole('heading', { level: 1, name: NAME, exact: true })).toBeVisible();
  await expect(page.getByRole('status')).toContainText(t('fr', 'assessment.created'));
  const findings = page.getByRole('table', { name: t('fr', 'assessment.domainsCaption') });
  await expect(findings.getByRole('row', { name: new RegExp(t('fr', 'lifeDomains.housing')) })).toContainText(
    'Loge chez une amie depuis septembre.',
  );
  await expect(findings.getByRole('row', { name: new RegExp(t('fr', 'lifeDomains.debts')) })).toContainText(
    'Trois créanciers',
  );
  await expect(page.getByText('Travailler dans la vente.')).toBeVisible();
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('passerelle.draft.'))),
  ).toEqual([]);

  // Intake on the participation ladder: the person sees themselves two rungs higher.
  await page.getByRole('link', { name: t('fr', 'person.recordMeasurement') }).click();
  await expect(page.getByRole('combobox', { name: t('fr', 'measurement.instrument') })).toHaveValue(
    'participation-ladder',
  );
  await expect(page.getByRole('combobox', { name: t('fr', 'measurement.context') })).toHaveValue('intake');
  await page.getByLabel(t('fr', 'measurement.measuredOn')).fill('20/05/2026');
  await page.getByRole('radio', { name: rung(2) }).check();
  await page.getByRole('combobox', { name: t('fr', 'measurement.personScore') }).selectOption('4');
  await expectAccessible(page);
  await page.getByRole('button', { name: t('fr', 'measurement.save') }).click();

  await expect(page).toHaveURL(/instrument=participation-ladder/);
  await expect(page.getByRole('status')).toContainText(t('fr', 'measurement.created'));
  const progress = page.getByRole('table', { name: new RegExp(LADDER.name.fr) });
  const row = progress.getByRole('row', { name: new RegExp(PARTICIPATION('fr')) });
  await expect(row.getByRole('cell').nth(0)).toContainText(score(2));
  await expect(row.getByRole('cell').nth(2)).toContainText(t('fr', 'progress.notComparable'));
  await expect(
    page.getByRole('listitem').filter({ hasText: `${PARTICIPATION('fr')} : assistant social 2` }),
  ).toContainText('la personne 4');

  // Six months later: two rungs up; the person sees one more, which is no disagreement.
  await page.getByRole('link', { name: t('fr', 'person.recordMeasurement') }).click();
  await expect(page.getByRole('combobox', { name: t('fr', 'measurement.context') })).toHaveValue(
    'evaluation',
  );
  await page.getByLabel(t('fr', 'measurement.measuredOn')).fill('02/11/2026');
  await page.getByRole('radio', { name: rung(4) }).check();
  await page.getByRole('combobox', { name: t('fr', 'measurement.personScore') }).selectOption('5');
  await page.getByRole('button', { name: t('fr', 'measurement.save') }).click();

  await expect(page.getByRole('status')).toContainText(t('fr', 'measurement.created'));
  await expect(row.getByRole('cell').nth(0)).toContainText(score(2));
  await expect(row.getByRole('cell').nth(1)).toContainText(score(4));
  await expect(row.getByRole('cell').nth(2)).toHaveText('+2');
  await expect(row.getByRole('cell').nth(3)).toContainText(`${score(5)} (+1)`);
  await expect(page.getByText(t('fr', 'progress.noDisagreement'))).toBeVisible();
  await expect(page.getByText(tf('fr', 'progress.overallValue_other', { value: '+2' }))).toBeVisible();
  // The chart draws both measurements of the worker's line.
  await expect(page.locator('.recharts-line-dots').first().locator('.recharts-dot')).toHaveCount(2);

  const timeline = timelineOf(page, 'fr');
  await expect(timeline).toHaveCount(4);
  await expect(timeline.nth(0)).toContainText(t('fr', 'timeline.registered'));
  await expect(timeline.nth(1)).toContainText('2 novembre 2026');
  await expect(timeline.nth(1)).toContainText(
    tf('fr', 'timeline.measurement', {
      instrument: LADDER.name.fr,
      moment: t('fr', 'measurement.contexts.evaluation'),
    }),
  );
  await expect(timeline.nth(3)).toContainText('18 mai 2026');
  await expectAccessible(page);

  // The same page in Dutch, then German: every text from the catalogues, none missing.
  await page.getByRole('combobox', { name: t('fr', 'nav.language'), exact: true }).selectOption('nl');
  await expect(page.getByRole('heading', { level: 2, name: t('nl', 'assessment.title') })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: t('nl', 'progress.title') })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: t('nl', 'progress.baseline') })).toBeVisible();
  await expect(page.getByText(tf('nl', 'progress.overallValue_other', { value: '+2' }))).toBeVisible();
  await expect(timelineOf(page, 'nl').nth(1)).toContainText('2 november 2026');
  expect(await missingKeys(page)).toEqual([]);

  await page.getByRole('combobox', { name: t('nl', 'nav.language'), exact: true }).selectOption('de');
  await expect(page.getByRole('heading', { level: 2, name: t('de', 'assessment.title') })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: t('de', 'timeline.title') })).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: new RegExp(LADDER.name.de) })
      .getByRole('row', { name: new RegExp(PARTICIPATION('de')) }),
  ).toContainText('+2');
  await expect(page.getByRole('link', { name: t('de', 'person.edit'), exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: t('de', 'person.recordMeasurement') })).toBeVisible();
  await expect(timelineOf(page, 'de').nth(1)).toContainText('2. November 2026');
  await expect(page.getByText(t('fr', 'assessment.title'), { exact: true })).toHaveCount(0);
  expect(await missingKeys(page)).toEqual([]);

  // The next journeys expect this worker in French again.
  await setLocale(page, 'fr');
});
