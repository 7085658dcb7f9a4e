import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/translators.ts';
import {
  formatReportCardLine,
  formatTermMonths,
  REPORT_CARD_LIST_LIMIT,
  toReportCard,
  type ReportCard,
} from './report-card.ts';
import type { TrackerRow } from './tracker.ts';
import { VERDICT_FILTERS, type VerdictFilter } from './verdict.ts';
import type { Locale } from './types.ts';

function counts(
  given: Partial<Record<VerdictFilter, number>>,
): Pick<ReportCard, 'total' | 'verdictCounts'> {
  const verdictCounts = VERDICT_FILTERS.map((verdict) => ({
    verdict,
    count: given[verdict] ?? 0,
    pledges: [],
  }));
  return { total: verdictCounts.reduce((sum, { count }) => sum + count, 0), verdictCounts };
}

const NAMES: Record<Locale, string> = {
  ko: '민선 7기',
  en: '7th elected administration (2018–2022)',
};

const line = (locale: Locale, given: Partial<Record<VerdictFilter, number>>) =>
  formatReportCardLine(counts(given), NAMES[locale], '2026-12-03', {
    locale,
    t: translatorFor(locale, 'reportCards.line'),
  });

describe('formatReportCardLine', () => {
  it.each<[Partial<Record<VerdictFilter, number>>, string, string]>([
    [
      { COMPLETED: 5, NOT_YET_RATED: 10 },
      '민선 7기 공약 15개 중 5개 완료, 0개 정상 추진, 10개는 아직 평가되지 않았습니다 (2026년 12월 3일 기준).',
      'Of the 15 pledges of the 7th elected administration (2018–2022), 5 are completed, 0 are under way and 10 have not yet been rated (as of 3 Dec 2026).',
    ],
    // Never rated and rated "not yet" read the same to the public: one clause.
    [
      { COMPLETED: 6, IN_PROGRESS: 1, NOT_YET_RATED: 4, NONE: 3 },
      '민선 7기 공약 14개 중 6개 완료, 1개 정상 추진, 7개는 아직 평가되지 않았습니다 (2026년 12월 3일 기준).',
      'Of the 14 pledges of the 7th elected administration (2018–2022), 6 are completed, 1 is under way and 7 have not yet been rated (as of 3 Dec 2026).',
    ],
    // Every pledge rated: Korean ends on the last rating with a verb.
    [
      { COMPLETED: 2, IN_PROGRESS: 1, DROPPED: 1 },
      '민선 7기 공약 4개 중 2개 완료, 1개 정상 추진, 1개 폐기입니다 (2026년 12월 3일 기준).',
      'Of the 4 pledges of the 7th elected administration (2018–2022), 2 are completed, 1 is under way and 1 was dropped (as of 3 Dec 2026).',
    ],
    // Other ratings only when some pledge has them, in the scale's order.
    [
      { COMPLETED_ONGOING: 2, PARTLY_DONE: 1, ON_HOLD: 1, NONE: 1 },
      '민선 7기 공약 5개 중 0개 완료, 2개 이행 후 계속 추진, 0개 정상 추진, 1개 일부 추진, 1개 보류, 1개는 아직 평가되지 않았습니다 (2026년 12월 3일 기준).',
      'Of the 5 pledges of the 7th elected administration (2018–2022), 0 are completed, 2 are completed and continuing, 0 are under way, 1 is partly done, 1 is on hold and 1 has not yet been rated (as of 3 Dec 2026).',
    ],
    // One pledge: English says so in the singular.
    [
      { NONE: 1 },
      '민선 7기 공약 1개 중 0개 완료, 0개 정상 추진, 1개는 아직 평가되지 않았습니다 (2026년 12월 3일 기준).',
      'The 7th elected administration (2018–2022) has 1 pledge: 0 are completed, 0 are under way and 1 has not yet been rated (as of 3 Dec 2026).',
    ],
    [
      { COMPLETED: 1 },
      '민선 7기 공약 1개 중 1개 완료, 0개 정상 추진입니다 (2026년 12월 3일 기준).',
      'The 7th elected administration (2018–2022) has 1 pledge: 1 is completed and 0 are under way (as of 3 Dec 2026).',
    ],
    // No pledges at all: no list of zeros.
    [
      {},
      '민선 7기에 등록된 공약이 아직 없습니다 (2026년 12월 3일 기준).',
      'No pledges of the 7th elected administration (2018–2022) are recorded yet (as of 3 Dec 2026).',
    ],
  ])('%j', (given, korean, english) => {
    expect(line('ko', given)).toBe(korean);
    expect(line('en', given)).toBe(english);
  });
});

