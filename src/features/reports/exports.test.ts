import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pdfText } from '../../../test/pdf-text.ts';
import { translator } from '../../i18n/translate.ts';
import { centsToEuros, csvField, csvText, csvValue, renderReport, sheetNames, XLSX_TYPE } from './exports.ts';
import { reportDocument, valueFormatter } from './report-pdf.ts';
import type { AnnualReport } from './schemas.ts';

const report: AnnualReport = {
  year: 2025,
  centre: { id: '00000000-0000-4000-8000-000000000001', name: 'CPAS de Namur' },
  closedAt: '2026-01-15T10:00:00+01:00',
  canClose: false,
  objectives: {},
  subsidies: {},
  version: 1,
  sections: [
    {
      key: 'activation',
      label: 'Activation sociale',
      tables: [
        {
          key: 'activationOutcomes',
          label: 'Résultats des plans clôturés',
          columns: [
            { key: 'count', kind: 'count', label: 'Nombre' },
            { key: 'shareOfClosed', kind: 'share', label: 'Part des clôturés' },
          ],
          rows: [
            {
              key: 'employment',
              label: 'Emploi; intérim "court"',
              values: [{ value: 12, cell: 'activation.outcome.employment' }, { value: 0.333 }],
            },
            {
              key: 'volunteering',
              label: 'Volontariat',
              values: [
                { value: null, mark: 'lessThan5' },
                { value: null, mark: 'hidden' },
              ],
            },
            { key: 'other', label: 'Autre', values: [{ value: 24 }, { value: null }] },
          ],
        },
      ],
    },
    {
      key: 'costs',
      label: 'Coûts: subsides [réels] / dépenses de l’année*?',
      tables: [
        {
          key: 'costs',
          label: 'Coûts',
          columns: [{ key: 'value', kind: 'count', label: 'Valeur' }],
          rows: [
            { key: 'trajectories', label: 'Plans avec un coût', values: [{ value: 1234 }] },
            { key: 'total', label: 'Dépenses totales', values: [{ value: 123450, kind: 'amount' }] },
          ],
        },
        {
          key: 'feedback',
          label: 'Avis',
          columns: [
            { key: 'answered', kind: 'count', label: 'Réponses' },
            { key: 'mean', kind: 'mean', label: 'Moyenne' },
            { key: 'amount', kind: 'amount', label: 'Montant' },
          ],
          rows: [{ key: 'heard', label: '=Écouté', values: [{ value: 7 }, { value: 2.5 }, { value: -5 }] }],
        },
      ],
    },
  ],
};

/** UTF-8 text with its BOM kept (TextDecoder drops it unless told not to). */
const utf8 = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

const live: AnnualReport = { ...report, closedAt: null };

async function readXlsx(body: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

/** Each row of a sheet as its cells' values and number formats, empty cells as null. */
function cells(sheet: ExcelJS.Worksheet): { value: ExcelJS.CellValue; numFmt: string | null }[][] {
  const rows: { value: ExcelJS.CellValue; numFmt: string | null }[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const line: { value: ExcelJS.CellValue; numFmt: string | null }[] = [];
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      line.push({ value: cell.value ?? null, numFmt: cell.numFmt ?? null });
    }
    rows.push(line);
  }
  return rows;
}
const v = (value: ExcelJS.CellValue, numFmt: string | null = null) => ({ value, numFmt });

describe('sheet names', () => {
  it.each([
    [
      ['Résumé', 'Activation sociale'],
      ['Résumé', 'Activation sociale'],
    ],
    [['a/b\\c[d]e:f*g?h'], ['abcdefgh']],
    [
      ["'Quoted'", '  spaced   out  '],
      ['Quoted', 'spaced out'],
    ],
    [['x'.repeat(40)], ['x'.repeat(31)]],
    [
      ['Coûts', 'coûts', 'COÛTS'],
      ['Coûts', 'coûts (2)', 'COÛTS (3)'],
    ],
    [
      ['y'.repeat(40), 'y'.repeat(35)],
      ['y'.repeat(31), `${'y'.repeat(27)} (2)`],
    ],
    [
      ['[]*?', 'Data'],
      ['1', 'Data'],
    ],
  ])('%j → %j', (labels, expected) => {
    expect(sheetNames(labels)).toEqual(expected);
  });
});

