/**
 * A proposal's way to a decision through the API: approved or refused by whom the centre's policy
 * names, decided with the law checked again, withdrawn; and the lead's list of proposals waiting.
 * Today is 2026-11-23.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import { makePlan, type Plan, proposal, proposeOk, sanctionCalls, writes } from './fixtures.ts';
import type { PlanSanctions, Sanction } from './schemas.ts';

let t: TestApp;
let worker: string;
let colleague: string;
let lead: string;
let admin: string;
let gent: string;
let gentLead: string;
let federal: string;
let plan: Plan;
let api: ReturnType<typeof sanctionCalls>;

beforeAll(async () => {
  t = await createTestApp();
  api = sanctionCalls(t);
  worker = await t.login('worker@namur.demo', { address: '10.22.0.1' });
  colleague = await t.login('worker2@namur.demo', { address: '10.22.0.2' });
  lead = await t.login('lead@namur.demo', { address: '10.22.0.3' });
  admin = await t.login('admin@namur.demo', { address: '10.22.0.4' });
  gent = await t.login('worker@gent.demo', { address: '10.22.0.5' });
  gentLead = await t.login('lead@gent.demo', { address: '10.22.0.6' });
  federal = await t.login('federal@spp.demo', { address: '10.22.0.7' });
  plan = await makePlan(t, worker, 'Décidé');
});
afterAll(() => t.close());

const approve = (session: string, s: Pick<Sanction, 'id' | 'version'>, note = '') =>
  api.step(session, s.id, 'approve', { version: s.version, note });
const approved = async (s: Sanction) => {
  const response = await approve(lead, s);
  expect(response.statusCode, response.body).toBe(200);
  return response.json<Sanction>();
};
const decide = (session: string, s: Pick<Sanction, 'id' | 'version'>, body: object) =>
  api.step(session, s.id, 'decide', { version: s.version, ...body });
const eventsOf = async (id: string) =>
  (
    await ownerRows<{ type: string; payload: unknown; occurred: string }>(
      t.database,
      sql`select type, payload, occurred_on::text as occurred from events where subject_id = ${id} order by subject_seq`,
    )
  ).map((e) => [e.type, e.occurred, e.payload]);

describe('POST /sanctions/{id}/approve', () => {
  it('a lead approves a worker’s proposal, with a note', async () => {
    const made = await proposeOk(t, worker, plan.id);
    const response = await approve(lead, made, 'Vu avec la personne.');
    expect(response.statusCode).toBe(200);
    const body = response.json<Sanction>();
    expect(body).toMatchObject({
      state: 'approved',
      approval: {
        outcome: 'approved',
        byName: 'Martine Lejeune',
        on: '2026-11-23',
        note: 'Vu avec la personne.',
      },
      mayApprove: false,
      mayWithdraw: true,
      version: 2,
    });
    expect((await eventsOf(made.id)).map((e) => e[0])).toEqual(['sanction.proposed', 'sanction.approved']);
    expect((await eventsOf(made.id))[1]).toEqual([
      'sanction.approved',
      '2026-11-23',
      { trajectoryId: plan.id },
    ]);
  });

  it('refuses the proposer (403), even a lead; another answer (409); a stale version (409)', async () => {
    const ledByLead = await proposeOk(t, lead, plan.id);
    const own = await approve(lead, ledByLead);
    expect(own.statusCode).toBe(403);
    expect(own.json().detail).toBe(
      "Vous avez proposé cette sanction : une autre personne doit l'approuver ou la refuser.",
    );
    const made = await proposeOk(t, worker, plan.id);
    expect((await approve(lead, { id: made.id, version: 7 })).statusCode).toBe(409);
    const once = await approved(made);
    const twice = await approve(lead, once);
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ rule: 'sanction.answerOnlyProposed', state: 'approved' });
  });

  it('follows the centre’s policy: administrators only when it names them', async () => {
    const made = await proposeOk(t, worker, plan.id);
    const refused = await approve(admin, made);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().detail).toBe(
      "Les règles de votre CPAS ne permettent pas à votre rôle d'approuver les propositions de sanction.",
    );
    const policy = await t.call(admin, {
      method: 'PATCH',
      url: '/api/v1/centre/policy',
      payload: { version: 0, sanctionApprovers: 'leadOrAdmin' },
    });
    expect(policy.statusCode).toBe(200);
    expect(policy.json()).toMatchObject({ sanctionApprovers: 'leadOrAdmin', version: 1 });
    expect((await api.read(admin, made.id)).json<Sanction>().mayApprove).toBe(true);
    const allowed = await approve(admin, made);
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json<Sanction>().approval?.byName).toBe('Olivier Collard');
    // Back to the default for the other tests.
    await t.call(admin, {
      method: 'PATCH',
      url: '/api/v1/centre/policy',
      payload: { version: 1, sanctionApprovers: 'lead' },
    });
  });

  it('answers 403 to a worker and the federal role, 404 to another centre’s lead', async () => {
    const made = await proposeOk(t, worker, plan.id);
    expect((await approve(colleague, made)).statusCode).toBe(403);
    expect((await approve(federal, made)).statusCode).toBe(403);
    expect((await approve(gentLead, made)).statusCode).toBe(404);
    expect((await approve(null as unknown as string, made)).statusCode).toBe(401);
  });
});

describe('POST /sanctions/{id}/refuse', () => {
  it('a lead refuses with a note; the refusal is final', async () => {
    const made = await proposeOk(t, worker, plan.id);
    const noNote = await api.step(lead, made.id, 'refuse', { version: 1, note: '  ' });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().errors).toEqual([
      expect.objectContaining({ path: 'note', code: 'validation.required' }),
    ]);
    const response = await api.step(lead, made.id, 'refuse', {
      version: 1,
      note: 'L’audition n’a pas encore eu lieu.',
    });
    expect(response.statusCode).toBe(200);
    const refused = response.json<Sanction>();
    expect(refused).toMatchObject({
      state: 'refused',
      approval: { outcome: 'refused', byName: 'Martine Lejeune', note: 'L’audition n’a pas encore eu lieu.' },
      mayWithdraw: false,
    });
    // The note is the approver's words: not in the event.
    expect((await eventsOf(made.id))[1]).toEqual([
      'sanction.refused',
      '2026-11-23',
      { trajectoryId: plan.id },
    ]);
    for (const step of ['approve', 'refuse', 'withdraw']) {
      const again = await api.step(lead, made.id, step, {
        version: 2,
        ...(step === 'withdraw' ? {} : { note: 'x' }),
      });
      expect(again.statusCode, step).toBe(409);
    }
    expect((await decide(worker, refused, { decisionOn: '2026-11-23' })).statusCode).toBe(409);
    expect((await api.correct(worker, made.id, { version: 2, endOn: '2026-12-20' })).statusCode).toBe(409);
  });

  it('answers 403 to a worker, 404 to another centre', async () => {
    const made = await proposeOk(t, worker, plan.id);
    expect((await api.step(colleague, made.id, 'refuse', { version: 1, note: 'Non.' })).statusCode).toBe(403);
    expect((await api.step(gentLead, made.id, 'refuse', { version: 1, note: 'Non.' })).statusCode).toBe(404);
  });
});

describe('POST /sanctions/{id}/decide', () => {
  it('records the decision of an approved sanction, and shows the appeal deadline', async () => {
    const ready = await approved(await proposeOk(t, worker, plan.id, { suspended: true }));
    const response = await decide(worker, ready, { decisionOn: '2026-11-20', notifiedOn: '2026-11-23' });
    expect(response.statusCode).toBe(200);
    const decided = response.json<Sanction>();
    expect(decided).toMatchObject({
      state: 'decided',
      decisionOn: '2026-11-20',
      notifiedOn: '2026-11-23',
      appealDeadline: '2027-02-23',
      suspended: true,
      mayWithdraw: false,
      approval: { outcome: 'approved', byName: 'Martine Lejeune' },
    });
    expect((await eventsOf(ready.id)).at(-1)).toEqual([
      'sanction.decided',
      '2026-11-20',
      { trajectoryId: plan.id, extent: 'total', startOn: '2026-12-01', endOn: '2026-12-31', suspended: true },
    ]);
    const [audit] = await ownerRows<{ action: string; personId: string }>(
      t.database,
      sql`select action, person_id as "personId" from audit_events where subject_id = ${ready.id} and action = 'sanction.decide'`,
    );
    expect(audit).toEqual({ action: 'sanction.decide', personId: plan.personId });
  });

  it('a decision notified later: no appeal deadline until the notification is recorded', async () => {
    const ready = await approved(await proposeOk(t, worker, plan.id));
    const decided = (await decide(colleague, ready, { decisionOn: '2026-11-23' })).json<Sanction>();
    expect(decided).toMatchObject({ state: 'decided', notifiedOn: null, appealDeadline: null });
    const early = await api.correct(colleague, decided.id, {
      version: decided.version,
      notifiedOn: '2026-11-22',
    });
    expect(early.json().errors).toEqual([
      expect.objectContaining({ path: 'notifiedOn', code: 'validation.notificationBeforeDecision' }),
    ]);
    const frozen = await api.correct(worker, decided.id, { version: decided.version, endOn: '2026-12-20' });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json().rule).toBe('sanction.decidedFrozen');
    const notified = await api.correct(colleague, decided.id, {
      version: decided.version,
      notifiedOn: '2026-11-23',
    });
    expect(notified.statusCode).toBe(200);
    expect(notified.json<Sanction>()).toMatchObject({
      notifiedOn: '2026-11-23',
      appealDeadline: '2027-02-23',
    });
  });

  it('refuses a proposal not yet approved (409) and a stale version (409)', async () => {
    const made = await proposeOk(t, worker, plan.id);
    const early = await decide(worker, made, { decisionOn: '2026-11-23' });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ rule: 'sanction.decideOnlyApproved', state: 'proposed' });
    const ready = await approved(made);
    expect(
      (await decide(worker, { id: ready.id, version: 1 }, { decisionOn: '2026-11-23' })).statusCode,
    ).toBe(409);
  });

  it.each([
    ['a decision in the future', { decisionOn: '2026-11-24' }, 'decisionOn', 'validation.dateInFuture'],
    [
      'a decision before the formal notice',
      { decisionOn: '2026-11-01' },
      'noticeOn',
      'validation.sanctionNoticeAfterDecision',
    ],
    [
      'a decision before the worker’s opinion',
      { decisionOn: '2026-11-05' },
      'workerOpinionOn',
      'validation.sanctionOpinionAfterDecision',
    ],
    [
      'a decision before the hearing',
      { decisionOn: '2026-11-12' },
      'hearingOn',
      'validation.sanctionHearingAfterDecision',
    ],
    [
      'a notification before the decision',
      { decisionOn: '2026-11-20', notifiedOn: '2026-11-19' },
      'notifiedOn',
      'validation.notificationBeforeDecision',
    ],
    [
      'a notification in the future',
      { decisionOn: '2026-11-20', notifiedOn: '2026-11-30' },
      'notifiedOn',
      'validation.dateInFuture',
    ],
    ['no decision day', {}, 'decisionOn', 'validation.required'],
  ])('refuses %s, with the rule on its field, changing nothing', async (_name, body, path, code) => {
    const ready = await approved(await proposeOk(t, worker, plan.id));
    const before = await writes(t);
    const response = await decide(worker, ready, body);
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    expect(await writes(t)).toEqual(before);
    expect((await api.read(worker, ready.id)).json<Sanction>().state).toBe('approved');
  });

  it('checks the situation again: a person who no longer receives the integration income', async () => {
    const changing = await makePlan(t, worker, 'Changeant');
    const ready = await approved(await proposeOk(t, worker, changing.id));
    const updated = await t.call(worker, {
      method: 'PATCH',
      url: `/api/v1/trajectories/${changing.id}`,
      payload: { version: changing.version, situation: 'equivalentAid' },
    });
    expect(updated.statusCode).toBe(200);
    const response = await decide(worker, ready, { decisionOn: '2026-11-23' });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ path: 'situation', code: 'validation.sanctionNoIntegrationIncome' }),
    ]);
  });

  it('3 months again within 12 months, suspended sanctions included; the length is checked again at the decision', async () => {
    const again = await makePlan(t, worker, 'Récidive');
    // A first sanction, decided with sursis on 20 November.
    const first = await approved(await proposeOk(t, worker, again.id, { suspended: true }));
    expect((await decide(worker, first, { decisionOn: '2026-11-20' })).statusCode).toBe(200);

    const listed = (await api.ofPlan(worker, again.id)).json<PlanSanctions>();
    expect(listed.allowance).toEqual({ months: 3, lastDecisionOn: '2026-11-20', sanctionsMayApply: true });
    const four = await api.propose(worker, again.id, proposal({ endOn: '2027-03-01' }));
    expect(four.statusCode).toBe(400);
    expect(four.json().errors).toEqual([
      {
        path: 'endOn',
        code: 'validation.sanctionTooLong',
        message: "Cette suspension est trop longue : la loi la permet jusqu'au 28/02/2027 au plus.",
      },
    ]);
    const three = await approved(await proposeOk(t, worker, again.id, { endOn: '2027-02-28' }));
    // Decided before the first one, it would not be a repeat: 1 month only.
    const earlier = await decide(worker, three, { decisionOn: '2026-11-19' });
    expect(earlier.statusCode).toBe(400);
    expect(earlier.json().errors).toEqual([
      expect.objectContaining({ path: 'endOn', code: 'validation.sanctionTooLong' }),
    ]);
    const decided = await decide(worker, three, { decisionOn: '2026-11-23', notifiedOn: '2026-11-23' });
    expect(decided.statusCode).toBe(200);
    expect(decided.json<Sanction>()).toMatchObject({ state: 'decided', endOn: '2027-02-28' });
  });
});

describe('POST /sanctions/{id}/withdraw', () => {
  it('the proposer withdraws a proposal; a lead withdraws an approved sanction', async () => {
    const made = await proposeOk(t, worker, plan.id);
    const response = await api.step(worker, made.id, 'withdraw', { version: 1 });
    expect(response.statusCode).toBe(200);
    expect(response.json<Sanction>()).toMatchObject({ state: 'withdrawn', mayWithdraw: false, version: 2 });
    expect((await eventsOf(made.id))[1]).toEqual([
      'sanction.withdrawn',
      '2026-11-23',
      { trajectoryId: plan.id, from: 'proposed' },
    ]);
    // A step of the file, not a record made by mistake: the timeline does not strike it out.
    const timeline = (
      await t.call(worker, { method: 'GET', url: `/api/v1/persons/${plan.personId}/timeline` })
    ).json<{ items: { id: string; type: string; withdrawn: boolean }[] }>();
    expect(timeline.items.filter((i) => i.id === made.id).map((i) => [i.type, i.withdrawn])).toEqual([
      ['sanction.withdrawn', false],
      ['sanction.proposed', false],
    ]);
    const ready = await approved(await proposeOk(t, worker, plan.id));
    const byLead = await api.step(lead, ready.id, 'withdraw', { version: ready.version });
    expect(byLead.json<Sanction>()).toMatchObject({ state: 'withdrawn', approval: { outcome: 'approved' } });
  });

  it('refuses a colleague (403), a decided sanction (409), a stale version (409), another centre (404)', async () => {
    const made = await proposeOk(t, worker, plan.id);
    expect((await api.step(colleague, made.id, 'withdraw', { version: 1 })).statusCode).toBe(403);
    expect((await api.step(worker, made.id, 'withdraw', { version: 4 })).statusCode).toBe(409);
    expect((await api.step(gent, made.id, 'withdraw', { version: 1 })).statusCode).toBe(404);
    expect((await api.step(federal, made.id, 'withdraw', { version: 1 })).statusCode).toBe(403);
    const ready = await approved(made);
    const decided = (await decide(worker, ready, { decisionOn: '2026-11-23' })).json<Sanction>();
    const stands = await api.step(worker, made.id, 'withdraw', { version: decided.version });
    expect(stands.statusCode).toBe(409);
    expect(stands.json()).toMatchObject({ rule: 'sanction.withdrawOnlyUndecided', state: 'decided' });
  });
});

describe('GET /sanctions', () => {
  it('lists the proposals waiting, the oldest first, saying which the caller may answer', async () => {
    const fresh = await makePlan(t, worker, 'Attente');
    t.clock.advance(60_000);
    const older = await proposeOk(t, worker, fresh.id);
    t.clock.advance(60_000);
    const newer = await proposeOk(t, lead, fresh.id);
    const response = await t.call(lead, {
      method: 'GET',
      url: '/api/v1/sanctions',
      query: { state: 'proposed' },
    });
    expect(response.statusCode).toBe(200);
    const page = response.json<{ items: Sanction[]; nextCursor: string | null }>();
    expect(page.items.every((s) => s.state === 'proposed')).toBe(true);
    const mine = page.items.filter((s) => s.trajectoryId === fresh.id);
    expect(mine.map((s) => [s.id, s.mayApprove])).toEqual([
      [older.id, true],
      [newer.id, false],
    ]);
    const [audit] = await ownerRows<{ details: { state: string; personIds: string[] } }>(
      t.database,
      sql`select details from audit_events where action = 'sanction.list' and details->>'state' = 'proposed' order by id desc limit 1`,
    );
    expect(audit?.details.personIds).toContain(fresh.personId);
  });

  it('pages with a cursor, without repeating a sanction', async () => {
    const all = (
      await t.call(lead, { method: 'GET', url: '/api/v1/sanctions', query: { limit: '200' } })
    ).json<{ items: Sanction[] }>().items;
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = (
        await t.call(lead, {
          method: 'GET',
          url: '/api/v1/sanctions',
          query: { limit: '3', ...(cursor ? { cursor } : {}) },
        })
      ).json<{ items: Sanction[]; nextCursor: string | null }>();
      seen.push(...page.items.map((s) => s.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.map((s) => s.id));
    const bad = await t.call(lead, { method: 'GET', url: '/api/v1/sanctions', query: { cursor: 'nope' } });
    expect(bad.statusCode).toBe(400);
    const state = await t.call(lead, { method: 'GET', url: '/api/v1/sanctions', query: { state: 'maybe' } });
    expect(state.json().errors).toEqual([
      expect.objectContaining({ path: 'state', code: 'validation.invalidEnum' }),
    ]);
  });

  it('shows no other centre’s sanction; answers 403 to workers and the federal role', async () => {
    const gentItems = (await t.call(gentLead, { method: 'GET', url: '/api/v1/sanctions' })).json<{
      items: Sanction[];
    }>().items;
    expect(gentItems.some((s) => s.trajectoryId === plan.id)).toBe(false);
    expect((await t.call(worker, { method: 'GET', url: '/api/v1/sanctions' })).statusCode).toBe(403);
    expect((await t.call(federal, { method: 'GET', url: '/api/v1/sanctions' })).statusCode).toBe(403);
    expect((await t.call(null, { method: 'GET', url: '/api/v1/sanctions' })).statusCode).toBe(401);
  });
});
