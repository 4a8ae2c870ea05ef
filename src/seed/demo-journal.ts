/**
 * Demo case-journal entries: a few dated contacts per file, in the centre's language, written by
 * the worker who follows the person. Invented, ordinary situations; never a real person's story.
 */
import type { TenantTx } from '../db/tenancy.ts';
import { insertRecordVersion } from '../db/versions.ts';
import { foldForSearch } from '../domain/text.ts';
import { insertEvent } from '../features/events/queries.ts';
import { insertJournalEntry } from '../features/journal/queries.ts';
import type { JournalKind } from '../features/journal/schemas.ts';

type Language = 'fr' | 'nl';

const ENTRIES: Record<Language, { kind: JournalKind; text: string; minutes: number | null }[]> = {
  fr: [
    {
      kind: 'interview',
      text: 'Premier entretien au CPAS : situation expliquée, documents à apporter listés.',
      minutes: 60,
    },
    {
      kind: 'home_visit',
      text: 'Visite à domicile : logement humide, chauffage d’appoint. Contact à prendre avec le propriétaire.',
      minutes: 45,
    },
    {
      kind: 'phone',
      text: 'Appel : rendez-vous déplacé à la semaine prochaine (enfant malade).',
      minutes: 10,
    },
    {
      kind: 'written',
      text: 'Courrier envoyé à la mutuelle pour le dossier de remboursement.',
      minutes: null,
    },
    {
      kind: 'partner_meeting',
      text: 'Réunion avec le service de médiation de dettes : plan d’apurement en préparation.',
      minutes: 30,
    },
    {
      kind: 'interview',
      text: 'Entretien de suivi : inscription à la formation cariste confirmée.',
      minutes: 40,
    },
    {
      kind: 'phone',
      text: 'Appel du centre de formation : présence régulière, bonne motivation.',
      minutes: 15,
    },
  ],
  nl: [
    {
      kind: 'interview',
      text: 'Eerste gesprek in het OCMW: situatie toegelicht, mee te brengen documenten overlopen.',
      minutes: 60,
    },
    {
      kind: 'home_visit',
      text: 'Huisbezoek: vochtige woning, elektrisch vuurtje. Contact opnemen met de verhuurder.',
      minutes: 45,
    },
    { kind: 'phone', text: 'Telefoon: afspraak verplaatst naar volgende week (ziek kind).', minutes: 10 },
    {
      kind: 'written',
      text: 'Brief verstuurd naar het ziekenfonds voor het terugbetalingsdossier.',
      minutes: null,
    },
    {
      kind: 'partner_meeting',
      text: 'Overleg met de schuldbemiddeling: afbetalingsplan in voorbereiding.',
      minutes: 30,
    },
    {
      kind: 'interview',
      text: 'Opvolggesprek: inschrijving voor de opleiding heftruckchauffeur bevestigd.',
      minutes: 40,
    },
    {
      kind: 'phone',
      text: 'Telefoon van het opleidingscentrum: regelmatig aanwezig, goed gemotiveerd.',
      minutes: 15,
    },
  ],
};

/** Two to four entries between the intake and today, oldest first, each with its event. */
export async function seedJournal(
  tx: TenantTx,
  file: {
    centreId: string;
    personId: string;
    language: Language;
    workerId: string;
    intakeDay: string;
    today: string;
  },
  rng: { next(): number },
) {
  const start = Date.parse(file.intakeDay);
  const span = Math.max(0, Date.parse(file.today) - start);
  const count = 2 + Math.floor(rng.next() * 3);
  const days = Array.from({ length: count }, () =>
    new Date(start + Math.floor(rng.next() * span)).toISOString().slice(0, 10),
  ).sort();
  const texts = ENTRIES[file.language];
  for (const [index, day] of days.entries()) {
    // The first contact is the intake interview; the others follow in varied order.
    const entry = index === 0 ? texts[0] : texts[1 + Math.floor(rng.next() * (texts.length - 1))];
    if (!entry) continue;
    const row = await insertJournalEntry(tx, {
      centreId: file.centreId,
      personId: file.personId,
      kind: entry.kind,
      occurredOn: day,
      text: entry.text,
      searchText: foldForSearch(entry.text),
      durationMinutes: entry.minutes,
      authorUserId: file.workerId,
      now: new Date(`${day}T14:00:00Z`),
    });
    const { searchText: _derived, ...state } = row;
    await insertRecordVersion(tx, 'journal_entry', state, { at: row.createdAt, by: file.workerId });
    await insertEvent(tx, {
      centreId: file.centreId,
      type: 'journal.written',
      subjectType: 'journal_entry',
      subjectId: row.id,
      personId: file.personId,
      occurredOn: day,
      recordedAt: row.createdAt,
      actorUserId: file.workerId,
      payload: { kind: entry.kind },
    });
  }
}
