/**
 * The JSON body parser: Fastify's own (prototype-poisoning refused, an empty or invalid body gives
 * the same errors, so errors.ts maps them as before), behind a nesting-depth limit.
 *
 * A deeply nested body costs its sender nothing, but everything that walks the parsed value
 * afterwards (input guards, validation, logging) pays per level, recursively or not. No request
 * of this API nests anywhere near the limit; refusing before parsing keeps the cost of an attack
 * to one scan that stops at the first level too deep.
 */
import type { FastifyInstance } from 'fastify';
import { Problem } from '../features/problem.ts';

export const MAX_JSON_DEPTH = 32;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/**
 * Whether a JSON text opens more than `max` arrays or objects inside one another. Brackets inside
 * strings do not count. It does not validate: malformed text is left to the parser to refuse.
 */
export function jsonNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_ARRAY || c === OPEN_OBJECT) {
      depth++;
      if (depth > max) return true;
    } else if (c === CLOSE_ARRAY || c === CLOSE_OBJECT) depth--;
  }
  return false;
}

export function installJsonParser(app: FastifyInstance) {
  // 'error' for both, as Fastify's default: a body naming __proto__ or constructor.prototype is invalid JSON.
  const parse = app.getDefaultJsonParser('error', 'error');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (jsonNestsDeeperThan(body as string, MAX_JSON_DEPTH)) {
      done(new Problem('bad-request', 'errors.tooDeep'), undefined);
      return;
    }
    parse(request, body as string, done);
  });
}
