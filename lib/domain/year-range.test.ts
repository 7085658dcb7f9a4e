import { describe, expect, it } from 'vitest';
import { figuresQuerySchema, pledgesQuerySchema } from './api-v1/schemas.ts';
import { parseAsOfDate } from './as-of-date.ts';
import { parsePreciseDate } from './precise-date.ts';
import { parseReportedDate } from './parse-reported-date.ts';
import { DATE_RANGE_TEXT, EARLIEST_YEAR, LATEST_YEAR, isYearInRange } from './year-range.ts';

describe('isYearInRange', () => {
  it.each([
    [0, false],
    [1, false],
    [1899, false],
    [1900, true],
    [2025, true],
    [2200, true],
    [2201, false],
    [9999, false],
    [2025.5, false],
    [Number.NaN, false],
  ])('%d → %s', (year, expected) => {
    expect(isYearInRange(year)).toBe(expected);
  });

  it('says the range in the words messages use', () => {
    expect([EARLIEST_YEAR, LATEST_YEAR, DATE_RANGE_TEXT]).toEqual([
      1900,
      2200,
      '1900-01-01 to 2200-12-31',
    ]);
  });
});

/**
 * One rule at every door: the API's date parameters, the "as of" view, staff forms and CSV
 * imports (parseReportedDate), and dates read back from the database (parsePreciseDate). Year
 * 0000 reached PostgreSQL, which has no year 0, and answered 500.
 */
describe('every date door applies the same years', () => {
  const accepts = {
    apiFrom: (date: string) => figuresQuerySchema.safeParse({ from: date }).success,
    apiTo: (date: string) => figuresQuerySchema.safeParse({ to: date }).success,
    apiAsOf: (date: string) => pledgesQuerySchema.safeParse({ asOf: date }).success,
    asOfView: (date: string) => parseAsOfDate(date, '2300-01-01') !== null,
    formsAndImports: (date: string) => parseReportedDate(date) !== null,
    stored: (date: string) => {
      try {
        parsePreciseDate(date, 'DAY');
        return true;
      } catch {
        return false;
      }
    },
  };

  it.each([
    ['0000-01-01', false],
    ['0001-01-01', false],
    ['1899-12-31', false],
    ['1900-01-01', true],
    ['2025-09-24', true],
    ['2200-12-31', true],
    ['2201-01-01', false],
    ['9999-12-31', false],
  ])('%s accepted: %s', (date, expected) => {
    expect(
      Object.fromEntries(Object.entries(accepts).map(([door, accept]) => [door, accept(date)])),
    ).toEqual(Object.fromEntries(Object.keys(accepts).map((door) => [door, expected])));
  });

  it('names the parameter and the range when the API refuses a year', () => {
    const result = figuresQuerySchema.safeParse({ from: '0000-01-01' });
    expect(result.error?.issues).toMatchObject([
      { path: ['from'], message: 'must be a date from 1900-01-01 to 2200-12-31' },
    ]);
  });
});
