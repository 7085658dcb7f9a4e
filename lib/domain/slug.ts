import { toPeriodText } from './precise-date.ts';
import type { PreciseDate } from './types.ts';

/**
 * Slugs name records in URLs. The database CHECKs the same pattern, so anything else (upper case,
 * a stray %00 that URL decoding turned into NUL) cannot name a record and answers 404 before any
 * query — PostgreSQL would reject NUL in text with an error, not a miss.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * The one limit for slugs, whether typed in a form, named in an import or read from a URL. The
 * columns are unbounded TEXT, but generated slugs (an indicator's slug, the date, a -2 suffix) run
 * past 80 characters, so a shorter limit would 404 on records that exist.
 */
export const SLUG_MAX_LENGTH = 120;

/**
 * Shorter for an indicator: its slug starts the slugs made for its figures ("-2025-09-24", "-2"),
 * which must still fit SLUG_MAX_LENGTH.
 */
export const INDICATOR_SLUG_MAX_LENGTH = 80;

export function isSlug(value: string): boolean {
  return value.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(value);
}

/**
 * The slug a new figure gets unless staff name one: its indicator's, then the date only as
 * precisely as it is known ("ai-companies-relocated-2025-09"), as the seed file names them.
 * Readable in URLs and stable, since slugs never change.
 */
export function toFigureSlug(indicator: string, observedOn: PreciseDate): string {
  return `${indicator}-${toPeriodText(observedOn)}`;
}
