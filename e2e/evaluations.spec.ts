/**
 * An evaluation as a worker records it: from the plan page (the minimum of the year at risk), the
 * form at /plans/<id>/evaluations/new with a level per objective, the next date and a progress
 * measurement taken at the same time; back on the plan, the evaluation listed, the minimum on track
 * and the next evaluation on the date agreed. On a desktop and on a phone (where a reload keeps
 * what was typed); axe on the form and the plan page. The server's today is 2026-11-23.
 */
import { mkdirSync } from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectAccessible, logIn, t, tf } from './support.ts';

const SHOTS = process.env.EVALUATIONS_SHOTS ?? '/tmp/evaluations-shots';
mkdirSync(SHOTS, { recursive: true });

async function signedIn(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const phone = viewport.width < 600;
  const context = await browser.newContext({ locale: 'en-US', viewport, isMobile: phone, hasTouch: phone });
  const page = await context.newPage();
  await logIn(page, 'worker@namur.demo');
  return page;
}

const headers = (page: Page) => ({ origin: new URL(page.url()).origin });

/**
 * A growth plan of a new person with two objectives, signed on 2 March 2026 and running to
 * 4 December (no signature needed by the default policy): its evaluations of June and September
 * were never held.
 */
async function runningPlan(page: Page, lastName: string): Promise<string> {
  const person = await page.request.post('/api/v1/persons', {
    data: { firstName: 'Yasmina', lastName, birthDate: '1990-06-18', sex: 'F', language: 'fr' },
    headers: headers(page),
  });
  expect(person.status()).toBe(201);
  const plan = await page.request.post('/api/v1/trajectories', {
    data: {
      personId: (await person.json()).id,
      form: 'growthPlan',
      situation: 'integrationIncome',
      orientations: ['socialIntegration'],
      objectives: [
        { id: 'o1', text: 'Ouvrir un compte bancaire' },
        { id: 'o2', text: 'Rejoindre un groupe de parole' },
      ],
      reactualisedAfterShortJob: true,
      startOn: '2026-03-02',
      plannedEndOn: '2026-12-04',
    },
    headers: headers(page),
  });
  expect(plan.status()).toBe(201);
  const id = (await plan.json()).id as string;
  const inform = await page.request.post(`/api/v1/trajectories/${id}/inform`, {
    data: {
      version: 1,
      informedOn: '2026-03-02',
      language: 'fr',
      supportPersonExplained: true,
      reflectionRequested: false,
    },
    headers: headers(page),
  });
  expect(inform.status()).toBe(200);
  const sign = await page.request.post(`/api/v1/trajectories/${id}/sign`, {
    data: { version: 2, signedOn: '2026-03-02', person: null, worker: null },
    headers: headers(page),
  });
  expect(sign.status()).toBe(200);
  return id;
}

async function noSidewaysScrolling(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    await page.evaluate(() => window.innerWidth),
  );
}

/** Fills the evaluation form: held on 20 November, both objectives, the next date, a measurement. */
async function fillEvaluation(page: Page) {
  await page.getByRole('textbox', { name: t('fr', 'evaluations.heldOn') }).fill('20/11/2026');
  await page.getByRole('checkbox', { name: t('fr', 'evaluations.supportPerson') }).check();
  await page
    .getByRole('textbox', {
      name: tf('fr', 'personForm.optionalLabel', { label: t('fr', 'evaluations.partners') }),
    })
    .fill('Forem');
  await page
    .getByRole('radiogroup', {
      name: tf('fr', 'evaluations.objectiveLabel', { number: 1, text: 'Ouvrir un compte bancaire' }),
    })
    .getByRole('radio', { name: t('fr', 'evaluations.levels.achieved') })
    .check();
  await page
    .getByRole('radiogroup', {
      name: tf('fr', 'evaluations.objectiveLabel', { number: 2, text: 'Rejoindre un groupe de parole' }),
    })
    .getByRole('radio', { name: t('fr', 'evaluations.levels.progressing') })
    .check();
  await page
    .getByRole('textbox', {
      name: tf('fr', 'personForm.optionalLabel', { label: t('fr', 'evaluations.personDid') }),
    })
    .fill('A ouvert son compte et rencontré le groupe une fois.');
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
}

/** Records the evaluation from the plan page and checks what the plan shows afterwards. */
async function recordFromPlan(page: Page, id: string, lastName: string, phone: boolean) {
  await page.goto(`/plans/${id}`);
  const section = page.getByRole('region', { name: t('fr', 'evaluations.title') });
  await expect(section.getByText(t('fr', 'evaluations.compliance.states.atRisk'))).toBeVisible();
  await expect(section.getByText(t('fr', 'evaluations.none'))).toBeVisible();
  await section.getByRole('link', { name: t('fr', 'evaluations.record') }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${id}/evaluations/new$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    tf('fr', 'evaluations.newTitle', { name: `Yasmina ${lastName}` }),
  );

  await fillEvaluation(page);
  if (phone) {
    // A reload (a closed tab, a lost connection) keeps what was typed, on this device.
    await page.waitForTimeout(800);
    await page.reload();
    await expect(
      page.getByRole('textbox', {
        name: tf('fr', 'personForm.optionalLabel', { label: t('fr', 'evaluations.personDid') }),
      }),
    ).toHaveValue('A ouvert son compte et rencontré le groupe une fois.');
    await expect(page.getByRole('switch', { name: t('fr', 'evaluations.measureNow') })).toBeChecked();
    await noSidewaysScrolling(page);
  }
  await page.mouse.move(1, 1);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/form-${phone ? 390 : 1280}.png`, fullPage: true });
  await page.getByRole('button', { name: t('fr', 'evaluations.save') }).click();

  // Back on the plan: listed with its measurement, the minimum on track, the next on 1 December.
  await expect(page.getByText(t('fr', 'evaluations.saved'))).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/plans/${id}$`));
  await expect(section.getByRole('link', { name: '20 novembre 2026' })).toBeVisible();
  await expect(section.getByText(t('fr', 'evaluations.withMeasurement'))).toBeVisible();
  await expect(section.getByText(t('fr', 'evaluations.compliance.states.onTrack'))).toBeVisible();
  const deadlines = page.getByRole('region', { name: t('fr', 'plans.deadlines.title') });
  await expect(deadlines.getByText('1 décembre 2026')).toBeVisible();
  if (phone) await noSidewaysScrolling(page);
  await page.mouse.move(1, 1);
  await expectAccessible(page);
  await section.screenshot({ path: `${SHOTS}/plan-${phone ? 390 : 1280}.png` });

  // The evaluation's own page links to the measurement taken at it, with its context.
  await section.getByRole('link', { name: '20 novembre 2026' }).click();
  await expect(page.getByText('Forem')).toBeVisible();
  await expect(page.getByText(t('fr', 'evaluations.levels.achieved'))).toBeVisible();
  await page.getByRole('link', { name: t('fr', 'evaluations.openMeasurement') }).click();
  await expect(page.getByText(t('fr', 'measurement.contexts.evaluation'))).toBeVisible();
}

test('a worker records an evaluation with a measurement from the plan, on a desktop', async ({ browser }) => {
  const page = await signedIn(browser, { width: 1280, height: 800 });
  const id = await runningPlan(page, 'Bureau');
  await recordFromPlan(page, id, 'Bureau', false);
  await page.context().close();
});

test('a worker records an evaluation with a measurement from the plan, on a phone', async ({ browser }) => {
  const page = await signedIn(browser, { width: 390, height: 844 });
  const id = await runningPlan(page, 'Mobile');
  await recordFromPlan(page, id, 'Mobile', true);
  await page.context().close();
});
