/**
 * A plan as a worker lives it: a PIIS for a person under 25, explained with a reflection period,
 * a signature refused until the period has run, then signed on screen; an amendment that changes
 * an objective, with both versions and the change listed. On a desktop and on a phone; axe on the
 * editor and the plan page. The server's today is 2026-11-23 (e2e/constants.ts).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { pdfText } from '../test/pdf-text.ts';
import { expectAccessible, logIn, t, tf } from './support.ts';

const SHOTS = process.env.PLANS_SHOTS ?? '/tmp/plans-shots';
mkdirSync(SHOTS, { recursive: true });

/** A 1×1 PNG: enough for a signature sent through the API. */
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

async function desktop(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await logIn(page, 'worker@namur.demo');
  return page;
}

const headers = (page: Page) => ({ origin: new URL(page.url()).origin });

/** A person under 25 with a social assessment of one domain, through the API. */
async function registerYoungPerson(page: Page, lastName: string): Promise<string> {
  const person = await page.request.post('/api/v1/persons', {
    data: { firstName: 'Inès', lastName, birthDate: '2004-05-10', sex: 'F', language: 'fr' },
    headers: headers(page),
  });
  expect(person.status()).toBe(201);
  const id = (await person.json()).id as string;
  const assessment = await page.request.post(`/api/v1/persons/${id}/assessments`, {
    data: {
      assessedOn: '2026-11-09',
      domains: [{ domain: 'housing', situation: 'Loge chez une amie, cherche un studio.' }],
    },
    headers: headers(page),
  });
  expect(assessment.status()).toBe(201);
  return id;
}

async function draw(page: Page, name: string) {
  const pad = page.getByRole('img', { name });
  await pad.scrollIntoViewIfNeeded();
  const box = await pad.boundingBox();
  if (!box) throw new Error(`no pad ${name}`);
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + 20, y);
  await page.mouse.down();
  for (let step = 1; step <= 12; step++) {
    await page.mouse.move(box.x + 20 + step * 15, y + (step % 2 === 0 ? -15 : 15));
  }
  await page.mouse.up();
}

async function noSidewaysScrolling(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    await page.evaluate(() => window.innerWidth),
  );
}

