import 'server-only';
import { getTranslations } from 'next-intl/server';
import { filterChartModel, toChartModel, type ChartModel } from '../../domain/chart-model.ts';
import { ALL_PERIODS, getChartPeriodWindow } from '../../domain/chart-period.ts';
import { chartViewSchema } from '../../domain/chart-view.ts';
import type { PledgeStatus } from '../../domain/pledge-status.ts';
import { computeStatusesByPledge } from '../../domain/statuses-by-pledge.ts';
import type { Locale } from '../../domain/types.ts';
import { dashboard } from '../dashboard.ts';
import type { IndicatorPageData } from '../queries/get-indicator-page.ts';
import { summarizeIndicator } from '../summarize-indicator.ts';
import { todayInSeoul } from '../today.ts';
import { parseAsOfDate } from '../../domain/as-of-date.ts';
import { localized } from '../../domain/localized.ts';

export interface IndicatorChart {
  page: IndicatorPageData;
  /** The view from the URL; a period that names no administration falls back to all. */
  view: { period: string; units: 'korean' | 'exact' };
  statuses: ReadonlyMap<string, PledgeStatus>;
  model: ChartModel;
  summary: string;
  periods: { value: string; label: string }[];
  asOf: string;
  /** Set when the URL asks for the dashboard as it was at the end of a past day (`?asOf=`). */
  historicalAsOf: string | null;
}

/**
 * What a page needs to show an indicator's chart in the view its URL asks for (the indicator
 * page and its embed): the data, statuses as of today, the chart model for the period, the
 * status sentence and the period choices. Null for an unknown indicator.
 */
/** The chart state the explorer starts from, as the server rendered it. */
export function toExplorerProps(chart: IndicatorChart) {
  return {
    summary: chart.summary,
    periods: chart.periods,
    initialPeriod: chart.view.period,
    initialDisplay: chart.view.units,
    initialModel: chart.model,
    asOf: chart.historicalAsOf,
  };
}

export async function loadIndicatorChart(
  slug: string,
  locale: Locale,
  searchParams: Record<string, unknown>,
): Promise<IndicatorChart | null> {
  const today = todayInSeoul();
  const historicalAsOf = parseAsOfDate(searchParams.asOf, today);
  const [page, administrations] = await Promise.all([
    dashboard.getIndicatorPage(slug, historicalAsOf ?? undefined),
    dashboard.listAdministrations(),
  ]);
  if (!page) return null;
  const requested = chartViewSchema.parse(searchParams);
  const window = getChartPeriodWindow(requested.period, administrations);
  const view = {
    period: window === undefined ? ALL_PERIODS : requested.period,
    units: requested.units,
  };
  // Statuses are computed as of the day shown: a past view says what the dashboard said then.
  const asOf = historicalAsOf ?? today;
  const statuses = computeStatusesByPledge(page.indicator, page.pledges, page.figures, asOf);
  const [summary, t] = await Promise.all([
    summarizeIndicator(page, statuses, locale),
    getTranslations({ locale, namespace: 'indicator' }),
  ]);
  return {
    page,
    view,
    statuses,
    model: filterChartModel(toChartModel(page.figures, page.pledges, statuses), window ?? null),
    summary,
    periods: [
      { value: ALL_PERIODS, label: t('periodAll') },
      ...administrations.map((admin) => ({
        value: admin.slug,
        label: localized(admin, 'name', locale),
      })),
    ],
    asOf,
    historicalAsOf,
  };
}
