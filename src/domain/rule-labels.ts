/**
 * The message naming a rule of the legal engine or of the worker's day, for the server (calendar,
 * documents) and the web app alike: `plans.rules.` and the rule in camel case. Free of imports, so
 * the web app reads it without the holiday tables.
 */
export function ruleLabelKey(rule: string): string {
  return `plans.rules.${rule.replace(/\.(\w)/g, (_, c: string) => c.toUpperCase())}`;
}
