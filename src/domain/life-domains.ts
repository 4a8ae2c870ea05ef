/** The life domains of the social assessment (DOMAIN.md §2), in the order a worker goes through them. */
export const LIFE_DOMAINS = [
  'income',
  'debts',
  'housing',
  'physicalHealth',
  'mentalHealth',
  'family',
  'socialNetwork',
  'education',
  'workExperience',
  'language',
  'mobility',
  'administration',
  'justice',
] as const;
export type LifeDomain = (typeof LIFE_DOMAINS)[number];
