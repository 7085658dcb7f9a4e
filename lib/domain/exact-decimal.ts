/**
 * Exact arithmetic on decimal text. Figures arrive from the database as DecimalString ("619200000000",
 * "88.5") and must reach the screen and the exports digit for digit, so everything here works on
 * BigInt "units at a scale" (88.5 = 885 units at scale 1) and never on a JS number.
 */
import type { DecimalString } from './types.ts';

/** A decimal as an integer count of 10^-scale steps: "88.50" is { units: 8850n, scale: 2 }. */
export interface ParsedDecimal {
  units: bigint;
  scale: number;
}

// Deliberately narrow: no "+", no exponent, no ".5" — the database and the seed file write decimals
// this one way, so anything else is a bug upstream that should surface here rather than be guessed at.
const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

/** True when `value` is a DecimalString in the one accepted spelling. */
export function isDecimalString(value: unknown): value is DecimalString {
  return typeof value === 'string' && DECIMAL_PATTERN.test(value);
}

export function parseDecimal(value: DecimalString): ParsedDecimal {
  if (!isDecimalString(value)) {
    throw new Error(
      `Not an exact decimal: ${describe(value)}. Expected digits with an optional leading "-" and ` +
        `an optional ".digits" part, e.g. "619200000000" or "88.5".`,
    );
  }
  const negative = value.startsWith('-');
  const [integerPart = '', fractionPart = ''] = (negative ? value.slice(1) : value).split('.');
  const magnitude = BigInt(integerPart + fractionPart);
  return { units: negative ? -magnitude : magnitude, scale: fractionPart.length };
}

/** Writes units at a scale back as text, keeping every fractional digit the scale asks for. */
export function toDecimalString({ units, scale }: ParsedDecimal): DecimalString {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(scale + 1, '0');
  const integerPart = digits.slice(0, digits.length - scale);
  const fractionPart = scale > 0 ? `.${digits.slice(digits.length - scale)}` : '';
  // BigInt has no negative zero, so "-0" and "-0.00" come out unsigned.
  return `${negative ? '-' : ''}${integerPart}${fractionPart}`;
}

// Already canonical: no leading zeros, no trailing fractional zeros, no "-0". Exports normalize
// millions of values that almost all look like this, so it is checked before any BigInt work.
const CANONICAL = /^(?:0|-?[1-9]\d*|-?0\.\d*[1-9]|-?[1-9]\d*\.\d*[1-9])$/;

/** The canonical spelling of a value: "88.50" → "88.5", "007" → "7", "-0" → "0". */
export function normalizeDecimal(value: DecimalString): DecimalString {
  if (CANONICAL.test(value)) return value;
  return toDecimalString(stripTrailingZeros(parseDecimal(value)));
}

/**
 * The value times 10^scale as a BigInt ("88.5" at scale 2 → 8850n). Throws rather than truncate when
 * the value has non-zero digits finer than `scale`, because a silently dropped digit is a wrong figure.
 */
export function toScaledBigInt(value: DecimalString, scale: number): bigint {
  if (!Number.isInteger(scale) || scale < 0) {
    throw new Error(`Scale must be a non-negative integer, got ${describe(scale)}.`);
  }
  const parsed = stripTrailingZeros(parseDecimal(value));
  if (parsed.scale > scale) {
    throw new Error(
      `"${value}" has ${parsed.scale} decimal places and cannot be written exactly at scale ${scale}.`,
    );
  }
  return parsed.units * 10n ** BigInt(scale - parsed.scale);
}

export function compareDecimals(a: DecimalString, b: DecimalString): -1 | 0 | 1 {
  const [left, right] = toCommonScale(parseDecimal(a), parseDecimal(b));
  return left < right ? -1 : left > right ? 1 : 0;
}

export function subtractDecimals(a: DecimalString, b: DecimalString): DecimalString {
  const left = parseDecimal(a);
  const right = parseDecimal(b);
  const [l, r] = toCommonScale(left, right);
  return normalizeDecimal(
    toDecimalString({ units: l - r, scale: Math.max(left.scale, right.scale) }),
  );
}

/**
 * numerator / denominator as a float, for display ratios only (6192억 / 5000억 → 1.2384). The division
 * is done in BigInt to at least 20 significant digits — more than a double holds — and only the final
 * decimal text is turned into a number, so the result is as close as a double can get.
 */
/**
 * A float for what is estimated or drawn anyway (ratios, projections, chart positions), never for
 * a figure shown or stored: those stay decimal strings. Past 2^53 it is the nearest double.
 */
export function toApproximateNumber(value: DecimalString): number {
  const { units, scale } = parseDecimal(value);
  return Number(units) / 10 ** scale;
}

export function ratioOf(numerator: DecimalString, denominator: DecimalString): number {
  const n = parseDecimal(numerator);
  const d = parseDecimal(denominator);
  if (d.units === 0n) {
    throw new Error(
      `Cannot take the ratio ${numerator} / ${denominator}: the denominator is zero.`,
    );
  }
  let [num, den] = toCommonScale(n, d);
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const numDigits = (num < 0n ? -num : num).toString().length;
  const extraDigits = Math.max(0, 20 + den.toString().length - numDigits);
  const quotient = (num * 10n ** BigInt(extraDigits)) / den;
  return Number(toDecimalString({ units: quotient, scale: extraDigits }));
}

/**
 * Thousands separators on the integer part, fractional digits untouched: "1234567.50" → "1,234,567.50".
 * Leading zeros go ("007" → "7"); trailing ones stay, because choosing them is the caller's business.
 */
export function formatDecimalWithSeparators(value: DecimalString): string {
  const canonical = CANONICAL.test(value) ? value : toDecimalString(parseDecimal(value));
  const negative = canonical.startsWith('-');
  const [integerPart = '', fractionPart] = (negative ? canonical.slice(1) : canonical).split('.');
  const grouped = integerPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${fractionPart === undefined ? '' : `.${fractionPart}`}`;
}

function stripTrailingZeros({ units, scale }: ParsedDecimal): ParsedDecimal {
  while (scale > 0 && units % 10n === 0n) {
    units /= 10n;
    scale -= 1;
  }
  return { units, scale };
}

function toCommonScale(a: ParsedDecimal, b: ParsedDecimal): [bigint, bigint] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * 10n ** BigInt(scale - a.scale), b.units * 10n ** BigInt(scale - b.scale)];
}

function describe(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : `${String(value)} (${typeof value})`;
}
