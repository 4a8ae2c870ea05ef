/**
 * A sanction within the law, as a worker and a lead live it: the worker proposes one on an active
 * PIIS; 6 weeks for a first sanction is refused with the last day allowed on the end date field;
 * 4 weeks is saved; the lead finds it among the proposals waiting and approves it. On a desktop and
 * on a phone, axe on each screen. The server's today is 2026-11-23 (e2e/constants.ts).
 */
import { mkdirSync } from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectAccessible, logIn, t, tf } from './support.ts';

const SHOTS = process.env.SANCTIONS_SHOTS ?? '/tmp/sanctions-shots';
mkdirSync(SHOTS, { recursive: true });

/** A 1×1 PNG: enough for a signature sent through the API. */
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };

async function signedIn(browser: Browser, email: string, viewport: typeof DESKTOP): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', viewport });
  const page = await context.newPage();
  await logIn(page, email);
  return page;
}

/** A person on the integration income with an active PIIS, made through the API. */
async function activePiis(page: Page, lastName: string): Promise<string> {
  const headers = { origin: new URL(page.url()).origin };
  const post = async (url: string, data: object) => {
    const response = await page.request.post(url, { data, headers });
    expect(response.status(), await response.text()).toBeLessThan(300);
    return response.json();
  };
  const person = await post('/api/v1/persons', {
    firstName: 'Kevin',
    lastName,
    birthDate: '1992-06-03',
    sex: 'M',
    language: 'fr',
  });
  await post(`/api/v1/persons/${person.id}/assessments`, {
    assessedOn: '2026-09-01',
    domains: [{ domain: 'workExperience', situation: 'Cherche un emploi de cariste' }],
  });
  let plan = await post('/api/v1/trajectories', {
    personId: person.id,
    form: 'piis',
    situation: 'integrationIncome',
    incomeCategory: 'single',
    decisionDate: '2026-09-10',
    orientations: ['employment'],
    objectives: [{ id: 'o1', text: 'Obtenir le permis cariste' }],
    startOn: '2026-10-01',
    plannedEndOn: '2027-09-30',
  });
  plan = await post(`/api/v1/trajectories/${plan.id}/inform`, {
    version: plan.version,
    informedOn: '2026-09-20',
    language: 'fr',
    supportPersonExplained: true,
    reflectionRequested: false,
  });
  plan = await post(`/api/v1/trajectories/${plan.id}/sign`, {
    version: plan.version,
    signedOn: '2026-09-22',
    person: { kind: 'screen', image: PNG },
    worker: { kind: 'screen', image: PNG },
  });
  return plan.id as string;
}

async function noSidewaysScrolling(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    await page.evaluate(() => window.innerWidth),
  );
}

