/**
 * The "as of" view: a past calendar day whose dashboard a reader wants to see again. Only real
 * dates up to today qualify; anything else means "now" (null), so a mistyped link still shows
 * the current dashboard rather than an error.
 */
import { parseReportedDate } from './parse-reported-date.ts';

export function parseAsOfDate(value: unknown, today: string): string | null {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const parsed = parseReportedDate(value);
  if (!parsed || parsed.precision !== 'DAY') return null;
  return parsed.date < today ? parsed.date : null;
}
