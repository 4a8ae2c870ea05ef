/** The one HTTP client of the web app: the public API, typed from its OpenAPI document. */
import createClient, { type Middleware } from 'openapi-fetch';
import { currentLocale } from '../i18n.ts';
import type { components, paths } from './schema';

export type Problem = components['schemas']['Problem'];
export type Person = components['schemas']['Person'];
export type PersonPage = components['schemas']['PersonPage'];
export type Me = components['schemas']['Me'];
export type Role = Me['user']['role'];

/** A problem+json answer: its `detail` is already in the user's language. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null) {
    super(problem?.detail ?? `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null && 'status' in value && 'detail' in value;
}

// Before login the server has no user preference to go by: it answers in the language shown on screen.
const language: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', currentLocale());
    return request;
  },
};

export const api = createClient<paths>({ baseUrl: '/', credentials: 'same-origin' });
api.use(language);

interface Answer<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** Screens want the data or a thrown ApiError, not a union to unpack at every call. */
export async function unwrap<T>(call: Promise<Answer<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) throw new ApiError(response.status, isProblem(error) ? error : null);
  return data as T;
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}
