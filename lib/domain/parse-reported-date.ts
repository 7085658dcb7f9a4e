/**
 * Reads a date as staff type it or Korean Excel writes it, with the precision the text itself
 * shows: "2025" is a year, "2025-09" a month, "2025-09-24" a day. Accepts ISO, dots and slashes
 * with one separator throughout ("2025.9.24", "2025. 9. 24.", "2025/09/24") and Korean
 * ("2025년 9월 24일"). Returns the canonical stored form (first of the month, 1 January).
 */
import type { DatePrecision, PreciseDate } from './types.ts';
import { daysInMonth } from './calendar.ts';
import { toPeriodText } from './precise-date.ts';
import { isYearInRange } from './year-range.ts';

const NUMERIC_DATE = /^(\d{4})(?:\s*([-./])\s*(\d{1,2})(?:\s*\2\s*(\d{1,2}))?)?$/;
const KOREAN_DATE = /^(\d{4})\s*년(?:\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?)?$/;

/** The date, or why not: `invalid-date` (not a date's shape) or `nonexistent-date` (no such day). */
export function readReportedDate(
  input: string,
): PreciseDate | { code: 'invalid-date' | 'nonexistent-date' } {
  const text = input.trim();
  // Korean closes a dotted date with a dot, "2025. 9. 24."; that dot ends the date, it opens no part.
  const unclosed = /^\d{4}\s*\..*\.$/.test(text) ? text.slice(0, -1).trimEnd() : text;
  const numeric = NUMERIC_DATE.exec(unclosed);
  const korean = numeric === null ? KOREAN_DATE.exec(text) : null;
  const [yyyy, mm, dd] =
    numeric !== null
      ? [numeric[1], numeric[3], numeric[4]]
      : korean !== null
        ? korean.slice(1)
        : [];
  if (yyyy === undefined) return { code: 'invalid-date' };
  const year = Number(yyyy);
  const month = mm === undefined ? 1 : Number(mm);
  const day = dd === undefined ? 1 : Number(dd);
  if (
    !isYearInRange(year) ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    return { code: 'nonexistent-date' };
  }
  const date = `${yyyy}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const precision: DatePrecision = dd !== undefined ? 'DAY' : mm !== undefined ? 'MONTH' : 'YEAR';
  return { date, precision };
}

/** The date, or null when the text is no calendar date. */
export function parseReportedDate(input: string): PreciseDate | null {
  const read = readReportedDate(input);
  return 'date' in read ? read : null;
}

/** The inverse, for pre-filling a form: "2025", "2025-09" or "2025-09-24", only as precise as known. */
export function formatDateAsTyped(value: PreciseDate | null): string {
  return value ? toPeriodText(value) : '';
}
