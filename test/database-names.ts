/** The instant every database test starts at: the demo data and "today" are the same on every run. */
export const TEST_START = '2026-11-23T09:00:00Z';

export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
