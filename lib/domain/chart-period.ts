import type { AdministrationRef } from './records.ts';

/**
 * The periods the indicator chart can show: everything, or one mayoral term — the unit policy
 * staff brief in ("what happened under 민선 7기?").
 */

export const ALL_PERIODS = 'all';

export interface ChartPeriod {
  value: string;
  from: string;
  to: string;
}

export function listChartPeriods(administrations: readonly AdministrationRef[]): ChartPeriod[] {
  return administrations.map((admin) => ({
    value: admin.slug,
    from: admin.termStart,
    to: admin.termEnd,
  }));
}

/** The window for a period value; null means all time. Undefined when the value names no period. */
export function getChartPeriodWindow(
  value: string,
  administrations: readonly AdministrationRef[],
): { from: string; to: string } | null | undefined {
  if (value === ALL_PERIODS) return null;
  const period = listChartPeriods(administrations).find((candidate) => candidate.value === value);
  return period ? { from: period.from, to: period.to } : undefined;
}
