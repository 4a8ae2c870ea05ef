/**
 * The person's anonymous feedback and the staff's study questionnaires: a worker opens the
 * questionnaire on a tablet for the person, who answers and is thanked (no navigation, nothing of
 * the file); the one-time link to give away; a federal study a worker answers. Axe on every
 * screen, at 1280 × 800 and 390 × 844; screenshots in /tmp/shots-feedback/.
 */
import { mkdirSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { E2E_TODAY } from './constants.ts';
import { DEMO_PASSWORD, expectAccessible, logIn, t } from './support.ts';

const SHOTS = '/tmp/shots-feedback';
mkdirSync(SHOTS, { recursive: true });

const SIZES = [
  { name: 'desk', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

async function shot(page: Page, name: string) {
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

async function firstPerson(page: Page) {
  const people = (await (await page.request.get('/api/v1/persons?responsible=me&limit=5')).json())
    .items as Array<{
    id: string;
    firstName: string;
    lastName: string;
    language: string;
  }>;
  const person = people.find((p) => p.language === 'fr') ?? people[0];
  if (!person) throw new Error('the demo worker follows nobody');
  return person;
}

for (const size of SIZES) {
  test.describe(`on a ${size.name} (${size.viewport.width}×${size.viewport.height})`, () => {
    test.use({ viewport: size.viewport });

    test('a worker hands the tablet; the person answers in their language and is thanked', async ({
      page,
      context,
    }) => {
      await logIn(page, 'worker@namur.demo');
      const person = await firstPerson(page);
      await page.goto(`/persons/${person.id}`);
      const section = page.getByRole('region', { name: t('fr', 'feedback.section.title') });
      await expect(section).toBeVisible();
      await section.scrollIntoViewIfNeeded();
      await expectAccessible(page);
      await section.screenshot({ path: `${SHOTS}/${size.name}-1-person-section.png` });

      const [tablet] = await Promise.all([
        context.waitForEvent('page'),
        section.getByRole('button', { name: t('fr', 'feedback.section.tablet') }).click(),
      ]);
      await tablet.waitForURL(/\/feedback\/[A-Za-z0-9_-]{43}$/);
      await expect(
        tablet.getByRole('heading', { level: 1, name: t('fr', 'feedback.public.title') }),
      ).toBeVisible();
      // Nothing of the worker's session: no navigation, no name of the person, no way back.
      await expect(tablet.getByRole('navigation')).toHaveCount(0);
      await expect(tablet.getByText(person.lastName)).toHaveCount(0);
      await expect(tablet.getByText(t('fr', 'nav.persons'))).toHaveCount(0);
      await expectAccessible(tablet);
      await shot(tablet, `${size.name}-2-questionnaire-fr`);

      // The person reads Dutch better: the questions follow.
      await tablet.getByRole('combobox', { name: t('fr', 'feedback.public.language') }).selectOption('nl');
      await expect(
        tablet.getByRole('heading', { level: 1, name: t('nl', 'feedback.public.title') }),
      ).toBeVisible();
      await tablet
        .getByRole('radiogroup', { name: t('nl', 'feedback.questions.understandable') })
        .getByRole('radio', { name: t('nl', 'feedback.scale.3'), exact: true })
        .click();
      await tablet
        .getByRole('radiogroup', { name: t('nl', 'feedback.questions.helpFits') })
        .getByRole('radio', { name: t('nl', 'feedback.scale.4'), exact: true })
        .click();
      await tablet.getByRole('textbox', { name: t('nl', 'feedback.public.comment') }).fill('Dank u wel.');
      await expectAccessible(tablet);
      await shot(tablet, `${size.name}-3-questionnaire-nl-filled`);
      await tablet.getByRole('button', { name: t('nl', 'feedback.public.send') }).click();
      await expect(
        tablet.getByRole('heading', { level: 1, name: t('nl', 'feedback.public.thanksTitle') }),
      ).toBeVisible();
      await expect(tablet.getByText(t('nl', 'feedback.public.thanksText'))).toBeVisible();
      await expect(tablet.getByRole('navigation')).toHaveCount(0);
      await expectAccessible(tablet);
      await shot(tablet, `${size.name}-4-thanks`);

      // The link is used up: opening it again says so (in the device's language: the choice was not kept).
      await tablet.reload();
      await expect(
        tablet.getByRole('heading', { level: 1, name: t('fr', 'feedback.public.unavailableTitle') }),
      ).toBeVisible();
      await expect(tablet.getByText(t('fr', 'errors.feedbackNotFound'))).toBeVisible();
      await expectAccessible(tablet);

      // The one-time link to give away.
      await section.getByRole('button', { name: t('fr', 'feedback.section.link') }).click();
      const address = section.getByRole('textbox', { name: t('fr', 'feedback.section.address') });
      await expect(address).toHaveValue(/\/feedback\/[A-Za-z0-9_-]{43}$/);
      await expectAccessible(page);
      await section.screenshot({ path: `${SHOTS}/${size.name}-5-one-time-link.png` });
    });

    test('a worker answers a federal study, once', async ({ page, playwright, baseURL }) => {
      const federal = await playwright.request.newContext({
        baseURL,
        extraHTTPHeaders: { origin: baseURL as string },
      });
      expect(
        (
          await federal.post('/api/v1/session', {
            data: { email: 'federal@spp.demo', password: DEMO_PASSWORD },
          })
        ).status(),
      ).toBe(200);
      const title = `Charge de travail (${size.name})`;
      const created = await federal.post('/api/v1/studies', {
        data: {
          title: { fr: title, nl: `Werklast (${size.name})` },
          targetAll: true,
          opensOn: E2E_TODAY,
          closesOn: '2026-12-31',
          questions: [
            { id: 'load', kind: 'scale1to5', text: { fr: 'Ma charge de travail est tenable.' } },
            {
              id: 'tool',
              kind: 'choice',
              text: { fr: 'Où tenez-vous les PIIS ?' },
              options: [
                { id: 'paper', text: { fr: 'Sur papier' } },
                { id: 'soft', text: { fr: 'Dans un logiciel' } },
              ],
            },
            { id: 'more', kind: 'text', text: { fr: 'Autre chose ?' } },
          ],
        },
      });
      expect(created.status()).toBe(201);
      const study = (await created.json()) as { id: string };
      expect(
        (await federal.post(`/api/v1/studies/${study.id}/publish`, { data: { version: 1 } })).status(),
      ).toBe(200);
      await federal.dispose();

      await logIn(page, 'worker2@namur.demo');
      if (size.name === 'phone') await page.getByRole('button', { name: t('fr', 'nav.menu') }).click();
      await page
        .getByRole('navigation')
        .getByRole('link', { name: t('fr', 'nav.studies') })
        .click();
      await expect(page.getByRole('heading', { level: 1, name: t('fr', 'studies.title') })).toBeVisible();
      await expectAccessible(page);
      await shot(page, `${size.name}-6-studies-list`);
      await page.getByRole('link', { name: title }).click();
      await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
      await page
        .getByRole('radiogroup', { name: 'Ma charge de travail est tenable.' })
        .getByRole('radio', { name: '4' })
        .check();
      await page
        .getByRole('radiogroup', { name: 'Où tenez-vous les PIIS ?' })
        .getByRole('radio', { name: 'Dans un logiciel' })
        .check();
      await expectAccessible(page);
      await shot(page, `${size.name}-7-study-answer`);
      await page.getByRole('button', { name: t('fr', 'studies.send') }).click();
      await expect(page.getByText(t('fr', 'studies.thanks'))).toBeVisible();
      await expectAccessible(page);
      // Answered: no longer waiting in the list.
      await page.goto('/studies');
      await expect(page.getByRole('heading', { level: 1, name: t('fr', 'studies.title') })).toBeVisible();
      await expect(page.getByRole('link', { name: title })).toHaveCount(0);
    });
  });
}

test('the federal analyst’s studies page, with its own navigation', async ({ page }) => {
  await logIn(page, 'federal@spp.demo');
  await page
    .getByRole('navigation')
    .getByRole('link', { name: t('fr', 'nav.studies') })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: t('fr', 'studies.title') })).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'desk-8-federal-studies');
  await page.getByRole('link', { name: t('fr', 'studies.new') }).click();
  await expect(page.getByRole('heading', { level: 1, name: t('fr', 'studies.new') })).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'desk-9-federal-new-study');
});

