/** Shared by the e2e server and the specs (importing server.ts would start a server). */
export const E2E_PORT = Number(process.env.E2E_PORT ?? 8181);
/** "Today" for the browser journeys: the demo data and every date check are reproducible. */
export const E2E_TODAY = '2026-11-23';
