/**
 * Whether the law requires a PIIS (DOMAIN.md §3): every new integration-income beneficiary (no
 * integration income in the 3 months before the grant) and everyone under 25 at the decision,
 * unless the centre exempts the person for health or equity reasons with a written justification.
 * Anyone else may have one by choice or centre decision; a user without financial aid may have a
 * plan, never a sanction.
 */
import { ageOn } from './dates.ts';

export const SITUATIONS = ['integrationIncome', 'equivalentAid', 'noFinancialAid'] as const;
export type Situation = (typeof SITUATIONS)[number];

export type ObligationReason = 'under25' | 'newBeneficiary';

export interface ObligationInput {
  situation: Situation;
  birthDate: string;
  decisionDate: string | null;
  /** Whether the person had the integration income in the 3 months before this grant; null: not known. */
  incomeInPreviousThreeMonths: boolean | null;
  exemption: { reason: 'health' | 'equity'; justification: string } | null;
}

export type Obligation =
  | { mandatory: true; reasons: ObligationReason[] }
  | {
      mandatory: false;
      because: 'notIntegrationIncome' | 'notNewNotYoung' | 'exempted' | 'decisionDateUnknown';
      reasons: ObligationReason[];
    };

export function piisObligation(input: ObligationInput): Obligation {
  if (input.situation !== 'integrationIncome')
    return { mandatory: false, because: 'notIntegrationIncome', reasons: [] };
  if (!input.decisionDate) return { mandatory: false, because: 'decisionDateUnknown', reasons: [] };
  const reasons: ObligationReason[] = [];
  if (ageOn(input.birthDate, input.decisionDate) < 25) reasons.push('under25');
  if (input.incomeInPreviousThreeMonths === false) reasons.push('newBeneficiary');
  if (reasons.length === 0) return { mandatory: false, because: 'notNewNotYoung', reasons };
  if (input.exemption && input.exemption.justification.trim() !== '') {
    return { mandatory: false, because: 'exempted', reasons };
  }
  return { mandatory: true, reasons };
}

/**
 * Sanctions suspend the integration income: they apply to its beneficiaries only (DOMAIN.md §3),
 * never to equivalent social aid or a user without financial aid. src/domain/sanctions.ts refuses
 * a proposal by the same rule.
 */
export function sanctionsMayApply(situation: Situation): boolean {
  return situation === 'integrationIncome';
}