test('a worker drafts a PIIS for a person under 25, informs, is refused during reflection, then signs', async ({
  browser,
}) => {
  const page = await desktop(browser);
  const id = await registerYoungPerson(page, 'Projetante');
  await page.goto(`/persons/${id}`);
  const plans = page.getByRole('region', { name: t('fr', 'plans.title') });
  await expect(plans.getByText(t('fr', 'plans.none'))).toBeVisible();
  await plans.getByRole('link', { name: t('fr', 'plans.new') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Inès Projetante');

  // The situation: integration income (the default), decided on 2 November.
  await page.getByRole('textbox', { name: t('fr', 'plans.decisionDate') }).fill('02/11/2026');
  await page.getByRole('checkbox', { name: t('fr', 'plans.orientationNames.training') }).check();

  await page.getByRole('button', { name: t('fr', 'plans.editor.addObjective') }).click();
  await page
    .getByRole('group', { name: tf('fr', 'plans.editor.objectiveLegend', { number: 1 }) })
    .getByRole('textbox', { name: t('fr', 'plans.editor.objectiveText') })
    .fill('Obtenir un certificat d’aide-soignante');
  await page.getByRole('button', { name: t('fr', 'plans.editor.personCommitmentsAdd') }).click();
  await page
    .getByRole('group', { name: tf('fr', 'plans.editor.personCommitmentsLegend', { number: 1 }) })
    .getByRole('textbox', { name: t('fr', 'plans.editor.commitmentText') })
    .fill('Suivre les cours chaque semaine');
  await page.getByRole('button', { name: t('fr', 'plans.editor.centreCommitmentsAdd') }).click();
  await page
    .getByRole('group', { name: tf('fr', 'plans.editor.centreCommitmentsLegend', { number: 1 }) })
    .getByRole('textbox', { name: t('fr', 'plans.editor.commitmentText') })
    .fill('Payer le minerval de la formation');
  await page.getByRole('button', { name: t('fr', 'plans.editor.addAction') }).click();
  const action = page.getByRole('group', { name: tf('fr', 'plans.editor.actionLegend', { number: 1 }) });
  await action.getByRole('textbox', { name: t('fr', 'plans.actionWhat') }).fill('S’inscrire à la formation');
  await action.getByRole('textbox', { name: t('fr', 'plans.actionWho') }).fill('Inès');
  await action.getByRole('textbox', { name: t('fr', 'plans.actionDue') }).fill('15/12/2026');
  await page.getByRole('textbox', { name: t('fr', 'plans.startOn') }).fill('01/12/2026');
  await page.getByRole('textbox', { name: t('fr', 'plans.plannedEndOn') }).fill('30/11/2027');
  await page.mouse.move(1270, 790);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/editor-1280.png`, fullPage: true });

  await page.getByRole('button', { name: t('fr', 'plans.editor.create') }).click();
  await expect(page.getByText(t('fr', 'plans.created'))).toBeVisible();
  await expect(page).toHaveURL(/\/plans\/[0-9a-f-]+$/);
  // The server's answer: the law requires it, because she is under 25.
  await expect(
    page.getByText(
      tf('fr', 'plans.obligation.mandatory', { reasons: t('fr', 'plans.obligation.reasons.under25') }),
    ),
  ).toBeVisible();
  await expect(page.getByText('Obtenir un certificat d’aide-soignante')).toBeVisible();
  await expect(page.getByText('Suivre les cours chaque semaine')).toBeVisible();
  const deadlines = page.getByRole('region', { name: t('fr', 'plans.deadlines.title') });
  await expect(deadlines.getByText(t('fr', 'plans.rules.piisConclusion'))).toBeVisible();

  // The information, a week ago, with the reflection period asked.
  await page.getByRole('button', { name: t('fr', 'plans.steps.inform') }).click();
  const inform = page.locator('form').filter({ hasText: t('fr', 'plans.inform.reflectionRequested') });
  await inform.getByRole('textbox', { name: t('fr', 'plans.inform.informedOn') }).fill('16/11/2026');
  await inform.getByRole('checkbox', { name: t('fr', 'plans.inform.supportPersonExplained') }).check();
  await inform.getByRole('checkbox', { name: t('fr', 'plans.inform.reflectionRequested') }).check();
  await inform.getByRole('button', { name: t('fr', 'plans.inform.submit') }).click();
  await expect(page.getByText(t('fr', 'plans.inform.done'))).toBeVisible();
  await expect(deadlines.getByText(t('fr', 'plans.rules.piisReflection'))).toBeVisible();

  // Signing the day of the information is refused: the refusal names the first day it can be.
  await page.getByRole('button', { name: t('fr', 'plans.steps.sign') }).click();
  const sign = page.locator('form').filter({ hasText: t('fr', 'plans.sign.how') });
  await sign.getByRole('textbox', { name: t('fr', 'plans.sign.signedOn') }).fill('16/11/2026');
  await draw(page, t('fr', 'plans.sign.personPad'));
  await draw(page, t('fr', 'plans.sign.workerPad'));
  await sign.getByRole('button', { name: t('fr', 'plans.sign.submit') }).click();
  await expect(sign.getByRole('alert')).toContainText(
    tf('fr', 'plans.sign.reflectionRunning', { date: '22 novembre 2026' }),
  );
  await page.mouse.move(1270, 790);
  await expectAccessible(page);

  // Today the period has run: signed on screen, the plan is in force.
  await sign.getByRole('textbox', { name: t('fr', 'plans.sign.signedOn') }).fill('23/11/2026');
  await sign.getByRole('button', { name: t('fr', 'plans.sign.submit') }).click();
  await expect(page.getByText(t('fr', 'plans.sign.done'))).toBeVisible();
  await expect(page.getByText(t('fr', 'plans.states.active'), { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: t('fr', 'plans.steps.amend') })).toBeVisible();
  await page.mouse.move(1270, 790);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/plan-1280.png`, fullPage: true });

  // The printed plan: downloaded from the page, in the person's language, with their name and
  // the first evaluation date.
  const planId = new URL(page.url()).pathname.split('/').pop() as string;
  const planDates = await (await page.request.get(`/api/v1/trajectories/${planId}/deadlines`)).json();
  const firstEvaluation = (planDates.items as Array<{ key: string; date: string }>).find(
    (d) => d.key === 'evaluation.1',
  );
  if (!firstEvaluation) throw new Error('no evaluation planned');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page
      .getByRole('link', { name: t('fr', 'plans.steps.download') })
      .first()
      .click(),
  ]);
  const pdf = readFileSync((await download.path()) as string);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const text = pdfText(pdf);
  expect(text).toContain('Inès Projetante');
  const longDate = new Intl.DateTimeFormat('fr-BE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${firstEvaluation.date}T00:00:00Z`));
  expect(text).toContain(longDate);

  // The person's page lists it; the history tells each step.
  await page.goto(`/persons/${id}`);
  await expect(plans.getByRole('link', { name: t('fr', 'plans.forms.piis') })).toBeVisible();
  await expect(plans.getByText(t('fr', 'plans.states.active'))).toBeVisible();
  const timeline = page.getByRole('region', { name: t('fr', 'timeline.title') });
  await expect(timeline.getByText(tf('fr', 'plans.timeline.signed', { version: 1 }))).toBeVisible();
  await page.context().close();
});

