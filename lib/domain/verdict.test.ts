import { describe, expect, it } from 'vitest';
import { PLEDGE_STATUSES, type PledgeStatusCode } from './pledge-status.ts';
import {
  POLITIFACT_EQUIVALENT,
  ratingNeedsEvidence,
  reviewRefusal,
  VERDICT_RATINGS,
  verdictDisagrees,
  verdictInForce,
  type VerdictRating,
} from './verdict.ts';

describe('the scale', () => {
  it('has the six Korean stages and "not yet rated", each with a PolitiFact equivalent', () => {
    expect(VERDICT_RATINGS).toHaveLength(7);
    expect(Object.keys(POLITIFACT_EQUIVALENT).sort()).toEqual([...VERDICT_RATINGS].sort());
  });

  it.each<[VerdictRating, boolean]>([
    ['COMPLETED', true],
    ['COMPLETED_ONGOING', true],
    ['IN_PROGRESS', true],
    ['PARTLY_DONE', true],
    ['ON_HOLD', true],
    ['DROPPED', true],
    ['NOT_YET_RATED', false],
  ])('%s needs evidence: %s', (rating, needs) => {
    expect(ratingNeedsEvidence(rating)).toBe(needs);
  });
});

describe('verdictDisagrees', () => {
  it.each<[VerdictRating, PledgeStatusCode, boolean]>([
    ['COMPLETED', 'ACHIEVED', false],
    ['COMPLETED', 'BEHIND', true],
    ['COMPLETED', 'ON_TRACK', true],
    ['COMPLETED_ONGOING', 'OVERDUE', true],
    ['IN_PROGRESS', 'ON_TRACK', false],
    ['IN_PROGRESS', 'NEEDS_ACCELERATION', false],
    ['IN_PROGRESS', 'DETERIORATING', true],
    ['IN_PROGRESS', 'ACHIEVED', true],
    ['ON_HOLD', 'BEHIND', false],
    ['DROPPED', 'OVERDUE', false],
    ['DROPPED', 'ACHIEVED', true],
    ['PARTLY_DONE', 'ON_TRACK', true],
    ['COMPLETED', 'NO_DEADLINE', false],
    ['COMPLETED', 'INSUFFICIENT_DATA', false],
    ['DROPPED', 'NO_FIGURE', false],
    ['COMPLETED', 'AWAITING_EVIDENCE', false],
  ])('%s beside %s → %s', (rating, status, disagrees) => {
    expect(verdictDisagrees(rating, status)).toBe(disagrees);
  });

  it('"not yet rated" contradicts no status', () => {
    for (const status of PLEDGE_STATUSES)
      expect(verdictDisagrees('NOT_YET_RATED', status)).toBe(false);
  });
});

describe('reviewRefusal', () => {
  it.each<[string, { proposedBy: string; reviewed: boolean }, string, boolean, string | null]>([
    ['another editor, review on', { proposedBy: 'a', reviewed: false }, 'b', true, null],
    ['the proposer, review on', { proposedBy: 'a', reviewed: false }, 'a', true, 'own-verdict'],
    ['the proposer, review off', { proposedBy: 'a', reviewed: false }, 'a', false, null],
    [
      'anyone, already reviewed',
      { proposedBy: 'a', reviewed: true },
      'b',
      true,
      'already-reviewed',
    ],
  ])('%s → %s', (_name, verdict, reviewer, required, refusal) => {
    expect(reviewRefusal(verdict, reviewer, required)).toBe(refusal);
  });
});

describe('verdictInForce', () => {
  const first = { id: 1, publishedAt: '2026-01-10T03:00:00.000Z' };
  const second = { id: 2, publishedAt: '2026-03-01T03:00:00.000Z' };
  it.each<[string, string, number | null]>([
    ['before any was published', '2026-01-01T14:59:59.999Z', null],
    ['between the two', '2026-02-01T14:59:59.999Z', 1],
    ['after both', '2026-12-01T14:59:59.999Z', 2],
    ['at the instant the second was published', second.publishedAt, 2],
  ])('%s → %s', (_name, asOfEnd, id) => {
    expect(verdictInForce([second, first], asOfEnd)?.id ?? null).toBe(id);
  });
});