test('a worker proposes a sanction, refused at 6 weeks and saved at 4; a lead approves it', async ({
  browser,
}) => {
  const worker = await signedIn(browser, 'worker@namur.demo', DESKTOP);
  const planId = await activePiis(worker, 'Sanctionnable');
  await worker.goto(`/plans/${planId}`);
  const section = worker.getByRole('region', { name: t('fr', 'sanctions.title') });
  await expect(section.getByText(t('fr', 'sanctions.none'))).toBeVisible();
  await section.getByRole('button', { name: t('fr', 'sanctions.propose') }).click();

  // A first sanction: the form says the law allows 1 month, and from the first day, until when.
  await expect(section.getByText(t('fr', 'sanctions.allowanceFirst'), { exact: false })).toBeVisible();
  const field = (key: string) => section.getByRole('textbox', { name: t('fr', key) });
  await field('sanctions.noticeOn').fill('02/11/2026');
  await field('sanctions.workerOpinionOn').fill('09/11/2026');
  await field('sanctions.hearingOn').fill('16/11/2026');
  await section.getByRole('checkbox', { name: t('fr', 'sanctions.hearingAssisted') }).check();
  await field('sanctions.workerOpinion').fill(
    'Trois absences au centre de formation sans justification, malgré la mise en demeure.',
  );
  await field('sanctions.startOn').fill('01/12/2026');
  await expect(
    section.getByText(tf('fr', 'sanctions.lastAllowed', { date: '31/12/2026' }), { exact: false }),
  ).toBeVisible();

  // Six weeks: the server refuses, and says so on the end date, with the last day allowed.
  await field('sanctions.endOn').fill('11/01/2027');
  await section.getByRole('button', { name: t('fr', 'sanctions.proposeSubmit') }).click();
  const tooLong = tf('fr', 'validation.sanctionTooLong', { last: '31/12/2026' });
  await expect(field('sanctions.endOn')).toHaveAttribute('aria-invalid', 'true');
  await expect(field('sanctions.endOn')).toHaveAccessibleDescription(new RegExp(literally(tooLong)));
  await worker.mouse.move(1270, 790);
  await expectAccessible(worker);
  await worker.screenshot({ path: `${SHOTS}/refused-1280.png`, fullPage: true });

  // Four weeks: saved, waiting for approval.
  await field('sanctions.endOn').fill('28/12/2026');
  await section.getByRole('button', { name: t('fr', 'sanctions.proposeSubmit') }).click();
  await expect(worker.getByText(t('fr', 'sanctions.proposedDone'))).toBeVisible();
  const row = section.getByRole('row').filter({ hasText: t('fr', 'sanctions.states.proposed') });
  await expect(row).toContainText(
    tf('fr', 'sanctions.periodValue', { start: '01/12/2026', end: '28/12/2026' }),
  );
  await expect(row.getByRole('button', { name: t('fr', 'sanctions.approve') })).toHaveCount(0);
  await worker.mouse.move(1270, 790);
  await expectAccessible(worker);
  await worker.context().close();

  // The lead: the proposal waits in the list linked from the navigation.
  const lead = await signedIn(browser, 'lead@namur.demo', DESKTOP);
  await lead
    .getByRole('navigation', { name: t('fr', 'nav.label') })
    .getByRole('link', { name: t('fr', 'nav.sanctions') })
    .click();
  await expect(
    lead.getByRole('heading', { level: 1, name: t('fr', 'sanctions.waitingTitle') }),
  ).toBeVisible();
  const proposal = lead.getByRole('article', { name: 'Kevin Sanctionnable' });
  await expect(proposal).toContainText('Trois absences au centre de formation');
  await lead.mouse.move(1270, 790);
  await expectAccessible(lead);
  await lead.screenshot({ path: `${SHOTS}/waiting-1280.png`, fullPage: true });
  await proposal.getByRole('button', { name: t('fr', 'sanctions.approve'), exact: true }).click();
  await proposal
    .getByRole('textbox', { name: t('fr', 'sanctions.approveNote') })
    .fill('Vu en réunion d’équipe.');
  await proposal.getByRole('button', { name: t('fr', 'sanctions.approveSubmit') }).click();
  await expect(lead.getByText(t('fr', 'sanctions.approvedDone'))).toBeVisible();
  await expect(lead.getByRole('article', { name: 'Kevin Sanctionnable' })).toHaveCount(0);

  // On the plan page, approved and ready to decide.
  await lead.goto(`/plans/${planId}`);
  const approved = lead
    .getByRole('region', { name: t('fr', 'sanctions.title') })
    .getByRole('row')
    .filter({ hasText: t('fr', 'sanctions.states.approved') });
  await expect(approved).toContainText(
    tf('fr', 'sanctions.approvedBy', { name: 'Martine Lejeune', date: '23/11/2026' }),
  );
  await expect(approved.getByRole('button', { name: t('fr', 'sanctions.decide') })).toBeVisible();
  await lead.context().close();
});

test('on a phone: the sanctions of a plan as cards, the proposal form and the lead’s list, axe clean', async ({
  browser,
}) => {
  const worker = await signedIn(browser, 'worker@namur.demo', PHONE);
  const planId = await activePiis(worker, 'Téléphone');
  await worker.goto(`/plans/${planId}`);
  const section = worker.getByRole('region', { name: t('fr', 'sanctions.title') });
  await section.getByRole('button', { name: t('fr', 'sanctions.propose') }).click();
  const field = (key: string) => section.getByRole('textbox', { name: t('fr', key) });
  await field('sanctions.noticeOn').fill('02/11/2026');
  await field('sanctions.workerOpinionOn').fill('09/11/2026');
  await field('sanctions.startOn').fill('01/12/2026');
  await field('sanctions.endOn').fill('28/12/2026');
  await section.getByRole('radio', { name: t('fr', 'sanctions.extents.partial') }).check();
  await field('sanctions.partialPercent').fill('30');
  await expectAccessible(worker);
  await noSidewaysScrolling(worker);
  await section.getByRole('button', { name: t('fr', 'sanctions.proposeSubmit') }).click();
  await expect(worker.getByText(t('fr', 'sanctions.proposedDone'))).toBeVisible();
  await expect(section.getByText(tf('fr', 'sanctions.partialShare', { percent: 30 }))).toBeVisible();
  await expectAccessible(worker);
  await noSidewaysScrolling(worker);
  await worker.screenshot({ path: `${SHOTS}/plan-390.png`, fullPage: true });
  await section.screenshot({ path: `${SHOTS}/section-390.png` });
  await worker.context().close();

  const lead = await signedIn(browser, 'lead@namur.demo', PHONE);
  await lead.goto('/sanctions');
  await expect(lead.getByRole('article', { name: 'Kevin Téléphone' })).toBeVisible();
  await expectAccessible(lead);
  await noSidewaysScrolling(lead);
  await lead.screenshot({ path: `${SHOTS}/waiting-390.png`, fullPage: true });
  await lead.context().close();
});

function literally(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
