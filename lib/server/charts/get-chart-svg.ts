import 'server-only';
import { getTranslations } from 'next-intl/server';
import { formatSourceList, listChartSources } from '../../domain/chart-citation.ts';
import { ALL_PERIODS } from '../../domain/chart-period.ts';
import { renderChartSvg } from '../../domain/chart-svg.ts';
import { toChartViewPath, type ChartView } from '../../domain/chart-view.ts';
import { formatPreciseDate } from '../../domain/precise-date.ts';
import { loadIndicatorChart } from './load-indicator-chart.ts';
import { localized } from '../../domain/localized.ts';

/** Wide for reports and slides; `og` is the 1200×630 link-preview size. */
export const CHART_IMAGE_SIZES = {
  wide: { width: 1200, height: 675 },
  og: { width: 1200, height: 630 },
} as const;

/**
 * One indicator chart as a standalone SVG, in the view a page shows (language, period, amount
 * display), with its sources, as-of date and the address of that view drawn in. Null for an
 * unknown indicator; 400 for a period that names no administration.
 */
export async function getChartSvg(
  view: ChartView,
  options: { origin: string; size: keyof typeof CHART_IMAGE_SIZES },
): Promise<{ svg: string; asOf: string } | null> {
  // Pages fall back to all periods for an unknown one; an image request says what was wrong.
  const chart = await loadIndicatorChart(
    view.slug,
    view.locale,
    { period: view.period, units: view.units },
    { strict: true },
  );
  if (!chart) return null;
  const { page, model, summary, asOf } = chart;
  const { locale } = view;
  const [t, labels, citation] = await Promise.all([
    getTranslations({ locale, namespace: 'chartImage' }),
    getTranslations({ locale, namespace: 'indicator' }),
    getTranslations({ locale, namespace: 'citation' }),
  ]);
  const period = chart.periods.find(
    (option) => option.value === view.period && option.value !== ALL_PERIODS,
  );
  const name = localized(page.indicator, 'name', locale);
  const sources = listChartSources(model, page.chart.figures, page.pledges);
  const svg = renderChartSvg({
    model,
    unit: page.indicator.unit,
    locale,
    display: view.units,
    title: period ? `${name} (${period.label})` : name,
    summary,
    sourceLine:
      sources.length > 0
        ? t('sources', { list: formatSourceList(sources, { locale, t: citation }) })
        : t('noSources'),
    footerLine: t('footer', {
      date: formatPreciseDate({ date: asOf, precision: 'DAY' }, locale),
      url: new URL(toChartViewPath(view), options.origin).toString(),
    }),
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
