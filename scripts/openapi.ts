/**
 * Writes the OpenAPI document (openapi.json) and the web app's API types (web/src/api/schema.d.ts)
 * from the code. A test fails when the committed files differ from what this produces.
 */
import { writeFileSync } from 'node:fs';
import { renderOpenApi, renderWebTypes } from '../test/openapi-render.ts';

const document = await renderOpenApi();
writeFileSync('openapi.json', document);
writeFileSync('web/src/api/schema.d.ts', await renderWebTypes(document));
console.log('openapi.json and web/src/api/schema.d.ts written.');
