import { describe, it, expect } from 'vitest';
import { formatExactValue, formatValue, unitLabel } from './format-value.ts';
import { UNITS, type Locale, type Unit } from './types.ts';

describe('formatValue', () => {
  it.each<[string, Unit, Locale, string]>([
    ['619200000000', 'KRW', 'ko', '6,192억 원'],
    ['619200000000', 'KRW', 'en', 'KRW 619.2 billion'],
    ['1200000000000', 'KRW', 'ko', '1조 2,000억 원'],
    ['4800000', 'KRW', 'en', 'KRW 4.8 million'],
    ['45', 'PERCENT', 'ko', '45%'],
    ['45', 'PERCENT', 'en', '45%'],
    ['-45', 'PERCENT', 'ko', '-45%'],
    ['12.50', 'PERCENT', 'en', '12.5%'],
    ['160', 'COMPANIES', 'ko', '160개사'],
    ['160', 'COMPANIES', 'en', '160 companies'],
    ['1', 'COMPANIES', 'en', '1 company'],
    ['1.0', 'COMPANIES', 'en', '1 company'],
    ['0', 'COMPANIES', 'en', '0 companies'],
    ['1166', 'ORGANIZATIONS', 'ko', '1,166곳'],
    ['1166', 'ORGANIZATIONS', 'en', '1,166 organisations'],
    ['1', 'ORGANIZATIONS', 'en', '1 organisation'],
    ['155', 'PEOPLE', 'ko', '155명'],
    ['155', 'PEOPLE', 'en', '155 people'],
    ['1', 'PEOPLE', 'en', '1 person'],
    ['12000', 'PEOPLE', 'ko', '12,000명'],
    ['88.5', 'PETAFLOPS', 'ko', '88.5 PF'],
    ['88.50', 'PETAFLOPS', 'en', '88.5 PF'],
    ['24', 'MONTHS', 'ko', '24개월'],
    ['24', 'MONTHS', 'en', '24 months'],
    ['1', 'MONTHS', 'en', '1 month'],
    ['1.5', 'MONTHS', 'en', '1.5 months'],
    ['2', 'FACILITIES', 'ko', '2곳'],
    ['2', 'FACILITIES', 'en', '2 facilities'],
    ['1', 'FACILITIES', 'en', '1 facility'],
    ['1234567.891', 'PEOPLE', 'en', '1,234,567.891 people'],
  ])('%s %s (%s) → %s', (value, unit, locale, expected) => {
    expect(formatValue(value, unit, locale)).toBe(expected);
  });

  it('rejects a value that is not an exact decimal, naming it', () => {
    expect(() => formatValue('1,166', 'ORGANIZATIONS', 'ko')).toThrow('"1,166"');
  });
});

describe('formatExactValue', () => {
  it.each<[string, Unit, Locale, string]>([
    ['619200000000', 'KRW', 'ko', '619,200,000,000원'],
    ['619200000000', 'KRW', 'en', 'KRW 619,200,000,000'],
    ['-5000', 'KRW', 'ko', '-5,000원'],
    ['-5000', 'KRW', 'en', '-KRW 5,000'],
    ['0', 'KRW', 'ko', '0원'],
    ['1234.50', 'KRW', 'ko', '1,234.5원'],
    ['88.5', 'PETAFLOPS', 'ko', '88.5 PF'],
    ['88.5', 'PETAFLOPS', 'en', '88.5 PF'],
    ['45', 'PERCENT', 'en', '45%'],
    ['1166', 'ORGANIZATIONS', 'ko', '1,166곳'],
    ['160', 'COMPANIES', 'en', '160 companies'],
  ])('%s %s (%s) → %s', (value, unit, locale, expected) => {
    expect(formatExactValue(value, unit, locale)).toBe(expected);
  });
});

describe('unitLabel', () => {
  it.each<[Unit, string, string]>([
    ['KRW', '원', 'KRW'],
    ['PERCENT', '%', '%'],
    ['COMPANIES', '개사', 'companies'],
    ['ORGANIZATIONS', '곳', 'organisations'],
    ['PEOPLE', '명', 'people'],
    ['PETAFLOPS', 'PF', 'PF'],
    ['MONTHS', '개월', 'months'],
    ['FACILITIES', '곳', 'facilities'],
  ])('%s → %s / %s', (unit, ko, en) => {
    expect(unitLabel(unit, 'ko')).toBe(ko);
    expect(unitLabel(unit, 'en')).toBe(en);
  });

  it('covers every unit of the shared vocabulary', () => {
    for (const unit of UNITS) expect(unitLabel(unit, 'ko')).not.toBe('');
  });

  it('rejects a unit outside the vocabulary', () => {
    expect(() => unitLabel('LITRES' as Unit, 'en')).toThrow('"LITRES"');
  });
});
