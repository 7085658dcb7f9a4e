import { describe, it, expect } from 'vitest';
import {
  sampleByDay,
  filterChartModel,
  listYearTicks,
  toChartModel,
  toChartX,
  type ChartModel,
} from './chart-model.ts';
import { computeStatusesByPledge } from './statuses-by-pledge.ts';
import type { PledgeRecord } from './records.ts';
import { aFigure, aMilestone, aPledge, aRaisedPledge, anIndicator } from './testing/records.ts';

/*
 * The chart's model, one describe per function it exports (x positions, ticks, sampling, series,
 * filters). Over 400 lines because the model is one module and so is its test.
 */
const utc = (year: number, monthIndex: number, day: number) => Date.UTC(year, monthIndex, day);

describe('toChartX', () => {
  it.each<[string, number]>([
    ['2025-09-01', utc(2025, 8, 1)],
    ['2026-01-01', utc(2026, 0, 1)],
    ['2024-02-29', utc(2024, 1, 29)],
    ['2022-07-01', utc(2022, 6, 1)],
  ])('%s → UTC midnight', (isoDate, expected) => {
    expect(toChartX(isoDate)).toBe(expected);
  });

  // The server may run in Seoul and a browser anywhere: a stored date must land on the same x in both.
  it.each([['Asia/Seoul'], ['America/Los_Angeles']])(
    'places a date the same way when the clock is in %s',
    (timeZone) => {
      const previous = process.env.TZ;
      process.env.TZ = timeZone;
      try {
        expect(new Date(2025, 8, 1).getTimezoneOffset()).not.toBe(0); // the zone really took effect
        expect(toChartX('2025-09-01')).toBe(utc(2025, 8, 1));
      } finally {
        if (previous === undefined) delete process.env.TZ;
        else process.env.TZ = previous;
      }
    },
  );
});

