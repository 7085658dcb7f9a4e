import type {
  AdministrationRef,
  FigureRecord,
  IndicatorRecord,
  PledgeRecord,
  SourceRef,
  ThemeRef,
} from '../records.ts';
import type { PreciseDate } from '../types.ts';

/**
 * Builders for the domain records, shared by the tests beside each module. Defaults are the seed's
 * startup fund (prisma/seed/data.ts): 6,192억 reported in September 2025 by 뉴스노크, against the
 * 5,000억 pledge of 민선 8기. Each call returns fresh objects, so a test may not leak into another.
 */

/** A period written as its text: '2024' is a year, '2025-09' a month, '2021-03-15' a day. */
export function aPeriod(text: string): PreciseDate {
  const [year, month = '01', day = '01'] = text.split('-');
  const precision = text.length === 4 ? 'YEAR' : text.length === 7 ? 'MONTH' : 'DAY';
  return { date: `${year}-${month}-${day}`, precision };
}

export function aTheme(overrides: Partial<ThemeRef> = {}): ThemeRef {
  return {
    slug: 'startups',
    nameKo: '창업·투자',
    nameEn: 'Startups & investment',
    sortOrder: 2,
    ...overrides,
  };
}

export function anAdministration(overrides: Partial<AdministrationRef> = {}): AdministrationRef {
  return {
    slug: 'min-8',
    nameKo: '민선 8기',
    nameEn: '8th elected administration (2022–2026)',
    mayorKo: '강기정',
    mayorEn: 'Kang Gi-jung',
    termStart: '2022-07-01',
    termEnd: '2026-06-30',
    ...overrides,
  };
}

export function aSource(overrides: Partial<SourceRef> = {}): SourceRef {
  return {
    slug: 'newsnok-2025-09-hangzhou',
    title: '[제목 미표기] 광주시·항저우시, AI 우호 협력 손 맞잡는다',
    publisher: '뉴스노크',
    publisherInferred: false,
    publisherNote: null,
    publishedOn: { date: '2025-09-01', precision: 'MONTH' },
    publishedInferred: true,
    dateNote: null,
    author: '김인호',
    url: null,
    ...overrides,
  };
}

export function anIndicator(overrides: Partial<IndicatorRecord> = {}): IndicatorRecord {
  return {
    slug: 'startup-fund',
    nameKo: '창업펀드 조성액',
    nameEn: 'Startup fund raised',
    descriptionKo: '광주시가 조성한 창업펀드의 누적 규모(원).',
    descriptionEn: 'Cumulative size, in won, of the startup funds Gwangju has put together.',
    unit: 'KRW',
    measure: 'CUMULATIVE',
    higherIsBetter: true,
    theme: aTheme(),
    ...overrides,
  };
}

/** The seed's count of AI startup camps: the indicator aMilestone() is about. */
export function aCampsIndicator(overrides: Partial<IndicatorRecord> = {}): IndicatorRecord {
  return anIndicator({
    slug: 'ai-startup-camps',
    nameKo: '광주AI 창업캠프 수',
    nameEn: 'Gwangju AI startup camps',
    unit: 'FACILITIES',
    ...overrides,
  });
}

const STARTUP_FUND_QUOTE =
  '‘창업성공률이 높은 실증도시’를 지향하는 민선 8기 광주시는 5000억 창업펀드 목표를 조기 달성(6192억원)하면서 1조원 펀드를 향해 달려가고 있다.';

export function aFigure(overrides: Partial<FigureRecord> = {}): FigureRecord {
  return {
    slug: 'startup-fund-2025-09',
    indicatorSlug: 'startup-fund',
    value: '619200000000',
    observedOn: { date: '2025-09-01', precision: 'MONTH' },
    quote: STARTUP_FUND_QUOTE,
    noteKo: '6,192억 원. 5,000억 원 목표를 조기 달성했다고 보도된 조성액이다.',
    noteEn: 'KRW 619.2 billion, reported as reaching the KRW 500 billion target early.',
    revision: 1,
    source: aSource(),
    ...overrides,
  };
}

/** The seed's 5,000억 pledge: deadline 2026 (inferred), baseline 0 on 1 July 2022 (assumed), raised to 1조 later. */
export function aPledge(overrides: Partial<PledgeRecord> = {}): PledgeRecord {
  return {
    slug: 'startup-fund-500b-won',
    kind: 'TARGET',
    indicatorSlug: 'startup-fund',
    titleKo: '창업펀드 5,000억 원 조성',
    titleEn: 'Build a KRW 500 billion startup fund',
    targetValue: '500000000000',
    deadline: { date: '2026-01-01', precision: 'YEAR' },
    deadlineInferred: true,
    baseline: { value: '0', on: { date: '2022-07-01', precision: 'DAY' }, assumed: true },
    announcedOn: { date: '2025-09-01', precision: 'MONTH' },
    quote: STARTUP_FUND_QUOTE,
    noteKo: null,
    noteEn: null,
    revision: 1,
    administration: anAdministration(),
    source: aSource(),
    supersedesSlug: null,
    supersededBySlug: 'startup-fund-1t-won',
    ...overrides,
  };
}

/** The seed's raised 1조 pledge: no deadline, baseline the 6,192억 reported in September 2025. */
export function aRaisedPledge(overrides: Partial<PledgeRecord> = {}): PledgeRecord {
  return aPledge({
    slug: 'startup-fund-1t-won',
    titleKo: '창업펀드 1조 원 조성',
    titleEn: 'Build a KRW 1 trillion startup fund',
    targetValue: '1000000000000',
    deadline: null,
    deadlineInferred: false,
    baseline: {
      value: '619200000000',
      on: { date: '2025-09-01', precision: 'MONTH' },
      assumed: false,
    },
    supersedesSlug: 'startup-fund-500b-won',
    supersededBySlug: null,
    ...overrides,
  });
}

/** A promised event without a number, like the seed's second AI startup camp opening. */
export function aMilestone(overrides: Partial<PledgeRecord> = {}): PledgeRecord {
  return aPledge({
    slug: 'ai-startup-camp-2-opening-2021',
    kind: 'MILESTONE',
    indicatorSlug: 'ai-startup-camps',
    titleKo: '제2호 광주AI 창업캠프 개관',
    titleEn: 'Open the second Gwangju AI startup camp',
    targetValue: null,
    deadline: { date: '2021-01-01', precision: 'YEAR' },
    deadlineInferred: false,
    baseline: null,
    announcedOn: { date: '2021-01-01', precision: 'DAY' },
    quote:
      '올해도 국내·외 인공지능 선도 기업을 적극 유치하고 제2호 광주AI 창업캠프도 개관할 예정이다.',
    administration: anAdministration({
      slug: 'min-7',
      nameKo: '민선 7기',
      nameEn: '7th elected administration (2018–2022)',
      mayorKo: '이용섭',
      mayorEn: 'Lee Yong-sup',
      termStart: '2018-07-01',
      termEnd: '2022-06-30',
    }),
    source: aSource({
      slug: 'gwangju-2021-01-01-new-year',
      title: '"누구도 따라올 수 없는 \'광주의 시간\'"…광주 AI시대 연다',
      publisher: '매체명 미상',
      publisherInferred: true,
      publishedOn: { date: '2021-01-01', precision: 'DAY' },
      publishedInferred: false,
      author: '이재성',
    }),
    supersededBySlug: null,
    ...overrides,
  });
}
