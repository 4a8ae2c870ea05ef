/**
 * The printed plan: from a version of a plan and what surrounds it (the person, the centre, its
 * policy, the signatures) to a pdfmake document definition, in the person's language. Page 1
 * speaks to the person in plain words; the pages after it hold the plan in detail and the
 * signatures. Pure: the same data gives the same definition, and `renderPdf` the same bytes (its
 * dates and file ID come from the version, never from the clock).
 */
import { createRequire } from 'node:module';
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces.js';
import type { CentrePolicy } from '../../domain/centre-policy.ts';
import { evaluationSchedule } from '../../domain/deadlines.ts';
import type { Locale } from '../../i18n/catalogues.ts';
import { translator } from '../../i18n/translate.ts';
import type { PlanVersion, Trajectory } from './schemas.ts';

/** The working days within which an interview the person asks for is held (interviewDeadline). */
const INTERVIEW_WORKING_DAYS = 5;

const INTL_LOCALES: Record<Locale, string> = { fr: 'fr-BE', nl: 'nl-BE', de: 'de-BE', en: 'en-BE' };

export interface PlanDocumentData {
  /** The person's language: the document's, whatever the worker's. */
  locale: Locale;
  form: Trajectory['form'];
  person: { firstName: string; lastName: string };
  centreName: string;
  /** The display name of the worker who follows the person's file, when one does. */
  responsibleWorker: string | null;
  version: PlanVersion;
  policy: Pick<CentrePolicy, 'reflectionDays' | 'reflectionDayKind' | 'evaluation' | 'inPersonMinimum'>;
  /** The signatures drawn on screen, as PNG bytes. */
  drawn: { person: Buffer | null; worker: Buffer | null };
}

/** "18 octobre 2026": a calendar day in the long form of the language, never moved by a time zone. */
export function longDate(isoDate: string, locale: Locale): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** The day the document speaks from: the signing day, or the day the version was drafted. */
export function documentDay(version: Pick<PlanVersion, 'signedOn' | 'createdAt'>): string {
  return version.signedOn ?? version.createdAt.slice(0, 10);
}

/** The instant written as the PDF's creation and modification date: fixed by the version. */
export function documentInstant(version: Pick<PlanVersion, 'signedOn' | 'createdAt'>): Date {
  return version.signedOn ? new Date(`${version.signedOn}T00:00:00Z`) : new Date(version.createdAt);
}

/** The suggested evaluation dates, as the deadlines engine computes them (from the start, or the signing). */
export function plannedEvaluations(data: PlanDocumentData): { date: string; inPerson: boolean }[] {
  const start = data.version.startOn ?? data.version.signedOn;
  if (!start || !data.version.plannedEndOn) return [];
  return evaluationSchedule(start, data.version.plannedEndOn, data.policy as CentrePolicy);
}

const heading = (text: string): Content => ({ text, style: 'heading' });
const bullets = (items: string[], empty: string): Content =>
  items.length > 0
    ? { ul: items, margin: [0, 0, 0, 6] }
    : { text: empty, italics: true, margin: [0, 0, 0, 6] };

