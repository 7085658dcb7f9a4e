/**
 * Won amounts the way readers expect them: Korean groups by four digits (만 10^4, 억 10^8, 조 10^12),
 * English by three (million, billion, trillion). Amounts for reading are exact — 6,192억 must never
 * print as "6,000억" — while axis ticks, which only label gridlines, may be compact floats.
 */
import {
  formatDecimalWithSeparators,
  normalizeDecimal,
  parseDecimal,
  toDecimalString,
} from './exact-decimal.ts';
import type { DecimalString } from './types.ts';

// Four-digit groups from the ones up. 경 (10^16) is far beyond any city budget, but without it a
// 10^16 won figure would print as "10,000조", which reads as a mistake; above it, 경 takes the rest.
const KOREAN_GROUP_LABELS = ['', '만', '억', '조', '경'] as const;

const ENGLISH_SCALES: ReadonlyArray<readonly [label: string, exponent: number]> = [
  ['trillion', 12],
  ['billion', 9],
  ['million', 6],
];

/**
 * "6,192억 원", "1조 2,000억 원", "1억 2,345만 6,789 원": every non-zero group, nothing rounded.
 * Works on the digits as text, not BigInt division: exports format a million of these, and the
 * string slicing is several times cheaper (bench/export-bench.ts).
 */
export function formatKoreanAmount(value: DecimalString): string {
  const canonical = normalizeDecimal(value);
  const negative = canonical.startsWith('-');
  const [integer = '0', fractionDigits] = (negative ? canonical.slice(1) : canonical).split('.');
  const topGroup = KOREAN_GROUP_LABELS.length - 1;
  // groups[0] is the ones, groups[1] the 만, …; '' where a group is all zeros.
  const groups: string[] = [];
  for (let end = integer.length; end > 0;) {
    const start = groups.length === topGroup ? 0 : Math.max(0, end - 4);
    groups.push(integer.slice(start, end).replace(/^0+/, ''));
    end = start;
  }
  const parts: string[] = [];
  for (let group = groups.length - 1; group >= 1; group -= 1) {
    if (groups[group] !== '')
      parts.push(`${groupDigits(groups[group]!)}${KOREAN_GROUP_LABELS[group]}`);
  }
  // The ones group carries any fraction of a won, and stands alone for amounts under 1만 (incl. 0).
  const ones = groups[0] ?? '';
  const fraction = fractionDigits === undefined ? '' : `.${fractionDigits}`;
  if (ones !== '' || fraction !== '' || parts.length === 0)
    parts.push(`${groupDigits(ones || '0')}${fraction}`);
  return `${negative ? '-' : ''}${parts.join(' ')} 원`;
}

/** Thousands separators for one group's digits (no leading zeros); only 경 can exceed four. */
function groupDigits(digits: string): string {
  if (digits.length <= 3) return digits;
  if (digits.length === 4) return `${digits[0]},${digits.slice(1)}`;
  return formatDecimalWithSeparators(digits);
}

/**
 * "KRW 619.2 billion", "KRW 5,000": the largest scale the amount reaches, with as many decimals as it
 * takes to stay exact ("KRW 123.456789 million") — an English reader gets the same figure as a Korean one.
 */
export function formatEnglishAmount(value: DecimalString): string {
  const { sign, integer } = splitAmount(value);
  const magnitude = normalizeDecimal(value).replace(/^-/, '');
  for (const [label, exponent] of ENGLISH_SCALES) {
    if (integer >= 10n ** BigInt(exponent)) {
      const { units, scale } = parseDecimal(magnitude);
      const scaled = normalizeDecimal(toDecimalString({ units, scale: scale + exponent }));
      return `${sign}KRW ${formatDecimalWithSeparators(scaled)} ${label}`;
    }
  }
  return `${sign}KRW ${formatDecimalWithSeparators(magnitude)}`;
}

const KOREAN_TICK_UNITS: ReadonlyArray<readonly [label: string, size: number]> = [
  ['조', 1e12],
  ['억', 1e8],
  ['만', 1e4],
];

const ENGLISH_TICK_UNITS: ReadonlyArray<readonly [label: string, size: number]> = [
  ['T', 1e12],
  ['B', 1e9],
  ['M', 1e6],
  ['K', 1e3],
];

// Two decimals at most: ticks sit on round values, so more digits would only be float noise.
const TICK_NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** Compact gridline label in Korean units: 5e11 → "5,000억", 1.5e12 → "1.5조". Not for figures. */
export function formatKoreanAxisTick(value: number): string {
  return formatAxisTick(value, KOREAN_TICK_UNITS);
}

/** Compact gridline label in English units: 5e11 → "500B", 1e12 → "1T", 2e6 → "2M". Not for figures. */
export function formatEnglishAxisTick(value: number): string {
  return formatAxisTick(value, ENGLISH_TICK_UNITS);
}

function formatAxisTick(value: number, units: ReadonlyArray<readonly [string, number]>): string {
  // A chart library may hand over NaN while data loads; showing it beats throwing inside a render.
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const sign = value < 0 ? '-' : '';
  const magnitude = Math.abs(value);
  for (const [label, size] of units) {
    // Compare after rounding, so 9,999.999억 becomes "1조" rather than "10,000억".
    const count = roundToHundredths(magnitude / size);
    if (count >= 1) return `${sign}${TICK_NUMBER.format(count)}${label}`;
  }
  return `${sign}${TICK_NUMBER.format(magnitude)}`;
}

function roundToHundredths(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Sign and whole won of an amount (any fraction dropped: the English scale depends on the integer). */
function splitAmount(value: DecimalString): { sign: '' | '-'; integer: bigint } {
  const canonical = normalizeDecimal(value);
  const negative = canonical.startsWith('-');
  const [integerPart = '0'] = (negative ? canonical.slice(1) : canonical).split('.');
  return { sign: negative ? '-' : '', integer: BigInt(integerPart) };
}
