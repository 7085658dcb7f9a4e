import { describe, expect, it } from 'vitest';
import { parseFigureValue } from './parse-figure-value.ts';

describe('parseFigureValue', () => {
  it.each([
    ['6192', 'COMPANIES', '6192'],
    ['1,234', 'COMPANIES', '1234'],
    ['88.5', 'PETAFLOPS', '88.5'],
    ['88.50', 'PETAFLOPS', '88.5'],
    ['-3', 'PERCENT', '-3'],
    [' 45 ', 'PERCENT', '45'],
    ['6,192억 원', 'KRW', '619200000000'],
    ['480만원', 'KRW', '4800000'],
    ['1조 2,000억', 'KRW', '1200000000000'],
    ['619200000000', 'KRW', '619200000000'],
  ] as const)('%j (%s) → %s', (input, unit, value) => {
    expect(parseFigureValue(input, unit)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'COMPANIES', 'invalid-value'],
    ['6,192억', 'COMPANIES', 'invalid-value'],
    ['1,23', 'COMPANIES', 'invalid-value'],
    ['12a', 'PEOPLE', 'invalid-value'],
    ['1e6', 'PEOPLE', 'invalid-value'],
    ['6천억쯤', 'KRW', 'invalid-value'],
    ['4만여 원', 'KRW', 'approximate-value'],
  ] as const)('refuses %j (%s) with %s', (input, unit, code) => {
    expect(parseFigureValue(input, unit)).toEqual({ ok: false, code });
  });
});
