import type { DatePrecision, DecimalString, PreciseDate } from '../../domain/types.ts';

/**
 * Conversions at the Prisma boundary. PostgreSQL `date` columns arrive as JS Dates at UTC
 * midnight and `numeric` as decimal.js values; the rest of the app sees ISO dates and exact
 * decimal strings only.
 */

export function toDbDate(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

export function fromDbDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function fromDbPreciseDate(date: Date, precision: DatePrecision): PreciseDate {
  return { date: fromDbDate(date), precision };
}

/** An optional date column pair (a pledge's deadline): both set, or no date. */
export function fromDbOptionalPreciseDate(
  date: Date | null,
  precision: DatePrecision | null,
): PreciseDate | null {
  return date && precision ? fromDbPreciseDate(date, precision) : null;
}

/** decimal.js `toFixed()` never switches to exponent notation, unlike `toString()` for large values. */
export function fromDbDecimal(value: { toFixed(): string }): DecimalString {
  return value.toFixed();
}
