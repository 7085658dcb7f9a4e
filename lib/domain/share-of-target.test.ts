import { describe, it, expect } from 'vitest';
import { formatShare, shareOfTarget, type ShareOfTargetInput } from './share-of-target.ts';
import type { Locale } from './types.ts';

describe('shareOfTarget', () => {
  it.each<[string, ShareOfTargetInput, number | null]>([
    [
      'startup fund 6,192억 of 5,000억',
      { target: '500000000000', latest: '619200000000', higherIsBetter: true },
      1.2384,
    ],
    [
      'same, baseline given as 0',
      { baseline: '0', target: '500000000000', latest: '619200000000', higherIsBetter: true },
      1.2384,
    ],
    [
      'half way from a baseline',
      { baseline: '100', target: '300', latest: '200', higherIsBetter: true },
      0.5,
    ],
    ['not started', { baseline: '100', target: '300', latest: '100', higherIsBetter: true }, 0],
    ['ground lost', { baseline: '100', target: '300', latest: '50', higherIsBetter: true }, -0.25],
    ['decimals', { target: '100', latest: '88.5', higherIsBetter: true }, 0.885],
    [
      'lower is better, two thirds down',
      { baseline: '100', target: '55', latest: '70', higherIsBetter: false },
      2 / 3,
    ],
    [
      'lower is better, overshoot',
      { baseline: '100', target: '55', latest: '10', higherIsBetter: false },
      2,
    ],
    [
      'lower is better, got worse',
      { baseline: '100', target: '55', latest: '109', higherIsBetter: false },
      -0.2,
    ],
    [
      'target equals baseline',
      { baseline: '5', target: '5.0', latest: '7', higherIsBetter: true },
      null,
    ],
    ['target zero, no baseline', { target: '0', latest: '3', higherIsBetter: false }, null],
    [
      'lower is better but no baseline',
      { target: '55', latest: '70', higherIsBetter: false },
      null,
    ],
    [
      'higher is better but target below baseline',
      { baseline: '100', target: '80', latest: '90', higherIsBetter: true },
      null,
    ],
  ])('%s', (_name, input, expected) => {
    expect(shareOfTarget(input)).toBe(expected);
  });

  it('names a malformed figure', () => {
    expect(() => shareOfTarget({ target: '5000억', latest: '1', higherIsBetter: true })).toThrow(
      '"5000억"',
    );
    expect(() => shareOfTarget({ target: '0', latest: 'n/a', higherIsBetter: true })).toThrow(
      '"n/a"',
    );
  });
});

describe('formatShare', () => {
  it.each<[number, Locale, string]>([
    [1.2384, 'ko', '123.8%'],
    [1.2384, 'en', '123.8%'],
    [0, 'ko', '0.0%'],
    [-0, 'en', '0.0%'],
    [1, 'ko', '100.0%'],
    [0.5, 'en', '50.0%'],
    [2 / 3, 'ko', '66.7%'],
    [0.5005, 'ko', '50.1%'],
    [0.29, 'en', '29.0%'],
    [0.99949, 'ko', '99.9%'],
    [0.99996, 'ko', '99.9%'],
    [1.00004, 'en', '100.0%'],
    [-0.25, 'ko', '-25.0%'],
    [-0.0004, 'en', '0.0%'],
    [0.0000001, 'en', '0.0%'],
    [123.456, 'en', '12,345.6%'],
    [1e14, 'en', '10,000,000,000,000,000.0%'],
  ])('%s (%s) → %s', (ratio, locale, expected) => {
    expect(formatShare(ratio, locale)).toBe(expected);
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [1e16]])('refuses %s', (ratio) => {
    expect(() => formatShare(ratio, 'ko')).toThrow(/Cannot format a share/);
  });
});
