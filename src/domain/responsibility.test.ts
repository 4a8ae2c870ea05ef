import { describe, expect, it } from 'vitest';
import { coversDay, holderOn, type ReferralPeriod } from './responsibility.ts';

const FIRST = 'first-line';
const ISP = 'isp-worker';
const OTHER = 'other-worker';

const accepted = (answeredOn: string, receivingUserId: string | null = ISP): ReferralPeriod => ({
  state: 'accepted',
  answeredOn,
  endedOn: null,
  receivingUserId,
});
const ended = (answeredOn: string, endedOn: string, receivingUserId = ISP): ReferralPeriod => ({
  state: 'ended',
  answeredOn,
  endedOn,
  receivingUserId,
});

describe('holderOn', () => {
  it.each<[string, string, string | null, ReferralPeriod[], string | null]>([
    ['no referral: the file’s worker', '2026-11-23', FIRST, [], FIRST],
    ['no referral and nobody follows the file', '2026-11-23', null, [], null],
    [
      'a pending referral changes nothing',
      '2026-11-23',
      FIRST,
      [{ state: 'pending', answeredOn: null, endedOn: null, receivingUserId: null }],
      FIRST,
    ],
    [
      'a declined referral changes nothing',
      '2026-11-23',
      FIRST,
      [{ state: 'declined', answeredOn: '2026-11-02', endedOn: null, receivingUserId: null }],
      FIRST,
    ],
    [
      'a withdrawn referral changes nothing',
      '2026-11-23',
      FIRST,
      [{ state: 'withdrawn', answeredOn: '2026-11-02', endedOn: null, receivingUserId: null }],
      FIRST,
    ],
    ['the day before acceptance: the file’s worker', '2026-11-01', FIRST, [accepted('2026-11-02')], FIRST],
    ['the day of acceptance: the receiving worker', '2026-11-02', FIRST, [accepted('2026-11-02')], ISP],
    ['a running referral, long after', '2027-06-30', FIRST, [accepted('2026-11-02')], ISP],
    [
      'a running referral even when nobody follows the file',
      '2026-12-01',
      null,
      [accepted('2026-11-02')],
      ISP,
    ],
    [
      'the last day of an ended referral: still the receiving worker',
      '2026-12-15',
      FIRST,
      [ended('2026-11-02', '2026-12-15')],
      ISP,
    ],
    [
      'the day after it ended: back to the file’s worker',
      '2026-12-16',
      FIRST,
      [ended('2026-11-02', '2026-12-15')],
      FIRST,
    ],
    [
      'a partner has no account: the file’s worker keeps the items',
      '2026-11-23',
      FIRST,
      [accepted('2026-11-02', null)],
      FIRST,
    ],
    [
      'two periods one after the other: each holds its own days (first)',
      '2026-10-10',
      FIRST,
      [ended('2026-09-01', '2026-10-31'), accepted('2026-11-15', OTHER)],
      ISP,
    ],
    [
      'two periods one after the other: the gap is the file’s worker’s',
      '2026-11-05',
      FIRST,
      [ended('2026-09-01', '2026-10-31'), accepted('2026-11-15', OTHER)],
      FIRST,
    ],
    [
      'two periods one after the other: each holds its own days (second)',
      '2026-11-20',
      FIRST,
      [ended('2026-09-01', '2026-10-31'), accepted('2026-11-15', OTHER)],
      OTHER,
    ],
    [
      'overlapping periods: the one accepted last holds the day, whatever the order',
      '2026-11-20',
      FIRST,
      [accepted('2026-11-15', OTHER), accepted('2026-09-01')],
      OTHER,
    ],
    [
      'a partner running beside an internal service: the internal worker',
      '2026-11-20',
      FIRST,
      [accepted('2026-09-01'), accepted('2026-11-15', null)],
      ISP,
    ],
  ])('%s', (_name, date, responsible, referrals, expected) => {
    expect(holderOn(date, responsible, referrals)).toBe(expected);
  });
});

describe('coversDay', () => {
  it.each<[string, ReferralPeriod, string, boolean]>([
    ['accepted, on the day', accepted('2026-11-02'), '2026-11-02', true],
    ['accepted, the day before', accepted('2026-11-02'), '2026-11-01', false],
    ['ended, its last day', ended('2026-11-02', '2026-11-30'), '2026-11-30', true],
    ['ended, after', ended('2026-11-02', '2026-11-30'), '2026-12-01', false],
    ['a partner', accepted('2026-11-02', null), '2026-11-10', false],
  ])('%s', (_name, referral, date, expected) => expect(coversDay(referral, date)).toBe(expected));
});
