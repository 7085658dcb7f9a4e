import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computePledgeStatus,
  roundForDisplay,
  type PledgeStatusCode,
  type StatusInput,
  type StatusPledge,
} from './pledge-status.ts';
import { formatPaceRatio, formatStatusLabel, formatStatusReason } from './progress-reason.ts';
import type { DatePrecision, Locale, PreciseDate, Unit } from './types.ts';
import { translatorsFor } from '../../i18n/translators.ts';
import type { PledgeStatus } from './pledge-status.ts';

/*
 * The status engine's rules, table by table (pace, deadlines, precision, superseded pledges,
 * kinds judged by verdict). Over 400 lines because each rule's cases sit under it; split by rule,
 * the shared fixtures would be copied into every file.
 */
const progress = translatorsFor('progress');
const label = (result: PledgeStatus, locale: Locale) => formatStatusLabel(result, progress[locale]);
const reason = (result: PledgeStatus, unit: Unit, locale: Locale) =>
  formatStatusReason(result, unit, { locale, t: progress[locale] });

const d = (date: string, precision: DatePrecision = 'DAY') => ({ date, precision });
const fig = (value: string, date: string, precision: DatePrecision = 'DAY') => ({
  value,
  observedOn: d(date, precision),
});
/** A numeric target pledge; `baseline` is the value it counts from, and when, if it names one. */
const target = (
  targetValue: string,
  deadline: PreciseDate | null,
  baseline: [value: string, on: PreciseDate] | null = null,
): StatusPledge => ({
  kind: 'TARGET',
  targetValue,
  deadline,
  baseline: baseline && { value: baseline[0], on: baseline[1] },
});
const won = { unit: 'KRW', measure: 'CUMULATIVE', higherIsBetter: true } as const;
const AS_OF = '2026-11-22';

// The seed's own pledges (prisma/seed/data.ts), as of the day this engine was written.
const startupFund500b: StatusInput = {
  pledge: target('500000000000', d('2026-01-01', 'YEAR'), ['0', d('2022-07-01')]),
  indicator: won,
  figures: [fig('619200000000', '2025-09-01', 'MONTH')],
  asOf: AS_OF,
};

/** A 100-unit target over four years from a zero baseline, judged at the two-year mark (expected: 50). */
function midway(latest: string, overrides: Partial<StatusInput> = {}): StatusInput {
  return {
    pledge: target('100', d('2024-12-31'), ['0', d('2021-01-01')]),
    indicator: { unit: 'COMPANIES', measure: 'CUMULATIVE', higherIsBetter: true },
    figures: [fig(latest, '2023-01-01')],
    asOf: '2023-01-01',
    ...overrides,
  };
}

describe('computePledgeStatus on the seed pledges', () => {
  it.each<[string, StatusInput, PledgeStatusCode, Record<string, unknown>]>([
    [
      'startup fund 5,000억 (reached 6,192억 in Sep 2025)',
      startupFund500b,
      'ACHIEVED',
      { monthsEarly: 15, achievedOn: d('2025-09-01', 'MONTH') },
    ],
    [
      'startup fund raised to 1조 (no deadline printed)',
      {
        ...startupFund500b,
        pledge: target('1000000000000', null, ['619200000000', d('2025-09-01', 'MONTH')]),
      },
      'NO_DEADLINE',
      { share: 0.6192 },
    ],
    [
      'RE100 by 2035 (a milestone)',
      {
        pledge: {
          kind: 'MILESTONE',
          targetValue: null,
          deadline: d('2035-01-01', 'YEAR'),
          baseline: null,
        },
        indicator: won,
        figures: [],
        asOf: AS_OF,
      },
      'AWAITING_EVIDENCE',
      { deadlinePassed: false },
    ],
    [
      '45% emissions cut by 2030 (nothing reported)',
      {
        pledge: target('45', d('2030-01-01', 'YEAR')),
        indicator: { unit: 'PERCENT', measure: 'LEVEL', higherIsBetter: true },
        figures: [],
        asOf: AS_OF,
      },
      'NO_FIGURE',
      { deadlinePassed: false },
    ],
    [
      '출산축하금 100만 원 from 2021 (a policy: judged by a verdict, not by a number)',
      {
        pledge: { ...target('1000000', d('2021-01-01', 'YEAR')), kind: 'POLICY' },
        indicator: { unit: 'KRW', measure: 'LEVEL', higherIsBetter: true },
        figures: [fig('1000000', '2022-01-01')],
        asOf: AS_OF,
      },
      'AWAITING_EVIDENCE',
      { deadlinePassed: true, latest: null, paceRatio: null },
    ],
  ])('%s → %s', (_name, input, status, details) => {
    const result = computePledgeStatus(input);
    expect(result.status).toBe(status);
    expect(result).toMatchObject(details);
    expect(result.asOf).toBe(input.asOf);
  });

  it('explains the startup fund in one sentence, in Korean and English', () => {
    const result = computePledgeStatus(startupFund500b);
    expect(label(result, 'ko')).toBe('조기 달성');
    expect(label(result, 'en')).toBe('Achieved early');
    expect(reason(result, 'KRW', 'ko')).toBe(
      '목표 5,000억 원 대비 6,192억 원(123.8%)으로 2025년 9월 조기 달성 — 기한 2026년보다 1년 3개월 앞섬',
    );
    expect(reason(result, 'KRW', 'en')).toBe(
      'Reached KRW 619.2 billion against a target of KRW 500 billion (123.8%) in Sep 2025, 1 year 3 months before the 2026 deadline',
    );
  });
});

