/**
 * Proposing, reading and correcting sanctions through the API, on the test database (today is
 * 2026-11-23). Approval, decision and withdrawal: sanctions-decision.test.ts.
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
let gent: string;
let federal: string;
let plan: Plan;
let api: ReturnType<typeof sanctionCalls>;

beforeAll(async () => {
  t = await createTestApp();
  api = sanctionCalls(t);
  worker = await t.login('worker@namur.demo', { address: '10.21.0.1' });
  colleague = await t.login('worker2@namur.demo', { address: '10.21.0.2' });
  lead = await t.login('lead@namur.demo', { address: '10.21.0.3' });
  gent = await t.login('worker@gent.demo', { address: '10.21.0.4' });
  federal = await t.login('federal@spp.demo', { address: '10.21.0.5' });
  plan = await makePlan(t, worker, 'Sanctionné');
});
afterAll(() => t.close());

describe('POST /trajectories/{id}/sanctions', () => {
  it('saves a proposal the law allows, waiting for approval, with its event and audit row', async () => {
    const response = await api.propose(worker, plan.id, proposal());
    expect(response.statusCode).toBe(201);
    const made = response.json<Sanction>();
    expect(response.headers.location).toBe(`/api/v1/sanctions/${made.id}`);
    expect(made).toEqual({
      id: made.id,
      trajectoryId: plan.id,
      personId: plan.personId,
      personName: 'Yanis Sanctionné',
      state: 'proposed',
      noticeOn: '2026-11-02',
      workerOpinion: 'Trois rendez-vous manqués sans justification malgré la mise en demeure.',
      workerOpinionOn: '2026-11-09',
      hearingOn: '2026-11-16',
      hearingAssisted: true,
      extent: 'total',
      partialPercent: null,
      startOn: '2026-12-01',
      endOn: '2026-12-31',
      suspended: false,
      proposedById: made.proposedById,
      proposedByName: 'Camille Dubois',
      approval: null,
      decisionOn: null,
      notifiedOn: null,
      appealDeadline: null,
      mayApprove: false,
      mayWithdraw: true,
      version: 1,
      createdAt: '2026-11-23T09:00:00.000Z',
      updatedAt: '2026-11-23T09:00:00.000Z',
    });
    const traces = await ownerRows<{ type: string; payload: unknown; occurred: string; action: string }>(
      t.database,
      sql`select e.type, e.payload, e.occurred_on::text as occurred, a.action from events e
          join audit_events a on a.subject_id = e.subject_id::text
          where e.subject_id = ${made.id}`,
    );
    // The opinion is personal: the event carries the period and the extent only.
    expect(traces).toEqual([
      {
        type: 'sanction.proposed',
        payload: {
          trajectoryId: plan.id,
          extent: 'total',
          startOn: '2026-12-01',
          endOn: '2026-12-31',
          suspended: false,
        },
        occurred: '2026-11-23',
        action: 'sanction.propose',
      },
    ]);
  });

  it('takes a partial suspension with its share, and a hearing the person did not attend', async () => {
    const made = await proposeOk(t, worker, plan.id, {
      extent: 'partial',
      partialPercent: 40,
      hearingOn: null,
      hearingAssisted: null,
      workerOpinion: undefined,
      suspended: true,
    });
    expect(made).toMatchObject({
      extent: 'partial',
      partialPercent: 40,
      hearingOn: null,
      hearingAssisted: null,
      workerOpinion: null,
      suspended: true,
    });
  });

  it.each([
    [
      'six weeks for a first sanction',
      { endOn: '2027-01-11' },
      'endOn',
      'validation.sanctionTooLong',
      "Cette suspension est trop longue : la loi la permet jusqu'au 31/12/2026 au plus.",
    ],
    [
      'one day more than a month',
      { endOn: '2027-01-01' },
      'endOn',
      'validation.sanctionTooLong',
      "Cette suspension est trop longue : la loi la permet jusqu'au 31/12/2026 au plus.",
    ],
    ['no formal notice', { noticeOn: null }, 'noticeOn', 'validation.sanctionNeedsNotice', null],
    [
      'no worker’s opinion',
      { workerOpinionOn: undefined },
      'workerOpinionOn',
      'validation.sanctionNeedsOpinion',
      null,
    ],
    [
      'a notice after today (the assumed decision day)',
      { noticeOn: '2026-11-24' },
      'noticeOn',
      'validation.sanctionNoticeAfterDecision',
      null,
    ],
    [
      'an opinion after today',
      { workerOpinionOn: '2026-11-30' },
      'workerOpinionOn',
      'validation.sanctionOpinionAfterDecision',
      null,
    ],
    [
      'a hearing after today',
      { hearingOn: '2026-11-25' },
      'hearingOn',
      'validation.sanctionHearingAfterDecision',
      null,
    ],
    ['an end before the start', { endOn: '2026-11-30' }, 'endOn', 'validation.endBeforeStart', null],
    [
      'a partial suspension without its share',
      { extent: 'partial' },
      'partialPercent',
      'validation.required',
      null,
    ],
    [
      'a share for a total suspension',
      { partialPercent: 50 },
      'partialPercent',
      'validation.sanctionPercentOnlyPartial',
      null,
    ],
    [
      'a share of 100 %',
      { extent: 'partial', partialPercent: 100 },
      'partialPercent',
      'validation.tooBig',
      null,
    ],
    ['an unknown extent', { extent: 'half' }, 'extent', 'validation.invalidEnum', null],
    ['an impossible date', { startOn: '2026-02-30' }, 'startOn', 'validation.invalidDate', null],
    ['no start', { startOn: undefined }, 'startOn', 'validation.required', null],
    ['an unknown field', { decisionOn: '2026-11-23' }, '', 'validation.unknownField', null],
  ])(
    'refuses %s, naming the field and the rule, and writes nothing',
    async (_name, change, path, code, message) => {
      const before = await writes(t);
      const response = await api.propose(worker, plan.id, proposal(change));
      expect(response.statusCode).toBe(400);
      const errors = response.json<{ errors: { path: string; code: string; message: string }[] }>().errors;
      expect(errors).toContainEqual(expect.objectContaining({ path, code }));
      if (message) expect(errors).toEqual([{ path, code, message }]);
      expect(await writes(t)).toEqual(before);
    },
  );

  it('refuses any sanction for a person without the integration income, on the situation', async () => {
    const aided = await makePlan(t, worker, 'Équivalent', { change: { situation: 'equivalentAid' } });
    const before = await writes(t);
    const response = await api.propose(worker, aided.id, proposal());
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      {
        path: 'situation',
        code: 'validation.sanctionNoIntegrationIncome',
        message: "Seule une personne qui perçoit le revenu d'intégration peut être sanctionnée.",
      },
    ]);
    expect(await writes(t)).toEqual(before);
  });

  it('answers 409 for a plan that is not an active PIIS: a draft, a closed plan, a growth plan', async () => {
    const draft = await makePlan(t, worker, 'Brouillon', { state: 'draft' });
    const closed = await makePlan(t, worker, 'Clôturé', { state: 'closed' });
    const growth = await makePlan(t, worker, 'Croissance', { change: { form: 'growthPlan' } });
    for (const id of [draft.id, closed.id, growth.id]) {
      const response = await api.propose(worker, id, proposal());
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({
        type: '/api/v1/problems/conflict',
        rule: 'sanction.onlyActivePiis',
      });
    }
    const listed = (await api.ofPlan(worker, draft.id)).json<PlanSanctions>();
    expect(listed.allowance.sanctionsMayApply).toBe(false);
  });

  it('answers 401 without a session, 404 for another centre’s plan or none, 403 to the federal role', async () => {
    expect((await api.propose(null as unknown as string, plan.id, proposal())).statusCode).toBe(401);
    expect((await api.propose(gent, plan.id, proposal())).statusCode).toBe(404);
    expect((await api.propose(worker, '00000000-0000-4000-8000-000000000000', proposal())).statusCode).toBe(
      404,
    );
    expect((await api.propose(federal, plan.id, proposal())).statusCode).toBe(403);
  });
});

describe('GET /trajectories/{id}/sanctions', () => {
  it('lists the plan’s sanctions, newest first, and what the law allows today', async () => {
    const fresh = await makePlan(t, worker, 'Listé');
    const first = await proposeOk(t, worker, fresh.id);
    t.clock.advance(60_000);
    const second = await proposeOk(t, colleague, fresh.id, { endOn: '2026-12-15' });
    const response = await api.ofPlan(lead, fresh.id);
    expect(response.statusCode).toBe(200);
    const listed = response.json<PlanSanctions>();
    expect(listed.items.map((s) => [s.id, s.proposedByName, s.mayApprove])).toEqual([
      [second.id, 'Nadia Benali', true],
      [first.id, 'Camille Dubois', true],
    ]);
    expect(listed.allowance).toEqual({ months: 1, lastDecisionOn: null, sanctionsMayApply: true });
    const [audit] = await ownerRows<{ action: string; details: unknown }>(
      t.database,
      sql`select action, details from audit_events where subject_id = ${fresh.id} and action = 'sanction.list'`,
    );
    expect(audit).toEqual({ action: 'sanction.list', details: { returned: 2 } });
  });

  it('answers 404 for another centre’s plan, 403 to the federal role', async () => {
    expect((await api.ofPlan(gent, plan.id)).statusCode).toBe(404);
    expect((await api.ofPlan(federal, plan.id)).statusCode).toBe(403);
    expect((await api.ofPlan(null as unknown as string, plan.id)).statusCode).toBe(401);
  });
});

describe('GET /sanctions/{id}', () => {
  it('reads one sanction, with an audit row', async () => {
    const made = await proposeOk(t, worker, plan.id);
    const response = await api.read(colleague, made.id);
    expect(response.statusCode).toBe(200);
    expect(response.json<Sanction>()).toMatchObject({ id: made.id, state: 'proposed', mayWithdraw: false });
    const rows = await ownerRows<{ n: number }>(
      t.database,
      sql`select count(*)::int as n from audit_events where subject_id = ${made.id} and action = 'sanction.read'`,
    );
    expect(rows[0]?.n).toBe(1);
  });

  it('answers 404 to another centre and for an unknown id, 403 to the federal role', async () => {
    const made = await proposeOk(t, worker, plan.id);
    expect((await api.read(gent, made.id)).statusCode).toBe(404);
    expect((await api.read(worker, '00000000-0000-4000-8000-000000000000')).json()).toMatchObject({
      status: 404,
      detail: "Cette sanction n'existe pas dans votre CPAS.",
    });
    expect((await api.read(federal, made.id)).statusCode).toBe(403);
  });
});

describe('PATCH /sanctions/{id}', () => {
  it('lets the proposer correct a waiting proposal: a new version, the earlier one kept', async () => {
    const made = await proposeOk(t, worker, plan.id);
    const response = await api.correct(worker, made.id, {
      version: 1,
      endOn: '2026-12-20',
      workerOpinion: 'Avis complété après l’audition.',
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<Sanction>()).toMatchObject({
      endOn: '2026-12-20',
      workerOpinion: 'Avis complété après l’audition.',
      version: 2,
      state: 'proposed',
    });
    const events = await ownerRows<{ type: string; payload: unknown }>(
      t.database,
      sql`select type, payload from events where subject_id = ${made.id} order by subject_seq`,
    );
    expect(events.map((e) => e.type)).toEqual(['sanction.proposed', 'sanction.corrected']);
    expect(events[1]?.payload).toEqual({ trajectoryId: plan.id, fields: ['workerOpinion', 'endOn'] });
    const versions = await ownerRows<{ version: number; endOn: string }>(
      t.database,
      sql`select version, data->>'endOn' as "endOn" from record_versions
          where entity = 'sanction' and entity_id = ${made.id} order by version`,
    );
    expect(versions).toEqual([
      { version: 1, endOn: '2026-12-31' },
      { version: 2, endOn: '2026-12-20' },
    ]);
    // Saving what is already there makes no new version.
    const same = await api.correct(worker, made.id, { version: 2, endOn: '2026-12-20' });
    expect(same.json<Sanction>().version).toBe(2);
  });

  it('checks the law again on the corrected proposal', async () => {
    const made = await proposeOk(t, worker, plan.id);
    const before = await writes(t);
    const tooLong = await api.correct(worker, made.id, { version: 1, endOn: '2027-01-11' });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().errors).toEqual([
      {
        path: 'endOn',
        code: 'validation.sanctionTooLong',
        message: "Cette suspension est trop longue : la loi la permet jusqu'au 31/12/2026 au plus.",
      },
    ]);
    const noNotice = await api.correct(worker, made.id, { version: 1, noticeOn: null });
    expect(noNotice.json().errors).toEqual([
      expect.objectContaining({ path: 'noticeOn', code: 'validation.sanctionNeedsNotice' }),
    ]);
    const partial = await api.correct(worker, made.id, { version: 1, extent: 'partial' });
    expect(partial.json().errors).toEqual([
      expect.objectContaining({ path: 'partialPercent', code: 'validation.required' }),
    ]);
    expect(await writes(t)).toEqual(before);
  });

  it('refuses a colleague (403), a stale version (409), a notification on a proposal (409), another centre (404)', async () => {
    const made = await proposeOk(t, worker, plan.id);
    const colleagues = await api.correct(colleague, made.id, { version: 1, endOn: '2026-12-20' });
    expect(colleagues.statusCode).toBe(403);
    expect(colleagues.json().detail).toBe(
      "Seul l'assistant social qui a proposé cette sanction (ou, pour la retirer, qui peut l'approuver) peut le faire.",
    );
    await api.correct(worker, made.id, { version: 1, endOn: '2026-12-20' });
    const stale = await api.correct(worker, made.id, { version: 1, endOn: '2026-12-21' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().currentVersion).toBe(2);
    const notified = await api.correct(worker, made.id, { version: 2, notifiedOn: '2026-11-23' });
    expect(notified.statusCode).toBe(409);
    expect(notified.json().rule).toBe('sanction.notifiedOnlyDecided');
    expect((await api.correct(gent, made.id, { version: 2, endOn: '2026-12-21' })).statusCode).toBe(404);
    expect((await api.correct(federal, made.id, { version: 2, endOn: '2026-12-21' })).statusCode).toBe(403);
    const bad = await api.correct(worker, made.id, { endOn: '2026-12-21' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toContainEqual(expect.objectContaining({ path: 'version' }));
  });
});

describe('the timeline', () => {
  it('shows the sanction’s events with the plan’s', async () => {
    const fresh = await makePlan(t, worker, 'Chronologie');
    const made = await proposeOk(t, worker, fresh.id);
    const timeline = (
      await t.call(worker, { method: 'GET', url: `/api/v1/persons/${fresh.personId}/timeline` })
    ).json<{ items: { type: string; kind: string; id: string; detail: unknown }[] }>();
    expect(timeline.items.find((i) => i.id === made.id)).toMatchObject({
      type: 'sanction.proposed',
      kind: 'trajectory',
      detail: { trajectoryId: fresh.id, extent: 'total', startOn: '2026-12-01', endOn: '2026-12-31' },
    });
  });
});
