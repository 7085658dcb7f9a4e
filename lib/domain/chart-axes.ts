import type { ChartModel } from './chart-model.ts';
import { formatExactValue, formatValue, type AmountDisplay } from './format-value.ts';
import { formatEnglishAxisTick, formatKoreanAxisTick } from './korean-units.ts';
import type { DecimalString, Locale, Unit } from './types.ts';

const YEAR_MS = 365.25 * 24 * 3600 * 1000;
const TICK_NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/**
 * What the axes of an indicator chart must hold, for the page's chart and the image alike: the
 * time span of every figure, target and line, with half a year of air on each side so a single
 * point does not sit on the axis, and every y value together with 0 (amounts are read from zero).
 */
export function toChartExtent(model: ChartModel): { xDomain: [number, number]; ys: number[] } {
  const lines = [...model.paths, ...model.projections].flatMap((line) => line.points);
  const xs = [
    ...model.figures.map((p) => p.x),
    ...model.targets.map((p) => p.x),
    ...lines.map((p) => p.x),
  ];
  const ys = [
    0,
    ...model.figures.map((p) => p.y),
    ...model.targets.map((p) => p.y),
    ...model.openTargets.map((p) => p.y),
    ...lines.map((p) => p.y),
  ];
  // Callers show no chart without dated points; this guards the geometry all the same.
  const [minX, maxX] =
    xs.length > 0 ? [Math.min(...xs), Math.max(...xs)] : [Date.now(), Date.now()];
  return { xDomain: [minX - YEAR_MS / 2, maxX + YEAR_MS / 2], ys };
}

/** A gridline label: won compact in 억/조 (or B/T) in the Korean display, plain numbers otherwise. */
export function formatChartTick(
  value: number,
  unit: Unit,
  display: AmountDisplay,
  locale: Locale,
): string {
  if (unit === 'KRW' && display === 'korean')
    return locale === 'ko' ? formatKoreanAxisTick(value) : formatEnglishAxisTick(value);
  return TICK_NUMBER.format(value);
}

/** A point's label and tooltip: the exact value in the exact display, as people read it otherwise. */
export function formatChartValue(
  value: DecimalString,
  unit: Unit,
  display: AmountDisplay,
  locale: Locale,
): string {
  return display === 'exact'
    ? formatExactValue(value, unit, locale)
    : formatValue(value, unit, locale);
}
