import { describe, expect, it } from 'vitest';
import { formatDateAsTyped, parseReportedDate } from './parse-reported-date.ts';

describe('parseReportedDate', () => {
  it.each([
    ['2025', { date: '2025-01-01', precision: 'YEAR' }],
    ['2025-09', { date: '2025-09-01', precision: 'MONTH' }],
    ['2025-9', { date: '2025-09-01', precision: 'MONTH' }],
    ['2025-09-24', { date: '2025-09-24', precision: 'DAY' }],
    ['2025.9.24', { date: '2025-09-24', precision: 'DAY' }],
    ['2025. 9. 24.', { date: '2025-09-24', precision: 'DAY' }],
    ['2025/09/24', { date: '2025-09-24', precision: 'DAY' }],
    ['2025년 9월 24일', { date: '2025-09-24', precision: 'DAY' }],
    ['2025년 9월', { date: '2025-09-01', precision: 'MONTH' }],
    ['2025년', { date: '2025-01-01', precision: 'YEAR' }],
    [' 2024-02-29 ', { date: '2024-02-29', precision: 'DAY' }],
  ])('%j → %j', (input, expected) => {
    expect(parseReportedDate(input)).toEqual(expected);
  });

  it.each([
    '',
    '25',
    '2025-13',
    '2025-02-30',
    '2023-02-29',
    '2025-00-10',
    '2025-09-24T00:00',
    'September 2025',
    '2025년 13월',
    '1800',
    '2025--09',
  ])('refuses %j', (input) => {
    expect(parseReportedDate(input)).toBeNull();
  });
});

describe('formatDateAsTyped', () => {
  it.each(['2025', '2025-09', '2025-09-24'])('round-trips %s', (typed) => {
    expect(formatDateAsTyped(parseReportedDate(typed))).toBe(typed);
  });
  it('is empty for no date', () => {
    expect(formatDateAsTyped(null)).toBe('');
  });
});
