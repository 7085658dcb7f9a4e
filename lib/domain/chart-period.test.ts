import { describe, it, expect } from 'vitest';
import { ALL_PERIODS, getChartPeriodWindow, listChartPeriods } from './chart-period.ts';
import { anAdministration } from './testing/records.ts';

const administrations = [
  anAdministration({
    slug: 'min-6',
    nameKo: '민선 6기',
    mayorKo: '윤장현',
    termStart: '2014-07-01',
    termEnd: '2018-06-30',
  }),
  anAdministration({
    slug: 'min-7',
    nameKo: '민선 7기',
    mayorKo: '이용섭',
    termStart: '2018-07-01',
    termEnd: '2022-06-30',
  }),
  anAdministration(),
];

describe('listChartPeriods', () => {
  it('lists one period per administration, in the order given, from its term', () => {
    expect(listChartPeriods(administrations)).toEqual([
      { value: 'min-6', from: '2014-07-01', to: '2018-06-30' },
      { value: 'min-7', from: '2018-07-01', to: '2022-06-30' },
      { value: 'min-8', from: '2022-07-01', to: '2026-06-30' },
    ]);
  });

  it('lists nothing when there are no administrations', () => {
    expect(listChartPeriods([])).toEqual([]);
  });
});

describe('getChartPeriodWindow', () => {
  it.each<[string, { from: string; to: string } | null | undefined]>([
    [ALL_PERIODS, null],
    ['min-6', { from: '2014-07-01', to: '2018-06-30' }],
    ['min-7', { from: '2018-07-01', to: '2022-06-30' }],
    ['min-8', { from: '2022-07-01', to: '2026-06-30' }],
    ['min-9', undefined],
    ['', undefined],
    ['MIN-8', undefined],
  ])('%j → %j', (value, expected) => {
    expect(getChartPeriodWindow(value, administrations)).toEqual(expected);
  });

  it('is all time for "all" even with no administrations, and unknown otherwise', () => {
    expect(ALL_PERIODS).toBe('all');
    expect(getChartPeriodWindow('all', [])).toBeNull();
    expect(getChartPeriodWindow('min-8', [])).toBeUndefined();
  });
});