describe('toChartModel', () => {
  it('sorts figures oldest first and places each at UTC midnight of its stored date', () => {
    const model = toChartModel(
      [
        aFigure(),
        aFigure({
          slug: 'fund-2023',
          value: '250000000000',
          observedOn: { date: '2023-01-01', precision: 'YEAR' },
        }),
      ],
      [],
    );
    expect(model.figures).toEqual([
      expect.objectContaining({
        kind: 'figure',
        slug: 'fund-2023',
        x: utc(2023, 0, 1),
        y: 250_000_000_000,
        value: '250000000000',
      }),
      {
        kind: 'figure',
        x: utc(2025, 8, 1),
        y: 619_200_000_000,
        value: '619200000000',
        date: { date: '2025-09-01', precision: 'MONTH' },
        slug: 'startup-fund-2025-09',
        sourceTitle: '[제목 미표기] 광주시·항저우시, AI 우호 협력 손 맞잡는다',
        sourcePublisher: '뉴스노크',
        quote: aFigure().quote,
      },
    ]);
  });

  it.each<[string, string, number]>([
    ['beyond float precision', '123456789012345678', 123456789012345680],
    ['trailing zeros as stored', '88.50', 88.5],
  ])('keeps the exact value of a figure %s', (_name, value, y) => {
    const [point] = toChartModel([aFigure({ value })], []).figures;
    expect(point?.value).toBe(value);
    expect(point?.y).toBe(y);
  });

  it('puts a TARGET pledge’s target at the end of its deadline period (a YEAR deadline: 31 December)', () => {
    expect(toChartModel([], [aPledge()]).targets).toEqual([
      {
        kind: 'target',
        x: utc(2026, 11, 31),
        y: 500_000_000_000,
        value: '500000000000',
        date: { date: '2026-01-01', precision: 'YEAR' },
        pledgeSlug: 'startup-fund-500b-won',
        titleKo: '창업펀드 5,000억 원 조성',
        titleEn: 'Build a KRW 500 billion startup fund',
        superseded: true,
        deadlineInferred: true,
      },
    ]);
  });

  it.each<[string, string | null, boolean]>([
    ['raised by a later pledge', 'startup-fund-1t-won', true],
    ['current', null, false],
  ])('marks a target and its path superseded when %s', (_name, supersededBySlug, superseded) => {
    const model = toChartModel([], [aPledge({ supersededBySlug })]);
    expect(model.targets.map((target) => target.superseded)).toEqual([superseded]);
    expect(model.paths.map((path) => path.superseded)).toEqual([superseded]);
  });

  it('draws the path from the baseline to the target at the end of the deadline period', () => {
    expect(toChartModel([], [aPledge()]).paths).toEqual([
      {
        pledgeSlug: 'startup-fund-500b-won',
        superseded: true,
        baselineAssumed: true,
        points: [
          { x: utc(2022, 6, 1), y: 0 },
          { x: utc(2026, 11, 31), y: 500_000_000_000 },
        ],
      },
    ]);
  });

  it.each<[string, PledgeRecord, { targets: number; paths: number; openTargets: number }]>([
    ['deadline and baseline', aPledge(), { targets: 1, paths: 1, openTargets: 0 }],
    [
      'deadline, no baseline',
      aPledge({ baseline: null }),
      { targets: 1, paths: 0, openTargets: 0 },
    ],
    [
      'baseline, no deadline (the 1조 pledge)',
      aRaisedPledge(),
      { targets: 0, paths: 0, openTargets: 1 },
    ],
    ['neither', aRaisedPledge({ baseline: null }), { targets: 0, paths: 0, openTargets: 1 }],
    ['a milestone with a deadline', aMilestone(), { targets: 0, paths: 0, openTargets: 0 }],
    [
      'a milestone with a stray target value',
      aMilestone({ targetValue: '2' }),
      { targets: 0, paths: 0, openTargets: 0 },
    ],
    [
      'a TARGET without a number',
      aPledge({ targetValue: null }),
      { targets: 0, paths: 0, openTargets: 0 },
    ],
  ])('%s', (_name, pledge, counts) => {
    const model = toChartModel([], [pledge]);
    expect({
      targets: model.targets.length,
      paths: model.paths.length,
      openTargets: model.openTargets.length,
    }).toEqual(counts);
  });

  it('draws a TARGET without a deadline as an open target', () => {
    expect(toChartModel([], [aRaisedPledge()]).openTargets).toEqual([
      {
        kind: 'target',
        y: 1_000_000_000_000,
        value: '1000000000000',
        pledgeSlug: 'startup-fund-1t-won',
        titleKo: '창업펀드 1조 원 조성',
        titleEn: 'Build a KRW 1 trillion startup fund',
        superseded: false,
        deadlineInferred: false,
      },
    ]);
  });

  it('keeps the exact value of a target beyond float precision', () => {
    const [target] = toChartModel([], [aPledge({ targetValue: '123456789012345678' })]).targets;
    expect(target?.value).toBe('123456789012345678');
  });

  it('draws the seed’s startup fund: one figure, the 5,000억 target and path, the open 1조 target', () => {
    const model = toChartModel([aFigure()], [aPledge(), aRaisedPledge(), aMilestone()]);
    expect(model.figures.map((point) => point.slug)).toEqual(['startup-fund-2025-09']);
    expect(model.targets.map((point) => point.pledgeSlug)).toEqual(['startup-fund-500b-won']);
    expect(model.paths.map((path) => path.pledgeSlug)).toEqual(['startup-fund-500b-won']);
    expect(model.openTargets.map((point) => point.pledgeSlug)).toEqual(['startup-fund-1t-won']);
  });
});

