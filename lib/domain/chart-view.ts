import { z } from 'zod';
import { ALL_PERIODS } from './chart-period.ts';
import { AMOUNT_DISPLAYS, DEFAULT_AMOUNT_DISPLAY, type AmountDisplay } from './format-value.ts';
import type { Locale } from './types.ts';

/** A view of an indicator chart: whose, in which language, over which period, won shown how. */
export interface ChartView {
  slug: string;
  locale: Locale;
  period: string;
  units: AmountDisplay;
}

/**
 * The chart's query parameters as the chart API and images check them: a bad value answers 400
 * naming what was expected. (Whether a well-formed period names an administration is a question
 * for the database: see loadChartModel.)
 */
export const chartPeriodParamSchema = z
  .string()
  .regex(/^[a-z0-9-]{1,40}$/, 'must be "all" or an administration slug such as "min-8"')
  .default(ALL_PERIODS);
export const chartUnitsParamSchema = z
  .enum(AMOUNT_DISPLAYS, { message: 'must be korean or exact' })
  .default(DEFAULT_AMOUNT_DISPLAY);

/**
 * The same parameters in a page URL (?period=min-8&units=exact), as the indicator page and its
 * embed read them. An unknown or malformed value falls back to the default view rather than
 * failing the page: a mistyped shared link still shows the chart.
 */
export const chartViewSchema = z.object({
  period: chartPeriodParamSchema.catch(ALL_PERIODS),
  units: chartUnitsParamSchema.catch(DEFAULT_AMOUNT_DISPLAY),
});

/**
 * The path of an indicator chart's view, as a page (`/en/indicators/startup-fund?period=min-8`)
 * or as its embed (`/embed/indicators/…`): the default view's values are left out, so every view
 * has one address.
 */
export function toChartViewPath(view: ChartView, kind: 'page' | 'embed' = 'page'): string {
  const query = new URLSearchParams();
  if (view.period !== ALL_PERIODS) query.set('period', view.period);
  if (view.units !== DEFAULT_AMOUNT_DISPLAY) query.set('units', view.units);
  const prefix = view.locale === 'ko' ? '' : `/${view.locale}`;
  return `${prefix}${kind === 'embed' ? '/embed' : ''}/indicators/${view.slug}${query.size > 0 ? `?${query.toString()}` : ''}`;
}

/**
 * The address of a view's chart image (`/charts/startup-fund.png?lang=en&period=min-8`): `og`
 * for the link-preview size, `download` to have the browser save it under its dated name.
 */
export function toChartImagePath(
  view: ChartView,
  options: { format: 'png' | 'svg'; size?: 'wide' | 'og'; download?: boolean },
): string {
  const query = new URLSearchParams({ lang: view.locale });
  if (options.size === 'og') query.set('size', 'og');
  if (view.period !== ALL_PERIODS) query.set('period', view.period);
  if (view.units !== DEFAULT_AMOUNT_DISPLAY) query.set('units', view.units);
  if (options.download) query.set('download', '1');
  return `/charts/${view.slug}.${options.format}?${query.toString()}`;
}
