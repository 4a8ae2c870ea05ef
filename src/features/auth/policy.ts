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
  'audit.read',
  'instrument.read',
  /** Upload the centre's own progress instruments. */
  'instrument.manage',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/** The federal analyst sees aggregates only: no permission touches a person. */
export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  worker: ['self', 'person.read', 'person.write', 'instrument.read'],
  lead: ['self', 'person.read', 'person.write', 'instrument.read'],
  admin: ['self', 'person.read', 'person.write', 'audit.read', 'instrument.read', 'instrument.manage'],
  federal: ['self'],
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

export function can(actor: Pick<Actor, 'role'>, permission: Permission): boolean {
  return ROLE_PERMISSIONS[actor.role].includes(permission);
}

export const LOGIN_THROTTLE = { maxFailures: 5, windowMs: 15 * 60 * 1000 } as const;

/**
 * Seconds the caller must wait before trying again, or null when a try is allowed.
 * `failures` are the times of recent failed logins for one account or one address.
 */
export function loginRetryAfter(failures: readonly Date[], now: Date, rule = LOGIN_THROTTLE): number | null {
  const windowStart = now.getTime() - rule.windowMs;
  const recent = failures
    .map((d) => d.getTime())
    .filter((t) => t > windowStart)
    .sort((a, b) => a - b);
  if (recent.length < rule.maxFailures) return null;
  // The window reopens when enough of the oldest failures have aged out of it.
  const unlocksAt = (recent[recent.length - rule.maxFailures] as number) + rule.windowMs;
  return Math.max(1, Math.ceil((unlocksAt - now.getTime()) / 1000));
}
