import { describe, it, expect } from 'vitest';
import {
  compareDecimals,
  formatDecimalWithSeparators,
  isDecimalString,
  normalizeDecimal,
  parseDecimal,
  toApproximateNumber,
  ratioOf,
  subtractDecimals,
  toDecimalString,
  toScaledBigInt,
} from './exact-decimal.ts';

describe('parseDecimal', () => {
  it.each([
    ['619200000000', 619_200_000_000n, 0],
    ['88.5', 885n, 1],
    ['88.50', 8850n, 2],
    ['-45', -45n, 0],
    ['-0.05', -5n, 2],
    ['0', 0n, 0],
    ['-0', 0n, 0],
    ['123456789012345678901234567890', 123456789012345678901234567890n, 0],
  ])('%s → %s at scale %i', (input, units, scale) => {
    expect(parseDecimal(input)).toEqual({ units, scale });
  });

  it.each([
    '',
    ' 1',
    '1 ',
    '+1',
    '.5',
    '5.',
    '1e6',
    '1,000',
    'abc',
    '--1',
    '0x10',
    '1.2.3',
    '１２',
  ])('rejects %j and names it in the error', (input) => {
    expect(() => parseDecimal(input)).toThrow(JSON.stringify(input));
  });

  it.each([[null], [undefined], [12]])('rejects non-string %s', (input) => {
    expect(() => parseDecimal(input as unknown as string)).toThrow(/Not an exact decimal/);
  });
});

describe('isDecimalString', () => {
  it.each([
    ['88.5', true],
    ['-45', true],
    ['+45', false],
    ['-abc', false],
    [45, false],
  ])('%j → %s', (input, expected) => {
    expect(isDecimalString(input)).toBe(expected);
  });
});

describe('toDecimalString', () => {
  it.each([
    [885n, 1, '88.5'],
    [8850n, 2, '88.50'],
    [5n, 3, '0.005'],
    [-5n, 3, '-0.005'],
    [0n, 2, '0.00'],
    [619_200_000_000n, 0, '619200000000'],
  ])('%s at scale %i → %s', (units, scale, expected) => {
    expect(toDecimalString({ units, scale })).toBe(expected);
  });
});

describe('normalizeDecimal', () => {
  it.each([
    ['88.50', '88.5'],
    ['88.0', '88'],
    ['-0', '0'],
    ['-0.000', '0'],
    ['007', '7'],
    ['0.10', '0.1'],
    ['-12.300', '-12.3'],
    ['619200000000', '619200000000'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeDecimal(input)).toBe(expected);
  });
});

describe('toScaledBigInt', () => {
  it.each([
    ['88.5', 2, 8850n],
    ['88.50', 1, 885n],
    ['-45', 0, -45n],
    ['1.5', 3, 1500n],
    ['619200000000', 0, 619_200_000_000n],
  ])('%s at scale %i → %s', (input, scale, expected) => {
    expect(toScaledBigInt(input, scale)).toBe(expected);
  });

  it.each([
    ['88.55', 1, /cannot be written exactly at scale 1/],
    ['1', -1, /non-negative integer/],
    ['1', 1.5, /non-negative integer/],
  ])('%s at scale %s throws', (input, scale, message) => {
    expect(() => toScaledBigInt(input, scale)).toThrow(message);
  });
});

describe('compareDecimals', () => {
  it.each([
    ['1', '2', -1],
    ['2', '1', 1],
    ['88.5', '88.50', 0],
    ['-0', '0', 0],
    ['-1', '0.5', -1],
    ['619200000000', '500000000000', 1],
    ['0.1', '0.09', 1],
    ['-0.1', '-0.09', -1],
    ['100000000000000000000001', '100000000000000000000000', 1],
  ] as const)('%s vs %s → %i', (a, b, expected) => {
    expect(compareDecimals(a, b)).toBe(expected);
  });
});

describe('subtractDecimals', () => {
  it.each([
    ['619200000000', '500000000000', '119200000000'],
    ['88.5', '0.25', '88.25'],
    ['1', '1.00', '0'],
    ['0', '45', '-45'],
    ['10000000000000000000000.1', '0.1', '10000000000000000000000'],
  ])('%s − %s = %s', (a, b, expected) => {
    expect(subtractDecimals(a, b)).toBe(expected);
  });
});

describe('ratioOf', () => {
  it.each([
    ['619200000000', '500000000000', 1.2384],
    ['1', '3', 1 / 3],
    ['2', '3', 2 / 3],
    ['-1', '4', -0.25],
    ['1', '-4', -0.25],
    ['-1', '-4', 0.25],
    ['0', '7', 0],
    ['88.5', '100', 0.885],
    ['0.001', '1000000000000', 1e-15],
    ['1000000000000000000000000000000', '1', 1e30],
    ['123456789012345678901234567890', '1', 1.2345678901234568e29],
  ])('%s / %s → %s', (numerator, denominator, expected) => {
    expect(ratioOf(numerator, denominator)).toBe(expected);
  });

  it('refuses a zero denominator', () => {
    expect(() => ratioOf('1', '0.00')).toThrow(/denominator is zero/);
  });
});

describe('formatDecimalWithSeparators', () => {
  it.each([
    ['0', '0'],
    ['999', '999'],
    ['1000', '1,000'],
    ['619200000000', '619,200,000,000'],
    ['1234567.891', '1,234,567.891'],
    ['1234.50', '1,234.50'],
    ['-1166', '-1,166'],
    ['007', '7'],
    ['-0', '0'],
  ])('%s → %s', (input, expected) => {
    expect(formatDecimalWithSeparators(input)).toBe(expected);
  });
});

describe('toApproximateNumber', () => {
  it.each<[string, number]>([
    ['619200000000', 619_200_000_000],
    ['0', 0],
    ['88.5', 88.5],
    ['88.50', 88.5],
    ['0.1', 0.1],
    ['-45', -45],
    // Past 2^53 the float is the nearest double; the exact digits live in `value`.
    ['123456789012345678', 123456789012345680],
  ])('%s → %s', (value, expected) => {
    expect(toApproximateNumber(value)).toBe(expected);
  });
});