describe('computePledgeStatus: pace against the straight path (Open SDG thresholds)', () => {
  it.each<[string, StatusInput, PledgeStatusCode, number | null]>([
    ['exactly on the path', midway('50'), 'ON_TRACK', 1],
    ['at 96% of the required pace', midway('48'), 'ON_TRACK', 0.96],
    ['at 94% of the required pace', midway('47'), 'NEEDS_ACCELERATION', 0.94],
    ['at 60% of the required pace', midway('30'), 'NEEDS_ACCELERATION', 0.6],
    ['at 58% of the required pace', midway('29'), 'BEHIND', 0.58],
    ['with no progress at all', midway('0'), 'BEHIND', 0],
    ['having moved away from the target', midway('-5'), 'DETERIORATING', -0.1],
  ])('%s → %s', (_name, input, status, pace) => {
    const result = computePledgeStatus(input);
    expect(result.status).toBe(status);
    expect(result.paceRatio).toBeCloseTo(pace!, 2);
    expect(result.expectedAtLatest).toBe('50');
  });

  it('says what is needed from now on and where the current pace leads', () => {
    const result = computePledgeStatus(midway('30'));
    // 70 more in the two years left; 30 in two years projects to 60 at the deadline.
    expect(result.requiredPerYear).toBe('35');
    expect(result.projectedAtDeadline).toBe('60');
    expect(reason(result, 'COMPANIES', 'ko')).toBe(
      '2023년 1월 1일 30개사로 필요한 속도의 60%에 그쳐 가속 필요 — 기한 2024년 12월 31일까지 목표 100개사에 이르려면 연 35개사씩 필요',
    );
  });

  it('reads the thresholds from configuration', () => {
    expect(
      computePledgeStatus({ ...midway('47'), thresholds: { onTrack: 0.9, needsAcceleration: 0.5 } })
        .status,
    ).toBe('ON_TRACK');
    expect(
      computePledgeStatus({ ...midway('29'), thresholds: { onTrack: 0.9, needsAcceleration: 0.5 } })
        .status,
    ).toBe('NEEDS_ACCELERATION');
  });

  it('works the other way round when less is better', () => {
    const cut = (latest: string) =>
      computePledgeStatus(
        midway(latest, {
          pledge: target('50', d('2024-12-31'), ['100', d('2021-01-01')]),
          indicator: { unit: 'PERCENT', measure: 'LEVEL', higherIsBetter: false },
        }),
      );
    expect(cut('75').status).toBe('ON_TRACK');
    expect(cut('90').status).toBe('BEHIND');
    expect(cut('110').status).toBe('DETERIORATING');
    expect(cut('45').status).toBe('ACHIEVED');
    expect(cut('75').share).toBeCloseTo(0.5);
  });

  it('uses the first figure as the baseline when the pledge has none, and says when it cannot judge', () => {
    const noBaseline = midway('50', {
      pledge: target('100', d('2024-12-31')),
    });
    expect(computePledgeStatus(noBaseline).status).toBe('INSUFFICIENT_DATA');
    expect(
      computePledgeStatus({
        ...noBaseline,
        figures: [fig('0', '2021-01-01'), fig('50', '2023-01-01')],
      }).status,
    ).toBe('ON_TRACK');
  });
});

