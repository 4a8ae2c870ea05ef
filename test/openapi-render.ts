/** Renders the OpenAPI document and the typed client schema exactly as they are committed. */
import openapiTS, { astToString } from 'openapi-typescript';
import { manualClock } from '../src/clock.ts';
import { readConfig } from '../src/config.ts';
import type { Database } from '../src/db/connect.ts';
import { instrumentJsonSchema } from '../src/features/instruments/routes.ts';
import { buildApp } from '../src/http/app.ts';

export async function renderOpenApi(): Promise<string> {
  // Building the app reads no data: a database that refuses every call proves it.
  const database = new Proxy({} as Database, {
    get: (_t, key) => (key === 'engine' ? 'postgres' : () => Promise.reject(new Error('no database here'))),
  });
  const app = await buildApp({
    database,
    clock: manualClock('2026-01-01T00:00:00Z'),
    config: readConfig({}),
  });
  await app.ready();
  const document = app.swagger();
  await app.close();
  return `${JSON.stringify(document, null, 2)}\n`;
}

export async function renderWebTypes(document: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(document));
  return `// Generated from openapi.json by \`npm run openapi\`. Do not edit.\n${astToString(ast)}`;
}

export function renderInstrumentSchema(): string {
  return `${JSON.stringify(instrumentJsonSchema(), null, 2)}\n`;
}
