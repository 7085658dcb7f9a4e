/**
 * Won amounts the way readers expect them: Korean groups by four digits (만 10^4, 억 10^8, 조 10^12),
 * English by three (million, billion, trillion). Amounts for reading are exact — 6,192억 must never
 * print as "6,000억" — while axis ticks, which only label gridlines, may be compact floats.
 */
import { formatDecimalWithSeparators, normalizeDecimal, parseDecimal, toDecimalString } from './exact-decimal.ts';
import type { DecimalString } from './types.ts';

// Largest first. 경 (10^16) is far beyond any city budget, but without it a 10^16 won figure would
// print as "10,000조", which reads as a mistake.
const KOREAN_GROUPS: ReadonlyArray<readonly [label: string, size: bigint]> = [
  ['경', 10n ** 16n],
  ['조', 10n ** 12n],
  ['억', 10n ** 8n],
  ['만', 10n ** 4n],
];

const ENGLISH_SCALES: ReadonlyArray<readonly [label: string, exponent: number]> = [
  ['trillion', 12],
  ['billion', 9],
  ['million', 6],
];

/** "6,192억 원", "1조 2,000억 원", "1억 2,345만 6,789 원": every non-zero group, nothing rounded. */
export function formatKoreanAmount(value: DecimalString): string {
  const { sign, integer, fraction } = splitAmount(value);
  const parts: string[] = [];
  let rest = integer;
  for (const [label, size] of KOREAN_GROUPS) {
    const count = rest / size;
    rest %= size;
    if (count > 0n) parts.push(`${formatDecimalWithSeparators(count.toString())}${label}`);
  }
  // The ones group carries any fraction of a won, and stands alone for amounts under 1만 (incl. 0).
  if (rest > 0n || fraction !== '' || parts.length === 0) {
    parts.push(`${formatDecimalWithSeparators(rest.toString())}${fraction}`);
  }
  return `${sign}${parts.join(' ')} 원`;
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

/** Sign, whole won and the fractional part (with its dot, or '') of a canonical amount. */
function splitAmount(value: DecimalString): { sign: '' | '-'; integer: bigint; fraction: string } {
  const canonical = normalizeDecimal(value);
  const negative = canonical.startsWith('-');
  const [integerPart = '0', fractionPart] = (negative ? canonical.slice(1) : canonical).split('.');
  return {
    sign: negative ? '-' : '',
    integer: BigInt(integerPart),
    fraction: fractionPart === undefined ? '' : `.${fractionPart}`,
  };
}
