/**
 * Reads a reported value as staff type it: a plain decimal ("6192", "88.5", "1,234", "-3"), or,
 * for a won indicator, a Korean amount ("6,192억 원", "480만원"). An approximate amount ("4만여")
 * is refused: the figure would claim a precision the source does not give.
 */
import { normalizeDecimal } from './exact-decimal.ts';
import { AmountParseError, parseKoreanAmount } from './parse-korean-amount.ts';
import type { DecimalString, Unit } from './types.ts';

export type FigureValueResult = { ok: true; value: DecimalString } | { ok: false; code: 'invalid-value' | 'approximate-value' };

// Thousands separators must group by three ("1,234,567"), so "1,23" is a typo, not 123.
const PLAIN_DECIMAL = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

export function parseFigureValue(input: string, unit: Unit): FigureValueResult {
  const text = input.trim();
  if (PLAIN_DECIMAL.test(text)) return { ok: true, value: normalizeDecimal(text.replace(/,/g, '')) };
  if (unit !== 'KRW') return { ok: false, code: 'invalid-value' };
  try {
    const amount = parseKoreanAmount(text);
    return amount.approximate ? { ok: false, code: 'approximate-value' } : { ok: true, value: amount.value };
  } catch (error) {
    if (error instanceof AmountParseError) return { ok: false, code: 'invalid-value' };
    throw error;
  }
}
