/**
 * The calendar years a date may name anywhere in the dashboard: stored figures, pledges and
 * sources, staff forms and CSV imports, and every date in a URL (`?asOf=`, the API's `from`,
 * `to` and `asOf`). One rule, so nothing accepted at one door is refused at another, and no date
 * reaches PostgreSQL that it cannot store (it has no year 0: "0000-01-01" failed as a 500).
 *
 * 1900–2200 because these are pledges and reports of a modern city: the earliest baseline is
 * decades after 1900 and the furthest targets (carbon neutrality by 2045–2050) are well before
 * 2200, so a year outside is a typo ("2205" for "2025"), not history. It also keeps clear of
 * the edges where tools disagree: Excel's calendar starts in 1900, JavaScript writes years past
 * 9999 with six digits, and ISO text of four-digit years sorts like the calendar.
 */
export const EARLIEST_YEAR = 1900;
export const LATEST_YEAR = 2200;

/** "1900-01-01 to 2200-12-31", for messages that say what was expected. */
export const DATE_RANGE_TEXT = `${EARLIEST_YEAR}-01-01 to ${LATEST_YEAR}-12-31`;

export function isYearInRange(year: number): boolean {
  return Number.isInteger(year) && year >= EARLIEST_YEAR && year <= LATEST_YEAR;
}
