import { describe, it, expect } from 'vitest';
import { canImport } from './figure-import.ts';
import type { ImportIssueCode } from './import-columns.ts';
import { codesOf, importRows, row } from './testing/figure-import-fixtures.ts';

describe('parseFigureImport: values', () => {
  it.each([
    ['ai-companies-relocated', '6192', '6192'],
    ['ai-companies-relocated', '"1,234"', '1234'],
    ['ai-companies-relocated', '"1,234,567"', '1234567'],
    ['ai-companies-relocated', '-3', '-3'],
    ['ai-companies-relocated', '007', '7'],
    ['ai-companies-relocated', '-0', '0'],
    ['ai-data-centre-performance', '88.50', '88.5'],
    ['ai-data-centre-performance', '88.5%', '88.5'],
    ['ai-data-centre-performance', '88.5 %', '88.5'],
    ['ai-phase-1-investment', '6192', '6192'],
    ['ai-phase-1-investment', '"6,192억 원"', '619200000000'],
    ['ai-phase-1-investment', '480만원', '4800000'],
    ['ai-phase-1-investment', '1조 2천억', '1200000000000'],
    ['ai-phase-1-investment', '1.5조', '1500000000000'],
    ['ai-phase-1-investment', 'KRW 619.2 billion', '619200000000'],
    ['ai-phase-1-investment', '0.000001', '0.000001'],
    ['ai-phase-1-investment', '999999999999999999', '999999999999999999'],
  ])('%s: %s → %s', (indicator, value, expected) => {
    // A date no existing figure has, so the value is not compared with one.
    const result = importRows(row({ indicator, value, observedOn: '2026' }));
    expect(result.rows[0]?.figure?.value).toBe(expected);
  });

  it.each<[string, string, ImportIssueCode]>([
    ['ai-companies-relocated', '160개사', 'invalid-value'],
    ['ai-companies-relocated', '480만원', 'invalid-value'],
    ['ai-companies-relocated', '88.5%', 'invalid-value'],
    ['ai-companies-relocated', '"12,34"', 'invalid-value'],
    ['ai-companies-relocated', '1e5', 'invalid-value'],
    ['ai-companies-relocated', '.5', 'invalid-value'],
    ['ai-companies-relocated', '+5', 'invalid-value'],
    ['ai-companies-relocated', '(3)', 'invalid-value'],
    ['ai-phase-1-investment', '6천억쯤', 'invalid-value'],
    ['ai-phase-1-investment', '"12,34"', 'invalid-value'],
    ['ai-phase-1-investment', '4만여', 'approximate-value'],
    ['ai-phase-1-investment', '6천여억 원', 'approximate-value'],
    ['ai-phase-1-investment', '1000000000000000000', 'value-out-of-range'],
    ['ai-phase-1-investment', '100경', 'value-out-of-range'],
    ['ai-data-centre-performance', '0.1234567', 'value-out-of-range'],
  ])('%s: refuses %s with %s', (indicator, value, code) => {
    const result = importRows(row({ indicator, value, observedOn: '2026' }));
    expect(result.rows[0]).toMatchObject({
      status: 'error',
      issues: [{ row: 2, column: 'value', code }],
    });
  });

  it('names the unit in an invalid-value issue, so the message can give fitting examples', () => {
    const result = importRows(
      row({ value: '160개사' }),
      row({ indicator: 'nope', value: 'many', observedOn: '2025-10' }),
    );
    expect(result.rows[0]?.issues[0]?.params).toEqual({ value: '160개사', unit: 'COMPANIES' });
    expect(result.rows[1]?.issues.find((issue) => issue.code === 'invalid-value')?.params).toEqual({
      value: 'many',
    });
  });

  it('accepts a Korean amount while the indicator is unknown, and reports only the indicator', () => {
    expect(codesOf(importRows(row({ indicator: 'nope', value: '"6,192억 원"' })))).toEqual([
      'unknown-indicator',
    ]);
  });
});

