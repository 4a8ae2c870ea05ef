/** The life domains of the social assessment (DOMAIN.md §2), in the order a worker goes through them. */
export const LIFE_DOMAINS = [
  'income',
  'debts',
  'housing',
  'physicalHealth',
  'mentalHealth',
  'addiction',
  'family',
  'childcare',
  'socialNetwork',
  'education',
  'workExperience',
  'language',
  'digital',
  'mobility',
  'administration',
  'justice',
] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];

/** What an assessment holds: the life domains looked at and the four overall texts. */
export interface AssessmentContent {
  domains: readonly unknown[];
  aspirations: string;
  aptitudes: string;
  qualifications: string;
  needs: string;
}

/**
 * An assessment that looked at no life domain and says nothing about aspirations, aptitudes,
 * qualifications or needs records nothing: it is refused (a plan cannot rest on it).
 */
export function isEmptyAssessment(content: AssessmentContent): boolean {
  return (
    content.domains.length === 0 &&
    [content.aspirations, content.aptitudes, content.qualifications, content.needs].every(
      (text) => text.trim() === '',
    )
  );
}