describe('computePledgeStatus: deadlines and dates', () => {
  it('is overdue once the deadline has passed without reaching the target', () => {
    expect(computePledgeStatus({ ...midway('80'), asOf: '2025-01-01' }).status).toBe('OVERDUE');
    expect(computePledgeStatus({ ...midway('80'), asOf: '2024-12-31' }).status).toBe('ON_TRACK');
  });

  it('counts a YEAR deadline to the end of that year', () => {
    const input = { ...startupFund500b, figures: [fig('400000000000', '2025-09-01', 'MONTH')] };
    expect(computePledgeStatus({ ...input, asOf: '2026-12-31' }).status).not.toBe('OVERDUE');
    expect(computePledgeStatus({ ...input, asOf: '2027-01-01' }).status).toBe('OVERDUE');
  });

  it('records a target reached after the deadline as achieved late', () => {
    const result = computePledgeStatus({
      ...midway('100'),
      figures: [fig('100', '2025-03-01')],
      asOf: '2025-06-01',
    });
    expect(result.status).toBe('ACHIEVED');
    expect(result.monthsEarly).toBe(-3);
    expect(label(result, 'ko')).toBe('달성');
    expect(reason(result, 'COMPANIES', 'en')).toContain('3 months after the 31 Dec 2024 deadline');
  });

  it('dates an achievement from the start of the run of figures at or past the target', () => {
    const result = computePledgeStatus({
      ...midway('0'),
      figures: [
        fig('120', '2022-01-01'),
        fig('90', '2022-06-01'),
        fig('105', '2022-09-01'),
        fig('130', '2023-01-01'),
      ],
    });
    expect(result.achievedOn).toEqual(d('2022-09-01'));
  });

  it('ignores figures dated after the as-of day, so a past view is reproducible', () => {
    const result = computePledgeStatus({ ...startupFund500b, asOf: '2025-08-31' });
    expect(result.status).toBe('NO_FIGURE');
  });
});

describe('formatStatusReason: milestones and policies are worded apart', () => {
  const awaiting = (kind: 'MILESTONE' | 'POLICY', deadline: PreciseDate | null) =>
    computePledgeStatus({
      pledge: { kind, targetValue: kind === 'POLICY' ? '1000000' : null, deadline, baseline: null },
      indicator: { unit: 'KRW', measure: 'LEVEL', higherIsBetter: true },
      figures: [],
      asOf: AS_OF,
    });
  it.each<['MILESTONE' | 'POLICY', PreciseDate | null, Locale, string]>([
    [
      'MILESTONE',
      d('2035-01-01', 'YEAR'),
      'ko',
      '기한 2035년의 이정표로, 수치가 아니라 근거를 인용한 판정으로 평가함',
    ],
    [
      'MILESTONE',
      d('2035-01-01', 'YEAR'),
      'en',
      'A milestone due 2035; judged by a verdict with evidence, not by a figure',
    ],
    [
      'POLICY',
      d('2021-01-01', 'YEAR'),
      'ko',
      '2021년부터 시행하기로 한 정책·사업으로, 수치의 진척 속도가 아니라 근거를 인용한 판정으로 평가함',
    ],
    [
      'POLICY',
      d('2021-01-01', 'YEAR'),
      'en',
      'A policy promised from 2021; judged by a verdict with evidence, not by the pace of a figure',
    ],
    [
      'POLICY',
      null,
      'ko',
      '시행 시기를 밝히지 않은 정책·사업으로, 수치의 진척 속도가 아니라 근거를 인용한 판정으로 평가함',
    ],
    [
      'POLICY',
      null,
      'en',
      'A policy with no start date given; judged by a verdict with evidence, not by the pace of a figure',
    ],
  ])('%s due %o in %s', (kind, deadline, locale, expected) => {
    const result = awaiting(kind, deadline);
    expect(result.status).toBe('AWAITING_EVIDENCE');
    expect(result.kind).toBe(kind);
    expect(reason(result, 'KRW', locale)).toBe(expected);
  });
});

