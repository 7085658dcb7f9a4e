import { z } from 'zod';
import { ALL_PERIODS } from './chart-period.ts';

/**
 * The indicator chart's view in a page URL (?period=min-8&units=exact), as the indicator page and
 * its embed read it. An unknown or malformed value falls back to the default view rather than
 * failing the page: a mistyped shared link still shows the chart.
 */
export const chartViewSchema = z.object({
  period: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .catch(ALL_PERIODS)
    .default(ALL_PERIODS),
  units: z.enum(['korean', 'exact']).catch('korean').default('korean'),
});

/**
 * The path of an indicator chart's view, as a page (`/en/indicators/startup-fund?period=min-8`)
 * or as its embed (`/embed/indicators/…`): the default view's values are left out, so every view
 * has one address.
 */
export function toChartViewPath(
  view: { slug: string; locale: string; period: string; units: 'korean' | 'exact' },
  kind: 'page' | 'embed' = 'page',
): string {
  const query = new URLSearchParams();
  if (view.period !== ALL_PERIODS) query.set('period', view.period);
  if (view.units !== 'korean') query.set('units', view.units);
  const prefix = view.locale === 'ko' ? '' : `/${view.locale}`;
  return `${prefix}${kind === 'embed' ? '/embed' : ''}/indicators/${view.slug}${query.size > 0 ? `?${query.toString()}` : ''}`;
}

/**
 * The address of a view's chart image (`/charts/startup-fund.png?lang=en&period=min-8`): `og`
 * for the link-preview size, `download` to have the browser save it under its dated name.
 */
export function toChartImagePath(
  view: { slug: string; locale: string; period: string; units: 'korean' | 'exact' },
  options: { format: 'png' | 'svg'; size?: 'wide' | 'og'; download?: boolean },
): string {
  const query = new URLSearchParams({ lang: view.locale });
  if (options.size === 'og') query.set('size', 'og');
  if (view.period !== ALL_PERIODS) query.set('period', view.period);
  if (view.units !== 'korean') query.set('units', view.units);
  if (options.download) query.set('download', '1');
  return `/charts/${view.slug}.${options.format}?${query.toString()}`;
}
