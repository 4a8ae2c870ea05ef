/**
 * A collective module session, as a worker runs it: the catalogue and the module on a desk, then
 * the roll of today's budget workshop ticked on a phone (present, excused, absent), saved, reloaded
 * and kept; a participant's plan shows the counts. axe at 1280 × 800 and 390 × 844. The server's
 * today is 2026-11-23, a Monday: the demo's budget workshop meets that morning (e2e/constants.ts).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, expect, type Page, test } from '@playwright/test';
import { expectAccessible, logIn, t, tf } from './support.ts';

interface Module {
  id: string;
  name: string;
}
interface ModuleDetail extends Module {
  sessions: { id: string; startsAt: string }[];
  enrolments: { enrolmentId: string; personName: string; trajectoryId: string; leftOn: string | null }[];
}
interface Counts {
  present: number;
  excused: number;
  absent: number;
}

async function session(browser: Browser, viewport: { width: number; height: number }): Promise<Page> {
  const phone = viewport.width < 600;
  const context = await browser.newContext({
    locale: 'en-GB',
    timezoneId: 'Europe/Brussels',
    viewport,
    ...(phone ? { isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  await logIn(page, 'worker@namur.demo');
  return page;
}

/**
 * axe on the plan page's Modules section only: the rest of the plan page belongs to other journeys
 * (plans.spec.ts and the evaluation, referral and sanction ones scan it whole).
 */
async function expectModulesSectionAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .include('section[aria-labelledby="plan-modules-heading"]')
    .analyze();
  const blocking = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(blocking).toEqual([]);
}

/** The counts as the app writes them in French (0 and 1 take the singular). */
const tally = (counts: Counts) =>
  (['present', 'excused', 'absent'] as const)
    .map((status) => {
      const count = counts[status];
      const key = `modules.count${status[0]?.toUpperCase()}${status.slice(1)}_${count < 2 ? 'one' : 'other'}`;
      return tf('fr', key, { count });
    })
    .join(' · ');

async function fitsTheScreen(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    await page.evaluate(() => window.innerWidth),
  );
}

/** The attendance counts of a person's enrolment in a module, as the API gives them. */
async function countsOf(page: Page, trajectoryId: string, moduleId: string): Promise<Counts> {
  const response = await page.request.get(`/api/v1/trajectories/${trajectoryId}/modules`);
  expect(response.status()).toBe(200);
  const items = (await response.json()).items as { moduleId: string; attendance: Counts }[];
  const item = items.find((i) => i.moduleId === moduleId);
  if (!item) throw new Error('not enrolled');
  return item.attendance;
}

