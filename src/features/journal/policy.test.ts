import { describe, expect, it } from 'vitest';
import { journalCorrectionProblem, journalEntryAccessProblem, maySeeEarlierVersions } from './policy.ts';

const NAMUR = '00000000-0000-4000-8000-000000000001';
const GENT = '00000000-0000-4000-8000-000000000002';
const AUTHOR = '00000000-0000-4000-8000-00000000000a';
const OTHER = '00000000-0000-4000-8000-00000000000b';
const entry = { centreId: NAMUR, authorUserId: AUTHOR, version: 3 };

describe('journalCorrectionProblem', () => {
  it.each([
    ['the author, at the version read', { centreId: NAMUR, userId: AUTHOR }, entry, 3, null],
    ['no such entry', { centreId: NAMUR, userId: AUTHOR }, undefined, 3, 'errors.journalEntryNotFound'],
    [
      'an entry of another centre',
      { centreId: GENT, userId: AUTHOR },
      entry,
      3,
      'errors.journalEntryNotFound',
    ],
    [
      'a colleague of the same centre',
      { centreId: NAMUR, userId: OTHER },
      entry,
      3,
      'errors.journalNotAuthor',
    ],
    [
      'a colleague with a stale version (authorship first)',
      { centreId: NAMUR, userId: OTHER },
      entry,
      1,
      'errors.journalNotAuthor',
    ],
    ['the author with a stale version', { centreId: NAMUR, userId: AUTHOR }, entry, 2, 'errors.staleVersion'],
  ] as const)('%s', (_name, actor, record, version, key) => {
    expect(journalCorrectionProblem(actor, record, version)?.key ?? null).toBe(key);
  });

  it('answers 404, 403 and 409 for the three refusals', () => {
    expect(journalEntryAccessProblem({ centreId: GENT }, entry)?.status).toBe(404);
    expect(journalCorrectionProblem({ centreId: NAMUR, userId: OTHER }, entry, 3)?.status).toBe(403);
    expect(journalCorrectionProblem({ centreId: NAMUR, userId: AUTHOR }, entry, 1)?.status).toBe(409);
  });
});

describe('maySeeEarlierVersions', () => {
  it.each([
    ['worker', false],
    ['lead', true],
    ['admin', true],
    ['federal', false],
  ] as const)('%s: %s', (role, expected) => expect(maySeeEarlierVersions({ role })).toBe(expected));
});