describe('filterChartModel', () => {
  const min7 = { from: '2018-07-01', to: '2022-06-30' };
  const min8 = { from: '2022-07-01', to: '2026-06-30' };

  const figureOn = (slug: string, date: string) =>
    aFigure({ slug, observedOn: { date, precision: 'DAY' } });
  const pledgeWith = (slug: string, baselineOn: string, deadline: string) =>
    aPledge({
      slug,
      deadline: { date: deadline, precision: 'DAY' },
      baseline: { value: '0', on: { date: baselineOn, precision: 'DAY' }, assumed: false },
    });

  const model = toChartModel(
    [
      figureOn('before-min-8', '2022-06-30'),
      figureOn('first-day-of-min-8', '2022-07-01'),
      figureOn('inside-min-8', '2025-09-01'),
      figureOn('last-day-of-min-8', '2026-06-30'),
      figureOn('after-min-8', '2026-07-01'),
    ],
    [
      pledgeWith('within-min-8', '2022-07-01', '2026-01-01'),
      pledgeWith('from-min-7-into-min-8', '2020-01-01', '2023-01-01'),
      pledgeWith('spans-min-8', '2020-01-01', '2030-01-01'),
      pledgeWith('ends-on-min-8-first-day', '2020-01-01', '2022-07-01'),
      pledgeWith('within-min-7', '2019-01-01', '2022-06-30'),
      pledgeWith('starts-on-min-8-last-day', '2026-06-30', '2027-01-01'),
      pledgeWith('after-min-8', '2026-07-01', '2028-01-01'),
      aRaisedPledge(),
    ],
  );

  it('returns the model unchanged for all time', () => {
    expect(filterChartModel(model, null)).toBe(model);
  });

  it.each<[string, { from: string; to: string }, string[]]>([
    ['min-8, ends inclusive', min8, ['first-day-of-min-8', 'inside-min-8', 'last-day-of-min-8']],
    ['min-7', min7, ['before-min-8']],
  ])('keeps the figures dated inside %s', (_name, period, slugs) => {
    expect(filterChartModel(model, period).figures.map((point) => point.slug)).toEqual(slugs);
  });

  it.each<[string, { from: string; to: string }, string[]]>([
    ['min-8', min8, ['within-min-8', 'from-min-7-into-min-8', 'ends-on-min-8-first-day']],
    ['min-7', min7, ['within-min-7']],
  ])('keeps the targets whose deadline falls inside %s', (_name, period, slugs) => {
    expect(filterChartModel(model, period).targets.map((point) => point.pledgeSlug)).toEqual(slugs);
  });

  it.each<[string, { from: string; to: string }, string[]]>([
    [
      'min-8',
      min8,
      [
        'within-min-8',
        'from-min-7-into-min-8',
        'spans-min-8',
        'ends-on-min-8-first-day',
        'starts-on-min-8-last-day',
      ],
    ],
    [
      'min-7',
      min7,
      ['from-min-7-into-min-8', 'spans-min-8', 'ends-on-min-8-first-day', 'within-min-7'],
    ],
  ])('keeps the paths that overlap %s', (_name, period, slugs) => {
    expect(filterChartModel(model, period).paths.map((path) => path.pledgeSlug)).toEqual(slugs);
  });

  it.each<[string, { from: string; to: string }]>([
    ['min-7', min7],
    ['min-8', min8],
    ['a window with nothing else in it', { from: '1990-01-01', to: '1990-12-31' }],
  ])('keeps every open target in %s, since it has no date', (_name, period) => {
    expect(filterChartModel(model, period).openTargets).toEqual(model.openTargets);
    expect(model.openTargets).toHaveLength(1);
  });

  it('leaves the model it filters untouched', () => {
    const before = structuredClone(model);
    filterChartModel(model, min7);
    expect(model).toEqual(before);
  });

  it('filters an empty model to an empty model', () => {
    const empty: ChartModel = {
      figures: [],
      targets: [],
      paths: [],
      projections: [],
      achievements: [],
      openTargets: [],
    };
    expect(filterChartModel(empty, min8)).toEqual(empty);
  });
});

