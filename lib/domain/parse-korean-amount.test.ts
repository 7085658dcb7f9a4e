import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatExactValue } from './format-value.ts';
import { formatEnglishAmount, formatKoreanAmount } from './korean-units.ts';
import { parseEnglishAmount, parseKoreanAmount } from './parse-korean-amount.ts';

describe('parseKoreanAmount', () => {
  it.each([
    ['6,192억 원', '619200000000', false],
    ['6192억원', '619200000000', false],
    ['5000억', '500000000000', false],
    ['1조 2,000억 원', '1200000000000', false],
    ['1조원', '1000000000000', false],
    ['1조 2천억', '1200000000000', false],
    ['1.5조', '1500000000000', false],
    ['4269억원', '426900000000', false],
    ['480만 원', '4800000', false],
    ['20만원', '200000', false],
    ['100만원', '1000000', false],
    ['3천5백만 원', '35000000', false],
    ['천억', '100000000000', false],
    ['1억 2,345만 6,789 원', '123456789', false],
    ['619,200,000,000원', '619200000000', false],
    ['5,000 원', '5000', false],
    ['0 원', '0', false],
    ['-5,000 원', '-5000', false],
    ['4만여', '40000', true],
    ['6천여억 원', '600000000000', true],
    ['1,600여', '1600', true],
    ['  1 조   2,000 억  ', '1200000000000', false],
    ['0.5억', '50000000', false],
    ['1,234.5 원', '1234.5', false],
  ])('reads %s as %s won (approximate: %s)', (text, value, approximate) => {
    expect(parseKoreanAmount(text)).toEqual({ value, approximate });
  });

  it.each([
    ['', /there is no number/],
    ['원', /there is no number/],
    ['억조', /comes after a smaller or equal unit/],
    ['2,000억 1조', /comes after a smaller or equal unit/],
    ['1만 2만', /comes after a smaller or equal unit/],
    ['육천억', /unexpected "육" at character 1/],
    ['12억 34 56', /two numbers are separated by a space/],
    ['5억 달러', /unexpected/],
  ])('refuses %j with a message saying what is wrong', (text, message) => {
    expect(() => parseKoreanAmount(text)).toThrow(message);
  });
});

describe('parseEnglishAmount', () => {
  it.each([
    ['KRW 619.2 billion', '619200000000'],
    ['KRW 1 trillion', '1000000000000'],
    ['KRW 4.8 million', '4800000'],
    ['KRW 5,000', '5000'],
    ['-KRW 5,000', '-5000'],
    ['KRW 123.456789 million', '123456789'],
  ])('reads %s as %s won', (text, value) => {
    expect(parseEnglishAmount(text)).toEqual({ value, approximate: false });
  });

  it('refuses text that is not an amount, naming the expected form', () => {
    expect(() => parseEnglishAmount('619 billion won')).toThrow(/expected "KRW <number>/);
  });
});

describe('round trips: every exact format reads back to the same value', () => {
  const wholeWon = fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }).map((n) => n.toString());
  const withFraction = fc
    .tuple(fc.bigInt({ min: 0n, max: 10n ** 18n }), fc.integer({ min: 1, max: 999_999 }))
    .map(([whole, fraction]) => `${whole}.${String(fraction).padStart(6, '0')}`.replace(/0+$/, ''));

  it('parseKoreanAmount(formatKoreanAmount(x)) = x', () => {
    fc.assert(
      fc.property(fc.oneof(wholeWon, withFraction), (value) => {
        expect(parseKoreanAmount(formatKoreanAmount(value)).value).toBe(value);
      }),
    );
  });

  it('parseKoreanAmount(formatExactValue(x, KRW, ko)) = x', () => {
    fc.assert(
      fc.property(wholeWon, (value) => {
        expect(parseKoreanAmount(formatExactValue(value, 'KRW', 'ko')).value).toBe(value);
      }),
    );
  });

  it('parseEnglishAmount(formatEnglishAmount(x)) = x', () => {
    fc.assert(
      fc.property(wholeWon, (value) => {
        expect(parseEnglishAmount(formatEnglishAmount(value)).value).toBe(value);
      }),
    );
  });
});
