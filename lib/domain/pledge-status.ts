import { DAYS_PER_YEAR, monthsBetween, periodEnd, toDayNumber } from './calendar.ts';
import { compareDecimals, toApproximateNumber } from './exact-decimal.ts';
import { comparePreciseDates } from './precise-date.ts';
import { DEFAULT_PROGRESS_THRESHOLDS, type ProgressThresholds } from './progress-thresholds.ts';
import type { DecimalString, Measure, PledgeKind, PreciseDate, Unit } from './types.ts';

/**
 * The progress engine: one verdict for every pledge, computed the same way, never typed by hand.
 *
 * Dates: a figure counts from the start of its period (a "September 2025" figure is known in
 * September), a deadline runs to the end of its period ("by 2026" is met by 31 December 2026).
 * Both choices favour neither side: progress is not credited early and deadlines are not cut short.
 *
 * Pace (Open SDG's method): observed progress since the baseline divided by the progress the
 * straight line from baseline to target requires by the latest figure's date.
 */

export const PLEDGE_STATUSES = [
  'ACHIEVED',
  'ON_TRACK',
  'NEEDS_ACCELERATION',
  'BEHIND',
  'DETERIORATING',
  'OVERDUE',
  'NO_DEADLINE',
  'INSUFFICIENT_DATA',
  'NO_FIGURE',
  'AWAITING_EVIDENCE',
] as const;
export type PledgeStatusCode = (typeof PLEDGE_STATUSES)[number];

export interface StatusPledge {
  kind: PledgeKind;
  targetValue: DecimalString | null;
  deadline: PreciseDate | null;
  /** `assumed`: a modelling assumption, not a reported figure (it does not count as a data point). */
  baseline: { value: DecimalString; on: PreciseDate; assumed?: boolean } | null;
}

export interface StatusIndicator {
  unit: Unit;
  measure: Measure;
  higherIsBetter: boolean;
}

export interface StatusFigure {
  value: DecimalString;
  observedOn: PreciseDate;
}

export interface PledgeStatus<F extends StatusFigure = StatusFigure> {
  status: PledgeStatusCode;
  /** The pledge's kind: a milestone's and a policy's AWAITING_EVIDENCE are worded apart. */
  kind: PledgeKind;
  /** The day the verdict describes (ISO). */
  asOf: string;
  target: DecimalString | null;
  deadline: PreciseDate | null;
  /** The figure the verdict rests on (the caller's own record, source and all). */
  latest: F | null;
  /** latest ÷ target when more is better; for less-is-better, the share of the planned cut made. */
  share: number | null;
  /** The value on the straight path from baseline to target at the latest figure's date (rounded for display). */
  expectedAtLatest: DecimalString | null;
  /** Observed ÷ required progress; negative when the indicator moved away from the target. */
  paceRatio: number | null;
  /** The pace assessed: where it starts, and what it must and did change per year (rounded). */
  pace: {
    baseline: { value: DecimalString; on: PreciseDate; assumed: boolean };
    requiredPerYear: DecimalString;
    observedPerYear: DecimalString;
  } | null;
  /**
   * Reported figures (and a reported baseline) known on `asOf`, counted up to two: a pace needs
   * two, so 2 means "two or more" (the status rests on a few of the figures, not all of them).
   */
  sourcedPoints: 0 | 1 | 2;
  /** First figure of the run that reached the target (for ACHIEVED). */
  achievedOn: PreciseDate | null;
  /** Whole months the target was reached before the deadline's end (negative: after it). */
  monthsEarly: number | null;
  /** What each remaining year must add (or cut) from `asOf` to reach the target by the deadline (rounded). */
  requiredPerYear: DecimalString | null;
  /** Where the current pace leads by the deadline (rounded). */
  projectedAtDeadline: DecimalString | null;
  deadlinePassed: boolean;
}

export interface StatusInput<F extends StatusFigure = StatusFigure> {
  pledge: StatusPledge;
  indicator: StatusIndicator;
  figures: readonly F[];
  asOf: string;
  thresholds?: ProgressThresholds;
}

