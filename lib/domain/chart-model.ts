import { toApproximateNumber } from './exact-decimal.ts';
import { sortFiguresByDate } from './latest-figure.ts';
import type { FigureRecord, PledgeRecord } from './records.ts';
import { periodEnd } from './calendar.ts';
import type { PledgeStatus } from './pledge-status.ts';
import type { DecimalString, PreciseDate } from './types.ts';

/**
 * What the indicator chart draws, as plain serialisable data (it travels to the browser and
 * through the chart API): reported figures, each numeric pledge's target at its deadline and the
 * straight path from its baseline. Positions are numbers for geometry only; every point keeps its
 * exact value and precise date for the tooltip and the table.
 */

export interface ChartFigurePoint {
  kind: 'figure';
  /** Milliseconds since the epoch at UTC midnight of the stored date (the start of its period). */
  x: number;
  y: number;
  value: DecimalString;
  date: PreciseDate;
  slug: string;
  sourceTitle: string;
  sourcePublisher: string;
  quote: string;
}

export interface ChartTargetPoint {
  kind: 'target';
  x: number;
  y: number;
  value: DecimalString;
  date: PreciseDate;
  pledgeSlug: string;
  titleKo: string;
  titleEn: string;
  /** A later pledge raised or moved this target: drawn faded, kept visible. */
  superseded: boolean;
  deadlineInferred: boolean;
}

/** A straight segment: from one dated amount to another. */
export type ChartLine = [{ x: number; y: number }, { x: number; y: number }];

export interface ChartPath {
  pledgeSlug: string;
  superseded: boolean;
  baselineAssumed: boolean;
  points: ChartLine;
}

/** Where the current pace leads: from the latest figure to the projected value at the deadline's end. */
export interface ChartProjection {
  pledgeSlug: string;
  points: ChartLine;
  projected: DecimalString;
}

/** The figure with which a numeric target was reached. */
export interface ChartAchievement {
  pledgeSlug: string;
  x: number;
  y: number;
  value: DecimalString;
  date: PreciseDate;
}

export interface ChartModel {
  figures: ChartFigurePoint[];
  targets: ChartTargetPoint[];
  paths: ChartPath[];
  projections: ChartProjection[];
  achievements: ChartAchievement[];
  /** Numeric targets without a deadline, drawn as a level line across the chart. */
  openTargets: Omit<ChartTargetPoint, 'x' | 'date'>[];
  /** Set when the chart draws a sample: how many figures the period has (sampleByDay). */
  sampledFrom?: number;
}

/** 1 January of every year the chart spans, for axis ticks that fall on year boundaries. */
export function listYearTicks(minX: number, maxX: number): number[] {
  const first = new Date(minX).getUTCFullYear();
  const last = new Date(maxX).getUTCFullYear() + 1;
  const ticks: number[] = [];
  for (let year = first; year <= last; year += 1) {
    const x = Date.UTC(year, 0, 1);
    if (x >= minX && x <= maxX) ticks.push(x);
  }
  return ticks;
}

function toChartLine(
  [fromDate, fromValue]: [string, DecimalString],
  [toDate, toValue]: [string, DecimalString],
): ChartLine {
  return [
    { x: toChartX(fromDate), y: toApproximateNumber(fromValue) },
    { x: toChartX(toDate), y: toApproximateNumber(toValue) },
  ];
}

export function toChartX(isoDate: string): number {
  return Date.parse(`${isoDate}T00:00:00Z`);
}

/**
 * `statuses` (the progress engine's verdicts by pledge slug) add the pace projection and the
 * achievement markers; without them the chart shows figures, targets and paths only.
 */
