/** Cursor pagination: `limit` and `cursor` in, `{ items, nextCursor }` out (shapes in schemas.ts). */
import type { z } from 'zod';
import { invalidFields } from './problem.ts';

/** Cursors are opaque to clients: base64url of a JSON array of the keyset values. */
export function encodeCursor(values: readonly (string | number)[]): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor<T extends readonly unknown[]>(cursor: string, shape: z.ZodType<T>): T {
  try {
    return shape.parse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
  } catch {
    throw invalidFields([{ path: 'cursor', key: 'validation.invalidCursor' }]);
  }
}
