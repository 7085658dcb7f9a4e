import { describe, expect, it } from 'vitest';
import { parseAsOfDate } from './as-of-date.ts';

describe('parseAsOfDate', () => {
  it.each([
    ['2026-01-15', '2026-01-15'],
    ['2025-12-31', '2025-12-31'],
    ['2026-11-23', null], // today is "now", not a past view
    ['2026-12-01', null], // the future has no dashboard yet
    ['2026-02-30', null],
    ['0000-01-01', null], // PostgreSQL has no year 0 (year-range.ts)
    ['1899-12-31', null],
    ['2026-1-15', null],
    ['yesterday', null],
    [undefined, null],
    [['2026-01-15'], null],
  ])('%j → %j', (value, expected) => {
    expect(parseAsOfDate(value, '2026-11-23')).toBe(expected);
  });
});
