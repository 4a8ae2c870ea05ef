/**
 * Demo assessments and measurements, so a new user sees real progress charts on first start.
 * Deterministic like the rest of the demo data; texts in the centre's language.
 */
import type { TenantTx } from '../db/tenancy.ts';
import { insertRecordVersion } from '../db/versions.ts';
import { addMonths } from '../domain/dates.ts';
import { insertAssessment } from '../features/assessments/queries.ts';
import { insertEvent } from '../features/events/queries.ts';
import { insertMeasurement, type MeasurementRow } from '../features/measurements/queries.ts';

type Language = 'fr' | 'nl';
type Finding = { domain: string; situation: string; obstacles: string; strengths: string };

const FINDINGS: Record<Language, Finding[]> = {
  fr: [
    {
      domain: 'housing',
      situation: 'Loue un petit appartement, loyer élevé.',
      obstacles: 'Logement humide.',
      strengths: 'Bonne relation avec le propriétaire.',
    },
    {
      domain: 'debts',
      situation: 'Arriérés de factures d’énergie.',
      obstacles: 'Plusieurs créanciers.',
      strengths: 'Prêt·e à entrer en médiation de dettes.',
    },
    {
      domain: 'income',
      situation: 'Revenu d’intégration au taux isolé.',
      obstacles: 'Budget serré en fin de mois.',
      strengths: 'Tient un carnet de dépenses.',
    },
    {
      domain: 'socialNetwork',
      situation: 'Peu de contacts depuis le déménagement.',
      obstacles: 'Ne connaît pas le quartier.',
      strengths: 'Une sœur présente et soutenante.',
    },
    {
      domain: 'education',
      situation: 'Études secondaires non terminées.',
      obstacles: 'Mauvais souvenirs de l’école.',
      strengths: 'Curieux·se, apprend vite en pratique.',
    },
    {
      domain: 'workExperience',
      situation: 'Quelques emplois intérimaires en logistique.',
      obstacles: 'Pas de permis de conduire.',
      strengths: 'Ponctuel·le et fiable.',
    },
    {
      domain: 'mentalHealth',
      situation: 'Périodes de découragement.',
      obstacles: 'Pas de suivi pour l’instant.',
      strengths: 'En parle ouvertement.',
    },
    {
      domain: 'mobility',
      situation: 'Se déplace en bus.',
      obstacles: 'Horaires peu adaptés le soir.',
      strengths: 'Vélo en bon état.',
    },
  ],
  nl: [
    {
      domain: 'housing',
      situation: 'Huurt een kleine studio, hoge huur.',
      obstacles: 'Vochtproblemen.',
      strengths: 'Goed contact met de verhuurder.',
    },
    {
      domain: 'debts',
      situation: 'Achterstallige energiefacturen.',
      obstacles: 'Meerdere schuldeisers.',
      strengths: 'Bereid tot schuldbemiddeling.',
    },
    {
      domain: 'income',
      situation: 'Leefloon als alleenstaande.',
      obstacles: 'Krap budget op het einde van de maand.',
      strengths: 'Houdt een kasboekje bij.',
    },
    {
      domain: 'socialNetwork',
      situation: 'Weinig contacten sinds de verhuis.',
      obstacles: 'Kent de buurt niet.',
      strengths: 'Een steunende zus.',
    },
    {
      domain: 'education',
      situation: 'Secundair onderwijs niet afgemaakt.',
      obstacles: 'Slechte schoolervaringen.',
      strengths: 'Leert snel in de praktijk.',
    },
    {
      domain: 'workExperience',
      situation: 'Enkele interimjobs in de logistiek.',
      obstacles: 'Geen rijbewijs.',
      strengths: 'Stipt en betrouwbaar.',
    },
    {
      domain: 'language',
      situation: 'Spreekt Nederlands op basisniveau.',
      obstacles: 'Moeite met brieven van instanties.',
      strengths: 'Volgt een taalcursus.',
    },
    {
      domain: 'mobility',
      situation: 'Verplaatst zich met de tram.',
      obstacles: 'Weinig verbindingen ’s avonds.',
      strengths: 'Heeft een fiets.',
    },
  ],
};

const OVERALL: Record<
  Language,
  { aspirations: string[]; aptitudes: string; qualifications: string; needs: string[] }
> = {
  fr: {
    aspirations: [
      'Trouver un emploi stable dans la logistique.',
      'Reprendre une formation d’aide-soignant·e.',
      'Faire du volontariat pour reprendre confiance.',
    ],
    aptitudes: 'Sens du contact, habile de ses mains.',
    qualifications: 'Certificat d’études de base.',
    needs: [
      'Formation qualifiante et accompagnement vers l’emploi.',
      'Stabiliser le logement et les dettes d’abord.',
      'Sortir de l’isolement.',
    ],
  },
  nl: {
    aspirations: [
      'Een vaste job vinden in de logistiek.',
      'Opnieuw een opleiding zorgkundige volgen.',
      'Vrijwilligerswerk doen om zelfvertrouwen op te bouwen.',
    ],
    aptitudes: 'Sociaal vaardig, handig.',
    qualifications: 'Getuigschrift basisonderwijs.',
    needs: [
      'Kwalificerende opleiding en trajectbegeleiding.',
      'Eerst huisvesting en schulden stabiliseren.',
      'Uit het isolement komen.',
    ],
  },
};

