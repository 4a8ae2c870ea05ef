import { describe, expect, it } from 'vitest';
import { type AssessmentContent, isEmptyAssessment, LIFE_DOMAINS } from './life-domains.ts';

const nothing: AssessmentContent = {
  domains: [],
  aspirations: '',
  aptitudes: '',
  qualifications: '',
  needs: '',
};

describe('LIFE_DOMAINS', () => {
  it('keeps the keys stored assessments use, and adds childcare, digital skills and addiction', () => {
    for (const key of [
      'income',
      'debts',
      'housing',
      'mentalHealth',
      'justice',
      'childcare',
      'digital',
      'addiction',
    ])
      expect(LIFE_DOMAINS).toContain(key);
    expect(new Set(LIFE_DOMAINS).size).toBe(LIFE_DOMAINS.length);
  });
});

describe('isEmptyAssessment', () => {
  it.each([
    ['nothing at all', nothing, true],
    ['only spaces', { ...nothing, needs: '  \n ', aspirations: ' ' }, true],
    ['a life domain looked at, even without text', { ...nothing, domains: [{ domain: 'income' }] }, false],
    ['aspirations only', { ...nothing, aspirations: 'Travailler' }, false],
    ['aptitudes only', { ...nothing, aptitudes: 'Permis B' }, false],
    ['qualifications only', { ...nothing, qualifications: 'CESS' }, false],
    ['needs only', { ...nothing, needs: 'Un logement' }, false],
  ] as const)('%s → %s', (_name, content, empty) => expect(isEmptyAssessment(content)).toBe(empty));
});
