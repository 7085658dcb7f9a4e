/**
 * Reads won amounts as Korean writers print them — "6,192억 원", "1조 2,000억", "480만원", "1.5조",
 * "2천억", "4만여 원" — and the English forms this app writes ("KRW 619.2 billion"), into exact
 * decimal strings. The inverse of korean-units.ts: parse(format(x)) = x for every exact value.
 * "여" ("some", as in 4만여 = "over 40,000") is kept as a flag, never silently dropped.
 */
import { normalizeDecimal, parseDecimal, toDecimalString } from './exact-decimal.ts';
import type { DecimalString } from './types.ts';

export interface ParsedAmount {
  /** Exact value in won. */
  value: DecimalString;
  /** The text said "여" (approximately, "over"): the value is a lower bound, not an exact count. */
  approximate: boolean;
}

// Big units group by four digits and must appear largest first ("1조 2,000억", never "2,000억 1조").
const BIG_UNITS: Record<string, number> = { 경: 16, 조: 12, 억: 8, 만: 4 };
// Small units multiply digits inside a four-digit group ("2천5백만" = 2,500만).
const SMALL_UNITS: Record<string, number> = { 천: 3, 백: 2, 십: 1 };
const ENGLISH_SCALES: Record<string, number> = {
  thousand: 3,
  million: 6,
  billion: 9,
  trillion: 12,
};

export class AmountParseError extends Error {
  override name = 'AmountParseError';
}

export function parseKoreanAmount(input: string): ParsedAmount {
  const fail = (why: string): never => {
    throw new AmountParseError(`Cannot read "${input}" as a won amount: ${why}.`);
  };
  // Spaces only separate groups ("1조 2,000억"); between two digits they would hide two numbers.
  if (/\d\s+\d/.test(input)) fail('two numbers are separated by a space');
  let text = input.replace(/\s+/g, '').replace(/,/g, '');
  const negative = text.startsWith('-');
  if (negative) text = text.slice(1);
  if (text.endsWith('원')) text = text.slice(0, -1);
  if (text === '') fail('there is no number');

  let position = 0;
  let approximate = false;
  let previousExponent = Infinity;
  const terms: DecimalString[] = [];
  const readApproximate = () => {
    if (text[position] === '여') {
      approximate = true;
      position += 1;
    }
  };

  while (position < text.length) {
    const start = position;
    let group = readGroupNumber();
    readApproximate();
    const unit = text[position];
    const exponent = unit !== undefined ? BIG_UNITS[unit] : undefined;
    if (exponent !== undefined) {
      if (exponent >= previousExponent)
        fail(`"${unit}" comes after a smaller or equal unit; write the largest unit first`);
      // A bare unit means one of it: "억" alone is 1억, as in "천억" → handled above, "만원" → 1만.
      group ??= '1';
      terms.push(shift(group, exponent));
      previousExponent = exponent;
      position += 1;
      readApproximate();
      continue;
    }
    if (group === undefined)
      fail(`unexpected "${text.slice(start, start + 1)}" at character ${start + 1}`);
    // A number without a big unit is the ones group, and nothing but "여" may follow it.
    terms.push(group as DecimalString);
    if (position < text.length) fail(`unexpected "${text.slice(position)}" after the last group`);
  }

  const sum = sumDecimals(terms);
  return { value: negative && sum !== '0' ? `-${sum}` : sum, approximate };

  /** Digits ("6192", "1.5") or Korean digit words within a group ("2천5백", "천"); undefined if none. */
  function readGroupNumber(): DecimalString | undefined {
    const digits = /^\d+(\.\d+)?/.exec(text.slice(position));
    const small = /^(\d*)([천백십])/.exec(text.slice(position));
    if (digits && !small) {
      position += digits[0].length;
      return digits[0];
    }
    let total = 0n;
    let matched = false;
    for (
      let next = /^(\d*)([천백십])/.exec(text.slice(position));
      next;
      next = /^(\d*)([천백십])/.exec(text.slice(position))
    ) {
      const [whole, count = '', unit = ''] = next;
      total += BigInt(count === '' ? '1' : count) * 10n ** BigInt(SMALL_UNITS[unit] ?? 0);
      position += whole.length;
      matched = true;
    }
    if (!matched) return undefined;
    const ones = /^\d+/.exec(text.slice(position));
    if (ones) {
      total += BigInt(ones[0]);
      position += ones[0].length;
    }
    return total.toString();
  }
}

/** "KRW 619.2 billion", "-KRW 5,000", "KRW 1 trillion" → exact won. */
export function parseEnglishAmount(input: string): ParsedAmount {
  const match =
    /^\s*(-)?\s*KRW\s*([\d,]+(?:\.\d+)?)\s*(thousand|million|billion|trillion)?\s*$/i.exec(input);
  if (!match) {
    throw new AmountParseError(
      `Cannot read "${input}" as a won amount: expected "KRW <number> [million|billion|trillion]".`,
    );
  }
  const [, sign, number = '', scale] = match;
  const value = shift(
    number.replace(/,/g, ''),
    scale ? (ENGLISH_SCALES[scale.toLowerCase()] ?? 0) : 0,
  );
  return { value: sign && value !== '0' ? `-${value}` : value, approximate: false };
}

/** value × 10^exponent, exactly. */
function shift(value: DecimalString, exponent: number): DecimalString {
  const { units, scale } = parseDecimal(value);
  return exponent >= scale
    ? normalizeDecimal(
        toDecimalString({ units: units * 10n ** BigInt(exponent - scale), scale: 0 }),
      )
    : normalizeDecimal(toDecimalString({ units, scale: scale - exponent }));
}

function sumDecimals(values: readonly DecimalString[]): DecimalString {
  const parsed = values.map(parseDecimal);
  const scale = Math.max(0, ...parsed.map((p) => p.scale));
  const units = parsed.reduce((sum, p) => sum + p.units * 10n ** BigInt(scale - p.scale), 0n);
  return normalizeDecimal(toDecimalString({ units, scale }));
}
