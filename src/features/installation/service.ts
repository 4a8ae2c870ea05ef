/**
 * What anyone may know of this installation before logging in: whether it holds demo accounts
 * (the login page warns that it is not a place for real files). Read as the system: no one is
 * known yet, and the answer reveals no account.
 */
import type { Executor } from '../../db/connect.ts';
import { asSystem } from '../../db/tenancy.ts';
import { hasDemoAccounts } from './queries.ts';
import type { Installation } from './schemas.ts';

/** Also asked by the command line: production refuses to start while demo accounts exist. */
export function demoAccountsExist(db: Executor): Promise<boolean> {
  return asSystem(db, 'installation', hasDemoAccounts);
}

export async function describeInstallation(db: Executor): Promise<Installation> {
  return { demoAccounts: await demoAccountsExist(db) };
}
