import { ruleLabelKey } from '../../../../src/domain/rule-labels.ts';

/** A rule of the worker's day in words. */
export function ruleLabel(t: (key: string) => string, rule: string): string {
  return t(ruleLabelKey(rule));
}

/** Whole days from `from` to `to` (calendar days, negative when `to` is earlier). */
export function daysFrom(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
