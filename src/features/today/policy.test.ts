import { describe, expect, it } from 'vitest';
import type { Actor } from '../auth/policy.ts';
import { dayAccessProblem } from './policy.ts';

const actor = (role: Actor['role']): Actor => ({
  userId: 'me',
  centreId: 'c',
  role,
  locale: 'fr',
  email: 'me@example.org',
  displayName: 'Me',
  sessionIdHash: null,
});

describe('dayAccessProblem (written from the product, not from the permission code)', () => {
  it.each([
    ['worker', 'me', null],
    ['worker', 'someone else', 403],
    ['lead', 'me', null],
    ['lead', 'someone else', null],
    ['admin', 'someone else', null],
  ] as const)('%s reading the day of %s', (role, workerId, status) => {
    expect(dayAccessProblem(actor(role), workerId)?.status ?? null).toBe(status);
  });
});
