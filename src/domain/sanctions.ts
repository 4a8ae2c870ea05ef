/**
 * Sanctions within the law (DOMAIN.md §3): only for a person who receives the integration income,
 * only after a formal notice and the worker's opinion, a suspension of at most 1 month, or at most
 * 3 months when another sanction was decided in the 12 months before; appeal to the labour court
 * within 3 months. The start date rule differs between sources: it is stored, never computed.
 */
import { addMonths, lastDayOfMonths } from './dates.ts';
import type { Situation } from './piis-obligation.ts';

export interface SanctionProposal {
  situation: Situation;
  noticeOn: string | null;
  workerOpinionOn: string | null;
  hearingOn: string | null;
  decisionOn: string;
  startOn: string;
  endOn: string;
  /** Decision dates of the person's earlier sanctions (suspended ones included). */
  earlierDecisions: readonly string[];
}

export interface SanctionProblem {
  path: keyof SanctionProposal;
  key: string;
  params?: Record<string, string | number>;
}

/** The last day a suspension starting on `startOn` may last: 1 month, or 3 after a recent one. */
export function longestSuspensionEnd(startOn: string, months: 1 | 3): string {
  return lastDayOfMonths(startOn, months);
}

/** Whether another sanction was decided in the 12 months before this decision. */
export function isRepeat(decisionOn: string, earlierDecisions: readonly string[]): boolean {
  const yearBefore = addMonths(decisionOn, -12);
  return earlierDecisions.some((day) => day >= yearBefore && day < decisionOn);
}

/** Every rule a proposal breaks, each on its field (empty: the law allows it). */
export function sanctionProblems(proposal: SanctionProposal): SanctionProblem[] {
  const problems: SanctionProblem[] = [];
  if (proposal.situation !== 'integrationIncome') {
    problems.push({ path: 'situation', key: 'validation.sanctionNoIntegrationIncome' });
  }
  if (!proposal.noticeOn) problems.push({ path: 'noticeOn', key: 'validation.sanctionNeedsNotice' });
  else if (proposal.noticeOn > proposal.decisionOn)
    problems.push({ path: 'noticeOn', key: 'validation.sanctionNoticeAfterDecision' });
  if (!proposal.workerOpinionOn)
    problems.push({ path: 'workerOpinionOn', key: 'validation.sanctionNeedsOpinion' });
  else if (proposal.workerOpinionOn > proposal.decisionOn)
    problems.push({ path: 'workerOpinionOn', key: 'validation.sanctionOpinionAfterDecision' });
  if (proposal.hearingOn && proposal.hearingOn > proposal.decisionOn)
    problems.push({ path: 'hearingOn', key: 'validation.sanctionHearingAfterDecision' });
  if (proposal.endOn < proposal.startOn) {
    problems.push({ path: 'endOn', key: 'validation.endBeforeStart' });
  } else {
    const months = isRepeat(proposal.decisionOn, proposal.earlierDecisions) ? 3 : 1;
    const last = longestSuspensionEnd(proposal.startOn, months);
    if (proposal.endOn > last) {
      problems.push({ path: 'endOn', key: 'validation.sanctionTooLong', params: { months, last } });
    }
  }
  return problems;
}

/** The last day to appeal to the labour court: 3 months after the decision was notified. */
export function appealDeadline(notifiedOn: string): string {
  return addMonths(notifiedOn, 3);
}
