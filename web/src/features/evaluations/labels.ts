/** Evaluations in words, from the catalogues. */
import type { Compliance, Evaluation } from './api.ts';

type T = (key: string, params?: Record<string, unknown>) => string;

/** "The person, the support person, Forem" — or who came when the person did not. */
export function attendanceWords(t: T, evaluation: Pick<Evaluation, 'attendance'>): string {
  const { person, supportPerson, partners, others } = evaluation.attendance;
  const present = [
    ...(person ? [t('evaluations.attended.person')] : []),
    ...(supportPerson ? [t('evaluations.attended.supportPerson')] : []),
    ...partners,
    ...(others ? [others] : []),
  ];
  return present.length > 0 ? present.join(', ') : t('evaluations.attended.nobody');
}

/**
 * The year's minimum in plain words: "3 evaluations needed from 2 March 2026 to 4 December 2026,
 * 2 of them in person. Held: 1, 0 in person. Missed appointments: 1."
 */
export function complianceWords(t: T, compliance: Compliance, day: (iso: string) => string): string {
  return [
    t('evaluations.compliance.needed', {
      count: compliance.required,
      inPerson: compliance.requiredInPerson,
      from: day(compliance.from),
      to: day(compliance.to),
    }),
    t('evaluations.compliance.held', { count: compliance.held, inPerson: compliance.heldInPerson }),
    ...(compliance.missed > 0 ? [t('evaluations.compliance.missed', { count: compliance.missed })] : []),
  ].join(' ');
}

export const COMPLIANCE_COLOURS: Record<Compliance['state'], string> = {
  met: 'green',
  onTrack: 'blue',
  atRisk: 'orange',
  notMet: 'red',
};
