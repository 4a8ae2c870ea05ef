import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../domain/centre-policy.ts';
import { documentInstant, longDate, type PlanDocumentData, planDocument, renderPdf } from './document.ts';
import type { PlanVersion } from './schemas.ts';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const version = (overrides: Partial<PlanVersion> = {}): PlanVersion => ({
  number: 2,
  state: 'signed',
  orientations: ['training', 'socialActivation'],
  communityServiceAgreedOn: null,
  objectives: [
    { id: 'o1', text: 'Obtenir le permis cariste' },
    { id: 'o2', text: 'Trouver un logement' },
  ],
  personCommitments: [
    { objectiveId: 'o1', text: 'Suivre la formation' },
    { objectiveId: 'o2', text: 'Visiter trois logements' },
  ],
  centreCommitments: [{ objectiveId: 'o1', text: 'Payer l’inscription' }],
  actions: [
    {
      id: 'a1',
      what: 'S’inscrire au Forem',
      who: 'la personne',
      dueOn: '2026-12-15',
      status: 'inProgress',
      objectiveId: 'o1',
    },
  ],
  parties: [{ name: 'Forem Namur', role: 'centre de formation' }],
  supportPerson: { name: 'Aya Ndiaye', relation: 'sœur' },
  evaluationArrangements: 'Un entretien au CPAS.',
  startOn: '2026-12-01',
  plannedEndOn: '2027-11-30',
  information: null,
  signedOn: '2026-11-23',
  signatures: { person: 'screen', worker: 'paper', workerName: 'Camille Dubois' },
  councilNotedOn: null,
  documentSha256: null,
  createdAt: '2026-11-20T10:00:00.000Z',
  ...overrides,
});

const data = (overrides: Partial<PlanDocumentData> = {}): PlanDocumentData => ({
  locale: 'fr',
  form: 'piis',
  person: { firstName: 'Aïssatou', lastName: 'Diallo' },
  centreName: 'CPAS de Namur',
  responsibleWorker: 'Camille Dubois',
  version: version(),
  policy: DEFAULT_POLICY,
  drawn: { person: PNG, worker: null },
  ...overrides,
});

/** Every text of a definition, in order, one string per text node. */
function texts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(texts);
  if (node && typeof node === 'object') {
    const { text, ul, stack, columns, table } = node as Record<string, unknown>;
    return [
      ...(text !== undefined ? texts(text) : []),
      ...texts(ul ?? []),
      ...texts(stack ?? []),
      ...texts(columns ?? []),
      ...texts((table as { body?: unknown } | undefined)?.body ?? []),
    ];
  }
  return [];
}
const allText = (d: PlanDocumentData) => texts(planDocument(d).content).join('\n');

describe('longDate', () => {
  it.each([
    ['fr', '18 octobre 2026'],
    ['nl', '18 oktober 2026'],
    ['de', '18. Oktober 2026'],
    ['en', '18 October 2026'],
  ] as const)('%s: %s', (locale, expected) => {
    expect(longDate('2026-10-18', locale)).toBe(expected);
  });
});

describe('planDocument', () => {
  it('speaks to the person on page 1: commitments, next meeting, whom to call, rights', () => {
    const text = allText(data());
    for (const expected of [
      'Mon PIIS',
      'Pour Aïssatou Diallo',
      'Version 2 du 23 novembre 2026',
      'Ce que je vais faire',
      'Suivre la formation',
      'Ce que le CPAS va faire',
      'Payer l’inscription',
      // The first suggested evaluation after the signing (the schedule of the deadlines engine).
      'Nous nous revoyons vers le 1 avril 2027.',
      'Ce plan commence le 1 décembre 2026 et se termine le 30 novembre 2027.',
      'Votre personne de contact au CPAS : Camille Dubois.',
      'Vous avez choisi : Aya Ndiaye.',
      'Avant de signer, vous pouvez demander 5 jours pour réfléchir.',
      'Vous avez le droit d’être entendu.',
      'dans les 5 jours ouvrables',
      'tribunal du travail dans les 3 mois',
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('Projet');
  });

  it('holds the details: parties, objectives with their commitments, actions, evaluations, signatures', () => {
    const text = allText(data());
    for (const expected of [
      'Le plan en détail',
      'Forem Namur',
      'centre de formation',
      'formation, activation sociale',
      'Objectif 1 : Obtenir le permis cariste',
      'Objectif 2 : Trouver un logement',
      'Visiter trois logements',
      'S’inscrire au Forem',
      '15 décembre 2026',
      'en cours',
      '1 avril 2027 (en personne)',
      'Comment nous évaluons : Un entretien au CPAS.',
      'Signé le 23 novembre 2026.',
      'La personne : Aïssatou Diallo',
      'Pour le CPAS : Camille Dubois',
      'Signé sur papier.',
    ]) {
      expect(text).toContain(expected);
    }
    const definition = planDocument(data());
    // The drawn signature is embedded; the one signed on paper says so instead.
    expect(Object.keys(definition.images ?? {})).toEqual(['personSignature']);
    expect(JSON.stringify(definition.content)).toContain('"image":"personSignature"');
  });

  it('leaves empty lines to sign an unsigned version, marked as a draft', () => {
    const text = allText(
      data({
        version: version({ state: 'informed', signedOn: null, signatures: null }),
        drawn: { person: null, worker: null },
      }),
    );
    expect(text).toContain('Projet : pas encore signé.');
    expect(text).toContain('Version 2 du 20 novembre 2026');
    expect(text.match(/Signature : _+/g)).toHaveLength(2);
    expect(text).toContain('Pour le CPAS');
  });

  it('prints in the person’s language, with the glossary’s words', () => {
    const nl = allText(data({ locale: 'nl' }));
    expect(nl).toContain('Mijn GPMI');
    expect(nl).toContain('Wat het OCMW gaat doen');
    expect(nl).toContain('We zien elkaar terug rond 1 april 2027.');
    expect(nl).toContain('arbeidsrechtbank');
    const de = allText(data({ locale: 'de', form: 'growthPlan' }));
    expect(de).toContain('Mein Entwicklungsplan');
    expect(de).toContain('Arbeitsgericht');
    expect(de).toContain('1. April 2027');
    const en = allText(data({ locale: 'en' }));
    expect(en).toContain('My ISIP');
    expect(en).toContain('labour court');
  });

  it('follows the centre’s policy for the reflection period, and says when no worker follows the file', () => {
    const text = allText(
      data({
        policy: { ...DEFAULT_POLICY, reflectionDays: 7, reflectionDayKind: 'working' },
        responsibleWorker: null,
      }),
    );
    expect(text).toContain('7 jours ouvrables pour réfléchir');
    expect(text).toContain('Appelez le CPAS. On vous dira qui suit votre dossier.');
  });

  it('puts no personal data in the metadata, and dates it from the version, not the clock', () => {
    const { info } = planDocument(data());
    expect(info).toMatchObject({ title: 'PIIS 2', creationDate: new Date('2026-11-23T00:00:00Z') });
    expect(JSON.stringify(info)).not.toContain('Diallo');
    expect(documentInstant(version({ signedOn: null }))).toEqual(new Date('2026-11-20T10:00:00.000Z'));
  });

  it('renders the same bytes twice', async () => {
    const first = await renderPdf(planDocument(data()));
    const second = await renderPdf(planDocument(data()));
    expect(first.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(first.equals(second)).toBe(true);
  });
});