test('a worker records the attendance of a collective module session and finds it on the plan', async ({
  browser,
}) => {
  const desk = await session(browser, { width: 1280, height: 800 });

  // The catalogue, from the navigation: every module with its places and next session.
  await desk
    .getByRole('navigation')
    .getByRole('link', { name: t('fr', 'nav.modules') })
    .click();
  await expect(desk.getByRole('heading', { level: 1, name: t('fr', 'modules.title') })).toBeVisible();
  await expect(desk.getByRole('link', { name: 'Atelier budget' })).toBeVisible();
  await expect(desk.getByRole('link', { name: 'Groupe de remobilisation' })).toBeVisible();
  await expect(desk.getByRole('row').filter({ hasText: 'Groupe de remobilisation' })).toContainText(
    'Atelier de remobilisation Le Tremplin',
  );
  await desk.mouse.move(1270, 790);
  await expectAccessible(desk);

  // The module: its sessions, today's waiting for its attendance, and the three people enrolled.
  await desk.getByRole('link', { name: 'Atelier budget' }).click();
  await expect(desk.getByRole('heading', { level: 1, name: 'Atelier budget' })).toBeVisible();
  const modules = (await (await desk.request.get('/api/v1/modules')).json()).items as Module[];
  const budget = modules.find((m) => m.name === 'Atelier budget');
  if (!budget) throw new Error('no demo budget workshop');
  const detail = (await (await desk.request.get(`/api/v1/modules/${budget.id}`)).json()) as ModuleDetail;
  const today = detail.sessions.find((s) => s.startsAt === '2026-11-23T08:30:00.000Z');
  if (!today) throw new Error('no budget workshop today');
  const people = detail.enrolments.filter((e) => e.leftOn === null);
  expect(people).toHaveLength(3);
  const enrolled = desk.getByRole('region', { name: t('fr', 'modules.people') });
  for (const person of people)
    await expect(enrolled.getByRole('link', { name: person.personName })).toBeVisible();
  await expectAccessible(desk);
  const [first, second, third] = people as [(typeof people)[0], (typeof people)[0], (typeof people)[0]];
  const before = await countsOf(desk, first.trajectoryId, budget.id);

  // On the phone, in the room: today's roll, one large choice per person, one save.
  const phone = await session(browser, { width: 390, height: 844 });
  await phone.goto(`/modules/${budget.id}`);
  await phone
    .getByRole('link', {
      name: new RegExp(`^${t('fr', 'modules.recordAttendance')} · lundi 23 novembre 2026`),
    })
    .click();
  await expect(
    phone.getByRole('heading', {
      level: 1,
      name: tf('fr', 'modules.attendanceTitle', { name: 'Atelier budget' }),
    }),
  ).toBeVisible();
  const roll = (name: string) => phone.getByRole('group', { name });
  const choose = (name: string, status: 'present' | 'excused' | 'absent') =>
    roll(name).getByRole('radio', { name: t('fr', `modules.statuses.${status}`) });
  await choose(first.personName, 'present').check();
  await choose(second.personName, 'excused').check();
  await choose(third.personName, 'absent').check();
  await expect(phone.getByText(tally({ present: 1, excused: 1, absent: 1 }))).toBeVisible();
  await fitsTheScreen(phone);
  // The choices are large enough for a thumb.
  const box = await choose(first.personName, 'present').boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
  await expectAccessible(phone);
  await phone.getByRole('button', { name: t('fr', 'modules.saveAttendance') }).click();
  await expect(phone.getByText(t('fr', 'modules.attendanceSaved'))).toBeVisible();

  // Kept: a reload reads them back from the server.
  await phone.reload();
  await expect(choose(first.personName, 'present')).toBeChecked();
  await expect(choose(second.personName, 'excused')).toBeChecked();
  await expect(choose(third.personName, 'absent')).toBeChecked();
  await expect(phone.getByRole('button', { name: t('fr', 'modules.saveAttendance') })).toBeDisabled();

  // The same roll on the desk, then a participant's plan with the counts, one presence more.
  await desk.goto(`/modules/${budget.id}/sessions/${today.id}`);
  await expect(
    desk
      .getByRole('group', { name: first.personName })
      .getByRole('radio', { name: t('fr', 'modules.statuses.present') }),
  ).toBeChecked();
  await expectAccessible(desk);
  await desk.goto(`/plans/${first.trajectoryId}`);
  const section = desk.getByRole('region', { name: t('fr', 'modules.planTitle') });
  const card = section.getByRole('article', { name: 'Atelier budget' });
  await expect(card).toContainText(
    tally({
      present: before.present + 1,
      excused: before.excused,
      absent: before.absent,
    }),
  );
  const showAll = t('fr', 'modules.showSessions_other').replace('{{count}}', '\\d+');
  await card.getByRole('button', { name: new RegExp(`^${showAll}$`) }).click();
  await expect(card.getByRole('row').filter({ hasText: 'lundi 23 novembre 2026' })).toContainText(
    t('fr', 'modules.statuses.present'),
  );
  await desk.mouse.move(1270, 790);
  await expectModulesSectionAccessible(desk);

  // On the phone, the plan's modules fit too.
  await phone.goto(`/plans/${first.trajectoryId}`);
  await expect(phone.getByRole('region', { name: t('fr', 'modules.planTitle') })).toContainText(
    tally({
      present: before.present + 1,
      excused: before.excused,
      absent: before.absent,
    }),
  );
  await fitsTheScreen(phone);
  await expectModulesSectionAccessible(phone);
});
