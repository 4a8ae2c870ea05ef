/**
 * `passerelle serve`: one process, or WORKERS=n processes on one port (node:cluster). Sessions
 * live in the database, so any process answers any request; the database is prepared (migrations,
 * demo data, the production check) once, by the first process, before any process listens.
 */
import cluster from 'node:cluster';
import { systemClock } from '../clock.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/connect.ts';
import { demoMode, isProduction } from '../demo-mode.ts';
import { demoAccountsExist } from '../features/installation/service.ts';
import { seedDemo } from '../seed/demo.ts';
import { open, printLogins } from './open.ts';

export async function serve() {
  if (cluster.isWorker) return listen(await open(), { worker: true });
  const opened = await open();
  const { database, config } = opened;
  if (config.workers > 1 && database.engine === 'pglite') {
    await database.close();
    throw new Error(
      'WORKERS needs a PostgreSQL server (DATABASE_URL): the embedded database can only be opened by one process.',
    );
  }
  const demoAccounts = await prepare(database, config);
  if (config.workers === 1) return listen(opened, { worker: false, demoAccounts });
  await database.close();
  startWorkers(config, demoAccounts);
}

/** Migrations, demo data on a new embedded database, and the refusal of demo accounts in production. */
async function prepare(database: Database, config: Config): Promise<boolean> {
  const clock = systemClock(config.fixedToday);
  await database.migrate();
  // A new embedded database is for trying Passerelle out: give it people to work with, unless
  // demo mode is off (PASSERELLE_DEMO=off, or production). A PostgreSQL server is never seeded
  // behind anyone's back (`npm run seed:demo`), and an existing database never gets demo accounts.
  if (database.engine === 'pglite' && demoMode() && (await seedDemo(database.db, clock))) {
    console.log('Demo data created.');
  }
  const demoAccounts = await demoAccountsExist(database.db);
  if (demoAccounts && isProduction()) {
    await database.close();
    // No removal command: demo people, events and audit rows are append-only by design, and a
    // database that was ever a demo is no place for real files anyway. Start from a new one.
    const fresh =
      database.engine === 'pglite'
        ? `an empty PASSERELLE_DATA_DIR (this one is ${config.dataDir})`
        : 'a new, empty database in DATABASE_URL';
    throw new Error(
      `This database holds demo accounts, whose password is public: Passerelle does not start on it in production (NODE_ENV=production). Start with ${fresh}, then create the first account with \`npm run create-admin\`.`,
    );
  }
  return demoAccounts;
}

/**
 * The first process forks the others and stays as their keeper: a worker that dies is replaced
 * (at most once a second, so a worker that cannot start does not spin), and a stop signal stops
 * them all.
 */
function startWorkers(config: Config, demoAccounts: boolean) {
  let stopping = false;
  let lastFork = 0;
  const fork = () => {
    lastFork = Date.now();
    cluster.fork();
  };
  for (let i = 0; i < config.workers; i++) fork();
  let listening = 0;
  cluster.on('listening', () => {
    listening++;
    if (listening === config.workers) banner(config, 'PostgreSQL server', demoAccounts);
  });
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) return;
    console.error(`worker ${worker.process.pid} stopped (${signal ?? code}); starting another`);
    setTimeout(fork, Math.max(0, 1000 - (Date.now() - lastFork)));
  });
  const stop = () => {
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
    cluster.on('exit', () => {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
    });
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

async function listen(
  { database, config }: { database: Database; config: Config },
  options: { worker: boolean; demoAccounts?: boolean },
) {
  const clock = systemClock(config.fixedToday);
  // Loaded here: the keeper of WORKERS=n processes never serves, and need not hold the app.
  const { buildApp } = await import('../http/app.ts');
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
  if (options.worker) return;
  const where =
    database.engine === 'pglite' ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL server';
  banner(config, where, options.demoAccounts ?? false);
}

function banner(config: Config, where: string, demoAccounts: boolean) {
  const processes = config.workers > 1 ? `, ${config.workers} processes` : '';
  console.log(`\nPasserelle is running on http://localhost:${config.port} (${where}${processes})`);
  console.log(`API documentation: http://localhost:${config.port}/api/docs`);
  if (config.fixedToday) console.log(`Today is fixed at ${config.fixedToday} (PASSERELLE_TODAY).`);
  if (demoAccounts) printLogins();
  else console.log('No demo accounts. Create an administrator with: npm run create-admin -- --help');
}
