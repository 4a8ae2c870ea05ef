/** The `passerelle` command: serve, migrate, seed. */
import { systemClock } from '../clock.ts';
import { readConfig } from '../config.ts';
import { connect, type Database } from '../db/connect.ts';
import { buildApp } from '../http/app.ts';
import { DEMO_PASSWORD, DEMO_USERS, seedDemo } from '../seed/demo.ts';

async function open(): Promise<{ database: Database; config: ReturnType<typeof readConfig> }> {
  const config = readConfig();
  const database = await connect(
    config.databaseUrl ? { url: config.databaseUrl } : { dataDir: config.dataDir },
  );
  return { database, config };
}

function printLogins() {
  console.log(`Demo logins (password "${DEMO_PASSWORD}"):`);
  for (const u of DEMO_USERS) console.log(`  ${u.email.padEnd(20)} ${u.role}`);
}

async function serve() {
  const { database, config } = await open();
  const clock = systemClock(config.fixedToday);
  await database.migrate();
  // The embedded database is for trying Passerelle out: give it people to work with.
  // A real PostgreSQL is never seeded behind anyone's back (`npm run seed:demo`).
  if (database.engine === 'pglite' && (await seedDemo(database.db, clock))) {
    console.log('Demo data created.');
  }
  const app = await buildApp({ database, clock, config, serveWeb: true });
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await app.close();
    await database.close();
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(
        `Port ${config.port} is already in use. Stop the other program or choose another: PORT=8081 npm start`,
      );
      process.exit(1);
    }
    throw error;
  }
  const where =
    database.engine === 'pglite' ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL server';
  console.log(`\nPasserelle is running on http://localhost:${config.port} (${where})`);
  console.log(`API documentation: http://localhost:${config.port}/api/docs`);
  if (config.fixedToday) console.log(`Today is fixed at ${config.fixedToday} (PASSERELLE_TODAY).`);
  printLogins();
}

async function migrate() {
  const { database } = await open();
  await database.migrate();
  await database.close();
  console.log('Migrations applied.');
}

async function seed() {
  const { database, config } = await open();
  await database.migrate();
  const created = await seedDemo(database.db, systemClock(config.fixedToday));
  await database.close();
  console.log(created ? 'Demo data created.' : 'Demo data already present; nothing changed.');
  printLogins();
}

const commands: Record<string, () => Promise<void>> = { serve, migrate, seed };
const command = commands[process.argv[2] ?? 'serve'];
if (!command) {
  console.error(`usage: passerelle ${Object.keys(commands).join('|')}`);
  process.exit(2);
}
command().catch((error) => {
  // A person starting Passerelle needs the reason, not a stack trace (DEBUG=1 shows it).
  console.error(process.env.DEBUG ? error : error instanceof Error ? error.message : String(error));
  process.exit(1);
});
