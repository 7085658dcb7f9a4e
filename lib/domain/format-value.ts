/**
 * The display text of a reported figure or target in its unit. Values stay exact: trailing zeros are
 * dropped ("88.50" → "88.5", same value) but no digit is ever rounded away.
 */
import { formatDecimalWithSeparators, normalizeDecimal } from './exact-decimal.ts';
import { formatEnglishAmount, formatKoreanAmount } from './korean-units.ts';
import type { DecimalString, Locale, Unit } from './types.ts';

/**
 * Korean counters attach to the number without a space ("160개사"); PF and % are symbols, and
 * Korean writes "88.5 PF" with a space like English does. English labels are plurals; see ENGLISH_SINGULAR.
 */
const UNIT_LABELS: Record<Unit, Record<Locale, string>> = {
  KRW: { ko: '원', en: 'KRW' },
  PERCENT: { ko: '%', en: '%' },
  COMPANIES: { ko: '개사', en: 'companies' },
  ORGANIZATIONS: { ko: '곳', en: 'organisations' },
  PEOPLE: { ko: '명', en: 'people' },
  PETAFLOPS: { ko: 'PF', en: 'PF' },
  MONTHS: { ko: '개월', en: 'months' },
  FACILITIES: { ko: '곳', en: 'facilities' },
};

// Korean counters do not inflect; English nouns do, and "1 companies" reads as a bug.
const ENGLISH_SINGULAR: Partial<Record<Unit, string>> = {
  COMPANIES: 'company',
  ORGANIZATIONS: 'organisation',
  PEOPLE: 'person',
  MONTHS: 'month',
  FACILITIES: 'facility',
};

/** The unit as a column header or legend would name it: "원"/"KRW", "%", "개사"/"companies". */
export function unitLabel(unit: Unit, locale: Locale): string {
  const labels = UNIT_LABELS[unit];
  if (labels === undefined) throw new Error(`Unknown unit ${JSON.stringify(unit)}.`);
  return labels[locale];
}

/**
 * How a chart shows won: in 억/조 (or million/billion) as people read them, or in full digits to
 * check against a source. The URL's `units` parameter and the chart image carry the same choice.
 */
export const AMOUNT_DISPLAYS = ['korean', 'exact'] as const;
export type AmountDisplay = (typeof AMOUNT_DISPLAYS)[number];
export const DEFAULT_AMOUNT_DISPLAY: AmountDisplay = 'korean';

/** A figure for reading: won in 억/조 or million/billion ("6,192억 원"), counts with their counter ("160개사"). */
export function formatValue(value: DecimalString, unit: Unit, locale: Locale): string {
  if (unit === 'KRW')
    return locale === 'ko' ? formatKoreanAmount(value) : formatEnglishAmount(value);
  return formatCount(value, unit, locale);
}

/**
 * A figure for tables and exports, in base units with separators ("619,200,000,000원"), so it can be
 * checked digit by digit against the source. Only won differ from formatValue: other units already
 * print in full.
 */
export function formatExactValue(value: DecimalString, unit: Unit, locale: Locale): string {
  if (unit !== 'KRW') return formatCount(value, unit, locale);
  const grouped = formatDecimalWithSeparators(normalizeDecimal(value));
  if (locale === 'ko') return `${grouped}원`;
  // Sign in front of the currency code, matching formatEnglishAmount ("-KRW 5,000").
  return grouped.startsWith('-') ? `-KRW ${grouped.slice(1)}` : `KRW ${grouped}`;
}

function formatCount(value: DecimalString, unit: Unit, locale: Locale): string {
  const canonical = normalizeDecimal(value);
  const number = formatDecimalWithSeparators(canonical);
  const label = unitLabel(unit, locale);
  switch (unit) {
    case 'PERCENT':
      return `${number}%`;
    case 'PETAFLOPS':
      return `${number} ${label}`;
    default: {
      if (locale === 'ko') return `${number}${label}`;
      const isOne = canonical === '1' || canonical === '-1';
      return `${number} ${isOne ? (ENGLISH_SINGULAR[unit] ?? label) : label}`;
    }
  }
}