export function toChartModel(
  figures: readonly FigureRecord[],
  pledges: readonly PledgeRecord[],
  statuses: ReadonlyMap<string, PledgeStatus> = new Map(),
): ChartModel {
  const numericPledges = pledges.filter(
    (pledge): pledge is PledgeRecord & { targetValue: DecimalString } =>
      pledge.kind === 'TARGET' && pledge.targetValue !== null,
  );
  return {
    figures: sortFiguresByDate(figures).map((figure) => ({
      kind: 'figure',
      x: toChartX(figure.observedOn.date),
      y: toApproximateNumber(figure.value),
      value: figure.value,
      date: figure.observedOn,
      slug: figure.slug,
      sourceTitle: figure.source.title,
      sourcePublisher: figure.source.publisher,
      quote: figure.quote,
    })),
    targets: numericPledges.flatMap((pledge) =>
      pledge.deadline
        ? [
            {
              kind: 'target' as const,
              // A deadline "by 2030" runs to the end of 2030: drawing it on 1 January would make the path steeper than pledged.
              x: toChartX(periodEnd(pledge.deadline)),
              y: toApproximateNumber(pledge.targetValue),
              value: pledge.targetValue,
              date: pledge.deadline,
              pledgeSlug: pledge.slug,
              titleKo: pledge.titleKo,
              titleEn: pledge.titleEn,
              superseded: pledge.supersededBySlug !== null,
              deadlineInferred: pledge.deadlineInferred,
            },
          ]
        : [],
    ),
    paths: numericPledges.flatMap((pledge) =>
      pledge.deadline && pledge.baseline
        ? [
            {
              pledgeSlug: pledge.slug,
              superseded: pledge.supersededBySlug !== null,
              baselineAssumed: pledge.baseline.assumed,
              points: toChartLine(
                [pledge.baseline.on.date, pledge.baseline.value],
                [periodEnd(pledge.deadline), pledge.targetValue],
              ),
            },
          ]
        : [],
    ),
    projections: numericPledges.flatMap((pledge) => {
      const status = statuses.get(pledge.slug);
      if (
        !status?.latest ||
        !status.projectedAtDeadline ||
        !pledge.deadline ||
        pledge.supersededBySlug
      )
        return [];
      return [
        {
          pledgeSlug: pledge.slug,
          projected: status.projectedAtDeadline,
          points: toChartLine(
            [status.latest.observedOn.date, status.latest.value],
            [periodEnd(pledge.deadline), status.projectedAtDeadline],
          ),
        },
      ];
    }),
    achievements: numericPledges.flatMap((pledge) => {
      const status = statuses.get(pledge.slug);
      const figure =
        status?.status === 'ACHIEVED' && status.achievedOn
          ? figures.find((candidate) => candidate.observedOn.date === status.achievedOn?.date)
          : undefined;
      return figure
        ? [
            {
              pledgeSlug: pledge.slug,
              x: toChartX(figure.observedOn.date),
              y: toApproximateNumber(figure.value),
              value: figure.value,
              date: figure.observedOn,
            },
          ]
        : [];
    }),
    openTargets: numericPledges
      .filter((pledge) => !pledge.deadline)
      .map((pledge) => ({
        kind: 'target' as const,
        y: toApproximateNumber(pledge.targetValue),
        value: pledge.targetValue,
        pledgeSlug: pledge.slug,
        titleKo: pledge.titleKo,
        titleEn: pledge.titleEn,
        superseded: pledge.supersededBySlug !== null,
        deadlineInferred: false,
      })),
  };
}

/** Keeps what falls in [from, to] (ISO dates, inclusive): figures by date, targets by deadline, paths by overlap. */
export function filterChartModel(
  model: ChartModel,
  period: { from: string; to: string } | null,
): ChartModel {
  if (!period) return model;
  const from = toChartX(period.from);
  const to = toChartX(period.to);
  const inside = (x: number) => x >= from && x <= to;
  return {
    figures: model.figures.filter((point) => inside(point.x)),
    targets: model.targets.filter((point) => inside(point.x)),
    paths: model.paths.filter((path) => path.points[0].x <= to && path.points[1].x >= from),
    projections: model.projections.filter(
      (line) => line.points[0].x <= to && line.points[1].x >= from,
    ),
    achievements: model.achievements.filter((point) => inside(point.x)),
    openTargets: model.openTargets,
  };
}

/** Figure points a chart draws at most: beyond that a line is denser than the pixels showing it. */
export const MAX_CHART_FIGURES = 400;

/**
 * Which of many figures a chart draws: every one up to `max`; past that the first and the last,
 * and in each of (max − 2) / 2 runs of consecutive days with figures (each day a run of its own
 * when there are fewer) the lowest and the highest — the first of equals — so no peak or trough
 * goes missing from the line, in their order. `points` are in date order. Points keep their exact
 * values, dates and quotes; every figure stays in the table and the downloads. Runs are made of
 * days, not of figures, so that the database takes the same sample from the one row per day it
 * keeps (sampleIndicatorFigures in lib/server/queries/current-figures.ts, tested against this);
 * this one serves views computed in memory (the dashboard as of a past day).
 */
export function sampleByDay<T>(
  points: readonly T[],
  { day, y }: { day: (point: T) => string; y: (point: T) => number },
  max: number,
): T[] {
  if (points.length <= max) return [...points];
  const dayStarts = points.flatMap((point, index) =>
    index === 0 || day(point) !== day(points[index - 1]!) ? [index] : [],
  );
  const days = dayStarts.length;
  const runs = Math.floor((max - 2) / 2);
  const kept = new Set([0, points.length - 1]);
  let run = -1;
  let low = 0;
  let high = 0;
  dayStarts.forEach((start, k) => {
    const dayRun = days <= runs ? k : Math.floor((k * runs) / days);
    if (dayRun !== run) {
      if (run >= 0) kept.add(low).add(high);
      run = dayRun;
      low = start;
      high = start;
    }
    const end = dayStarts[k + 1] ?? points.length;
    for (let index = start; index < end; index += 1) {
      if (y(points[index]!) < y(points[low]!)) low = index;
      if (y(points[index]!) > y(points[high]!)) high = index;
    }
  });
  kept.add(low).add(high);
  return [...kept].sort((a, b) => a - b).map((index) => points[index]!);
}
