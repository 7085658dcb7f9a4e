import type { PreciseDate } from './types.ts';

/**
 * Whole-day arithmetic on ISO dates, with no time zone: a date is a day number (days since
 * 1970-01-01), computed from its year, month and day.
 */

const MS_PER_DAY = 86_400_000;
export const DAYS_PER_YEAR = 365.2425;

export function toDayNumber(isoDate: string): number {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function fromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/**
 * The last day a precise date covers: "2026" (YEAR) runs to 31 December, "2025-09" (MONTH) to
 * 30 September. A deadline "by 2026" is met by anything up to its end.
 */
export function periodEnd(date: PreciseDate): string {
  const [year, month] = date.date.split('-').map(Number) as [number, number];
  if (date.precision === 'YEAR') return `${year}-12-31`;
  if (date.precision === 'MONTH') return `${date.date.slice(0, 8)}${daysInMonth(year, month)}`;
  return date.date;
}

/** Days in a month (1–12) of the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

// Every 4th year, except centuries, except every 4th century (2000 was a leap year).
function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Whole calendar months from the month of `from` to the month of `to` (negative when `to` is earlier). */
export function monthsBetween(from: string, to: string): number {
  const [fromYear, fromMonth] = from.split('-').map(Number) as [number, number];
  const [toYear, toMonth] = to.split('-').map(Number) as [number, number];
  return (toYear - fromYear) * 12 + (toMonth - fromMonth);
}
