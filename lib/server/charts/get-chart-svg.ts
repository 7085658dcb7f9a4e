import 'server-only';
import { getTranslations } from 'next-intl/server';
import { formatSourceList, listChartSources } from '../../domain/chart-citation.ts';
import { filterChartModel, toChartModel } from '../../domain/chart-model.ts';
import { getChartPeriodWindow } from '../../domain/chart-period.ts';
import { toChartViewPath } from '../../domain/chart-view.ts';
import { renderChartSvg } from '../../domain/chart-svg.ts';
import { formatPreciseDate } from '../../domain/precise-date.ts';
import { computeStatusesByPledge } from '../../domain/statuses-by-pledge.ts';
import type { Locale } from '../../domain/types.ts';
import { dashboard } from '../dashboard.ts';
import { HttpError } from '../http/to-error-response.ts';
import { summarizeIndicator } from '../summarize-indicator.ts';
import { todayInSeoul } from '../today.ts';

export interface ChartView {
  slug: string;
  locale: Locale;
  period: string;
  units: 'korean' | 'exact';
}

/** Wide for reports and slides; `og` is the 1200×630 link-preview size. */
export const CHART_IMAGE_SIZES = { wide: { width: 1200, height: 675 }, og: { width: 1200, height: 630 } } as const;

/**
 * One indicator chart as a standalone SVG, in the view a page shows (language, period, amount
 * display), with its sources, as-of date and the address of that view drawn in. Null for an
 * unknown indicator; 400 for a period that names no administration.
 */
export async function getChartSvg(
  view: ChartView,
  options: { origin: string; size: keyof typeof CHART_IMAGE_SIZES },
): Promise<{ svg: string; asOf: string } | null> {
  const [page, administrations] = await Promise.all([dashboard.getIndicatorPage(view.slug), dashboard.listAdministrations()]);
  if (!page) return null;
  const window = getChartPeriodWindow(view.period, administrations);
  if (window === undefined) {
    throw new HttpError(400, `period: "${view.period}" is not "all" or one of ${administrations.map((a) => a.slug).join(', ')}`, 'period');
  }
  const asOf = todayInSeoul();
  const { locale } = view;
  const statuses = computeStatusesByPledge(page.indicator, page.pledges, page.figures, asOf);
  const model = filterChartModel(toChartModel(page.figures, page.pledges, statuses), window);
  const [t, labels, summary] = await Promise.all([
    getTranslations({ locale, namespace: 'chartImage' }),
    getTranslations({ locale, namespace: 'indicator' }),
    summarizeIndicator(page, statuses, locale),
  ]);
  const administration = administrations.find((admin) => admin.slug === view.period);
  const name = locale === 'ko' ? page.indicator.nameKo : page.indicator.nameEn;
  const sources = listChartSources(model, page.figures, page.pledges);
  const svg = renderChartSvg({
    model,
    unit: page.indicator.unit,
    locale,
    display: view.units,
    title: administration ? `${name} (${locale === 'ko' ? administration.nameKo : administration.nameEn})` : name,
    summary,
    sourceLine: sources.length > 0 ? t('sources', { list: formatSourceList(sources, locale) }) : t('noSources'),
    footerLine: t('footer', { date: formatPreciseDate({ date: asOf, precision: 'DAY' }, locale), url: new URL(toChartViewPath(view), options.origin).toString() }),
    labels: {
      figures: labels('legendFigures'),
      targets: labels('legendTargets'),
      superseded: labels('legendSuperseded'),
      path: labels('legendPath'),
      projection: labels('legendProjection'),
      achieved: labels('legendAchieved'),
      empty: labels('chartEmpty'),
    },
    ...CHART_IMAGE_SIZES[options.size],
  });
  return { svg, asOf };
}