test('an administrator writes and publishes a study for the centre’s staff', async ({ page }) => {
  await logIn(page, 'admin@namur.demo');
  await page.goto('/studies');
  await page.getByRole('link', { name: t('fr', 'studies.new') }).click();
  await page.getByRole('textbox', { name: t('fr', 'studies.form.title'), exact: true }).fill('Nos outils');
  await page.getByRole('textbox', { name: t('fr', 'studies.form.closesOn') }).fill('31/12/2026');
  await page
    .getByRole('textbox', { name: t('fr', 'studies.form.questionText'), exact: true })
    .fill('Le logiciel m’aide.');
  await page.getByRole('button', { name: t('fr', 'studies.form.addQuestion') }).click();
  const second = page.getByRole('group', { name: 'Question 2' });
  await second.getByRole('combobox', { name: t('fr', 'studies.form.kind') }).selectOption('choice');
  await second
    .getByRole('textbox', { name: t('fr', 'studies.form.questionText'), exact: true })
    .fill('Votre outil ?');
  await second.getByRole('textbox', { name: 'Option 1' }).fill('Papier');
  await second.getByRole('textbox', { name: 'Option 2' }).fill('Logiciel');
  await expectAccessible(page);
  await shot(page, 'desk-10-admin-new-study');
  await page.getByRole('button', { name: t('fr', 'studies.form.save') }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nos outils' })).toBeVisible();
  await expect(page.getByText(t('fr', 'studies.states.draft'))).toBeVisible();
  await page.getByRole('button', { name: t('fr', 'studies.publish') }).click();
  await expect(page.getByText(t('fr', 'studies.states.published'))).toBeVisible();
  // Fewer than 5 answers: the results wait.
  await expect(page.getByText(/Moins de 5 personnes ont répondu/)).toBeVisible();
  await expectAccessible(page);
  await shot(page, 'desk-11-admin-published-study');
});
