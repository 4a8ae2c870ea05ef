/**
 * A rendered statement with its values written out as SQL literals, for the simple query
 * protocol, which carries several statements in one round trip but no parameters
 * (src/db/connect.ts batchedTransaction). Strings go through pg's own `escapeLiteral` (quotes
 * doubled; a backslash makes it an E'' string), so no value can end its literal early.
 */
import pg from 'pg';

export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error('a statement value is not a finite number');
    return String(value);
  }
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return pg.escapeLiteral(value.toISOString());
  if (typeof value === 'string') return pg.escapeLiteral(value);
  // Drizzle hands json columns over as text already; anything else is a bug, not a value to guess.
  throw new Error(`a statement value of type ${typeof value} has no literal form here`);
}

/** `$1`, `$2`… replaced by the literals of their values; every value must be used. */
export function inlineStatement(query: { sql: string; params: unknown[] }): string {
  const used = new Set<number>();
  const text = query.sql.replace(/\$(\d+)/g, (_, digits: string) => {
    const index = Number(digits) - 1;
    if (index < 0 || index >= query.params.length)
      throw new Error(`statement placeholder $${digits} has no value`);
    used.add(index);
    return sqlLiteral(query.params[index]);
  });
  if (used.size !== query.params.length) throw new Error('a statement value has no placeholder');
  return text;
}
