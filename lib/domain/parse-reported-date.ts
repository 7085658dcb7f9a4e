/**
 * Reads a date as staff type it or Korean Excel writes it, with the precision the text itself
 * shows: "2025" is a year, "2025-09" a month, "2025-09-24" a day. Accepts ISO, dots and slashes
 * ("2025.9.24", "2025. 9. 24.", "2025/09/24") and Korean ("2025년 9월 24일"). Returns the canonical
 * stored form (first of the month, 1 January), or null when the text is no calendar date.
 */
import type { PreciseDate } from './types.ts';

const KOREAN = /^(\d{4})\s*년(?:\s*(\d{1,2})\s*월(?:\s*(\d{1,2})\s*일)?)?$/;
const NUMERIC = /^(\d{4})(?:\s*[-./]\s*(\d{1,2})(?:\s*[-./]\s*(\d{1,2}))?)?\s*\.?$/;

export function parseReportedDate(input: string): PreciseDate | null {
  const text = input.trim();
  const match = KOREAN.exec(text) ?? NUMERIC.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? undefined : Number(match[2]);
  const day = match[3] === undefined ? undefined : Number(match[3]);
  if (year < 1900 || year > 2200) return null;
  if (month !== undefined && (month < 1 || month > 12)) return null;
  if (day !== undefined && (day < 1 || day > daysInMonth(year, month!))) return null;
  const iso = `${String(year).padStart(4, '0')}-${String(month ?? 1).padStart(2, '0')}-${String(day ?? 1).padStart(2, '0')}`;
  return { date: iso, precision: day !== undefined ? 'DAY' : month !== undefined ? 'MONTH' : 'YEAR' };
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC keeps the host's time zone out.
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The inverse, for pre-filling a form: "2025", "2025-09" or "2025-09-24", only as precise as known. */
export function formatDateAsTyped(value: PreciseDate | null): string {
  if (!value) return '';
  if (value.precision === 'YEAR') return value.date.slice(0, 4);
  if (value.precision === 'MONTH') return value.date.slice(0, 7);
  return value.date;
}