describe('CSV fields and values', () => {
  const t = translator('fr');
  it.each([
    ['plain', 'plain'],
    ['a;b', '"a;b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rlf', '"cr\rlf"'],
    ['', ''],
  ])('csvField(%j) = %j', (text, expected) => {
    expect(csvField(text)).toBe(expected);
  });

  it.each([
    ['=SUM(A1)', "'=SUM(A1)"],
    ['+1', "'+1"],
    ['-x', "'-x"],
    ['@cmd', "'@cmd"],
    ['=a;b', `"'=a;b"`],
    ['Emploi', 'Emploi'],
  ])('csvText(%j) = %j', (text, expected) => {
    expect(csvText(text)).toBe(expected);
  });

  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [123450, '1234.50'],
    [-5, '-0.05'],
    [-123456, '-1234.56'],
    [100_000_000_000, '1000000000.00'],
  ])('centsToEuros(%d) = %s', (cents, expected) => {
    expect(centsToEuros(cents)).toBe(expected);
  });

  it.each([
    [{ value: 12 }, 'count', '12'],
    [{ value: 0.333 }, 'share', '0.333'],
    [{ value: 0.1 + 0.2 }, 'share', '0.3'],
    [{ value: 1 }, 'share', '1'],
    [{ value: 2.5 }, 'mean', '2.50'],
    [{ value: -0.25 }, 'mean', '-0.25'],
    [{ value: 123450 }, 'amount', '1234.50'],
    [{ value: null }, 'count', ''],
    [{ value: null, mark: 'lessThan5' }, 'count', '<5'],
    [{ value: null, mark: 'hidden' }, 'share', 'masqué'],
  ] as const)('csvValue(%j, %s) = %j', (value, kind, expected) => {
    expect(csvValue(value, kind, t)).toBe(expected);
  });
});

describe('XLSX', () => {
  it('has a summary sheet, then one sheet per section with numbers and their formats', async () => {
    const file = await renderReport(report, 'xlsx', 'fr');
    expect(file.contentType).toBe(XLSX_TYPE);
    expect(file.fileName).toBe('passerelle-report-2025.xlsx');
    const workbook = await readXlsx(file.body);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Résumé',
      'Activation sociale',
      'Coûts subsides réels dépenses d',
    ]);

    const [summary, activation, costs] = workbook.worksheets as [
      ExcelJS.Worksheet,
      ExcelJS.Worksheet,
      ExcelJS.Worksheet,
    ];
    expect(cells(summary).map((r) => r.map((c) => c.value))).toEqual([
      ['Rapport annuel 2025'],
      [],
      ['CPAS', 'CPAS de Namur'],
      ['Année', 2025],
      ['État', 'Année clôturée le 15 janvier 2026 : les chiffres sont définitifs'],
      [],
      [
        '« <5 » : de 1 à 4 personnes. « masqué » : chiffre retenu pour qu’on ne puisse pas déduire un « <5 ». « – » : pas de chiffre.',
      ],
    ]);
    expect(summary.getCell('A1').font?.bold).toBe(true);

    expect(cells(activation)).toEqual([
      [v('Résultats des plans clôturés')],
      [v(null), v('Nombre'), v('Part des clôturés')],
      [v('Emploi; intérim "court"'), v(12, '0'), v(0.333, '0.0%')],
      [v('Volontariat'), v('<5'), v('masqué')],
      [v('Autre'), v(24, '0')],
    ]);
    expect(activation.getCell('A1').font?.bold).toBe(true);
    expect(activation.getColumn(1).width).toBe(25);

    expect(cells(costs)).toEqual([
      [v('Coûts')],
      [v(null), v('Valeur')],
      [v('Plans avec un coût'), v(1234, '0')],
      [v('Dépenses totales'), v(1234.5, '#,##0.00 €')],
      [],
      [v('Avis')],
      [v(null), v('Réponses'), v('Moyenne'), v('Montant')],
      [v('=Écouté'), v(7, '0'), v(2.5, '0.00'), v(-0.05, '#,##0.00 €')],
    ]);
    expect(costs.getCell('A6').font?.bold).toBe(true);
    expect(costs.getCell('A8').type).toBe(ExcelJS.ValueType.String);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('gives a closed year the same bytes whenever it is exported', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T09:00:00Z'));
    const a = await renderReport(report, 'xlsx', 'fr');
    vi.setSystemTime(new Date('2026-07-14T17:31:07Z'));
    const b = await renderReport(report, 'xlsx', 'fr');
    expect(a.body.equals(b.body)).toBe(true);
    const workbook = await readXlsx(a.body);
    expect(workbook.created.toISOString()).toBe('2026-01-15T09:00:00.000Z');
  });

  it('says when the figures are still live, in the reader’s language', async () => {
    const workbook = await readXlsx((await renderReport(live, 'xlsx', 'en')).body);
    expect(workbook.worksheets[0]?.name).toBe('Summary');
    expect(workbook.worksheets[0]?.getCell('B5').value).toBe(
      'Year not closed: figures still live and may change',
    );
    expect(workbook.worksheets[1]?.getCell('C4').value).toBe('withheld');
  });
});

