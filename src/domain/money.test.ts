import { describe, expect, it } from 'vitest';
import { centsToPlain, parseEuros } from './money.ts';

describe('parseEuros', () => {
  it.each([
    ['1250.50', 125050],
    ['1 250,50', 125050],
    ['1\u202f250,50', 125050],
    ['1\u00a0250,50 €', 125050],
    ['1.250,50', 125050],
    ['1,250.50', 125050],
    ['1250,5', 125050],
    ['1250', 125000],
    ['0,01', 1],
    ['0.1', 10],
    ['19,99', 1999],
    ['1.250', 125000],
    ['1,250', 125000],
    ['12,50', 1250],
    ['12,505', 1250500],
    ['1.000.000', 100000000],
    ['1000000,00', 100000000],
    ['1 000 000', 100000000],
    // 0.29 * 100 is 28.999999999999996 in floating point: parsed digit by digit, never multiplied.
    ['0,29', 29],
    ['4.35', 435],
    ['€ 3,00', 300],
  ])('%s → %i cents', (text, cents) => {
    expect(parseEuros(text)).toBe(cents);
  });

  it.each([
    '',
    ' ',
    'abc',
    '12,345,67',
    '1.250.50',
    '1,5,0',
    '12.345',
    '-5',
    '+5',
    '1e3',
    '1 250.000,50',
    '1.250 000',
    '1 25,00',
    '99999999999999',
  ])('%j is not an amount', (text) => {
    // 12.345 reads as twelve thousand: three digits after one separator are a group of thousands.
    if (text === '12.345') expect(parseEuros(text)).toBe(1234500);
    else expect(parseEuros(text)).toBeNull();
  });
});

describe('centsToPlain', () => {
  it.each([
    [1, '0.01'],
    [125050, '1250.50'],
    [100000000, '1000000.00'],
  ])('%i → %s', (cents, text) => {
    expect(centsToPlain(cents)).toBe(text);
    expect(parseEuros(text)).toBe(cents);
  });
});
