/**
 * Errors as RFC 9457 problem details. A service throws a Problem naming a catalogue key; the
 * error handler translates it into the caller's language. `type` is stable: clients branch on it.
 */
import { z } from 'zod';

export const PROBLEM_TYPES = {
  validation: 400,
  'bad-request': 400,
  unauthenticated: 401,
  forbidden: 403,
  'not-found': 404,
  'method-not-allowed': 405,
  conflict: 409,
  'confirm-warnings': 409,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  throttled: 429,
  internal: 500,
  unavailable: 503,
} as const;
export type ProblemType = keyof typeof PROBLEM_TYPES;

export const problemTypeUri = (type: ProblemType) => `/api/v1/problems/${type}`;

export interface FieldError {
  path: string;
  key: string;
  params?: Record<string, string | number>;
}

/** Something a worker must see and confirm before a change is saved (docs/architecture.md). */
export interface Warning {
  code: string;
  key: string;
  field?: string;
  /** Anything else the client needs to show it (ids, names), sent as given. */
  extensions?: Record<string, unknown>;
}

export class Problem extends Error {
  readonly status: number;
  constructor(
    readonly type: ProblemType,
    readonly key: string,
    readonly options: {
      params?: Record<string, string | number>;
      errors?: FieldError[];
      /** Translated into `warnings: [{ code, message, field?, …extensions }]`. */
      warnings?: Warning[];
      headers?: Record<string, string>;
      /** Extra members of the problem object (e.g. the current version on a conflict). */
      extensions?: Record<string, unknown>;
    } = {},
  ) {
    super(key);
    this.status = PROBLEM_TYPES[type];
  }
}

/** A field-level validation failure found after parsing (a rule of src/domain, a database check). */
export function invalidFields(errors: FieldError[]): Problem {
  return new Problem('validation', 'errors.validation', { errors });
}

/** A write based on a version someone else has since replaced: 409, nothing overwritten. */
export function staleVersion(yourVersion: number, currentVersion: number): Problem {
  return new Problem('conflict', 'errors.staleVersion', {
    params: { yourVersion, currentVersion },
    extensions: { currentVersion },
  });
}

export const ProblemSchema = z
  .object({
    type: z.string().describe('Stable identifier of the kind of problem: branch on this.'),
    title: z.string().describe('Short summary in the caller language.'),
    status: z.number().int(),
    detail: z.string().describe('Human explanation in the caller language.'),
    instance: z.string().optional(),
    errors: z
      .array(
        z.object({
          path: z.string().describe('Dotted path of the invalid field, e.g. "birthDate".'),
          code: z.string().describe('Stable code of the rule, e.g. "validation.required".'),
          message: z.string(),
        }),
      )
      .optional(),
  })
  .catchall(z.unknown())
  .meta({ id: 'Problem', description: 'RFC 9457 problem details (application/problem+json).' });

/** The error responses a route documents in OpenAPI, besides its own success shapes. */
export function problemResponses(...statuses: number[]) {
  return Object.fromEntries(statuses.map((s) => [s, ProblemSchema]));
}