export function planDocument(data: PlanDocumentData): TDocumentDefinitions {
  const t = translator(data.locale);
  const v = data.version;
  const date = (iso: string) => longDate(iso, data.locale);
  const personName = `${data.person.firstName} ${data.person.lastName}`;
  const planName = t(`document.planName.${data.form}`);
  const evaluations = plannedEvaluations(data);
  const day = documentDay(v);
  const next = evaluations.find((e) => e.date >= day) ?? null;
  const images: Record<string, string> = {};
  for (const side of ['person', 'worker'] as const) {
    const png = data.drawn[side];
    if (png) images[`${side}Signature`] = `data:image/png;base64,${png.toString('base64')}`;
  }

  const period =
    v.startOn && v.plannedEndOn
      ? t('document.periodBoth', { start: date(v.startOn), end: date(v.plannedEndOn) })
      : v.startOn
        ? t('document.periodStart', { start: date(v.startOn) })
        : v.plannedEndOn
          ? t('document.periodEnd', { end: date(v.plannedEndOn) })
          : null;

  const reflectionKey =
    data.policy.reflectionDayKind === 'working'
      ? 'document.rightReflectionWorking'
      : 'document.rightReflection';

  const pageOne: Content[] = [
    { text: t(`document.title.${data.form}`), style: 'title' },
    { text: t('document.forPerson', { name: personName }), style: 'subtitle' },
    { text: data.centreName, margin: [0, 0, 0, 2] },
    { text: t('document.versionOf', { version: v.number, date: date(day) }), style: 'small' },
    ...(v.signedOn ? [] : [{ text: t('document.draft'), bold: true, margin: [0, 4, 0, 0] } as Content]),
    { text: t('document.intro'), margin: [0, 10, 0, 4] },
    heading(t('document.iWillDo')),
    bullets(
      v.personCommitments.map((c) => c.text),
      t('document.nothingYet'),
    ),
    heading(t('document.centreWillDo')),
    bullets(
      v.centreCommitments.map((c) => c.text),
      t('document.nothingYet'),
    ),
    heading(t('document.whenWeMeet')),
    { text: next ? t('document.nextMeeting', { date: date(next.date) }) : t('document.noMeetingYet') },
    ...(period ? [{ text: period } as Content] : []),
    heading(t('document.whoToCall')),
    {
      text: data.responsibleWorker
        ? t('document.contact', { name: data.responsibleWorker })
        : t('document.contactUnknown'),
    },
    heading(t('document.rights')),
    {
      ul: [
        [
          t('document.rightAssisted'),
          ...(v.supportPerson ? [` ${t('document.rightAssistedBy', { name: v.supportPerson.name })}`] : []),
        ].join(''),
        t(reflectionKey, { count: data.policy.reflectionDays }),
        t('document.rightHeard'),
        t('document.rightInterview', { days: INTERVIEW_WORKING_DAYS }),
        t('document.rightAppeal'),
      ],
    },
  ];

  const objectives: Content[] =
    v.objectives.length === 0
      ? [{ text: t('document.noObjectives'), italics: true }]
      : v.objectives.flatMap((objective, index): Content[] => {
          const mine = v.personCommitments.filter((c) => c.objectiveId === objective.id).map((c) => c.text);
          const theirs = v.centreCommitments.filter((c) => c.objectiveId === objective.id).map((c) => c.text);
          return [
            {
              text: t('document.objective', { number: index + 1, text: objective.text }),
              bold: true,
              margin: [0, 6, 0, 2],
            },
            ...(mine.length > 0
              ? [{ text: t('document.iWillDo'), style: 'label' } as Content, bullets(mine, '')]
              : []),
            ...(theirs.length > 0
              ? [{ text: t('document.centreWillDo'), style: 'label' } as Content, bullets(theirs, '')]
              : []),
          ];
        });

  const actions: Content =
    v.actions.length === 0
      ? { text: t('document.noActions'), italics: true }
      : {
          table: {
            headerRows: 1,
            widths: ['*', 'auto', 'auto', 'auto'],
            body: [
              [t('document.what'), t('document.who'), t('document.dueOn'), t('document.status')].map(
                (text) => ({
                  text,
                  bold: true,
                }),
              ),
              ...v.actions.map((a) => [
                a.what,
                a.who,
                a.dueOn ? date(a.dueOn) : '—',
                t(`document.actionStatus.${a.status}`),
              ]),
            ],
          },
          layout: 'lightHorizontalLines',
        };

  const schedule: Content[] = [
    evaluations.length > 0
      ? {
          ul: evaluations.map(
            (e) => `${date(e.date)} (${e.inPerson ? t('document.inPerson') : t('document.anyContact')})`,
          ),
        }
      : { text: t('document.noEvaluations'), italics: true },
    ...(v.evaluationArrangements
      ? [
          {
            text: t('document.arrangements', { text: v.evaluationArrangements }),
            margin: [0, 4, 0, 0],
          } as Content,
        ]
      : []),
  ];

  const signatureBlock = (side: 'person' | 'worker'): Content[] => {
    const label =
      side === 'person'
        ? t('document.signPerson', { name: personName })
        : v.signatures?.workerName
          ? t('document.signCentre', { name: v.signatures.workerName })
          : t('document.signCentreUnnamed');
    const kind = v.signatures?.[side] ?? null;
    if (!v.signedOn) {
      return [
        { text: label, bold: true },
        { text: t('document.dateLine'), margin: [0, 14, 0, 0] },
        { text: t('document.signatureLine'), margin: [0, 24, 0, 0] },
      ];
    }
    const mark: Content =
      kind === 'screen' && images[`${side}Signature`]
        ? { image: `${side}Signature`, fit: [200, 70], margin: [0, 4, 0, 0] }
        : kind === 'paper'
          ? { text: t('document.onPaper') }
          : { text: t('document.noSignature'), italics: true };
    return [{ text: label, bold: true }, mark];
  };

  const details: Content[] = [
    { text: t('document.details'), style: 'title', pageBreak: 'before' },
    heading(t('document.parties')),
    {
      table: {
        widths: ['auto', '*'],
        body: [
          [{ text: t('document.partyPerson'), bold: true }, personName],
          [{ text: t('document.partyCentre'), bold: true }, data.centreName],
          ...v.parties.map((p) => [{ text: p.role, bold: true }, p.name]),
        ],
      },
      layout: 'noBorders',
    },
    heading(t('document.orientations')),
    { text: v.orientations.map((o) => t(`document.orientation.${o}`)).join(', ') },
    ...(period ? [{ text: period, margin: [0, 4, 0, 0] } as Content] : []),
    heading(t('document.objectives')),
    ...objectives,
    heading(t('document.actions')),
    actions,
    heading(t('document.evaluations')),
    ...schedule,
    { text: t('document.signatures'), style: 'heading', unbreakable: true, margin: [0, 16, 0, 6] },
    ...(v.signedOn ? [{ text: t('document.signedOn', { date: date(v.signedOn) }) } as Content] : []),
    {
      columns: [{ stack: signatureBlock('person') }, { stack: signatureBlock('worker') }],
      columnGap: 20,
      margin: [0, 8, 0, 0],
    },
  ];

  const instant = documentInstant(v);
  return {
    info: {
      // No personal data in the metadata: the plan's kind and version only.
      title: `${planName} ${v.number}`,
      author: data.centreName,
      creator: 'Passerelle',
      producer: 'Passerelle',
      creationDate: instant,
      modDate: instant,
    },
    language: data.locale,
    pageSize: 'A4',
    pageMargins: [50, 50, 50, 60],
    images,
    content: [...pageOne, ...details],
    footer: (page: number, pages: number) => ({
      text: t('document.footer', { plan: planName, version: v.number, page, pages }),
      style: 'small',
      alignment: 'center',
      margin: [0, 20, 0, 0],
    }),
    defaultStyle: { font: 'Roboto', fontSize: 11, lineHeight: 1.2 },
    styles: {
      title: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 14, margin: [0, 0, 0, 2] },
      heading: { fontSize: 14, bold: true, margin: [0, 12, 0, 4] },
      label: { bold: true, margin: [0, 2, 0, 2] },
      small: { fontSize: 9, color: '#444444' },
    },
  };
}

const require = createRequire(import.meta.url);
let printer: typeof import('pdfmake') | null = null;

/** pdfmake's Node API with its bundled Roboto (accents of fr, nl, de), reading nothing else. */
function pdfmake(): typeof import('pdfmake') {
  if (printer) return printer;
  const instance = require('pdfmake') as typeof import('pdfmake');
  const fonts = require('pdfmake/fonts/Roboto.js') as typeof instance.fonts;
  const allowed = new Set(Object.values(fonts.Roboto ?? {}).map(String));
  instance.setFonts(fonts);
  // Everything the document shows is in its definition: no URL and no other file is read.
  instance.setUrlAccessPolicy(() => false);
  instance.setLocalAccessPolicy((path) => allowed.has(path));
  printer = instance;
  return instance;
}

/** The PDF's bytes: the same definition gives the same bytes. */
export function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake().createPdf(definition).getBuffer();
}