/** A signed PIIS made through the API: drafted, informed without reflection, signed today. */
async function signedPlan(page: Page, personId: string, objective: string): Promise<string> {
  const created = await page.request.post('/api/v1/trajectories', {
    data: {
      personId,
      form: 'piis',
      situation: 'integrationIncome',
      decisionDate: '2026-11-02',
      orientations: ['employment'],
      objectives: [{ id: 'o1', text: objective }],
      personCommitments: [{ objectiveId: 'o1', text: 'Envoyer deux candidatures par semaine' }],
      actions: [{ id: 'a1', what: 'Atelier CV', who: 'Inès', objectiveId: 'o1' }],
    },
    headers: headers(page),
  });
  expect(created.status()).toBe(201);
  const plan = await created.json();
  const informed = await page.request.post(`/api/v1/trajectories/${plan.id}/inform`, {
    data: {
      version: plan.version,
      informedOn: '2026-11-20',
      language: 'fr',
      supportPersonExplained: true,
      reflectionRequested: false,
    },
    headers: headers(page),
  });
  expect(informed.status()).toBe(200);
  const signed = await page.request.post(`/api/v1/trajectories/${plan.id}/sign`, {
    data: {
      version: (await informed.json()).version,
      signedOn: '2026-11-23',
      person: { kind: 'screen', image: PNG },
      worker: { kind: 'screen', image: PNG },
    },
    headers: headers(page),
  });
  expect(signed.status()).toBe(200);
  return plan.id;
}

