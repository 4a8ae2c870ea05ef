import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/app.ts';
import { ownerRows } from '../../../test/owner.ts';
import type { Trajectory } from './schemas.ts';

let t: TestApp;
let worker: string;
let lead: string;
let gent: string;
let federal: string;

// The smallest valid PNG (1 × 1): what a signature pad sends, only smaller.
const PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

async function person(lastName: string, birthDate = '2003-05-10') {
  return (
    await t.call(worker, {
      method: 'POST',
      url: '/api/v1/persons',
      payload: { firstName: 'Lina', lastName, birthDate, sex: 'F', language: 'fr' },
    })
  ).json<{ id: string }>().id;
}
async function assessment(personId: string) {
  return (
    await t.call(worker, {
      method: 'POST',
      url: `/api/v1/persons/${personId}/assessments`,
      payload: { assessedOn: '2026-10-01', domains: [{ domain: 'housing', situation: 'Loue un studio' }] },
    })
  ).json<{ id: string }>().id;
}
const plan = (personId: string, overrides: Record<string, unknown> = {}) => ({
  personId,
  form: 'piis',
  situation: 'integrationIncome',
  incomeCategory: 'single',
  decisionDate: '2026-10-15',
  notificationDate: '2026-10-20',
  incomeInPreviousThreeMonths: false,
  orientations: ['training'],
  objectives: [{ id: 'o1', text: 'Obtenir le permis cariste' }],
  personCommitments: [{ objectiveId: 'o1', text: 'Suivre la formation' }],
  centreCommitments: [{ objectiveId: 'o1', text: 'Payer l’inscription' }],
  actions: [
    { id: 'a1', what: 'S’inscrire au Forem', who: 'la personne', dueOn: '2026-12-15', objectiveId: 'o1' },
  ],
  startOn: '2026-12-01',
  plannedEndOn: '2027-11-30',
  ...overrides,
});
const create = (body: object, session = worker) =>
  t.call(session, { method: 'POST', url: '/api/v1/trajectories', payload: body });
const command = (id: string, name: string, payload: object, session = worker) =>
  t.call(session, { method: 'POST', url: `/api/v1/trajectories/${id}/${name}`, payload });
const read = async (id: string) =>
  (await t.call(worker, { method: 'GET', url: `/api/v1/trajectories/${id}` })).json<Trajectory>();
const count = async (table: string) =>
  (
    await ownerRows<{ n: number }>(t.database, sql`select count(*)::int as n from ${sql.identifier(table)}`)
  )[0]?.n;

beforeAll(async () => {
  t = await createTestApp();
  worker = await t.login('worker@namur.demo', { address: '10.9.0.1' });
  lead = await t.login('lead@namur.demo', { address: '10.9.0.2' });
  gent = await t.login('worker@gent.demo', { address: '10.9.0.3' });
  federal = await t.login('federal@spp.demo', { address: '10.9.0.4' });
});
afterAll(() => t.close());