function row(slug: string, administration: string, rating: TrackerRow['verdict']): TrackerRow {
  return {
    slug,
    kind: 'MILESTONE',
    titleKo: `공약 ${slug}`,
    titleEn: `Pledge ${slug}`,
    indicatorSlug: 'ind',
    unit: 'PEOPLE',
    theme: { slug: 'theme', nameKo: '주제', nameEn: 'Theme', sortOrder: 0 },
    administration: { slug: administration, nameKo: '', nameEn: '', termStart: '2018-07-01' },
    targetValue: null,
    deadline: null,
    baselineValue: null,
    supersededBySlug: null,
    status: {
      status: 'NO_FIGURE',
      asOf: '2026-12-03',
      target: null,
      deadline: null,
      latest: null,
      share: null,
      expectedAtLatest: null,
      pace: null,
    } as unknown as TrackerRow['status'],
    verdict: rating,
  };
}

describe('toReportCard', () => {
  const done = { rating: 'COMPLETED' as const, corrected: false, disagrees: false };
  const rows = [
    row('b', 'min-7', done),
    row('a', 'min-7', null),
    row('c', 'min-8', done),
    row('d', 'min-7', done),
  ];
  const card = toReportCard(rows, 'min-7');

  it('counts only the administration’s pledges, every category listed with zeros', () => {
    expect(card.total).toBe(3);
    expect(card.verdictCounts.map(({ verdict }) => verdict)).toEqual([...VERDICT_FILTERS]);
    expect(card.verdictCounts.find((entry) => entry.verdict === 'COMPLETED')?.count).toBe(2);
    expect(card.verdictCounts.find((entry) => entry.verdict === 'NONE')?.count).toBe(1);
    expect(card.verdictCounts.find((entry) => entry.verdict === 'DROPPED')?.count).toBe(0);
    expect(card.statusCounts.find((entry) => entry.status === 'NO_FIGURE')?.count).toBe(3);
  });

  it('lists the pledges behind each count by title', () => {
    const completed = card.verdictCounts.find((entry) => entry.verdict === 'COMPLETED')!;
    expect(completed.pledges.map((pledge) => pledge.slug)).toEqual(['b', 'd']);
  });

  it('has nothing for an administration without pledges', () => {
    expect(toReportCard(rows, 'min-6').total).toBe(0);
  });

  it('lists at most REPORT_CARD_LIST_LIMIT pledges under a count, the count whole', () => {
    const many = Array.from({ length: REPORT_CARD_LIST_LIMIT + 7 }, (_, n) =>
      row(`p-${String(n).padStart(3, '0')}`, 'min-8', done),
    );
    const completed = toReportCard(many, 'min-8').verdictCounts.find(
      (entry) => entry.verdict === 'COMPLETED',
    )!;
    expect(completed.count).toBe(REPORT_CARD_LIST_LIMIT + 7);
    expect(completed.pledges).toHaveLength(REPORT_CARD_LIST_LIMIT);
    expect(completed.pledges[0]!.slug).toBe('p-000');
  });
});

describe('formatTermMonths', () => {
  it.each<[Locale, { start: string; end: string }]>([
    ['ko', { start: '2018년 7월', end: '2022년 6월' }],
    ['en', { start: 'Jul 2018', end: 'Jun 2022' }],
  ])('%s', (locale, expected) => {
    expect(formatTermMonths({ termStart: '2018-07-01', termEnd: '2022-06-30' }, locale)).toEqual(
      expected,
    );
  });
});
