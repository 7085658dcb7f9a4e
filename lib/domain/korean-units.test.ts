import { describe, it, expect } from 'vitest';
import {
  formatEnglishAmount,
  formatEnglishAxisTick,
  formatKoreanAmount,
  formatKoreanAxisTick,
} from './korean-units.ts';

describe('formatKoreanAmount', () => {
  it.each([
    ['619200000000', '6,192억 원'],
    ['1200000000000', '1조 2,000억 원'],
    ['1000000000000', '1조 원'],
    ['4800000', '480만 원'],
    ['1000000', '100만 원'],
    ['200000', '20만 원'],
    ['426900000000', '4,269억 원'],
    ['123456789', '1억 2,345만 6,789 원'],
    ['5000', '5,000 원'],
    ['0', '0 원'],
    ['-0', '0 원'],
    ['-619200000000', '-6,192억 원'],
    ['500000000000', '5,000억 원'],
    ['1000000000001', '1조 1 원'],
    ['100000010000', '1,000억 1만 원'],
    ['10000000000000000', '1경 원'],
    ['123456789012345678901', '12,345경 6,789조 123억 4,567만 8,901 원'],
    ['619200000000.00', '6,192억 원'],
    ['1234.5', '1,234.5 원'],
    ['100000000.5', '1억 0.5 원'],
  ])('%s → %s', (value, expected) => {
    expect(formatKoreanAmount(value)).toBe(expected);
  });

  it('rejects a value that is not an exact decimal', () => {
    expect(() => formatKoreanAmount('6,192억')).toThrow('"6,192억"');
  });
});

describe('formatEnglishAmount', () => {
  it.each([
    ['619200000000', 'KRW 619.2 billion'],
    ['1200000000000', 'KRW 1.2 trillion'],
    ['4800000', 'KRW 4.8 million'],
    ['1000000', 'KRW 1 million'],
    ['5000', 'KRW 5,000'],
    ['200000', 'KRW 200,000'],
    ['0', 'KRW 0'],
    ['123456789', 'KRW 123.456789 million'],
    ['426900000000', 'KRW 426.9 billion'],
    ['1000000000000', 'KRW 1 trillion'],
    ['1200000000000000', 'KRW 1,200 trillion'],
    ['999999999', 'KRW 999.999999 million'],
    ['1000000.5', 'KRW 1.0000005 million'],
    ['-619200000000', '-KRW 619.2 billion'],
    ['-5000', '-KRW 5,000'],
    ['1234.50', 'KRW 1,234.5'],
  ])('%s → %s', (value, expected) => {
    expect(formatEnglishAmount(value)).toBe(expected);
  });
});

describe('formatKoreanAxisTick', () => {
  it.each([
    [0, '0'],
    [-0, '0'],
    [500_000_000_000, '5,000억'],
    [1_000_000_000_000, '1조'],
    [1_500_000_000_000, '1.5조'],
    [2_000_000, '200만'],
    [100_000_000, '1억'],
    [250_000_000, '2.5억'],
    [5_000, '5,000'],
    [0.5, '0.5'],
    [-1_000_000_000_000, '-1조'],
    [999_999_900_000, '1조'],
    [12_000_000_000_000_000, '12,000조'],
    [Number.NaN, 'NaN'],
  ])('%s → %s', (value, expected) => {
    expect(formatKoreanAxisTick(value)).toBe(expected);
  });
});

describe('formatEnglishAxisTick', () => {
  it.each([
    [0, '0'],
    [500_000_000_000, '500B'],
    [1_000_000_000_000, '1T'],
    [2_000_000, '2M'],
    [1_500_000_000_000, '1.5T'],
    [5_000, '5K'],
    [500, '500'],
    [-2_000_000, '-2M'],
    [999_999_000, '1B'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
  ])('%s → %s', (value, expected) => {
    expect(formatEnglishAxisTick(value)).toBe(expected);
  });
});
