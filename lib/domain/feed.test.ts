import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/translators.ts';
import {
  compareFeedEntries,
  decodeFeedCursor,
  encodeFeedCursor,
  mergeFeedEntries,
  toFeedItem,
  toFeedPath,
  type FeedCursor,
  type FeedEntryRecord,
} from './feed.ts';
import type { Locale } from './types.ts';

const key = (at: string, kind: FeedCursor['kind'], id: number): FeedCursor => ({ at, kind, id });

describe('feed order', () => {
  it('is newest first; at one instant verdict, pledge, figure; then the higher id', () => {
    const entries = [
      key('2026-01-01T00:00:00.000Z', 'figure', 9),
      key('2026-03-01T00:00:00.000Z', 'figure', 1),
      key('2026-02-01T00:00:00.000Z', 'figure', 2),
      key('2026-02-01T00:00:00.000Z', 'verdict', 1),
      key('2026-02-01T00:00:00.000Z', 'pledge', 5),
      key('2026-02-01T00:00:00.000Z', 'figure', 3),
    ];
    expect([...entries].sort(compareFeedEntries)).toEqual([
      key('2026-03-01T00:00:00.000Z', 'figure', 1),
      key('2026-02-01T00:00:00.000Z', 'verdict', 1),
      key('2026-02-01T00:00:00.000Z', 'pledge', 5),
      key('2026-02-01T00:00:00.000Z', 'figure', 3),
      key('2026-02-01T00:00:00.000Z', 'figure', 2),
      key('2026-01-01T00:00:00.000Z', 'figure', 9),
    ]);
  });

  it('merges the kinds, cuts at the limit and gives the next page’s cursor only when more exist', () => {
    const figures = [
      key('2026-03-01T00:00:00.000Z', 'figure', 3),
      key('2026-01-01T00:00:00.000Z', 'figure', 1),
    ];
    const verdicts = [key('2026-02-01T00:00:00.000Z', 'verdict', 1)];
    expect(mergeFeedEntries([figures, verdicts], 2)).toEqual({
      entries: [figures[0], verdicts[0]],
      next: verdicts[0],
    });
    expect(mergeFeedEntries([figures, verdicts], 3).next).toBeNull();
    expect(mergeFeedEntries([[], []], 50)).toEqual({ entries: [], next: null });
  });
});

describe('feed cursor', () => {
  it('round-trips and refuses anything it did not write', () => {
    const cursor = key('2026-12-03T01:02:03.456Z', 'pledge', 42);
    expect(decodeFeedCursor(encodeFeedCursor(cursor))).toEqual(cursor);
    for (const text of [
      '',
      'abc',
      Buffer.from('[1,2,3]').toString('base64url'),
      Buffer.from('["2026-12-03T01:02:03.456Z","other",1]').toString('base64url'),
      Buffer.from('["2026-12-03T01:02:03.456Z","figure",-1]').toString('base64url'),
    ])
      expect(decodeFeedCursor(text)).toBeNull();
  });
});

describe('toFeedPath', () => {
  it.each<[Parameters<typeof toFeedPath>[0], Locale, string]>([
    [{ scope: 'all' }, 'ko', '/feed.xml'],
    [{ scope: 'all' }, 'en', '/feed.xml?lang=en'],
    [{ scope: 'indicator', slug: 'startup-fund' }, 'ko', '/feed.xml?indicator=startup-fund'],
    [{ scope: 'administration', slug: 'min-7' }, 'en', '/feed.xml?administration=min-7&lang=en'],
  ])('%j in %s', (scope, locale, path) => {
    expect(toFeedPath(scope, locale)).toBe(path);
  });
});

const source = { quote: '누적 6,192억원을 달성했다', sourceTitle: '광주 창업펀드 기사' };
const figure = (revision: number, reason: string | null): FeedEntryRecord => ({
  kind: 'figure',
  id: 7,
  at: '2026-12-03T01:02:03.000Z',
  revision,
  slug: 'startup-fund-2025-09',
  indicatorSlug: 'startup-fund',
  indicatorNameKo: '창업펀드 조성액',
  indicatorNameEn: 'Startup fund raised',
  unit: 'KRW',
  value: '619200000000',
  observedOn: { date: '2025-09-01', precision: 'MONTH' },
  reason,
  ...source,
});

const words = (locale: Locale) => ({
  locale,
  feed: translatorFor(locale, 'feed'),
  verdicts: translatorFor(locale, 'verdicts'),
});

describe('toFeedItem', () => {
  it.each<[FeedEntryRecord, Locale, Partial<ReturnType<typeof toFeedItem>>]>([
    [
      figure(1, null),
      'ko',
      {
        kind: 'figure-new',
        key: 'figure-revision/7',
        title: '새 수치: 창업펀드 조성액 6,192억 원 (2025년 9월)',
        summary: '“누적 6,192억원을 달성했다” (광주 창업펀드 기사)',
        path: '/figures/startup-fund-2025-09',
      },
    ],
    [
      figure(2, 'typo in the article'),
      'en',
      {
        kind: 'figure-correction',
        title: 'Corrected figure: Startup fund raised, KRW 619.2 billion (Sep 2025)',
        summary:
          'Reason for the correction: typo in the article\n“누적 6,192억원을 달성했다” (광주 창업펀드 기사)',
        path: '/en/figures/startup-fund-2025-09',
      },
    ],
    [
      {
        kind: 'pledge',
        id: 3,
        at: '2026-12-03T01:02:03.000Z',
        revision: 1,
        slug: 'startup-fund-5000',
        titleKo: '창업펀드 5,000억 원 조성',
        titleEn: 'Raise a ₩500 billion startup fund',
        reason: null,
        ...source,
      },
      'en',
      {
        kind: 'pledge-new',
        key: 'pledge-revision/3',
        title: 'New pledge: Raise a ₩500 billion startup fund',
        path: '/en/pledges/startup-fund-5000',
      },
    ],
    [
      {
        kind: 'verdict',
        id: 4,
        at: '2026-12-03T01:02:03.000Z',
        slug: 'startup-fund-5000',
        titleKo: '창업펀드 5,000억 원 조성',
        titleEn: 'Raise a ₩500 billion startup fund',
        rating: 'COMPLETED',
        reasoningKo: '목표를 넘었다.',
        reasoningEn: 'The target was passed.',
        evidence: source,
      },
      'ko',
      {
        kind: 'verdict',
        key: 'verdict/4',
        title: '판정: 완료 — 창업펀드 5,000억 원 조성',
        summary: '“누적 6,192억원을 달성했다” (광주 창업펀드 기사)\n목표를 넘었다.',
        path: '/pledges/startup-fund-5000#verdict',
      },
    ],
  ])('%#', (entry, locale, expected) => {
    expect(toFeedItem(entry, words(locale))).toMatchObject(expected);
  });
});