describe('POST /trajectories', () => {
  it('drafts a PIIS on the latest assessment and says why it is mandatory', async () => {
    const personId = await person('Draftée');
    const assessmentId = await assessment(personId);
    const response = await create(plan(personId));
    expect(response.statusCode).toBe(201);
    const made = response.json<Trajectory>();
    expect(response.headers.location).toBe(`/api/v1/trajectories/${made.id}`);
    expect(made).toMatchObject({
      personId,
      personName: 'Lina Draftée',
      form: 'piis',
      state: 'draft',
      assessmentId,
      currentVersion: 1,
      obligation: { mandatory: true, reasons: ['under25', 'newBeneficiary'] },
      mandatoryPiisMissing: false,
      sanctionsMayApply: true,
      plan: {
        number: 1,
        state: 'draft',
        orientations: ['training'],
        objectives: [{ id: 'o1', text: 'Obtenir le permis cariste' }],
        actions: [{ id: 'a1', status: 'planned', objectiveId: 'o1', dueOn: '2026-12-15' }],
        supportPerson: null,
        information: null,
        signatures: null,
      },
    });
    const traces = await ownerRows<{ type: string; payload: unknown }>(
      t.database,
      sql`select type, payload from events where subject_id = ${made.id}`,
    );
    expect(traces).toEqual([{ type: 'trajectory.drafted', payload: { form: 'piis', version: 1 } }]);
  });

  it('a user without financial aid may have a plan; no PIIS is required and no sanction applies', async () => {
    const personId = await person('Sansaide', '1980-01-01');
    await assessment(personId);
    const made = (
      await create(
        plan(personId, {
          form: 'growthPlan',
          situation: 'noFinancialAid',
          orientations: ['socialActivation'],
          plannedEndOn: '2027-11-30',
        }),
      )
    ).json<Trajectory>();
    expect(made).toMatchObject({
      obligation: { mandatory: false, because: 'notIntegrationIncome', reasons: [] },
      sanctionsMayApply: false,
    });
  });

  it('flags a growth plan for someone the law requires a PIIS of', async () => {
    const personId = await person('Obligée');
    await assessment(personId);
    const made = (await create(plan(personId, { form: 'growthPlan' }))).json<Trajectory>();
    expect(made).toMatchObject({ obligation: { mandatory: true }, mandatoryPiisMissing: true });
    const exempted = (
      await create(
        plan(personId, {
          form: 'growthPlan',
          exemption: { reason: 'health', justification: 'Hospitalisation longue.' },
        }),
      )
    ).json<Trajectory>();
    expect(exempted).toMatchObject({
      obligation: { mandatory: false, because: 'exempted' },
      mandatoryPiisMissing: false,
    });
  });

  it('a plan re-actualised after a short job needs no assessment', async () => {
    const personId = await person('Réactualisée');
    const response = await create(plan(personId, { reactualisedAfterShortJob: true }));
    expect(response.statusCode).toBe(201);
    expect(response.json().assessmentId).toBeNull();
  });

  it.each([
    [
      'no assessment of the person',
      (p: string) => plan(p),
      'assessmentId',
      'validation.assessmentRequired',
      false,
    ],
    [
      'social activation longer than a year',
      (p: string) =>
        plan(p, { orientations: ['socialActivation'], startOn: '2026-12-01', plannedEndOn: '2027-12-01' }),
      'plannedEndOn',
      'validation.activationMaxOneYear',
      true,
    ],
    [
      'community service without the person’s agreement',
      (p: string) => plan(p, { orientations: ['communityService'] }),
      'communityServiceAgreedOn',
      'validation.communityServiceAgreement',
      true,
    ],
    [
      'a commitment to no objective',
      (p: string) => plan(p, { personCommitments: [{ objectiveId: 'o9', text: 'x' }] }),
      'personCommitments.0.objectiveId',
      'validation.unknownObjective',
      true,
    ],
    [
      'a notification before the decision',
      (p: string) => plan(p, { notificationDate: '2026-10-01' }),
      'notificationDate',
      'validation.notificationBeforeDecision',
      true,
    ],
    [
      'a decision in the future',
      (p: string) => plan(p, { decisionDate: '2026-11-24', notificationDate: null }),
      'decisionDate',
      'validation.dateInFuture',
      true,
    ],
    [
      'an end before the start',
      (p: string) => plan(p, { plannedEndOn: '2026-11-30' }),
      'plannedEndOn',
      'validation.endBeforeStart',
      true,
    ],
    [
      'no orientation',
      (p: string) => plan(p, { orientations: [] }),
      'orientations',
      'validation.tooSmall',
      true,
    ],
    [
      'an unknown orientation',
      (p: string) => plan(p, { orientations: ['astrology'] }),
      'orientations.0',
      'validation.invalidEnum',
      true,
    ],
    [
      'the same objective key twice',
      (p: string) =>
        plan(p, {
          objectives: [
            { id: 'o1', text: 'a' },
            { id: 'o1', text: 'b' },
          ],
        }),
      'objectives.1.id',
      'validation.duplicateKey',
      true,
    ],
  ])('refuses %s on its field and writes nothing', async (name, body, path, code, withAssessment) => {
    // One person per case: the same name twice would be a possible duplicate.
    const personId = await person(`Refusée ${name.replace(/[^a-zé ]/gi, '')}`);
    if (withAssessment) await assessment(personId);
    const before = [await count('trajectories'), await count('trajectory_versions')];
    const response = await create(body(personId));
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual(expect.objectContaining({ path, code }));
    expect([await count('trajectories'), await count('trajectory_versions')]).toEqual(before);
  });

  it('answers 401 without a session, 404 for another centre’s person, 403 to the federal role', async () => {
    const personId = await person('Protégée');
    await assessment(personId);
    expect((await create(plan(personId), null as unknown as string)).statusCode).toBe(401);
    expect((await create(plan(personId), gent)).statusCode).toBe(404);
    expect((await create(plan(personId), federal)).statusCode).toBe(403);
  });
});