export function computePledgeStatus<F extends StatusFigure>({
  pledge,
  indicator,
  figures,
  asOf,
  thresholds = DEFAULT_PROGRESS_THRESHOLDS,
}: StatusInput<F>): PledgeStatus<F> {
  const deadlineEnd = pledge.deadline ? periodEnd(pledge.deadline) : null;
  const base: PledgeStatus<F> = {
    status: 'NO_FIGURE',
    kind: pledge.kind,
    asOf,
    target: pledge.targetValue,
    deadline: pledge.deadline,
    latest: null,
    share: null,
    expectedAtLatest: null,
    paceRatio: null,
    pace: null,
    sourcedPoints: 0,
    achievedOn: null,
    monthsEarly: null,
    requiredPerYear: null,
    projectedAtDeadline: null,
    deadlinePassed: deadlineEnd !== null && asOf > deadlineEnd,
  };
  // Milestones and policies are judged by verdicts with quoted evidence, not by a number's pace.
  if (pledge.kind !== 'TARGET' || pledge.targetValue === null)
    return { ...base, status: 'AWAITING_EVIDENCE' };

  const target = pledge.targetValue;
  // Only what was known on `asOf` counts, so a past "as of" view is reproducible.
  const known = [...figures]
    .filter((figure) => figure.observedOn.date <= asOf)
    .sort((a, b) => comparePreciseDates(a.observedOn, b.observedOn));
  const latest = known.at(-1);
  if (!latest) return base;

  const better = (a: DecimalString, b: DecimalString) =>
    indicator.higherIsBetter ? compareDecimals(a, b) : compareDecimals(b, a);
  const reached = (value: DecimalString) => better(value, target) >= 0;
  const baseline =
    pledge.baseline ??
    (known.length > 1 && known[0] ? { value: known[0].value, on: known[0].observedOn } : null);
  // Less-is-better shares need the starting point: "70 of a target of 55" says nothing by itself.
  const share = indicator.higherIsBetter
    ? shareOf(latest.value, target, null)
    : baseline
      ? shareOf(latest.value, target, baseline.value)
      : null;
  const sourcedPoints = Math.min(
    2,
    known.length + (pledge.baseline && !pledge.baseline.assumed ? 1 : 0),
  ) as 0 | 1 | 2;
  const withLatest = { ...base, latest, share, sourcedPoints };

  if (reached(latest.value)) {
    // The run of figures at or past the target that ends with the latest one: when it began.
    let firstIndex = known.length - 1;
    while (firstIndex > 0 && reached(known[firstIndex - 1]!.value)) firstIndex -= 1;
    const achievedOn = known[firstIndex]!.observedOn;
    return {
      ...withLatest,
      status: 'ACHIEVED',
      achievedOn,
      monthsEarly: deadlineEnd ? monthsBetween(achievedOn.date, deadlineEnd) : null,
    };
  }
  if (!pledge.deadline || !deadlineEnd) return { ...withLatest, status: 'NO_DEADLINE' };
  if (withLatest.deadlinePassed) return { ...withLatest, status: 'OVERDUE' };
  // A pace from one reported figure and an assumed start would be a projection of the assumption:
  // with fewer than two sourced points the pace cannot be assessed.
  if (!baseline || sourcedPoints < 2) return { ...withLatest, status: 'INSUFFICIENT_DATA' };

  const day = (iso: string) => toDayNumber(iso);
  const start = day(baseline.on.date);
  const end = day(deadlineEnd);
  const at = day(latest.observedOn.date);
  if (at <= start || end <= start) return { ...withLatest, status: 'INSUFFICIENT_DATA' };

  const [b, t, l] = [
    toApproximateNumber(baseline.value),
    toApproximateNumber(target),
    toApproximateNumber(latest.value),
  ];
  const expected = b + ((t - b) * (at - start)) / (end - start);
  const direction = indicator.higherIsBetter ? 1 : -1;
  const required = (expected - b) * direction;
  const observed = (l - b) * direction;
  const paceRatio = required > 0 ? observed / required : null;
  const yearsLeft = (end - day(asOf)) / DAYS_PER_YEAR;
  const ratePerDay = (l - b) / (at - start);
  const status: PledgeStatusCode =
    paceRatio === null
      ? 'INSUFFICIENT_DATA'
      : paceRatio < 0
        ? 'DETERIORATING'
        : paceRatio >= thresholds.onTrack
          ? 'ON_TRACK'
          : paceRatio >= thresholds.needsAcceleration
            ? 'NEEDS_ACCELERATION'
            : 'BEHIND';
  const perYear = (change: number, days: number) =>
    roundForDisplay((change * DAYS_PER_YEAR) / days, indicator.unit);
  return {
    ...withLatest,
    status,
    paceRatio,
    pace: {
      baseline: { ...baseline, assumed: pledge.baseline?.assumed ?? false },
      requiredPerYear: perYear(t - b, end - start),
      observedPerYear: perYear(l - b, at - start),
    },
    expectedAtLatest: roundForDisplay(expected, indicator.unit),
    requiredPerYear: yearsLeft > 0 ? roundForDisplay((t - l) / yearsLeft, indicator.unit) : null,
    projectedAtDeadline: roundForDisplay(l + ratePerDay * (end - at), indicator.unit),
  };
}

/** latest ÷ target, or (for less-is-better with a baseline) the share of the planned change made. */
function shareOf(
  latest: DecimalString,
  target: DecimalString,
  baseline: DecimalString | null,
): number | null {
  const [l, t] = [toApproximateNumber(latest), toApproximateNumber(target)];
  if (baseline !== null) {
    const b = toApproximateNumber(baseline);
    return t === b ? null : (l - b) / (t - b);
  }
  return t === 0 ? null : l / t;
}

/**
 * Estimates (paths, projections, amounts needed per year) are not reported figures, so they are
 * rounded to what a reader can use: whole units for counts, four significant digits for won
 * (7,123억 원, not 7,123억 4,567만 8,901 원), one decimal for percentages and petaflops.
 */
export function roundForDisplay(value: number, unit: Unit): DecimalString {
  if (!Number.isFinite(value)) throw new Error(`Cannot round ${value} for display.`);
  if (unit === 'PERCENT' || unit === 'PETAFLOPS')
    return normalizeZero((Math.round(value * 10) / 10).toFixed(1).replace(/\.0$/, ''));
  if (unit === 'KRW') {
    const magnitude = Math.abs(value);
    if (magnitude < 1) return '0';
    const step = 10 ** Math.max(0, Math.floor(Math.log10(magnitude)) - 3);
    return normalizeZero(BigInt(Math.round(value / step)) * BigInt(step) + '');
  }
  return normalizeZero(String(Math.round(value)));
}

function normalizeZero(text: string): DecimalString {
  return text === '-0' ? '0' : text;
}
