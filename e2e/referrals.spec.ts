/**
 * A referral to the second line: the first-line worker (Camille Dubois) refers a person from the
 * plan to the centre's socio-professional integration service; a member of that service (Nadia
 * Benali) finds it on her page of referrals to answer, on her phone, and accepts it; the plan then
 * shows it accepted, followed in the service by her, while the file stays with Camille. The
 * administrator's page of services and partners is checked too. axe at 1280×800 and 390×844. The
 * server's today is 2026-11-23 (e2e/constants.ts); the service and its members come from the demo.
 */
import { mkdirSync } from 'node:fs';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { formatDayMonthYear } from '../src/domain/typed-dates.ts';
import { E2E_TODAY } from './constants.ts';
import { expectAccessible, logIn, t, tf } from './support.ts';

const SHOTS = process.env.REFERRALS_SHOTS ?? '/tmp/referrals-shots';
mkdirSync(SHOTS, { recursive: true });

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const SERVICE = 'Service d’insertion socioprofessionnelle';
const HANDOVER =
  'Souhaite une formation de cariste ; permis B en cours. Disponible le matin, enfants à l’école.';

async function session(browser: Browser, email: string, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-US', viewport });
  const page = await context.newPage();
  await logIn(page, email);
  return page;
}

const headers = (page: Page) => ({ origin: new URL(page.url()).origin });

/** A person with a social assessment and a drafted PIIS, through the API. */
async function planFor(page: Page, lastName: string): Promise<{ personId: string; planId: string }> {
  const person = await page.request.post('/api/v1/persons', {
    data: { firstName: 'Yasmine', lastName, birthDate: '1991-03-14', sex: 'F', language: 'fr' },
    headers: headers(page),
  });
  expect(person.status()).toBe(201);
  const personId = (await person.json()).id as string;
  const assessment = await page.request.post(`/api/v1/persons/${personId}/assessments`, {
    data: { assessedOn: '2026-11-09', domains: [{ domain: 'housing', situation: 'Loue un studio.' }] },
    headers: headers(page),
  });
  expect(assessment.status()).toBe(201);
  const plan = await page.request.post('/api/v1/trajectories', {
    data: {
      personId,
      form: 'piis',
      situation: 'integrationIncome',
      incomeCategory: 'single',
      decisionDate: '2026-11-02',
      notificationDate: '2026-11-05',
      incomeInPreviousThreeMonths: true,
      orientations: ['employment'],
      objectives: [{ id: 'o1', text: 'Trouver un emploi en logistique' }],
      personCommitments: [],
      centreCommitments: [],
      actions: [],
      startOn: '2026-12-01',
      plannedEndOn: '2027-11-30',
    },
    headers: headers(page),
  });
  expect(plan.status()).toBe(201);
  return { personId, planId: (await plan.json()).id as string };
}

async function noSidewaysScrolling(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    await page.evaluate(() => window.innerWidth),
  );
}

