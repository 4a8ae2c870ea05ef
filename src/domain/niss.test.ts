import { describe, expect, it } from 'vitest';
import { checkNiss, formatNiss, makeNiss, normaliseNiss } from './niss.ts';

describe('checkNiss', () => {
  const valid: Array<[string, string, Partial<ReturnType<typeof checkNiss>>]> = [
    [
      'born 1985, printed form',
      '85.07.30-033.28',
      { kind: 'national', century: 1900, birthDate: '1985-07-30' },
    ],
    ['born 1985, bare digits', '85073003328', { century: 1900, sequenceParity: 'odd' }],
    [
      'born 1940',
      makeNiss('1940-02-29', 2),
      { century: 1900, birthDate: '1940-02-29', sequenceParity: 'even' },
    ],
    ['born 1999-12-31', makeNiss('1999-12-31', 997), { century: 1900, birthDate: '1999-12-31' }],
    ['born 2000-01-01', makeNiss('2000-01-01', 1), { century: 2000, birthDate: '2000-01-01' }],
    [
      'born 2007, dashes only',
      formatNiss(makeNiss('2007-06-14', 123)).replace(/\./g, '-'),
      { century: 2000, birthDate: '2007-06-14' },
    ],
    [
      'born 2012 printed',
      formatNiss(makeNiss('2012-11-05', 456)),
      { century: 2000, birthDate: '2012-11-05' },
    ],
    [
      'spaces between groups',
      makeNiss('1970-03-03', 55).replace(/(\d{6})(\d{3})(\d{2})/, '$1 $2 $3'),
      { century: 1900 },
    ],
    [
      'BIS, sex unknown (+20)',
      makeNiss('1990-05-17', 12, 'sexUnknown'),
      { kind: 'bis', birthDate: '1990-05-17' },
    ],
    [
      'BIS, sex known (+40)',
      makeNiss('1978-12-01', 13, 'sexKnown'),
      { kind: 'bis', birthDate: '1978-12-01' },
    ],
    [
      'BIS born 2003',
      makeNiss('2003-08-09', 201, 'sexKnown'),
      { kind: 'bis', century: 2000, birthDate: '2003-08-09' },
    ],
    ['unknown day and month', '40000095579', { birthDate: null, century: 1900 }],
    [
      'BIS with unknown birth date',
      makeNiss('1960-00-00', 7, 'sexUnknown'),
      { kind: 'bis', birthDate: null },
    ],
  ];
  it.each(valid)('accepts %s', (_name, input, expected) => {
    const result = checkNiss(input);
    expect(result.valid).toBe(true);
    expect(result).toMatchObject(expected);
  });

  const invalid: Array<[string, string, string]> = [
    ['empty', '', 'format'],
    ['10 digits', '8507300332', 'format'],
    ['12 digits', '850730033281', 'format'],
    ['letters', '85O73003328', 'format'],
    ['wrong check digits', '85073003329', 'checksum'],
    ['transposed digits', '58073003328', 'checksum'],
    ['month 13', withCheck('851330033'), 'date'],
    ['day 32', withCheck('850732033'), 'date'],
    ['31 February', withCheck('850231033'), 'date'],
    ['BIS month 33', withCheck('853301033'), 'date'],
    ['month 60', withCheck('856001033'), 'date'],
  ];
  it.each(invalid)('refuses %s', (_name, input, reason) => {
    expect(checkNiss(input)).toEqual({ valid: false, reason });
  });

  it('tells the century from the check digits when the year is ambiguous', () => {
    const born1901 = makeNiss('1901-01-01', 1);
    const born2001 = makeNiss('2001-01-01', 1);
    expect(born1901.slice(0, 9)).toBe(born2001.slice(0, 9));
    expect(checkNiss(born1901)).toMatchObject({ valid: true, century: 1900, birthDate: '1901-01-01' });
    expect(checkNiss(born2001)).toMatchObject({ valid: true, century: 2000, birthDate: '2001-01-01' });
  });
});

function withCheck(base9: string): string {
  return base9 + String(97 - (Number(base9) % 97)).padStart(2, '0');
}

describe('formatNiss and normaliseNiss', () => {
  it('formats 11 digits', () => expect(formatNiss('85073003328')).toBe('85.07.30-033.28'));
  it('leaves anything else untouched', () => expect(formatNiss('123')).toBe('123'));
  it('normalises the printed form', () => expect(normaliseNiss('85.07.30-033.28')).toBe('85073003328'));
  it('refuses other characters', () => expect(normaliseNiss('85.07.30_033.28')).toBeNull());
});

describe('checkNiss: sex and birth of the number', () => {
  it.each([
    ['odd: M', makeNiss('1985-07-30', 33), 'M', { year: 1985, month: 7, day: 30 }],
    ['even: F', makeNiss('2003-08-09', 200), 'F', { year: 2003, month: 8, day: 9 }],
    ['BIS sex known (+40)', makeNiss('1978-12-01', 14, 'sexKnown'), 'F', { year: 1978, month: 12, day: 1 }],
    [
      'BIS sex unknown (+20)',
      makeNiss('1990-05-17', 13, 'sexUnknown'),
      null,
      { year: 1990, month: 5, day: 17 },
    ],
    ['day and month unknown', '40000095579', 'M', { year: 1940, month: null, day: null }],
  ])('%s', (_name, input, sex, birth) => {
    expect(checkNiss(input)).toMatchObject({ valid: true, sex, birth });
  });
});
