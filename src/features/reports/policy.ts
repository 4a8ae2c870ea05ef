/**
 * The report's rules that are not arithmetic: who is behind a figure (and so whether it can be
 * drilled into), and when a year may be closed.
 */

export type ReportSubject = 'trajectory' | 'person' | 'sanction';

/**
 * What a cell counts, from its name: plans, people or sanctions; null for a cell with nobody to
 * list (sessions, attendance marks, feedback answers, cost lines) or a name the report does not
 * know, which the drill-down answers with 404.
 */
export function subjectOf(cell: string): ReportSubject | null {
  if (/^activation\.(started|running|closed|outcome\.[a-zA-Z]+)$/.test(cell)) return 'trajectory';
  if (/^piis\.(inForce|concluded)(\.[a-zA-Z]+)?$/.test(cell)) return 'trajectory';
  if (/^piis\.(concludedOnTime|concludedDeadlineUnknown|evaluationJudged|evaluationMet)$/.test(cell))
    return 'trajectory';
  if (/^piis\.(people|withoutPiis\.[a-zA-Z]+)$/.test(cell)) return 'person';
  if (/^participants\.(total|sex\.[FMX]|age\.[a-zA-Z0-9]+|language\.[a-z]{2})$/.test(cell)) return 'person';
  if (cell === 'sanctions.people') return 'person';
  if (/^sanctions\.(total|[a-zA-Z]+\.[a-zA-Z0-9]+)$/.test(cell)) return 'sanction';
  if (/^progress\.[^.]+\.[^.]+\.(measured|improved|stayed|declined)$/.test(cell)) return 'person';
  if (/^modules\.(individual|collective)\.people$/.test(cell)) return 'person';
  if (cell === 'costs.trajectories') return 'trajectory';
  return null;
}

/** Why the year cannot be closed today (a message key), or null when it can. */
export function closeProblem(year: number, today: string, closedAt: string | null): string | null {
  if (closedAt) return 'errors.reportYearClosed';
  if (today <= `${year}-12-31`) return 'errors.reportYearNotEnded';
  return null;
}