describe('toChartModel with the engine’s statuses', () => {
  const asOf = '2026-11-22';
  const statusesFor = (pledges: PledgeRecord[], figures = [aFigure()]) =>
    computeStatusesByPledge(anIndicator(), pledges, figures, asOf);

  it('marks the figure with which a target was reached', () => {
    const pledges = [aPledge()];
    const model = toChartModel([aFigure()], pledges, statusesFor(pledges));
    expect(model.achievements).toEqual([
      {
        pledgeSlug: 'startup-fund-500b-won',
        x: utc(2025, 8, 1),
        y: 619_200_000_000,
        value: '619200000000',
        date: { date: '2025-09-01', precision: 'MONTH' },
      },
    ]);
    expect(model.projections).toEqual([]);
  });

  it('projects the current pace from the latest figure to the end of the deadline period', () => {
    // 3,000억 by September 2025 from a reported 0 in July 2022, against 5,000억 by the end of 2026.
    const reportedStart = { value: '0', on: { date: '2022-07-01', precision: 'DAY' as const } };
    const pledges = [
      aPledge({ supersededBySlug: null, baseline: { ...reportedStart, assumed: false } }),
    ];
    const figures = [aFigure({ value: '300000000000' })];
    const model = toChartModel(figures, pledges, statusesFor(pledges, figures));
    expect(model.achievements).toEqual([]);
    expect(model.projections).toHaveLength(1);
    const [projection] = model.projections;
    expect(projection?.points[0]).toEqual({ x: utc(2025, 8, 1), y: 300_000_000_000 });
    expect(projection?.points[1].x).toBe(utc(2026, 11, 31));
    // 3,000억 over 38 months is about 79억 a month; 15 more months lead to about 4,200억.
    expect(Number(projection?.projected)).toBeGreaterThan(410_000_000_000);
    expect(Number(projection?.projected)).toBeLessThan(430_000_000_000);
  });

  it('projects nothing from one reported figure and an assumed start: the pace cannot be assessed', () => {
    const pledges = [aPledge({ supersededBySlug: null })];
    expect(pledges[0]!.baseline?.assumed).toBe(true);
    const figures = [aFigure({ value: '300000000000' })];
    const statuses = statusesFor(pledges, figures);
    expect([...statuses.values()][0]?.status).toBe('INSUFFICIENT_DATA');
    expect(toChartModel(figures, pledges, statuses).projections).toEqual([]);
  });

  it('draws no projection for a target another pledge has since replaced', () => {
    const pledges = [aPledge()];
    const figures = [aFigure({ value: '300000000000' })];
    expect(toChartModel(figures, pledges, statusesFor(pledges, figures)).projections).toEqual([]);
  });
});

describe('listYearTicks', () => {
  it('puts a tick on 1 January of every year inside the range', () => {
    expect(listYearTicks(utc(2022, 0, 15), utc(2025, 5, 1))).toEqual([
      utc(2023, 0, 1),
      utc(2024, 0, 1),
      utc(2025, 0, 1),
    ]);
    expect(listYearTicks(utc(2024, 0, 1), utc(2024, 0, 1))).toEqual([utc(2024, 0, 1)]);
  });
});

describe('sampleByDay', () => {
  const DAY = 86_400_000;
  // Index i falls on day floor(i / perDay) after 2000-01-01.
  const points = (count: number, perDay: number, y: (index: number) => number) =>
    Array.from({ length: count }, (_, index) => ({
      slug: `f-${index}`,
      day: new Date(Date.UTC(2000, 0, 1) + Math.floor(index / perDay) * DAY)
        .toISOString()
        .slice(0, 10),
      y: y(index),
    }));
  const sample = (list: ReturnType<typeof points>, max: number) =>
    sampleByDay(list, { day: (point) => point.day, y: (point) => point.y }, max);

  it('leaves a chart of few figures as it is', () => {
    const few = points(10, 1, (index) => index);
    expect(sample(few, 10)).toEqual(few);
  });

  it.each([
    ['one figure a day', 1],
    ['thirty figures a day', 30],
  ])('keeps the first, the last, and every run’s peak and trough, in order (%s)', (_, perDay) => {
    // A wave with one spike and one dip the sample must not lose.
    const list = points(10_000, perDay, (index) =>
      index === 4_321 ? 1_000 : index === 7_777 ? -1_000 : Math.sin(index / 50),
    );
    const sampled = sample(list, 400);
    expect(sampled.length).toBeLessThanOrEqual(400);
    expect(sampled.length).toBeGreaterThan(perDay === 1 ? 300 : 300 / 2);
    expect(sampled[0]).toBe(list[0]);
    expect(sampled.at(-1)).toBe(list.at(-1));
    expect(sampled.map((point) => point.slug)).toEqual(
      expect.arrayContaining(['f-4321', 'f-7777']),
    );
    const order = sampled.map((point) => Number(point.slug.slice(2)));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('takes each day as a run when there are fewer days than runs, and the first of equals', () => {
    // 1,000 figures on 10 days, all equal but one low and one high on day 3.
    const list = points(1_000, 100, (index) => (index === 350 ? -1 : index === 360 ? 9 : 5));
    const sampled = sample(list, 400).map((point) => point.slug);
    // Per day its first figure (lowest and highest of equals), days 3's extremes, and the last.
    expect(sampled).toEqual([
      'f-0',
      'f-100',
      'f-200',
      'f-350',
      'f-360',
      'f-400',
      'f-500',
      'f-600',
      'f-700',
      'f-800',
      'f-900',
      'f-999',
    ]);
  });
});