test('a worker amends a signed plan: both versions and the changed objective are listed', async ({
  browser,
}) => {
  const page = await desktop(browser);
  const personId = await registerYoungPerson(page, 'Avenant');
  const id = await signedPlan(page, personId, 'Trouver un emploi à temps partiel');
  await page.goto(`/plans/${id}`);
  await page.getByRole('button', { name: t('fr', 'plans.steps.amend') }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${id}/edit$`));
  await expect(page.getByText(t('fr', 'plans.amend.done'))).toBeVisible();
  await page
    .getByRole('group', { name: tf('fr', 'plans.editor.objectiveLegend', { number: 1 }) })
    .getByRole('textbox', { name: t('fr', 'plans.editor.objectiveText') })
    .fill('Trouver un emploi à temps plein');
  await page.getByRole('button', { name: t('fr', 'plans.editor.save') }).click();
  await expect(page.getByText(t('fr', 'plans.saved'))).toBeVisible();

  const versions = page.getByRole('region', { name: t('fr', 'plans.versions.title') });
  await expect(
    versions.getByText(tf('fr', 'plans.versions.version', { version: 1 }), { exact: true }),
  ).toBeVisible();
  await expect(
    versions.getByText(tf('fr', 'plans.versions.version', { version: 2 }), { exact: true }),
  ).toBeVisible();
  await expect(
    versions.getByText(
      tf('fr', 'plans.changes.objective.changed', {
        before: 'Trouver un emploi à temps partiel',
        after: 'Trouver un emploi à temps plein',
      }),
    ),
  ).toBeVisible();
  // The signed version stays in force while the amendment is prepared.
  await expect(
    page.getByText(tf('fr', 'plans.amendmentInProgress', { version: 2 }), { exact: false }),
  ).toBeVisible();
  await page.context().close();
});

test('a worker records an interview request and the council session on a signed plan', async ({
  browser,
}) => {
  const page = await desktop(browser);
  const personId = await registerYoungPerson(page, 'Conseil');
  const id = await signedPlan(page, personId, 'Reprendre une formation');
  await page.goto(`/plans/${id}`);

  // Asked on Friday 20 November: held within 5 working days, by Friday 27 November.
  await page.getByRole('button', { name: t('fr', 'plans.interview.open') }).click();
  await page.getByRole('textbox', { name: t('fr', 'plans.interview.requestedOn') }).fill('20/11/2026');
  await page.getByRole('button', { name: t('fr', 'plans.interview.submit') }).click();
  await expect(page.getByText(t('fr', 'plans.interview.done'))).toBeVisible();
  const deadlines = page.getByRole('region', { name: t('fr', 'plans.deadlines.title') });
  await expect(
    deadlines.getByRole('row').filter({ hasText: t('fr', 'plans.rules.interviewOnRequest') }),
  ).toContainText('27 novembre 2026');

  // The council took note of the signed version on 23 November.
  await page.getByRole('button', { name: t('fr', 'plans.recorded.councilNotedOn.open') }).click();
  await page
    .getByRole('textbox', { name: t('fr', 'plans.recorded.councilNotedOn.label') })
    .fill('23/11/2026');
  await page.getByRole('button', { name: t('fr', 'plans.recorded.submit'), exact: true }).click();
  await expect(page.getByText(t('fr', 'plans.recorded.councilNotedOn.done'))).toBeVisible();
  const content = page.getByRole('region', { name: tf('fr', 'plans.contentTitle', { version: 1 }) });
  await expect(content.getByText('23 novembre 2026', { exact: true })).toBeVisible();
  await page.mouse.move(1270, 790);
  await expectAccessible(page);
  await page.context().close();
});

test('the plan editor and the plan page on a phone: no sideways scrolling, rows stack', async ({
  browser,
}) => {
  const context = await browser.newContext({
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await logIn(page, 'worker@namur.demo');
  const personId = await registerYoungPerson(page, 'Mobile');
  await page.goto(`/persons/${personId}/plans/new`);
  await page.getByRole('checkbox', { name: t('fr', 'plans.orientationNames.communityService') }).check();
  await expect(page.getByRole('textbox', { name: t('fr', 'plans.communityServiceAgreedOn') })).toBeVisible();
  await page.getByRole('button', { name: t('fr', 'plans.editor.addObjective') }).click();
  await page.getByRole('button', { name: t('fr', 'plans.editor.addObjective') }).click();
  await page.getByRole('button', { name: t('fr', 'plans.editor.personCommitmentsAdd') }).click();
  await page.getByRole('button', { name: t('fr', 'plans.editor.addAction') }).click();
  await page.getByRole('button', { name: t('fr', 'plans.editor.addParty') }).click();
  await noSidewaysScrolling(page);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/editor-390.png`, fullPage: true });

  // The client refuses what the server would: an empty objective, community service without agreement.
  await page.getByRole('button', { name: t('fr', 'plans.editor.create') }).click();
  await expect(page.getByText(t('fr', 'validation.communityServiceAgreement'))).toBeVisible();

  const id = await signedPlan(page, personId, 'Trouver un logement stable');
  await page.goto(`/plans/${id}`);
  await expect(page.getByText('Trouver un logement stable')).toBeVisible();
  await noSidewaysScrolling(page);
  await expectAccessible(page);
  await page.screenshot({ path: `${SHOTS}/plan-390.png`, fullPage: true });
  await context.close();
});
