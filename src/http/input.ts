/**
 * Input PostgreSQL cannot store: a NUL character in any string (text and jsonb both refuse it).
 * Checked once for every route, after parsing and before validation, so such input is a 400
 * naming the field rather than a database error.
 */
import type { FastifyInstance } from 'fastify';
import { invalidFields } from '../features/problem.ts';

/**
 * Walks with an explicit stack: the body's depth is bounded by the JSON parser, but query strings
 * and other parsers are not, and a recursion here would overflow on whatever nests deepest.
 */
function nulPaths(root: unknown): string[] {
  const found: string[] = [];
  const stack: Array<{ value: unknown; path: string[] }> = [{ value: root, path: [] }];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { value, path } = item;
    if (typeof value === 'string') {
      if (value.includes('\u0000')) found.push(path.join('.'));
    } else if (value && typeof value === 'object') {
      const children: typeof stack = [];
      for (const [key, child] of Object.entries(value)) {
        const childPath = [...path, key];
        if (key.includes('\u0000')) found.push(childPath.join('.'));
        children.push({ value: child, path: childPath });
      }
      // Reversed, so fields are visited (and reported) in the order they were sent.
      for (const child of children.reverse()) stack.push(child);
    }
  }
  return found;
}

export function installInputGuards(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    const paths = [request.params, request.query, request.body].flatMap((part) => nulPaths(part));
    if (paths.length) throw invalidFields(paths.map((path) => ({ path, key: 'validation.nulCharacter' })));
  });
}
