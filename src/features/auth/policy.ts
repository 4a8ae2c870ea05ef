/**
 * Who may do what: one permission list, one map from role to permissions, one check.
 * Every API route names the permission it needs (see src/http/access.ts); nothing else decides.
 */
import type { Locale } from '../../i18n/catalogues.ts';

export const ROLES = ['worker', 'lead', 'admin', 'federal'] as const;
export type Role = (typeof ROLES)[number];

export const PERMISSIONS = [
  /** Any signed-in user: their own profile and preferences. */
  'self',
  'person.read',
  'person.write',
  /** Give files to another worker: one, several, or all of a worker who leaves. */
  'person.assign',
  'audit.read',
  /** Read what a record said before it was corrected (a journal entry's earlier texts). */
  'record.history',
  'instrument.read',
  /** Upload the centre's own progress instruments. */
  'instrument.manage',
  /** Read the centre's policy for plans and its signing delegations. */
  'centre.read',
  /** Change the centre's policy; give and end signing delegations. */
  'centre.manage',
  /** Manage the centre's second-line services, partner organisations and their members. */
  'services.manage',
  /** Manage the module catalogue and its sessions. */
  'modules.manage',
  /** Approve or refuse a sanction proposal (the centre's policy narrows who, among these roles). */
  'sanction.approve',
  /** See the team's work: each worker's due and overdue items. */
  'team.read',
  /** Publish anonymous study questionnaires to staff and download their aggregates (federal: all centres; admin: own centre). */
  'studies.manage',
  /** Answer the anonymous study questionnaires addressed to one's centre. */
  'studies.answer',
  /** Read the centre's yearly figures and who is behind each. */
  'report.read',
  /** Set the year's objectives and subsidy amounts; close a year (its figures freeze). */
  'report.manage',
  /** The federal figures: aggregates of the centres' closed years, never a person. */
  'federal.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The federal analyst sees aggregates only: no permission touches a person. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  worker: ['self', 'person.read', 'person.write', 'instrument.read', 'centre.read', 'studies.answer'],
  lead: [
    'self',
    'person.read',
    'person.write',
    'person.assign',
    'record.history',
    'instrument.read',
    'centre.read',
    'sanction.approve',
    'team.read',
    'studies.answer',
    'report.read',
  ],
  admin: [
    'self',
    'person.read',
    'person.write',
    'person.assign',
    'audit.read',
    'record.history',
    'instrument.read',
    'instrument.manage',
    'centre.read',
    'centre.manage',
    'services.manage',
    'modules.manage',
    'sanction.approve',
    'team.read',
    'studies.manage',
    'report.read',
    'report.manage',
  ],
  federal: ['self', 'studies.manage', 'federal.read'],
};

export interface Actor {
  userId: string;
  /** Null only for the federal role. */
  centreId: string | null;
  role: Role;
  locale: Locale;
  email: string;
  displayName: string;
  /** Hash of the session the request came with, when it came with one. */
  sessionIdHash: string | null;
}

/** The roles that follow people's files: a file's responsible worker holds one of them. */
export const FOLLOWER_ROLES: readonly Role[] = ['worker', 'lead'];

export function can(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return ROLE_PERMISSIONS[actor.role].includes(permission);
}

/**
 * Failed-login budgets. Each key may fail `free` times; after that every further attempt waits a
 * delay that doubles from one minute up to 15 minutes. A key forgets its failures 15 minutes after
 * the last one. The tightest budget is per account *and* address: a stranger elsewhere cannot lock
 * a worker out with 5 wrong passwords. The address budget stops one machine trying many accounts;
 * the account budget, much larger, slows a guess spread over many addresses.
 */
export const LOGIN_BUDGETS = {
  accountAddress: { free: 5 },
  address: { free: 20 },
  account: { free: 50 },
} as const;
export type LoginBudget = keyof typeof LOGIN_BUDGETS;
export const LOGIN_FORGET_MS = 15 * 60 * 1000;
const FIRST_DELAY_S = 60;
const LONGEST_DELAY_S = 15 * 60;

/** The keys one attempt counts against, in the order their rows are locked (sorted, no deadlock). */
export function loginThrottleKeys(email: string, address: string): Record<LoginBudget, string> {
  return {
    accountAddress: `account+address:${email}|${address}`,
    address: `address:${address}`,
    account: `account:${email}`,
  };
}

export interface ThrottleState {
  failures: number;
  lastFailureAt: Date | null;
}

/** Failures that still count: none once the last one is old enough to forget. */
export function countingFailures(state: ThrottleState, now: Date): number {
  if (!state.lastFailureAt || now.getTime() - state.lastFailureAt.getTime() >= LOGIN_FORGET_MS) return 0;
  return state.failures;
}

/** Seconds to wait before this key may try again; 0 when a try is allowed now. */
export function loginWaitSeconds(state: ThrottleState, now: Date, free: number): number {
  const failures = countingFailures(state, now);
  if (failures < free || !state.lastFailureAt) return 0;
  const delay = Math.min(FIRST_DELAY_S * 2 ** (failures - free), LONGEST_DELAY_S);
  const waitMs = state.lastFailureAt.getTime() + delay * 1000 - now.getTime();
  return waitMs > 0 ? Math.ceil(waitMs / 1000) : 0;
}
