import { describe, expect, it } from 'vitest';
import {
  chartViewSchema,
  toChartImagePath,
  toChartViewPath,
  type ChartView,
} from './chart-view.ts';
import type { AmountDisplay } from './format-value.ts';
import type { Locale } from './types.ts';

/** A view of the startup fund's chart. */
const fundView = (locale: Locale, period: string, units: AmountDisplay): ChartView => ({
  slug: 'startup-fund',
  locale,
  period,
  units,
});

describe('toChartViewPath', () => {
  it.each([
    [fundView('ko', 'all', 'korean'), 'page', '/indicators/startup-fund'],
    [fundView('en', 'min-8', 'korean'), 'page', '/en/indicators/startup-fund?period=min-8'],
    [
      fundView('ko', 'min-7', 'exact'),
      'embed',
      '/embed/indicators/startup-fund?period=min-7&units=exact',
    ],
    [fundView('en', 'all', 'exact'), 'embed', '/en/embed/indicators/startup-fund?units=exact'],
  ] as const)('%j as %s → %s', (view, kind, expected) =>
    expect(toChartViewPath(view, kind)).toBe(expected),
  );
});

describe('chartViewSchema', () => {
  it.each([
    [{}, { period: 'all', units: 'korean' }],
    [
      { period: 'min-8', units: 'exact' },
      { period: 'min-8', units: 'exact' },
    ],
    // A mistyped shared link still shows the chart, in the default view.
    [
      { period: '<script>', units: 'trillions' },
      { period: 'all', units: 'korean' },
    ],
    [{ period: ['min-7', 'min-8'] }, { period: 'all', units: 'korean' }],
  ])('%j → %j', (params, expected) => expect(chartViewSchema.parse(params)).toEqual(expected));
});

describe('toChartImagePath', () => {
  it.each([
    [
      fundView('en', 'all', 'korean'),
      { format: 'png', size: 'og' },
      '/charts/startup-fund.png?lang=en&size=og',
    ],
    [
      fundView('ko', 'min-8', 'exact'),
      { format: 'png', size: 'og' },
      '/charts/startup-fund.png?lang=ko&size=og&period=min-8&units=exact',
    ],
    [
      fundView('ko', 'min-8', 'korean'),
      { format: 'svg', download: true },
      '/charts/startup-fund.svg?lang=ko&period=min-8&download=1',
    ],
  ] as const)('%j %j → %s', (view, options, expected) =>
    expect(toChartImagePath(view, options)).toBe(expected),
  );
});