describe('parseFigureImport: dates', () => {
  it.each([
    ['2025', '2025-01-01', 'YEAR'],
    ['2025-09', '2025-09-01', 'MONTH'],
    ['2025-9', '2025-09-01', 'MONTH'],
    ['2025-09-24', '2025-09-24', 'DAY'],
    ['2025.9.24', '2025-09-24', 'DAY'],
    ['2025.09.24.', '2025-09-24', 'DAY'],
    ['2025. 9. 24.', '2025-09-24', 'DAY'],
    ['2025. 9.', '2025-09-01', 'MONTH'],
    ['2025/09/24', '2025-09-24', 'DAY'],
    ['2025/9', '2025-09-01', 'MONTH'],
    ['2025년 9월 24일', '2025-09-24', 'DAY'],
    ['2025년9월24일', '2025-09-24', 'DAY'],
    ['2025년 9월', '2025-09-01', 'MONTH'],
    ['2025년', '2025-01-01', 'YEAR'],
    ['2024-02-29', '2024-02-29', 'DAY'],
    ['2000-02-29', '2000-02-29', 'DAY'],
  ])('reads %s as %s (%s)', (observedOn, date, precision) => {
    const result = importRows(row({ observedOn }));
    expect(result.rows[0]?.figure).toMatchObject({ observedOn: date, precision });
  });

  it.each<[string, ImportIssueCode]>([
    ['2025-02-30', 'nonexistent-date'],
    ['2023-02-29', 'nonexistent-date'],
    ['1900-02-29', 'nonexistent-date'],
    ['2025-13', 'nonexistent-date'],
    ['2025-00', 'nonexistent-date'],
    ['2025-09-31', 'nonexistent-date'],
    ['2025년 13월', 'nonexistent-date'],
    ['0000', 'nonexistent-date'],
    ['25-09-24', 'invalid-date'],
    ['9/24/2025', 'invalid-date'],
    ['2025-09/24', 'invalid-date'],
    ['2025-09-24T00:00', 'invalid-date'],
    ['20250924', 'invalid-date'],
    ['2025-009', 'invalid-date'],
    ['Sep 2025', 'invalid-date'],
    ['2025.', 'invalid-date'],
    ['작년', 'invalid-date'],
  ])('refuses %s with %s', (observedOn, code) => {
    const result = importRows(row({ observedOn }));
    expect(result.rows[0]).toMatchObject({
      status: 'error',
      issues: [{ column: 'observed_on', code, params: { value: observedOn } }],
    });
  });
});

describe('parseFigureImport: every problem of every row', () => {
  it('reports all of a row’s problems, not only the first', () => {
    const result = importRows('nope,lots,2025-02-30,elsewhere,', 'ai-companies-relocated,,,,');
    expect(result.rows.map((r) => r.issues.map((issue) => [issue.column, issue.code]))).toEqual([
      [
        ['quote', 'required'],
        ['indicator', 'unknown-indicator'],
        ['value', 'invalid-value'],
        ['observed_on', 'nonexistent-date'],
        ['source', 'unknown-source'],
      ],
      [
        ['value', 'required'],
        ['observed_on', 'required'],
        ['source', 'required'],
        ['quote', 'required'],
      ],
    ]);
    expect(result.rows.every((r) => r.status === 'error' && r.figure === undefined)).toBe(true);
    expect(canImport(result)).toBe(false);
  });

  it('suggests the lower-case slug when only the case is wrong', () => {
    const result = importRows(
      row({ indicator: 'AI-Companies-Relocated', source: 'NewsNok-2025-09-Hangzhou' }),
    );
    expect(result.rows[0]?.issues.map((issue) => issue.params)).toEqual([
      { value: 'AI-Companies-Relocated', suggestion: 'ai-companies-relocated' },
      { value: 'NewsNok-2025-09-Hangzhou', suggestion: 'newsnok-2025-09-hangzhou' },
    ]);
  });

  it('flags cells beyond the header (an unquoted 1,234), but not empty ones Excel adds', () => {
    // The unquoted comma shifts every later cell one column to the right.
    const result = importRows(row({ value: '1,234' }), `${row({ observedOn: '2025-10' })},,  ,`);
    expect(result.rows.map((r) => r.issues.map((issue) => [issue.code, issue.params]))).toEqual([
      [
        ['too-many-cells', { expected: 5, actual: 6 }],
        ['invalid-date', { value: '234' }],
        ['unknown-source', { value: '2025-09' }],
      ],
      [],
    ]);
  });
});