const MATRIX_DOMAINS = ['income', 'debts', 'housing', 'mentalHealth', 'socialNetwork', 'workExperience'];

/** Adds an assessment and two or three measurements to a demo person (most of them). */
export async function seedPersonFile(
  tx: TenantTx,
  person: {
    centreId: string;
    personId: string;
    language: Language;
    workerId: string;
    /** The day of the intake: the assessment and the first measurement. */
    intakeDay: string;
    today: string;
  },
  rng: { next(): number },
) {
  const { centreId, personId, workerId, intakeDay, today } = person;
  const startMonths = monthsBetween(intakeDay, today);
  const recordedOn = (day: string) => new Date(`${day}T10:00:00Z`);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rng.next() * items.length)] as T;

  const findings = FINDINGS[person.language].filter(() => rng.next() < 0.55);
  const overall = OVERALL[person.language];
  const assessment = await insertAssessment(tx, {
    centreId,
    personId,
    assessedOn: intakeDay,
    domains: findings.length ? findings : FINDINGS[person.language].slice(0, 2),
    aspirations: pick(overall.aspirations),
    aptitudes: overall.aptitudes,
    qualifications: overall.qualifications,
    needs: pick(overall.needs),
    createdBy: workerId,
    now: recordedOn(intakeDay),
  });
  await insertRecordVersion(tx, 'assessment', assessment, { at: assessment.createdAt, by: workerId });
  await insertEvent(tx, {
    centreId,
    type: 'assessment.recorded',
    subjectType: 'assessment',
    subjectId: assessment.id,
    personId,
    occurredOn: assessment.assessedOn,
    recordedAt: assessment.createdAt,
    actorUserId: workerId,
    payload: { domains: (assessment.domains as unknown[]).length },
  });

  const count = 2 + (rng.next() < 0.5 ? 1 : 0);
  let rung = 1 + Math.floor(rng.next() * 3);
  const matrix = Object.fromEntries(MATRIX_DOMAINS.map((d) => [d, 1 + Math.floor(rng.next() * 3)]));
  for (let i = 0; i < count; i++) {
    const measuredOn = addMonths(intakeDay, Math.round((i * startMonths) / count));
    const context = i === 0 ? 'intake' : 'evaluation';
    const asked = rng.next() < 0.6; // the person gave their own view
    const ladder = await insertMeasurement(tx, {
      centreId,
      personId,
      instrumentKey: 'participation-ladder',
      instrumentVersion: 1,
      measuredOn,
      context,
      scores: [
        {
          domain: 'participation',
          workerScore: rung,
          personScore: asked ? Math.min(6, Math.max(1, rung + Math.floor(rng.next() * 4) - 1)) : null,
          note: null,
        },
      ],
      createdBy: workerId,
      now: recordedOn(measuredOn),
    });
    await insertRecordVersion(tx, 'measurement', ladder, { at: ladder.createdAt, by: workerId });
    await measurementEvent(tx, ladder, workerId);
    const matrixRow = await insertMeasurement(tx, {
      centreId,
      personId,
      instrumentKey: 'self-reliance-matrix',
      instrumentVersion: 1,
      measuredOn,
      context,
      scores: MATRIX_DOMAINS.map((domain) => ({
        domain,
        workerScore: matrix[domain] as number,
        personScore: asked
          ? Math.min(5, Math.max(1, (matrix[domain] as number) + Math.floor(rng.next() * 3) - 1))
          : null,
        note: null,
      })),
      createdBy: workerId,
      now: recordedOn(measuredOn),
    });
    await insertRecordVersion(tx, 'measurement', matrixRow, { at: matrixRow.createdAt, by: workerId });
    await measurementEvent(tx, matrixRow, workerId);
    // Progress is uneven: most domains improve a little, some slip back.
    rung = Math.min(6, rung + (rng.next() < 0.7 ? 1 : 0));
    for (const domain of MATRIX_DOMAINS) {
      const step = rng.next();
      matrix[domain] = Math.min(
        5,
        Math.max(1, (matrix[domain] as number) + (step < 0.55 ? 1 : step < 0.85 ? 0 : -1)),
      );
    }
  }
}

function measurementEvent(tx: TenantTx, row: MeasurementRow, workerId: string) {
  return insertEvent(tx, {
    centreId: row.centreId,
    type: 'measurement.recorded',
    subjectType: 'measurement',
    subjectId: row.id,
    personId: row.personId,
    occurredOn: row.measuredOn,
    recordedAt: row.createdAt,
    actorUserId: workerId,
    payload: {
      instrumentKey: row.instrumentKey,
      instrumentVersion: row.instrumentVersion,
      context: row.context,
    },
  });
}

function monthsBetween(from: string, to: string): number {
  const [fy, fm] = from.split('-').map(Number) as [number, number];
  const [ty, tm] = to.split('-').map(Number) as [number, number];
  return (ty - fy) * 12 + (tm - fm);
}
