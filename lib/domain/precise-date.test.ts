import { describe, it, expect } from 'vitest';
import {
  comparePreciseDates,
  formatPreciseDate,
  parsePreciseDate,
  precisionLabel,
  toIsoPeriod,
} from './precise-date.ts';
import type { DatePrecision, Locale, PreciseDate } from './types.ts';

describe('parsePreciseDate', () => {
  it.each<[string, DatePrecision]>([
    ['2025-09-24', 'DAY'],
    ['2025-09-01', 'MONTH'],
    ['2025-01-01', 'YEAR'],
    ['2024-02-29', 'DAY'],
    ['2000-02-29', 'DAY'],
    ['2025-12-31', 'DAY'],
    ['2025-01-01', 'DAY'],
  ])('accepts %s at %s', (date, precision) => {
    expect(parsePreciseDate(date, precision)).toEqual({ date, precision });
  });

  it.each<[string, DatePrecision, string | RegExp]>([
    ['2025/09/24', 'DAY', /not in ISO form yyyy-mm-dd/],
    ['2025-9-24', 'DAY', /not in ISO form/],
    ['25-09-24', 'DAY', /not in ISO form/],
    ['2025-09-24T00:00:00Z', 'DAY', /not in ISO form/],
    ['', 'DAY', /not in ISO form/],
    ['0000-01-01', 'YEAR', /year 0000/],
    ['2025-13-01', 'MONTH', /month 13 is not between 01 and 12/],
    ['2025-00-10', 'DAY', /month 00/],
    ['2025-02-29', 'DAY', /day 29 does not exist in 2025-02, which has 28 days/],
    ['1900-02-29', 'DAY', /day 29 does not exist in 1900-02/],
    ['2025-04-31', 'DAY', /day 31 does not exist in 2025-04, which has 30 days/],
    ['2025-09-00', 'DAY', /day 00/],
    ['2025-09-24', 'MONTH', /MONTH-precision .* day must be 01 \(expected "2025-09-01"\)/],
    ['2025-09-01', 'YEAR', /YEAR-precision .* \(expected "2025-01-01"\)/],
    ['2025-01-24', 'YEAR', /YEAR-precision/],
    ['2025-09-01', 'WEEK' as DatePrecision, /Unknown date precision "WEEK"/],
  ])('rejects %s at %s', (date, precision, message) => {
    expect(() => parsePreciseDate(date, precision)).toThrow(message);
  });
});

describe('formatPreciseDate', () => {
  it.each<[string, DatePrecision, Locale, string]>([
    ['2025-09-24', 'DAY', 'ko', '2025년 9월 24일'],
    ['2025-09-01', 'MONTH', 'ko', '2025년 9월'],
    ['2025-01-01', 'YEAR', 'ko', '2025년'],
    ['2025-09-24', 'DAY', 'en', '24 Sep 2025'],
    ['2025-09-01', 'MONTH', 'en', 'Sep 2025'],
    ['2025-01-01', 'YEAR', 'en', '2025'],
    ['2018-12-05', 'DAY', 'en', '5 Dec 2018'],
    ['2030-01-01', 'DAY', 'ko', '2030년 1월 1일'],
  ])('%s (%s, %s) → %s', (date, precision, locale, expected) => {
    expect(formatPreciseDate({ date, precision }, locale)).toBe(expected);
  });

  it('refuses a non-canonical stored date rather than guess', () => {
    expect(() => formatPreciseDate({ date: '2025-09-24', precision: 'MONTH' }, 'ko')).toThrow(
      /expected "2025-09-01"/,
    );
  });
});

describe('comparePreciseDates', () => {
  const day = (date: string): PreciseDate => ({ date, precision: 'DAY' });
  it.each<[PreciseDate, PreciseDate, -1 | 0 | 1]>([
    [day('2025-09-24'), day('2025-09-25'), -1],
    [day('2025-10-01'), day('2025-09-30'), 1],
    [day('2025-09-24'), day('2025-09-24'), 0],
    [{ date: '2025-01-01', precision: 'YEAR' }, day('2025-01-01'), -1],
    [{ date: '2025-01-01', precision: 'MONTH' }, { date: '2025-01-01', precision: 'YEAR' }, 1],
    [{ date: '2018-01-01', precision: 'YEAR' }, day('2017-12-31'), 1],
  ])('%o vs %o → %i', (a, b, expected) => {
    expect(comparePreciseDates(a, b)).toBe(expected);
  });

  it('sorts a mixed list by date, coarser first on ties', () => {
    const dates: PreciseDate[] = [
      day('2025-09-24'),
      { date: '2025-01-01', precision: 'YEAR' },
      day('2025-01-01'),
      { date: '2025-09-01', precision: 'MONTH' },
    ];
    expect([...dates].sort(comparePreciseDates).map(toIsoPeriod)).toEqual([
      '2025',
      '2025-01-01',
      '2025-09',
      '2025-09-24',
    ]);
  });
});

describe('toIsoPeriod', () => {
  it.each<[string, DatePrecision, string]>([
    ['2025-09-24', 'DAY', '2025-09-24'],
    ['2025-09-01', 'MONTH', '2025-09'],
    ['2025-01-01', 'YEAR', '2025'],
  ])('%s (%s) → %s', (date, precision, expected) => {
    expect(toIsoPeriod({ date, precision })).toBe(expected);
  });
});

describe('precisionLabel', () => {
  it.each<[DatePrecision, string, string]>([
    ['DAY', '일', 'day'],
    ['MONTH', '월', 'month'],
    ['YEAR', '연', 'year'],
  ])('%s → %s / %s', (precision, ko, en) => {
    expect(precisionLabel(precision, 'ko')).toBe(ko);
    expect(precisionLabel(precision, 'en')).toBe(en);
  });
});
