/**
 * A worker corrects the file as it was lived: a measurement recorded by mistake is withdrawn with a
 * reason and leaves the progress (kept in the history, marked as withdrawn); another is corrected
 * from its own page. Each measurement has a page with both sides' scores, the level names and the
 * notes. On a desktop and on a phone; axe on each screen.
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
/** A level as the tables show it: the score, then its name. */
const score = (value: number) => `${value} ${levelName(value)}`;
const PARTICIPATION = LADDER.domains[0]?.name.fr ?? '';
const MATRIX_DOMAINS = [
  'income',
  'debts',
  'housing',
  'physicalHealth',
  'mentalHealth',
  'family',
  'socialNetwork',
  'education',
  'workExperience',
  'language',
  'mobility',
  'administration',
  'justice',
];
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const SHOTS = process.env.E2E_SHOTS;

async function setLocale(page: Page, locale: Locale) {
  const origin = new URL(page.url()).origin;
  const answer = await page.request.patch('/api/v1/me', { data: { locale }, headers: { Origin: origin } });
  expect(answer.ok()).toBe(true);
}

async function post(page: Page, url: string, data: object): Promise<{ id: string }> {
  const response = await page.request.post(url, { data, headers: { Origin: new URL(page.url()).origin } });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

const ladder = (
  measuredOn: string,
  context: string,
  workerScore: number,
  personScore: number,
  note?: string,
) => ({
  instrumentKey: 'participation-ladder',
  measuredOn,
  context,
  scores: [{ domain: 'participation', workerScore, personScore, ...(note ? { note } : {}) }],
});

/** Axe, and a picture for the reviewer when E2E_SHOTS names a folder, at both sizes. */
async function checkBothSizes(page: Page, name: string) {
  for (const [size, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    // No chart tooltip left open by the pointer of a previous step.
    await page.mouse.move(0, 0);
    await page.setViewportSize(viewport);
    // Nothing wider than the screen on a phone (tables scroll inside their own region), once the
    // charts have followed the new width.
    await expect
      .poll(() => page.evaluate(() => document.documentElement.scrollWidth))
      .toBeLessThanOrEqual(viewport.width);
    await expectAccessible(page);
    if (SHOTS) {
      await page.screenshot({ path: `${SHOTS}/${name}-${size}.png`, fullPage: true });
      const charts = page.locator('section[aria-labelledby="progress-heading"]');
      if (await charts.count()) await charts.screenshot({ path: `${SHOTS}/${name}-${size}-progress.png` });
    }
  }
  await page.setViewportSize(DESKTOP);
}

test('worker withdraws a mistaken measurement, corrects another, and the progress follows', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await logIn(page, 'worker@namur.demo');
  await setLocale(page, 'fr');
  const person = await post(page, '/api/v1/persons', {
    firstName: 'Elif',
    lastName: 'Van Acker',
    birthDate: '1990-09-09',
    sex: 'F',
    language: 'fr',
  });
  const base = `/api/v1/persons/${person.id}/measurements`;
  await post(page, base, ladder('2026-01-12', 'intake', 1, 2));
  const middle = await post(page, base, ladder('2026-05-11', 'evaluation', 3, 3, 'Bénévolat deux matinées'));
  // Recorded in this file by mistake: a colleague's person had found a job.
  const mistake = await post(page, base, ladder('2026-09-14', 'evaluation', 6, 2));

  await page.goto(`/persons/${person.id}?instrument=participation-ladder`);
  const progress = page.getByRole('table', { name: new RegExp(LADDER.name.fr) });
  const row = progress.getByRole('row', { name: new RegExp(PARTICIPATION) });
  await expect(row.getByRole('cell').nth(1)).toContainText(score(6));
  await expect(row.getByRole('cell').nth(2)).toHaveText('+5');
  // The note given with a point shows beside it.
  await expect(
    page.getByText(tf('fr', 'progress.noteLabel', { note: 'Bénévolat deux matinées' })),
  ).toHaveCount(0);
  await checkBothSizes(page, 'progress-before');

  // The history links each measurement to its own page.
  const history = page.getByRole('region', { name: t('fr', 'timeline.title') }).getByRole('listitem');
  await history
    .filter({ hasText: '14 septembre 2026' })
    .getByRole('link', {
      name: tf('fr', 'timeline.measurement', {
        instrument: LADDER.name.fr,
        moment: t('fr', 'measurement.contexts.evaluation'),
      }),
    })
    .click();
  await expect(page).toHaveURL(new RegExp(`/persons/${person.id}/measurements/${mistake.id}$`));
  const title = tf('fr', 'measurement.pageTitle', { instrument: LADDER.name.fr, date: '14 septembre 2026' });
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const scores = page.getByRole('table', { name: t('fr', 'measurement.scoresCaption') });
  const scoreRow = scores.getByRole('row', { name: new RegExp(PARTICIPATION) });
  await expect(scoreRow.getByRole('cell').nth(0)).toHaveText(score(6));
  await expect(scoreRow.getByRole('cell').nth(1)).toHaveText(score(2));
  await expect(
    page.getByText(tf('fr', 'measurement.recordedBy', { name: 'Camille Dubois', time: '' }).trim()),
  ).toBeVisible();
  await checkBothSizes(page, 'measurement');

  // Withdrawing asks for a reason first.
  await page.getByRole('button', { name: t('fr', 'measurement.withdraw') }).click();
  const dialog = page.getByRole('dialog', { name: t('fr', 'measurement.withdrawTitle') });
  await expect(dialog).toContainText(t('fr', 'measurement.withdrawExplanation'));
  await dialog.getByRole('button', { name: t('fr', 'withdrawal.confirm') }).click();
  await expect(dialog.getByText(t('fr', 'validation.required'))).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: t('fr', 'withdrawal.reason') })).toBeFocused();
  await expectAccessible(page);
  await dialog
    .getByRole('textbox', { name: t('fr', 'withdrawal.reason') })
    .fill('Encodé dans le mauvais dossier');
  await dialog.getByRole('button', { name: t('fr', 'withdrawal.confirm') }).click();

  // Back on the file: the progress no longer counts the mistaken measurement.
  await expect(page).toHaveURL(new RegExp(`/persons/${person.id}\\?instrument=participation-ladder$`));
  await expect(page.getByRole('status')).toContainText(t('fr', 'measurement.withdrawn'));
  await expect(row.getByRole('cell').nth(1)).toContainText(score(3));
  await expect(row.getByRole('cell').nth(2)).toHaveText('+2');
  await expect(page.getByText(tf('fr', 'progress.overallValue_other', { value: '+2' }))).toBeVisible();
  await expect(page.locator('.recharts-line-dots').first().locator('.recharts-dot')).toHaveCount(2);
  await expect(progress).not.toContainText(score(6));
  // The note of the measurement now latest shows beside it.
  await expect(row.getByRole('cell').nth(1)).toContainText(
    tf('fr', 'progress.noteLabel', { note: 'Bénévolat deux matinées' }),
  );
  // The history keeps it, marked as withdrawn; the reason stays on the measurement's page.
  await expect(history.nth(0)).toContainText(
    tf('fr', 'timeline.measurementWithdrawn', { instrument: LADDER.name.fr }),
  );
  const recorded = history.filter({ hasText: '14 septembre 2026' });
  await expect(recorded).toContainText(t('fr', 'timeline.withdrawnBadge'));
  await checkBothSizes(page, 'progress-after');

  await recorded.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(
    page.getByText(tf('fr', 'withdrawal.reasonWas', { reason: 'Encodé dans le mauvais dossier' })),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: t('fr', 'measurement.withdraw') })).toHaveCount(0);
  await expect(page.getByRole('link', { name: t('fr', 'measurement.correct') })).toHaveCount(0);
  await expectAccessible(page);

  // The measurement now latest is corrected from its own page, reached from the progress table.
  await page.goto(`/persons/${person.id}?instrument=participation-ladder`);
  await row.getByRole('cell').nth(1).getByRole('link', { name: '11/05/2026' }).click();
  await expect(page).toHaveURL(new RegExp(`/measurements/${middle.id}$`));
  await page.getByRole('link', { name: t('fr', 'measurement.correct') }).click();
  await expect(page.getByRole('radio', { name: `3 · ${levelName(3)}` })).toBeChecked();
  await expect(page.getByRole('combobox', { name: t('fr', 'measurement.instrument') })).toBeDisabled();
  await page.getByRole('radio', { name: `4 · ${levelName(4)}` }).check();
  await expectAccessible(page);
  await page.getByRole('button', { name: t('fr', 'measurement.saveCorrection') }).click();
  await expect(page.getByRole('status')).toContainText(t('fr', 'measurement.correctionSaved'));
  await expect(scoreRow.getByRole('cell').nth(0)).toHaveText(score(4));
  await expect(page.getByText(t('fr', 'measurement.versionLabel'), { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Elif Van Acker' }).click();
  await expect(row.getByRole('cell').nth(2)).toHaveText('+3');
  await expect(history.nth(0)).toContainText(
    tf('fr', 'timeline.measurementCorrected', { fields: t('fr', 'measurement.scores') }),
  );

  // The self-reliance matrix: the radar of thirteen domains fits a phone, its names in full.
  const matrix = (
    measuredOn: string,
    context: string,
    worker: (i: number) => number,
    person: (i: number) => number | null,
  ) => ({
    instrumentKey: 'self-reliance-matrix',
    measuredOn,
    context,
    scores: MATRIX_DOMAINS.map((domain, i) => ({ domain, workerScore: worker(i), personScore: person(i) })),
  });
  await post(
    page,
    base,
    matrix(
      '2026-01-12',
      'intake',
      (i) => 1 + (i % 3),
      (i) => 2 + (i % 2),
    ),
  );
  await post(
    page,
    base,
    matrix(
      '2026-06-15',
      'evaluation',
      (i) => 2 + (i % 4),
      (i) => 2 + (i % 4),
    ),
  );
  await page.goto(`/persons/${person.id}?instrument=self-reliance-matrix`);
  await expect(page.locator('.recharts-polar-grid')).toBeVisible();
  await checkBothSizes(page, 'matrix');

  // The next journeys expect this worker in French.
  await setLocale(page, 'fr');
});

test('worker withdraws a mistaken assessment; a new one starts from the latest in force', async ({
  page,
}) => {
  await page.setViewportSize(DESKTOP);
  await logIn(page, 'worker@namur.demo');
  await setLocale(page, 'fr');
  const person = await post(page, '/api/v1/persons', {
    firstName: 'Jonas',
    lastName: 'Ferreira',
    birthDate: '1987-04-04',
    sex: 'M',
    language: 'fr',
  });
  const base = `/api/v1/persons/${person.id}/assessments`;
  await post(page, base, {
    assessedOn: '2026-03-02',
    domains: [{ domain: 'housing', situation: 'Hébergé chez sa sœur' }],
    needs: 'Un logement',
  });
  await post(page, base, { assessedOn: '2026-06-01', domains: [], needs: 'Dossier d’une autre personne' });

  await page.goto(`/persons/${person.id}`);
  const section = page.getByRole('region', { name: t('fr', 'assessment.title') });
  await expect(
    section.getByRole('heading', { name: tf('fr', 'assessment.of', { date: '1 juin 2026' }) }),
  ).toBeVisible();
  await section
    .getByRole('button', {
      name: `${t('fr', 'assessment.withdraw')} ${tf('fr', 'assessment.of', { date: '1 juin 2026' })}`,
    })
    .click();
  const dialog = page.getByRole('dialog', {
    name: tf('fr', 'assessment.withdrawTitle', { date: '1 juin 2026' }),
  });
  await dialog
    .getByRole('textbox', { name: t('fr', 'withdrawal.reason') })
    .fill('Encodé dans le mauvais dossier');
  await expectAccessible(page);
  await dialog.getByRole('button', { name: t('fr', 'withdrawal.confirm') }).click();
  await expect(page.getByRole('status')).toContainText(t('fr', 'assessment.withdrawn'));
  await expect(
    section.getByRole('heading', { name: tf('fr', 'assessment.of', { date: '2 mars 2026' }) }),
  ).toBeVisible();
  await expect(page.getByText('Dossier d’une autre personne')).toHaveCount(0);
  const history = page.getByRole('region', { name: t('fr', 'timeline.title') }).getByRole('listitem');
  await expect(history.nth(0)).toContainText(t('fr', 'timeline.assessmentWithdrawn'));

  // The new assessment starts from the one in force, dated today, and says so.
  await page.getByRole('link', { name: t('fr', 'person.newAssessment') }).click();
  await expect(page.getByText(tf('fr', 'assessment.copiedFrom', { date: '2 mars 2026' }))).toBeVisible();
  await expect(page.getByLabel(t('fr', 'assessment.assessedOn'))).toHaveValue(formatDayMonthYear(E2E_TODAY));
  await expect(page.getByRole('textbox', { name: t('fr', 'assessment.needs') })).toHaveValue('Un logement');
  await expect(
    page
      .getByRole('region', { name: t('fr', 'lifeDomains.housing') })
      .getByRole('textbox', { name: t('fr', 'assessment.situation') }),
  ).toHaveValue('Hébergé chez sa sœur');
  await expectAccessible(page);
  // Emptied, it is refused with the reason.
  await page.getByRole('textbox', { name: t('fr', 'assessment.needs') }).fill('');
  await page
    .getByRole('region', { name: t('fr', 'lifeDomains.housing') })
    .getByRole('textbox', { name: t('fr', 'assessment.situation') })
    .fill('');
  await page.getByRole('button', { name: t('fr', 'assessment.save') }).click();
  await expect(page.getByText(t('fr', 'validation.assessmentEmpty'))).toBeFocused();
  await page.setViewportSize(PHONE);
  await expectAccessible(page);
});
