/**
 * Turns a zod issue into a catalogue key and its parameters, so the server's problem details
 * and the web app's inline form errors say the same thing in the same four languages.
 */
import type { z } from 'zod';

export interface MessageRef {
  key: string;
  params?: Record<string, string | number>;
}

/** Issues whose message is already a catalogue key (set in a schema or a refinement). */
function isCatalogueKey(message: string): boolean {
  return /^(validation|errors)\.[A-Za-z]+$/.test(message);
}

export function issueMessage(issue: z.core.$ZodIssue): MessageRef {
  if (isCatalogueKey(issue.message)) {
    const params = issue.code === 'custom' ? (issue.params as MessageRef['params']) : undefined;
    return params ? { key: issue.message, params } : { key: issue.message };
  }
  switch (issue.code) {
    case 'invalid_type':
      // Zod does not keep the input by default (nothing personal leaks into errors); a missing
      // field is reported as "received undefined" in its message.
      if (/received undefined/.test(issue.message) || issue.message === 'Required')
        return { key: 'validation.required' };
      return { key: 'validation.invalidType', params: { expected: issue.expected } };
    case 'too_small':
      if (issue.origin === 'string')
        return Number(issue.minimum) === 1
          ? { key: 'validation.required' }
          : {
              key: 'validation.tooShort',
              params: { min: Number(issue.minimum), count: Number(issue.minimum) },
            };
      return { key: 'validation.tooSmall', params: { min: Number(issue.minimum) } };
    case 'too_big':
      if (issue.origin === 'string')
        return {
          key: 'validation.tooLong',
          params: { max: Number(issue.maximum), count: Number(issue.maximum) },
        };
      return { key: 'validation.tooBig', params: { max: Number(issue.maximum) } };
    case 'invalid_format':
      if (issue.format === 'date') return { key: 'validation.invalidDate' };
      if (issue.format === 'email') return { key: 'validation.invalidEmail' };
      if (issue.format === 'uuid' || issue.format === 'guid') return { key: 'validation.invalidUuid' };
      return { key: 'validation.invalidFormat' };
    case 'invalid_value':
      return { key: 'validation.invalidEnum', params: { values: issue.values.map(String).join(', ') } };
    case 'unrecognized_keys':
      return {
        key: 'validation.unknownField',
        params: { keys: issue.keys.join(', '), count: issue.keys.length },
      };
    default:
      return { key: 'validation.invalid' };
  }
}

/** Dotted path of a field, as problem details and forms name it ("address.street", "items.0"). */
export function issuePath(issue: z.core.$ZodIssue): string {
  return issue.path.map(String).join('.');
}
