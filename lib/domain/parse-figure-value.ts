/**
 * Reads a reported value as staff type it, in a form or a CSV cell: a plain decimal ("6192",
 * "88.5", "1,234", "-3"), "88.5%" for a percentage (Excel writes percent cells that way), and for
 * a won indicator a Korean amount ("6,192억 원", "480만원") or this app's own "KRW 619.2 billion".
 * An approximate amount ("4만여") is refused: the figure would claim a precision the source does
 * not give. `unit` undefined (indicator not known yet) accepts every form.
 */
import { normalizeDecimal } from './exact-decimal.ts';
import { AmountParseError, parseEnglishAmount, parseKoreanAmount } from './parse-korean-amount.ts';
import type { DecimalString, Unit } from './types.ts';

export type FigureValueProblem = 'invalid-value' | 'approximate-value' | 'value-out-of-range';
export type FigureValueResult =
  { ok: true; value: DecimalString } | { ok: false; code: FigureValueProblem };

// Thousands separators only in their proper places: "12,34" could be a European decimal, so it is refused.
const PLAIN_NUMBER = /^-?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;
const HANGUL = /[\uac00-\ud7a3]/;
// The database column is numeric(24, 6); PostgreSQL would round a seventh decimal away silently.
export const MAX_INTEGER_DIGITS = 18;
export const MAX_FRACTION_DIGITS = 6;

export function parseFigureValue(input: string, unit: Unit | undefined): FigureValueResult {
  const text = input.trim();
  const number =
    text.endsWith('%') && (unit === 'PERCENT' || unit === undefined)
      ? text.slice(0, -1).trimEnd()
      : text;
  let value: DecimalString;
  if (PLAIN_NUMBER.test(number)) {
    value = normalizeDecimal(number.replaceAll(',', ''));
  } else if (unit === 'KRW' || unit === undefined) {
    const amount = readWonAmount(text);
    if (amount === undefined) return { ok: false, code: 'invalid-value' };
    if (amount.approximate) return { ok: false, code: 'approximate-value' };
    value = amount.value;
  } else {
    return { ok: false, code: 'invalid-value' };
  }
  const [integerPart = '', fractionPart = ''] = value.replace('-', '').split('.');
  const fits =
    integerPart.length <= MAX_INTEGER_DIGITS && fractionPart.length <= MAX_FRACTION_DIGITS;
  return fits ? { ok: true, value } : { ok: false, code: 'value-out-of-range' };
}

/** "6,192억 원", "480만원" or "KRW 619.2 billion"; undefined when it is neither. */
function readWonAmount(text: string): { value: DecimalString; approximate: boolean } | undefined {
  try {
    if (/^-?\s*KRW\b/i.test(text)) return parseEnglishAmount(text);
    // Without a Korean unit it is not a Korean amount, and parseKoreanAmount would read "12,34" as 1234.
    return HANGUL.test(text) ? parseKoreanAmount(text) : undefined;
  } catch (error) {
    if (error instanceof AmountParseError) return undefined;
    throw error;
  }
}