describe('the lifecycle: inform, sign, amend, close', () => {
  let id: string;
  let assessmentId: string;
  beforeAll(async () => {
    const personId = await person('Cycle');
    assessmentId = await assessment(personId);
    id = (await create(plan(personId))).json<Trajectory>().id;
  });

  it('changes a draft, refuses a stale version', async () => {
    const changed = await t.call(worker, {
      method: 'PATCH',
      url: `/api/v1/trajectories/${id}`,
      payload: { version: 1, supportPerson: { name: 'Sa sœur Aya', relation: 'sœur' } },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      version: 2,
      plan: { number: 1, supportPerson: { name: 'Sa sœur Aya' } },
    });
    const stale = await t.call(worker, {
      method: 'PATCH',
      url: `/api/v1/trajectories/${id}`,
      payload: { version: 1, evaluationArrangements: 'x' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().currentVersion).toBe(2);
  });

  it('signing before the information is refused, naming the rule', async () => {
    const response = await command(id, 'sign', {
      version: 2,
      signedOn: '2026-11-23',
      person: { kind: 'screen', image: PNG },
      worker: { kind: 'screen', image: PNG },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ rule: 'plan.signOnlyInformed', state: 'draft' });
  });

  it('records the information; signing inside the reflection period is refused with the first day allowed', async () => {
    const informed = await command(id, 'inform', {
      version: 2,
      informedOn: '2026-11-20',
      language: 'fr',
      supportPersonExplained: true,
      reflectionRequested: true,
    });
    expect(informed.statusCode).toBe(200);
    expect(informed.json()).toMatchObject({
      state: 'informed',
      version: 3,
      plan: {
        state: 'informed',
        information: { informedOn: '2026-11-20', reflectionRequested: true, reflectionWaived: false },
      },
    });
    const early = await command(id, 'sign', {
      version: 3,
      signedOn: '2026-11-23',
      person: { kind: 'screen', image: PNG },
      worker: { kind: 'screen', image: PNG },
    });
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({ rule: 'piis.reflection', from: '2026-11-26' });
    expect(early.json().detail).toBe(
      'La personne a demandé un délai de réflexion : le plan peut être signé à partir du 26/11/2026, sauf si elle y renonce.',
    );
    expect((await read(id)).state).toBe('informed');
  });

  it('a PIIS needs both signatures', async () => {
    const response = await command(id, 'sign', {
      version: 3,
      signedOn: '2026-11-23',
      reflectionWaived: true,
      person: null,
      worker: { kind: 'screen', image: PNG },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ path: 'person', code: 'validation.signatureRequired' }),
    ]);
  });

  it.each([
    { name: 'is not a PNG, whatever its label says', bytes: Buffer.from('GIF89a not a png') },
    {
      // Every print decodes it: a file that only starts like a PNG would break them all.
      name: 'starts like a PNG but cannot be read',
      bytes: Buffer.concat([Buffer.from('89504e470d0a1a0a', 'hex'), Buffer.alloc(32, 7)]),
    },
  ])('refuses a signature that $name', async ({ bytes }) => {
    const fake = `data:image/png;base64,${bytes.toString('base64')}`;
    const response = await command(id, 'sign', {
      version: 3,
      signedOn: '2026-11-23',
      reflectionWaived: true,
      person: { kind: 'screen', image: fake },
      worker: { kind: 'screen', image: PNG },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([
      expect.objectContaining({ path: 'person.image', code: 'validation.signatureImage' }),
    ]);
    const files = await ownerRows<{ n: number }>(
      t.database,
      sql`select count(*)::int as n from signature_files where trajectory_id = ${id}`,
    );
    expect(files).toEqual([{ n: 0 }]);
  });

  it('signs with a recorded waiver: the version is frozen and the assessment locked', async () => {
    const signed = await command(id, 'sign', {
      version: 3,
      signedOn: '2026-11-23',
      reflectionWaived: true,
      person: { kind: 'screen', image: PNG },
      worker: { kind: 'screen', image: PNG },
    });
    expect(signed.statusCode).toBe(200);
    expect(signed.json()).toMatchObject({
      state: 'active',
      plan: {
        state: 'signed',
        signedOn: '2026-11-23',
        signatures: { person: 'screen', worker: 'screen', workerName: 'Camille Dubois' },
        information: { reflectionWaived: true },
      },
    });
    const files = await ownerRows<{ kind: string; media_type: string }>(
      t.database,
      sql`select kind, media_type from signature_files where trajectory_id = ${id} order by kind`,
    );
    expect(files).toEqual([
      { kind: 'person', media_type: 'image/png' },
      { kind: 'worker', media_type: 'image/png' },
    ]);
    expect(
      (await t.call(worker, { method: 'GET', url: `/api/v1/assessments/${assessmentId}` })).json().locked,
    ).toBe(true);
    const frozen = await t.call(worker, {
      method: 'PATCH',
      url: `/api/v1/trajectories/${id}`,
      payload: { version: 4, evaluationArrangements: 'Chaque trimestre' },
    });
    expect(frozen.statusCode).toBe(409);
    expect(frozen.json()).toMatchObject({ rule: 'plan.signedVersionFrozen' });
  });

  it('the database itself refuses to change a signed version', async () => {
    await expect(
      ownerRows(
        t.database,
        sql`update trajectory_versions set content = '{}'::jsonb where trajectory_id = ${id} and number = 1`,
      ),
    ).rejects.toThrow();
  });

  it('amends into version 2, which is changed, informed and signed; version 1 is superseded', async () => {
    const amended = await command(id, 'amend', { version: 4 });
    expect(amended.statusCode).toBe(200);
    expect(amended.json()).toMatchObject({
      state: 'active',
      currentVersion: 2,
      plan: { number: 2, state: 'draft', objectives: [{ id: 'o1' }] },
    });
    const changed = await t.call(worker, {
      method: 'PATCH',
      url: `/api/v1/trajectories/${id}`,
      payload: { version: 5, objectives: [{ id: 'o1', text: 'Obtenir le permis cariste et un emploi' }] },
    });
    expect(changed.statusCode).toBe(200);
    await command(id, 'inform', {
      version: 6,
      informedOn: '2026-11-23',
      language: 'fr',
      supportPersonExplained: true,
      reflectionRequested: false,
    });
    const signed = await command(id, 'sign', {
      version: 7,
      signedOn: '2026-11-23',
      person: { kind: 'screen', image: PNG },
      worker: { kind: 'screen', image: PNG },
    });
    expect(signed.statusCode).toBe(200);
    const versions = (
      await t.call(worker, { method: 'GET', url: `/api/v1/trajectories/${id}/versions` })
    ).json<{ items: Array<{ number: number; state: string }> }>();
    expect(versions.items.map((v) => [v.number, v.state])).toEqual([
      [1, 'superseded'],
      [2, 'signed'],
    ]);
    const changes = (
      await t.call(worker, { method: 'GET', url: `/api/v1/trajectories/${id}/versions/2/changes` })
    ).json();
    expect(changes).toEqual({
      from: 1,
      to: 2,
      changes: [
        {
          field: 'objectives',
          change: 'changed',
          key: 'o1',
          before: { id: 'o1', text: 'Obtenir le permis cariste' },
          after: { id: 'o1', text: 'Obtenir le permis cariste et un emploi' },
        },
      ],
    });
    expect(
      (await t.call(worker, { method: 'GET', url: `/api/v1/trajectories/${id}/versions/3/changes` }))
        .statusCode,
    ).toBe(404);
  });

  it('closes with an outcome; a closed plan takes no command', async () => {
    const closed = await command(id, 'close', {
      version: 8,
      closedOn: '2026-11-23',
      outcome: 'employment',
      note: 'Engagée en CDI.',
    });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({
      state: 'closed',
      closedOn: '2026-11-23',
      outcome: 'employment',
      closureNote: 'Engagée en CDI.',
    });
    const after = await command(id, 'amend', { version: 9 });
    expect(after.statusCode).toBe(409);
    expect(after.json()).toMatchObject({ rule: 'plan.closed' });
  });

  it('the timeline tells the plan’s story', async () => {
    const personId = (await read(id)).personId;
    const timeline = await t.call(worker, { method: 'GET', url: `/api/v1/persons/${personId}/timeline` });
    expect(timeline.statusCode, timeline.body).toBe(200);
    const items = timeline.json<{ items: Array<{ type: string; kind: string }> }>().items;
    expect(
      items
        .filter((i) => i.kind === 'trajectory')
        .map((i) => i.type)
        .sort(),
    ).toEqual(
      [
        'trajectory.amended',
        'trajectory.closed',
        'trajectory.drafted',
        'trajectory.informed',
        'trajectory.informed',
        'trajectory.signed',
        'trajectory.signed',
        'trajectory.updated',
        'trajectory.updated',
      ].sort(),
    );
  });

  it('another centre sees none of it', async () => {
    expect((await t.call(gent, { method: 'GET', url: `/api/v1/trajectories/${id}` })).statusCode).toBe(404);
    expect(
      (await command(id, 'close', { version: 9, closedOn: '2026-11-23', outcome: 'other' }, gent)).statusCode,
    ).toBe(404);
    const list = (await t.call(gent, { method: 'GET', url: '/api/v1/trajectories' })).json<{
      items: Trajectory[];
    }>();
    expect(list.items.map((p) => p.id)).not.toContain(id);
  });
});

describe('growth plans, paper signatures, lists and deadlines', () => {
  it('a worker signs on the centre’s behalf only under a delegation in force that day', async () => {
    const colleague = await t.login('worker2@namur.demo', { address: '10.9.0.5' });
    await ownerRows(
      t.database,
      sql`update signing_delegations set until = '2026-06-30'
          where user_id = (select id from users where email = 'worker2@namur.demo')`,
    );
    const personId = await person('Délégation');
    await assessment(personId);
    const made = (await create(plan(personId), colleague)).json<Trajectory>();
    await command(
      made.id,
      'inform',
      {
        version: 1,
        informedOn: '2026-11-23',
        language: 'fr',
        supportPersonExplained: true,
        reflectionRequested: false,
      },
      colleague,
    );
    const refused = await command(
      made.id,
      'sign',
      {
        version: 2,
        signedOn: '2026-11-23',
        person: { kind: 'screen', image: PNG },
        worker: { kind: 'screen', image: PNG },
      },
      colleague,
    );
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ rule: 'plan.signingDelegation', day: '2026-11-23' });
    // A colleague whose delegation is in force signs it.
    const earlier = (await read(made.id)).version;
    const covered = await command(made.id, 'sign', {
      version: earlier,
      signedOn: '2026-11-23',
      person: { kind: 'screen', image: PNG },
      worker: { kind: 'screen', image: PNG },
    });
    expect(covered.statusCode).toBe(200);
  });

  it('a growth plan is activated without signatures when the centre does not require them', async () => {
    const personId = await person('Croissance', '1985-02-02');
    await assessment(personId);
    const made = (await create(plan(personId, { form: 'growthPlan' }))).json<Trajectory>();
    await command(made.id, 'inform', {
      version: 1,
      informedOn: '2026-11-23',
      language: 'fr',
      supportPersonExplained: true,
      reflectionRequested: false,
    });
    const signed = await command(made.id, 'sign', {
      version: 2,
      signedOn: '2026-11-23',
      person: null,
      worker: null,
    });
    expect(signed.statusCode).toBe(200);
    expect(signed.json()).toMatchObject({ state: 'active', plan: { state: 'signed', signatures: null } });
    // The council takes note after the signature; a draft has nothing to take note of.
    const noted = await t.call(worker, {
      method: 'PATCH',
      url: `/api/v1/trajectories/${made.id}`,
      payload: { version: signed.json().version, councilNotedOn: '2026-11-23' },
    });
    expect(noted.statusCode).toBe(200);
    expect(noted.json().plan).toMatchObject({ state: 'signed', councilNotedOn: '2026-11-23' });
    const other = (await create(plan(personId, { form: 'growthPlan' }))).json<Trajectory>();
    const early = await t.call(worker, {
      method: 'PATCH',
      url: `/api/v1/trajectories/${other.id}`,
      payload: { version: other.version, councilNotedOn: '2026-11-23' },
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().errors).toEqual([
      expect.objectContaining({ path: 'councilNotedOn', code: 'validation.councilBeforeSignature' }),
    ]);
  });

  it('a plan signed on paper needs its scan, checked from its bytes', async () => {
    const personId = await person('Papier');
    await assessment(personId);
    const made = (await create(plan(personId))).json<Trajectory>();
    await command(made.id, 'inform', {
      version: 1,
      informedOn: '2026-11-23',
      language: 'fr',
      supportPersonExplained: true,
      reflectionRequested: false,
    });
    const paper = {
      version: 2,
      signedOn: '2026-11-23',
      person: { kind: 'paper' },
      worker: { kind: 'paper' },
    };
    const missing = await command(made.id, 'sign', paper);
    expect(missing.statusCode).toBe(409);
    expect(missing.json()).toMatchObject({ rule: 'plan.paperScanFirst' });
    const upload = (body: Buffer, type: string) =>
      t.call(worker, {
        method: 'PUT',
        url: `/api/v1/trajectories/${made.id}/versions/1/paper-scan`,
        payload: body,
        headers: { 'content-type': type },
      });
    const text = await upload(Buffer.from('not a scan at all'), 'application/pdf');
    expect(text.statusCode).toBe(415);
    const pdf = Buffer.from('%PDF-1.4\n% a scanned plan\n');
    const uploaded = await upload(pdf, 'application/pdf');
    expect(uploaded.statusCode).toBe(201);
    expect(uploaded.json()).toMatchObject({ mediaType: 'application/pdf', size: pdf.length });
    const signed = await command(made.id, 'sign', paper);
    expect(signed.statusCode).toBe(200);
    expect(signed.json().plan.signatures).toEqual({
      person: 'paper',
      worker: 'paper',
      workerName: 'Camille Dubois',
    });
  });

  it('lists by person, state, responsible worker and orientation', async () => {
    const personId = await person('Listée');
    await assessment(personId);
    const training = (await create(plan(personId))).json<Trajectory>();
    t.clock.advance(1000); // newest first: the second plan is drafted a second later
    const activation = (
      await create(
        plan(personId, {
          form: 'growthPlan',
          orientations: ['socialActivation'],
          plannedEndOn: '2027-11-30',
        }),
      )
    ).json<Trajectory>();
    const ids = async (query: Record<string, string>, session = worker) =>
      (await t.call(session, { method: 'GET', url: '/api/v1/trajectories', query: { personId, ...query } }))
        .json<{ items: Trajectory[] }>()
        .items.map((p) => p.id);
    expect(await ids({})).toEqual([activation.id, training.id]);
    expect(await ids({ orientation: 'socialActivation' })).toEqual([activation.id]);
    expect(await ids({ state: 'active' })).toEqual([]);
    expect(await ids({ responsible: 'me' })).toEqual([activation.id, training.id]);
    expect(await ids({ responsible: 'me' }, lead)).toEqual([]);
    expect(await ids({ limit: '1' })).toEqual([activation.id]);
  });

  it('computes the plan’s deadlines and an interview asked for', async () => {
    const personId = await person('Échéances');
    await assessment(personId);
    const made = (await create(plan(personId))).json<Trajectory>();
    const asked = await command(made.id, 'interview-requests', { requestedOn: '2026-11-20' });
    expect(asked.statusCode).toBe(201);
    expect(asked.json()).toMatchObject({ requestedOn: '2026-11-20', heldOn: null, deadline: '2026-11-27' });
    const deadlines = (
      await t.call(worker, { method: 'GET', url: `/api/v1/trajectories/${made.id}/deadlines` })
    ).json();
    expect(deadlines).toEqual({
      today: '2026-11-23',
      items: [
        {
          key: 'interview.1',
          rule: 'interview.onRequest',
          date: '2026-11-27',
          state: 'due',
          closedBy: 'interview',
        },
        {
          key: 'piis.conclusion',
          rule: 'piis.conclusion',
          date: '2027-01-15',
          state: 'due',
          closedBy: 'signature',
        },
        {
          key: 'evaluation.1',
          rule: 'evaluation.scheduled',
          date: '2027-04-01',
          state: 'due',
          closedBy: 'evaluation',
          inPerson: true,
        },
        {
          key: 'evaluation.2',
          rule: 'evaluation.scheduled',
          date: '2027-08-02', // 1 August 2027 is a Sunday: the next working day
          state: 'due',
          closedBy: 'evaluation',
          inPerson: true,
        },
        {
          key: 'evaluation.3',
          rule: 'evaluation.scheduled',
          date: '2027-11-30',
          state: 'due',
          closedBy: 'evaluation',
          inPerson: false,
        },
        {
          key: 'subsidy.extension',
          rule: 'subsidy.extension',
          date: '2027-11-30',
          state: 'due',
          closedBy: 'motivation',
        },
        { key: 'subsidy.end', rule: 'subsidy.end', date: '2028-11-30', state: 'due', closedBy: 'time' },
      ],
    });
  });
});
