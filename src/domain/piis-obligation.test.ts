import { describe, expect, it } from 'vitest';
import { type ObligationInput, piisObligation, sanctionsMayApply } from './piis-obligation.ts';

const input = (change: Partial<ObligationInput> = {}): ObligationInput => ({
  situation: 'integrationIncome',
  birthDate: '1990-06-15',
  decisionDate: '2026-11-02',
  incomeInPreviousThreeMonths: true,
  exemption: null,
  ...change,
});

describe('piisObligation', () => {
  it.each([
    [
      'a new beneficiary of 36',
      input({ incomeInPreviousThreeMonths: false }),
      { mandatory: true, reasons: ['newBeneficiary'] },
    ],
    [
      '24 at the decision, not new',
      input({ birthDate: '2002-06-15' }),
      { mandatory: true, reasons: ['under25'] },
    ],
    [
      'young and new',
      input({ birthDate: '2002-06-15', incomeInPreviousThreeMonths: false }),
      { mandatory: true, reasons: ['under25', 'newBeneficiary'] },
    ],
    // 25 on the day of the decision: no longer under 25.
    [
      '25 that very day',
      input({ birthDate: '2001-11-02' }),
      { mandatory: false, because: 'notNewNotYoung', reasons: [] },
    ],
    ['25 the day after', input({ birthDate: '2001-11-03' }), { mandatory: true, reasons: ['under25'] }],
    ['not new, over 25', input(), { mandatory: false, because: 'notNewNotYoung', reasons: [] }],
    [
      'whether new is not known yet: only the age decides',
      input({ incomeInPreviousThreeMonths: null }),
      { mandatory: false, because: 'notNewNotYoung', reasons: [] },
    ],
    [
      'exempted for health with a written justification',
      input({
        incomeInPreviousThreeMonths: false,
        exemption: { reason: 'health', justification: 'Hospitalisée.' },
      }),
      { mandatory: false, because: 'exempted', reasons: ['newBeneficiary'] },
    ],
    [
      'an exemption without a justification does not count',
      input({ incomeInPreviousThreeMonths: false, exemption: { reason: 'equity', justification: '  ' } }),
      { mandatory: true, reasons: ['newBeneficiary'] },
    ],
    [
      'equivalent social aid',
      input({ situation: 'equivalentAid', birthDate: '2002-06-15' }),
      { mandatory: false, because: 'notIntegrationIncome', reasons: [] },
    ],
    [
      'a user without financial aid',
      input({ situation: 'noFinancialAid', birthDate: '2002-06-15' }),
      { mandatory: false, because: 'notIntegrationIncome', reasons: [] },
    ],
    [
      'no decision date yet',
      input({ decisionDate: null, birthDate: '2002-06-15' }),
      { mandatory: false, because: 'decisionDateUnknown', reasons: [] },
    ],
  ])('%s', (_name, given, expected) => expect(piisObligation(given)).toEqual(expected));
});

describe('sanctionsMayApply', () => {
  it.each([
    ['integrationIncome', true],
    ['equivalentAid', false],
    ['noFinancialAid', false],
  ] as const)('%s: %s', (situation, expected) => expect(sanctionsMayApply(situation)).toBe(expected));
});