describe('formatPaceRatio', () => {
  it.each([
    [0.95, '95%'],
    [0.6, '60%'],
    [1.2384, '124%'],
    [0, '0%'],
    [-0.001, '0%'],
    [-0.2, '-20%'],
  ])('%d → %s', (ratio, expected) => {
    expect(formatPaceRatio(ratio)).toBe(expected);
  });
});

describe('computePledgeStatus: invariants', () => {
  const RANK: Partial<Record<PledgeStatusCode, number>> = {
    DETERIORATING: 0,
    BEHIND: 1,
    NEEDS_ACCELERATION: 2,
    ON_TRACK: 3,
    ACHIEVED: 4,
  };
  const value = fc.integer({ min: -200, max: 300 });

  it('a figure at or past the target is always achieved', () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 10_000 }), fc.boolean(), (latest, higherIsBetter) => {
        const reached = higherIsBetter ? String(latest) : String(100 - latest);
        const result = computePledgeStatus(
          midway(reached, {
            indicator: { unit: 'COMPANIES', measure: 'LEVEL', higherIsBetter },
            pledge: target('100', d('2024-12-31'), [higherIsBetter ? '0' : '200', d('2021-01-01')]),
          }),
        );
        expect(result.status).toBe('ACHIEVED');
      }),
    );
  });

  it('moving the latest figure toward the target never worsens the status', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const worse = computePledgeStatus(midway(String(low)));
        const better = computePledgeStatus(midway(String(high)));
        expect(RANK[better.status]!).toBeGreaterThanOrEqual(RANK[worse.status]!);
      }),
    );
  });

  it('every status comes with a sentence in both languages', () => {
    fc.assert(
      fc.property(
        value,
        fc.constantFrom('2022-01-01', '2023-01-01', '2025-06-01'),
        (latest, asOf) => {
          const result = computePledgeStatus({ ...midway(String(latest)), asOf });
          for (const locale of ['ko', 'en'] as const) {
            expect(label(result, locale)).not.toBe('');
            expect(reason(result, 'COMPANIES', locale)).toMatch(/\S{2,}/);
          }
        },
      ),
    );
  });
});

describe('roundForDisplay', () => {
  it.each([
    [712345678901, 'KRW', '712300000000'],
    [1234.4, 'KRW', '1234'],
    [0.4, 'KRW', '0'],
    [61.5, 'COMPANIES', '62'],
    [44.96, 'PERCENT', '45'],
    [44.94, 'PERCENT', '44.9'],
    [-0.2, 'PEOPLE', '0'],
  ] as const)('%d %s → %s', (value, unit, expected) => {
    expect(roundForDisplay(value, unit)).toBe(expected);
  });
});

describe('a pace needs two sourced points', () => {
  const assumedZero = (figures: ReturnType<typeof fig>[]): StatusInput => ({
    pledge: {
      ...target('100', d('2024-12-31'), ['0', d('2021-01-01')]),
      baseline: { value: '0', on: d('2021-01-01'), assumed: true },
    },
    indicator: { unit: 'COMPANIES', measure: 'CUMULATIVE', higherIsBetter: true },
    figures,
    asOf: '2023-06-01',
  });
  it.each<[string, StatusInput, PledgeStatusCode, number]>([
    [
      'an assumed start and one figure',
      assumedZero([fig('20', '2023-01-01')]),
      'INSUFFICIENT_DATA',
      1,
    ],
    [
      'an assumed start and two figures',
      assumedZero([fig('10', '2022-01-01'), fig('20', '2023-01-01')]),
      'BEHIND',
      2,
    ],
    ['a reported start and one figure', midway('20'), 'BEHIND', 2],
    [
      'an assumed start and one figure past the target (reaching needs no pace)',
      assumedZero([fig('120', '2023-01-01')]),
      'ACHIEVED',
      1,
    ],
  ])('%s → %s', (_name, input, status, sourcedPoints) => {
    const result = computePledgeStatus(input);
    expect(result.status).toBe(status);
    expect(result.sourcedPoints).toBe(sourcedPoints);
    if (status === 'INSUFFICIENT_DATA') expect(result.pace).toBeNull();
  });

  it('shows the pace it assessed: the start, and what each year needed and brought', () => {
    const result = computePledgeStatus(midway('20'));
    expect(result.pace).toEqual({
      baseline: { value: '0', on: d('2021-01-01'), assumed: false },
      requiredPerYear: '25',
      observedPerYear: '10',
    });
  });
});
