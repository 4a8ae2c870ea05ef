/** Opening the configured database, shared by the commands. */
import { readConfig } from '../config.ts';
import { connect, type Database } from '../db/connect.ts';
import { DEMO_PASSWORD, DEMO_USERS } from '../seed/demo.ts';

export async function open(): Promise<{ database: Database; config: ReturnType<typeof readConfig> }> {
  const config = readConfig();
  const database = await connect(
    config.databaseUrl ? { url: config.databaseUrl, poolSize: config.poolSize } : { dataDir: config.dataDir },
  );
  return { database, config };
}

export function printLogins() {
  console.log(`Demo logins (password "${DEMO_PASSWORD}"):`);
  for (const u of DEMO_USERS) console.log(`  ${u.email.padEnd(20)} ${u.role}`);
}
