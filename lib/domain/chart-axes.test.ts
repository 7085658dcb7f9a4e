import { describe, expect, it } from 'vitest';
import { formatChartTick, formatChartValue, toChartExtent } from './chart-axes.ts';
import type { ChartModel } from './chart-model.ts';

const HALF_YEAR = (365.25 * 24 * 3600 * 1000) / 2;

describe('toChartExtent', () => {
  it('spans every point with half a year each side, and reads y from zero', () => {
    const model = {
      figures: [
        { x: 1000, y: 5 },
        { x: 3000, y: 9 },
      ],
      targets: [{ x: 5000, y: 20 }],
      openTargets: [{ y: 30 }],
      paths: [{ points: [{ x: 500, y: 1 }] }],
      projections: [],
    } as unknown as ChartModel;
    expect(toChartExtent(model)).toEqual({
      xDomain: [500 - HALF_YEAR, 5000 + HALF_YEAR],
      ys: [0, 5, 9, 20, 30, 1],
    });
  });
});

describe('chart labels', () => {
  it.each([
    [5e11, 'KRW', 'korean', 'ko', '5,000억'],
    [5e11, 'KRW', 'korean', 'en', '500B'],
    [5e11, 'KRW', 'exact', 'ko', '500,000,000,000'],
    [12.5, 'PERCENT', 'korean', 'ko', '12.5'],
  ] as const)('tick %s %s (%s, %s) → %s', (value, unit, display, locale, expected) => {
    expect(formatChartTick(value, unit, display, locale)).toBe(expected);
  });

  it.each([
    ['619200000000', 'korean', 'ko', '6,192억 원'],
    ['619200000000', 'exact', 'ko', '619,200,000,000원'],
  ] as const)('value %s (%s, %s) → %s', (value, display, locale, expected) => {
    expect(formatChartValue(value, 'KRW', display, locale)).toBe(expected);
  });
});
