import { describe, expect, it } from 'vitest';
import { chartViewSchema, toChartImagePath, toChartViewPath } from './chart-view.ts';

describe('toChartViewPath', () => {
  it.each([
    [
      { slug: 'startup-fund', locale: 'ko', period: 'all', units: 'korean' },
      'page',
      '/indicators/startup-fund',
    ],
    [
      { slug: 'startup-fund', locale: 'en', period: 'min-8', units: 'korean' },
      'page',
      '/en/indicators/startup-fund?period=min-8',
    ],
    [
      { slug: 'startup-fund', locale: 'ko', period: 'min-7', units: 'exact' },
      'embed',
      '/embed/indicators/startup-fund?period=min-7&units=exact',
    ],
    [
      { slug: 'startup-fund', locale: 'en', period: 'all', units: 'exact' },
      'embed',
      '/en/embed/indicators/startup-fund?units=exact',
    ],
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
      { slug: 'startup-fund', locale: 'en', period: 'all', units: 'korean' },
      { format: 'png', size: 'og' },
      '/charts/startup-fund.png?lang=en&size=og',
    ],
    [
      { slug: 'startup-fund', locale: 'ko', period: 'min-8', units: 'exact' },
      { format: 'png', size: 'og' },
      '/charts/startup-fund.png?lang=ko&size=og&period=min-8&units=exact',
    ],
    [
      { slug: 'startup-fund', locale: 'ko', period: 'min-8', units: 'korean' },
      { format: 'svg', download: true },
      '/charts/startup-fund.svg?lang=ko&period=min-8&download=1',
    ],
  ] as const)('%j %j → %s', (view, options, expected) =>
    expect(toChartImagePath(view, options)).toBe(expected),
  );
});