test('a worker refers a person to the integration service; a member accepts; the plan shows who follows', async ({
  browser,
}) => {
  const worker = await session(browser, 'worker@namur.demo');
  const { personId, planId } = await planFor(worker, 'Renvoyée');
  await worker.goto(`/plans/${planId}`);
  const section = worker.getByRole('region', { name: t('fr', 'referrals.title') });
  await expect(section.getByText(t('fr', 'referrals.none'))).toBeVisible();

  // The form refuses a referral without a handover note, then sends it to the service as a whole.
  await section.getByRole('button', { name: t('fr', 'referrals.new') }).click();
  await section
    .getByRole('combobox', { name: t('fr', 'referrals.service') })
    .selectOption({ label: SERVICE });
  await expect(section.getByRole('combobox', { name: t('fr', 'referrals.toUser') })).toHaveValue('');
  await expect(section.getByRole('textbox', { name: t('fr', 'referrals.sentOn') })).toHaveValue(
    formatDayMonthYear(E2E_TODAY),
  );
  await section.getByRole('button', { name: t('fr', 'referrals.send') }).click();
  await expect(section.getByText(t('fr', 'validation.required'))).toBeVisible();
  await section.getByRole('textbox', { name: t('fr', 'referrals.handoverNote') }).fill(HANDOVER);
  await worker.mouse.move(1270, 790);
  await expectAccessible(worker);
  await section.getByRole('button', { name: t('fr', 'referrals.send') }).click();
  await expect(worker.getByText(tf('fr', 'referrals.done.sent', { service: SERVICE }))).toBeVisible();
  const card = section.getByRole('article', { name: `${SERVICE}, Yasmine Renvoyée` });
  await expect(card.getByText(t('fr', 'referrals.states.pending'))).toBeVisible();
  await expect(card.getByText(HANDOVER)).toBeVisible();
  await expect(
    card.getByRole('button', { name: new RegExp(`^${t('fr', 'referrals.withdraw')}:`) }),
  ).toBeVisible();
  await expectAccessible(worker);
  await worker.screenshot({ path: `${SHOTS}/plan-sent-1280.png`, fullPage: true });

  // Nadia Benali, a member of the service, on her phone: the referral waits for her answer.
  const member = await session(browser, 'worker2@namur.demo', PHONE);
  await member.getByRole('button', { name: t('fr', 'nav.menu') }).click();
  await member.getByRole('link', { name: t('fr', 'nav.referrals') }).click();
  await expect(
    member.getByRole('heading', { level: 1, name: t('fr', 'referrals.page.title') }),
  ).toBeVisible();
  const waiting = member.getByRole('article', { name: `${SERVICE}, Yasmine Renvoyée` });
  await expect(waiting.getByRole('link', { name: 'Yasmine Renvoyée', exact: true })).toBeVisible();
  await expect(waiting.getByText(HANDOVER)).toBeVisible();
  await expect(
    waiting.getByRole('link', { name: tf('fr', 'referrals.page.plan', { name: 'Yasmine Renvoyée' }) }),
  ).toHaveAttribute('href', `/plans/${planId}`);
  await expectAccessible(member);
  await noSidewaysScrolling(member);
  await member.screenshot({ path: `${SHOTS}/referrals-390.png`, fullPage: true });

  await waiting.getByRole('button', { name: new RegExp(`^${t('fr', 'referrals.accept')}:`) }).click();
  const accept = waiting.locator('form');
  // She is the service's only member: she follows the person herself, nobody else to name.
  await expect(accept.getByRole('combobox', { name: t('fr', 'referrals.receivingUser') })).toHaveCount(0);
  await accept
    .getByRole('textbox', { name: t('fr', 'referrals.acceptNote') })
    .fill('Premier rendez-vous le 1er décembre.');
  await expectAccessible(member);
  await noSidewaysScrolling(member);
  await accept.getByRole('button', { name: t('fr', 'referrals.acceptSubmit'), exact: true }).click();
  await expect(member.getByText(tf('fr', 'referrals.done.accept', { service: SERVICE }))).toBeVisible();
  await expect(member.getByRole('article', { name: `${SERVICE}, Yasmine Renvoyée` })).toHaveCount(0);
  await member.setViewportSize(DESKTOP);
  await expect(member.getByRole('link', { name: t('fr', 'nav.referrals') })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expectAccessible(member);

  // Back on the plan: accepted, followed in the service by Nadia from today; the file stays with Camille.
  await worker.reload();
  const accepted = worker
    .getByRole('region', { name: t('fr', 'referrals.title') })
    .getByRole('article', { name: `${SERVICE}, Yasmine Renvoyée` });
  await expect(accepted.getByText(t('fr', 'referrals.states.accepted'))).toBeVisible();
  await expect(
    accepted.getByText(
      tf('fr', 'referrals.followedSince', { name: 'Nadia Benali', from: formatDayMonthYear(E2E_TODAY) }),
    ),
  ).toBeVisible();
  await expect(accepted.getByText('Premier rendez-vous le 1er décembre.')).toBeVisible();
  await expect(
    accepted.getByRole('button', { name: new RegExp(`^${t('fr', 'referrals.end')}:`) }),
  ).toBeVisible();
  await expectAccessible(worker);
  const file = await worker.request.get(`/api/v1/persons/${personId}`);
  const me = await worker.request.get('/api/v1/me');
  expect((await file.json()).responsibleUserId).toBe((await me.json()).user.id);

  // The plan page on a phone: the cards fit, nothing scrolls sideways.
  await worker.setViewportSize(PHONE);
  await expect(accepted).toBeVisible();
  await expectAccessible(worker);
  await noSidewaysScrolling(worker);
  await worker.screenshot({ path: `${SHOTS}/plan-accepted-390.png`, fullPage: true });

  // The history says it too.
  await worker.goto(`/persons/${personId}`);
  await expect(worker.getByText(tf('fr', 'referrals.timeline.accepted', { service: SERVICE }))).toBeVisible();
});

test('the administrator lists the services and partners and adds a partner', async ({ browser }) => {
  const admin = await session(browser, 'admin@namur.demo');
  await admin.getByRole('link', { name: t('fr', 'nav.services') }).click();
  await expect(admin.getByRole('heading', { level: 1, name: t('fr', 'services.title') })).toBeVisible();
  const internal = admin.getByRole('region', { name: t('fr', 'services.sections.internal') });
  await expect(internal.getByText(SERVICE)).toBeVisible();
  await expect(internal.getByRole('cell', { name: 'Nadia Benali', exact: true })).toBeVisible();
  await expectAccessible(admin);
  await admin.screenshot({ path: `${SHOTS}/services-1280.png`, fullPage: true });

  const add = admin.getByRole('region', { name: t('fr', 'services.add') });
  await add.getByRole('textbox', { name: t('fr', 'services.name') }).fill('Mission régionale Démo');
  await add.getByRole('textbox', { name: t('fr', 'services.contact') }).fill('081 00 00 99');
  await add.getByRole('button', { name: t('fr', 'services.addSubmit') }).click();
  await expect(admin.getByText(tf('fr', 'services.added', { name: 'Mission régionale Démo' }))).toBeVisible();
  const partners = admin.getByRole('region', { name: t('fr', 'services.sections.partner') });
  await expect(partners.getByText('Mission régionale Démo')).toBeVisible();

  await admin.setViewportSize(PHONE);
  await expectAccessible(admin);
  await noSidewaysScrolling(admin);
  await admin.screenshot({ path: `${SHOTS}/services-390.png`, fullPage: true });
});