describe('CSV', () => {
  it('is a zip of one CSV per section, with a BOM, ";" and RFC 4180 quoting', async () => {
    const file = await renderReport(report, 'csv', 'fr');
    expect(file.contentType).toBe('application/zip');
    expect(file.fileName).toBe('passerelle-report-2025.zip');
    const files = unzipSync(new Uint8Array(file.body));
    expect(Object.keys(files)).toEqual(['01-activation.csv', '02-costs.csv']);
    const text = (name: string) => utf8(files[name] as Uint8Array);
    expect([...(files['01-activation.csv'] as Uint8Array).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(text('01-activation.csv')).toBe(
      [
        '\uFEFFRésultats des plans clôturés',
        ';Nombre;Part des clôturés',
        '"Emploi; intérim ""court""";12;0.333',
        'Volontariat;<5;masqué',
        'Autre;24;',
        '',
      ].join('\r\n'),
    );
    expect(text('02-costs.csv')).toBe(
      [
        '\uFEFFCoûts',
        ';Valeur',
        'Plans avec un coût;1234',
        'Dépenses totales;1234.50',
        '',
        'Avis',
        ';Réponses;Moyenne;Montant',
        "'=Écouté;7;2.50;-0.05",
        '',
      ].join('\r\n'),
    );
  });

  it('gives a closed year the same bytes each time', async () => {
    const a = await renderReport(report, 'csv', 'nl');
    const b = await renderReport(report, 'csv', 'nl');
    expect(a.body.equals(b.body)).toBe(true);
    const files = unzipSync(new Uint8Array(a.body));
    expect(utf8(files['01-activation.csv'] as Uint8Array).split('\r\n')[3]).toBe('Volontariat;<5;verborgen');
  });
});

describe('PDF', () => {
  it('formats values in the reader’s language', () => {
    const cases = [
      [{ value: 0.333 }, 'share'],
      [{ value: 123450 }, 'amount'],
      [{ value: 12345 }, 'count'],
      [{ value: 2.5 }, 'mean'],
      [{ value: null }, 'count'],
      [{ value: null, mark: 'lessThan5' }, 'count'],
      [{ value: null, mark: 'hidden' }, 'count'],
    ] as const;
    const nbsp = '\u00a0';
    expect(cases.map(([value, kind]) => valueFormatter('fr', translator('fr'))(value, kind))).toEqual([
      `33,3${nbsp}%`,
      `1${nbsp}234,50${nbsp}€`,
      `12${nbsp}345`,
      '2,50',
      '–',
      '<5',
      'masqué',
    ]);
    expect(cases.map(([value, kind]) => valueFormatter('nl', translator('nl'))(value, kind))).toEqual([
      '33,3%',
      `€${nbsp}1.234,50`,
      '12.345',
      '2,50',
      '–',
      '<5',
      'verborgen',
    ]);
    expect(valueFormatter('de', translator('de'))({ value: 123450 }, 'amount')).toBe(`1.234,50${nbsp}€`);
    expect(valueFormatter('en', translator('en'))({ value: null, mark: 'hidden' }, 'count')).toBe('withheld');
  });

  it('draws the outcomes as bars proportional to the counts, without the total', () => {
    const definition = reportDocument(report, 'fr');
    const json = JSON.stringify(definition.content);
    const bars = [...json.matchAll(/"type":"rect","x":0,"y":1,"w":(\d+)/g)].map((m) => Number(m[1]));
    // 12 of 24 is half the bar; "<5" draws none; 24 the full width.
    expect(bars).toEqual([110, 220]);
    expect(json).toContain('"text":"Résultats des plans clôturés (graphique)"');
  });

  it('prints the title, the centre, the status, formatted figures, the marks and page numbers', async () => {
    const file = await renderReport(report, 'pdf', 'fr');
    expect(file.contentType).toBe('application/pdf');
    expect(file.fileName).toBe('passerelle-report-2025.pdf');
    expect(file.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(file.body);
    for (const expected of [
      'Rapport annuel 2025',
      'CPAS de Namur',
      'Année clôturée le 15 janvier 2026 : les chiffres sont définitifs',
      'Activation sociale',
      'Emploi; intérim "court" 12 33,3 %',
      'Volontariat <5 masqué',
      'Dépenses totales 1 234,50 €',
      '=Écouté 7 2,50 -0,05 €',
      'Résultats des plans clôturés (graphique)',
      'Rapport annuel 2025 · page 1 / 1',
    ]) {
      expect(text).toContain(expected);
    }
    // A closed year prints the same bytes again.
    expect((await renderReport(report, 'pdf', 'fr')).body.equals(file.body)).toBe(true);
  });

  it('says in German that the figures are still live', async () => {
    const text = pdfText((await renderReport(live, 'pdf', 'de')).body);
    expect(text).toContain('Jahresbericht 2025');
    expect(text).toContain('Jahr nicht abgeschlossen: die Zahlen können sich noch ändern');
    expect(text).toContain('Jahresbericht 2025 · Seite 1 / 1');
  });
});
