import 'server-only';
import { getTranslations } from 'next-intl/server';
import { ALL_PERIODS } from '../../domain/chart-period.ts';
import { chartViewSchema } from '../../domain/chart-view.ts';
import type { AmountDisplay } from '../../domain/format-value.ts';
import { localized } from '../../domain/localized.ts';
import type { Locale } from '../../domain/types.ts';
import { summarizeIndicator } from '../summarize-indicator.ts';
import { loadChartModel, type ChartModelData } from './load-chart-model.ts';

export interface IndicatorChart extends ChartModelData {
  /** The view drawn; on a page, a period that names no administration has fallen back to all. */
  view: { period: string; units: AmountDisplay };
  summary: string;
  periods: { value: string; label: string }[];
}

/**
 * What a page or an image needs to show an indicator's chart in the view its URL asks for: the
 * chart data (loadChartModel), the status sentence and the period choices in the reader's
 * language. Null for an unknown indicator. `strict` as in loadChartModel: images refuse a view
 * pages would fall back from. `tablePage`: also read that page of the figure table.
 */
export async function loadIndicatorChart(
  slug: string,
  locale: Locale,
  searchParams: Record<string, unknown>,
  { strict = false, tablePage }: { strict?: boolean; tablePage?: number } = {},
): Promise<IndicatorChart | null> {
  const requested = chartViewSchema.parse(searchParams);
  const data = await loadChartModel(
    slug,
    { period: requested.period, asOf: searchParams.asOf, tablePage },
    { strict },
  );
  if (!data) return null;
  const [summary, t] = await Promise.all([
    summarizeIndicator(data.page, data.statuses, locale),
    getTranslations({ locale, namespace: 'indicator' }),
  ]);
  return {
    ...data,
    view: { period: data.period, units: requested.units },
    summary,
    periods: [
      { value: ALL_PERIODS, label: t('periodAll') },
      ...data.administrations.map((admin) => ({
        value: admin.slug,
        label: localized(admin, 'name', locale),
      })),
    ],
  };
}

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
