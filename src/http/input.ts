/**
 * Input PostgreSQL cannot store: a NUL character in any string (text and jsonb both refuse it).
 * Checked once for every route, after parsing and before validation, so such input is a 400
 * naming the field rather than a database error.
 */
import type { FastifyInstance } from 'fastify';
import { invalidFields } from './problem.ts';

function nulPaths(value: unknown, path: string[] = []): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path.join('.')] : [];
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => [
      ...(key.includes('\u0000') ? [[...path, key].join('.')] : []),
      ...nulPaths(child, [...path, key]),
    ]);
  }
  return [];
}

export function installInputGuards(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const paths = [request.params, request.query, request.body].flatMap((part) => nulPaths(part));
    if (paths.length) throw invalidFields(paths.map((path) => ({ path, key: 'validation.nulCharacter' })));
  });
}
