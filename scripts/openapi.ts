/**
 * Writes the OpenAPI document (openapi.json), the web app's API types (web/src/api/schema.d.ts) and
 * the instrument definition format (docs/instrument.schema.json)
 * from the code. A test fails when the committed files differ from what this produces.
 */
import { writeFileSync } from 'node:fs';
import { renderInstrumentSchema, renderOpenApi, renderWebTypes } from '../test/openapi-render.ts';

const document = await renderOpenApi();
writeFileSync('openapi.json', document);
writeFileSync('web/src/api/schema.d.ts', await renderWebTypes(document));
writeFileSync('docs/instrument.schema.json', renderInstrumentSchema());
console.log('openapi.json, web/src/api/schema.d.ts and docs/instrument.schema.json written.');
