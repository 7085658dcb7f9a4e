/**
 * How much of a pledge's way has been covered: (latest − baseline) / (target − baseline). The
 * subtraction is exact; only the final ratio is a float, because it is only ever displayed.
 */
import {
  compareDecimals,
  formatDecimalWithSeparators,
  parseDecimal,
  ratioOf,
  subtractDecimals,
} from './exact-decimal.ts';
import type { DecimalString, Locale } from './types.ts';

export interface ShareOfTargetInput {
  /** Where the pledge started; a pledge without one counts from zero (e.g. "raise a 5,000억 fund"). */
  baseline?: DecimalString;
  target: DecimalString;
  latest: DecimalString;
  higherIsBetter: boolean;
}

/**
 * 6,192억 reported against a 5,000억 target from 0 → 1.2384. Not clamped: above 1 is overshoot and
 * below 0 is ground lost, and both are worth showing. For a lower-is-better indicator the baseline
 * sits above the target and the same formula measures the fall (100 → 55, now 70: 0.667).
 *
 * Null when no share can mean anything: the target equals the baseline (nothing to cover), or the
 * pledge points against the indicator's direction — typically a lower-is-better indicator with no
 * baseline, where "the way from 0 up to the target" is not progress at all.
 */
export function shareOfTarget({
  baseline = '0',
  target,
  latest,
  higherIsBetter,
}: ShareOfTargetInput): number | null {
  parseDecimal(latest); // fail on a malformed figure even when the answer would be null anyway
  const direction = compareDecimals(target, baseline);
  if (direction === 0) return null;
  if (direction > 0 !== higherIsBetter) return null;
  return ratioOf(subtractDecimals(latest, baseline), subtractDecimals(target, baseline));
}

/**
 * 1.2384 → "123.8%". One decimal: the whole per cent hides a month's movement on a large fund, and more
 * digits would claim a precision the reported figures (often rounded to 억 in the press) do not have.
 * Korean and English both write the sign without a space, so the text is the same for both locales.
 */
export function formatShare(ratio: number, locale: Locale): string {
  void locale; // kept so call sites read like every other formatter and can diverge later
  if (!Number.isFinite(ratio))
    throw new Error(`Cannot format a share of ${ratio}: expected a finite ratio.`);
  // Round half up in decimal, not on ratio * 1000: that float can land just under the half
  // (0.5005 * 1000 = 500.49999999999994) and round the wrong way.
  const magnitude = Math.abs(ratio);
  let tenthsOfPercent = roundToTenthsOfPercent(magnitude);
  // A pledge 99.96% of the way there must not read "100.0%": that looks achieved when it is not.
  if (magnitude < 1 && tenthsOfPercent >= 1000n) tenthsOfPercent = 999n;
  const sign = ratio < 0 && tenthsOfPercent > 0n ? '-' : '';
  const whole = formatDecimalWithSeparators((tenthsOfPercent / 10n).toString());
  return `${sign}${whole}.${tenthsOfPercent % 10n}%`;
}

function roundToTenthsOfPercent(magnitude: number): bigint {
  if (magnitude < 1e-6) return 0n; // far below 0.05%, and toPrecision would switch to exponent form
  if (magnitude >= 1e15)
    throw new Error(`Cannot format a share of ${magnitude}: the ratio is implausibly large.`);
  // 15 significant digits is what a double reliably carries; cutting the binary tail there puts an
  // exact half (0.5005) back on the half before rounding.
  const { units, scale } = parseDecimal(magnitude.toPrecision(15));
  // units are ratio × 10^scale; a tenth of a per cent is ratio × 10^3.
  if (scale <= 3) return units * 10n ** BigInt(3 - scale);
  const divisor = 10n ** BigInt(scale - 3);
  return (units + divisor / 2n) / divisor;
}
