/** The `passerelle` command: serve, migrate, seed, create-admin. */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { systemClock } from '../clock.ts';
import { isProduction } from '../demo-mode.ts';
import { seedDemo } from '../seed/demo.ts';
import { AdminInputError, createAdmin } from './create-admin.ts';
import { open, printLogins } from './open.ts';
import { serve } from './serve.ts';

async function migrate() {
  const { database } = await open();
  await database.migrate();
  await database.close();
  console.log('Migrations applied.');
}

async function seed() {
  if (isProduction()) throw new Error('Demo data is never added in production (NODE_ENV=production).');
  const { database, config } = await open();
  await database.migrate();
  const created = await seedDemo(database.db, systemClock(config.fixedToday));
  await database.close();
  console.log(created ? 'Demo data created.' : 'Demo data already present; nothing changed.');
  printLogins();
}

const CREATE_ADMIN_HELP = `Creates a centre's administrator (and the centre when it does not exist yet).

  npm run create-admin -- --centre "CPAS de Liège" --language fr --email anne@cpas-liege.be --name "Anne Admin"

  --centre     the centre's exact name; an existing centre gets one more administrator
  --language   fr, nl, de or en: the new centre's language (only to create a centre)
  --email      the administrator's login
  --name       how the administrator is shown
The password is read from PASSERELLE_ADMIN_PASSWORD, or asked on the terminal (at least 12 characters).`;

async function readPassword(): Promise<string> {
  const fromEnv = process.env.PASSERELLE_ADMIN_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) {
    throw new AdminInputError('No terminal to ask the password on: set PASSERELLE_ADMIN_PASSWORD.');
  }
  const prompt = 'Password (not shown): ';
  // The callback readline, not node:readline/promises: only its `_writeToOutput` can be replaced,
  // and that is how nothing typed reaches the screen (the promise API writes past it).
  const terminal = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = terminal as unknown as { _writeToOutput: (text: string) => void };
  output._writeToOutput = (text: string) => {
    if (text.includes(prompt)) process.stdout.write(prompt);
  };
  return new Promise((resolve, reject) => {
    let answered = false;
    // Raw mode swallows Ctrl-C and Ctrl-D: without these the command would wait forever.
    terminal.on('SIGINT', () => terminal.close());
    terminal.on('close', () => {
      process.stdout.write('\n');
      if (!answered) reject(new AdminInputError('No password given; nothing was created.'));
    });
    terminal.question(prompt, (answer) => {
      answered = true;
      terminal.close();
      resolve(answer);
    });
  });
}

async function createAdminCommand() {
  const { values } = parseArgs({
    args: process.argv.slice(3),
    options: {
      centre: { type: 'string' },
      language: { type: 'string' },
      email: { type: 'string' },
      name: { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help || !values.centre || !values.email || !values.name) {
    console.log(CREATE_ADMIN_HELP);
    if (!values.help) process.exit(2);
    return;
  }
  const password = await readPassword();
  const { database } = await open();
  try {
    await database.migrate();
    const result = await createAdmin(database.db, {
      centre: values.centre,
      language: values.language,
      email: values.email,
      name: values.name,
      password,
    });
    console.log(
      `${result.centreCreated ? 'Centre created. ' : ''}Administrator ${values.email.trim().toLowerCase()} created: log in with it.`,
    );
  } finally {
    await database.close();
  }
}

const commands: Record<string, () => Promise<void>> = {
  serve,
  migrate,
  seed,
  'create-admin': createAdminCommand,
};
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
