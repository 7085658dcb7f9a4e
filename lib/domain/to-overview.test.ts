import { describe, it, expect } from 'vitest';
import type { FigureRecord, IndicatorRecord, PledgeRecord } from './records.ts';
import {
  aCampsIndicator,
  aFigure,
  aMilestone,
  aPeriod,
  aPledge,
  aRaisedPledge,
  aTheme,
  anIndicator,
} from './testing/records.ts';
import { toOverview, toPledgeProgress, type OverviewInput } from './to-overview.ts';

const aiIndustry = aTheme({
  slug: 'ai-industry',
  nameKo: 'AI 산업',
  nameEn: 'AI industry',
  sortOrder: 1,
});
const startups = aTheme();
const talent = aTheme({ slug: 'talent', nameKo: '인재 양성', nameEn: 'Talent', sortOrder: 3 });

const startupFund = anIndicator();
const startupCamps = aCampsIndicator();
const relocated = anIndicator({
  slug: 'ai-companies-relocated',
  nameKo: 'AI 기업 이전 수',
  nameEn: 'AI companies relocated',
  unit: 'COMPANIES',
  theme: aiIndustry,
});
const graduates = anIndicator({
  slug: 'ai-academy-graduates',
  nameKo: '인공지능사관학교 수료생 수',
  nameEn: 'AI Academy graduates',
  unit: 'PEOPLE',
  theme: talent,
});

const fund2025 = aFigure();
/** A figure of the relocated-companies count: `period` as aPeriod reads it. */
const aRelocatedFigure = (period: string, value: string) =>
  aFigure({
    slug: `ai-companies-relocated-${period}`,
    indicatorSlug: 'ai-companies-relocated',
    value,
    observedOn: aPeriod(period),
  });
const relocated2021 = aRelocatedFigure('2021', '60');
const relocated2025 = aRelocatedFigure('2025-09', '160');

const AS_OF = '2026-11-22';

const seedLike: OverviewInput = {
  asOf: AS_OF,
  // Out of order on purpose: the page must not depend on how the database returned them.
  themes: [talent, startups, aiIndustry],
  indicators: [startupFund, startupCamps, relocated, graduates],
  pledges: [aPledge(), aRaisedPledge(), aMilestone()],
  // Listed newest first, so "latest" cannot mean "last in the list".
  figures: [relocated2025, fund2025, relocated2021],
};

describe('toOverview', () => {
  const overview = toOverview(seedLike);
  const themeOf = (slug: string) => overview.find((entry) => entry.theme.slug === slug);

  it('lists the themes by sortOrder', () => {
    expect(overview.map((entry) => entry.theme.slug)).toEqual([
      'ai-industry',
      'startups',
      'talent',
    ]);
  });

  it.each<[string, string[]]>([
    ['ai-industry', []],
    [
      'startups',
      ['startup-fund-500b-won', 'startup-fund-1t-won', 'ai-startup-camp-2-opening-2021'],
    ],
    ['talent', []],
  ])('puts each pledge under its indicator’s theme: %s', (themeSlug, pledgeSlugs) => {
    expect(themeOf(themeSlug)?.pledges.map((progress) => progress.pledge.slug)).toEqual(
      pledgeSlugs,
    );
  });

  it.each<[string, string | null, number | null]>([
    // 6,192억 ÷ 5,000억 (baseline 0 assumed).
    ['startup-fund-500b-won', '619200000000', 1.2384],
    // 6,192억 ÷ 1조, not (6,192억 − 6,192억) ÷ (1조 − 6,192억) = 0: readers take "목표의 %" as latest ÷ target.
    ['startup-fund-1t-won', '619200000000', 0.6192],
    ['ai-startup-camp-2-opening-2021', null, null],
  ])('%s: latest %s, share %s', (pledgeSlug, latestValue, share) => {
    const progress = themeOf('startups')?.pledges.find((entry) => entry.pledge.slug === pledgeSlug);
    expect(progress?.latest?.value ?? null).toBe(latestValue);
    expect(progress?.share).toBe(share);
  });

  it('attaches the pledge’s indicator record', () => {
    const [first] = themeOf('startups')?.pledges ?? [];
    expect(first?.indicator).toBe(startupFund);
  });

  it('lists an indicator with figures but no pledge as unpledged, with its latest figure and count', () => {
    expect(themeOf('ai-industry')?.unpledged).toEqual([
      { indicator: relocated, latest: relocated2025, figureCount: 2 },
    ]);
  });

  it.each<[string]>([['startups'], ['talent']])(
    'leaves out of %s’s unpledged list indicators with a numeric target or without figures',
    (themeSlug) => {
      // startup-fund is pledged, ai-startup-camps has a milestone, ai-academy-graduates has nothing.
      expect(themeOf(themeSlug)?.unpledged).toEqual([]);
    },
  );

  it('gives a milestone no figure in the overview even when its indicator has figures', () => {
    const camps2025 = aFigure({
      slug: 'camps-2025',
      indicatorSlug: 'ai-startup-camps',
      value: '2',
    });
    const [startupsTheme] = toOverview({
      asOf: AS_OF,
      themes: [startups],
      indicators: [startupCamps],
      pledges: [aMilestone()],
      figures: [camps2025],
    });
    expect(startupsTheme?.pledges).toMatchObject([
      {
        pledge: aMilestone(),
        indicator: startupCamps,
        latest: null,
        share: null,
        indicatorLatest: camps2025,
      },
    ]);
    expect(startupsTheme?.pledges[0]?.status.status).toBe('AWAITING_EVIDENCE');
    // …but the figures still show, as figures without a numeric target.
    expect(startupsTheme?.unpledged).toEqual([
      { indicator: startupCamps, latest: camps2025, figureCount: 1 },
    ]);
  });

  it('returns a theme with nothing in it, so the page can say so', () => {
    expect(themeOf('talent')).toEqual({ theme: talent, pledges: [], unpledged: [] });
  });
});

