/**
 * Demo mode: whether a new embedded database gets the demo centres and their accounts, whose
 * password is public. On by default, so `npm start` on a fresh clone shows a working Passerelle;
 * `PASSERELLE_DEMO=off` turns it off; production mode (`NODE_ENV=production`) always turns it off.
 */
export function isProduction(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.NODE_ENV === 'production';
}

export function demoMode(env: NodeJS.ProcessEnv = process.env): boolean {
  if (isProduction(env)) return false;
  const value = env.PASSERELLE_DEMO?.trim().toLowerCase() ?? '';
  if (value === '' || value === 'on' || value === 'true' || value === '1') return true;
  if (value === 'off' || value === 'false' || value === '0') return false;
  throw new Error(`PASSERELLE_DEMO must be on or off, got "${env.PASSERELLE_DEMO}"`);
}