describe('toPledgeProgress', () => {
  const waitingMonths = anIndicator({
    slug: 'waiting-months',
    unit: 'MONTHS',
    higherIsBetter: false,
  });
  const waiting = (value: string) =>
    aFigure({ slug: `waiting-${value}`, indicatorSlug: 'waiting-months', value });
  const fund2024 = aFigure({
    slug: 'fund-2024',
    value: '250000000000',
    observedOn: aPeriod('2024'),
  });
  const cut = aPledge({
    slug: 'waiting-cut',
    indicatorSlug: 'waiting-months',
    targetValue: '55',
    baseline: { value: '100', on: { date: '2022-07-01', precision: 'DAY' }, assumed: false },
    supersededBySlug: null,
  });

  it.each<[string, PledgeRecord, IndicatorRecord, FigureRecord[], string | null, number | null]>([
    [
      'higher is better counts from zero',
      aPledge(),
      startupFund,
      [fund2025],
      '619200000000',
      1.2384,
    ],
    [
      'higher is better ignores a baseline (the raised 1조 pledge)',
      aRaisedPledge(),
      startupFund,
      [fund2025],
      '619200000000',
      0.6192,
    ],
    [
      'lower is better measures the cut from the baseline (100 → 55, now 70)',
      cut,
      waitingMonths,
      [waiting('70')],
      '70',
      2 / 3,
    ],
    ['lower is better, cut overshot (now 10)', cut, waitingMonths, [waiting('10')], '10', 2],
    [
      'lower is better without a baseline: no share, latest still shown',
      { ...cut, baseline: null },
      waitingMonths,
      [waiting('70')],
      '70',
      null,
    ],
    [
      'share from the latest figure, not the last listed',
      aPledge(),
      startupFund,
      [fund2025, fund2024],
      '619200000000',
      1.2384,
    ],
    ['no figures yet', aPledge(), startupFund, [], null, null],
    [
      'a milestone never shows its indicator’s figures',
      aMilestone({ indicatorSlug: 'startup-fund' }),
      startupFund,
      [fund2025],
      null,
      null,
    ],
    [
      // Even a milestone that somehow carries a number is not measured by the indicator.
      'a milestone with a stray target value',
      aMilestone({ indicatorSlug: 'startup-fund', targetValue: '500000000000' }),
      startupFund,
      [fund2025],
      null,
      null,
    ],
  ])('%s', (_name, pledge, indicator, figures, latestValue, share) => {
    const progress = toPledgeProgress(pledge, indicator, figures, AS_OF);
    expect(progress.pledge).toBe(pledge);
    expect(progress.indicator).toBe(indicator);
    expect(progress.latest?.value ?? null).toBe(latestValue);
    expect(progress.share).toBe(share);
  });
});
