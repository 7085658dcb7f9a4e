import 'server-only';

/**
 * Today's date in Gwangju (ISO), the "as of" of every computed status and the date in download
 * names. Korea has no daylight saving, so Asia/Seoul is always UTC+9.
 */
export function todayInSeoul(now = new Date()): string {
  return SEOUL_DATE.format(now);
}

// Built once: constructing a formatter costs far more than formatting (the cache's ETags ask
// for today's date on every request).
const SEOUL_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' });

/** The last moment of a Seoul calendar day, for "what was recorded by the end of that day". */
export function endOfDayInSeoul(isoDate: string): Date {
  return new Date(`${isoDate}T23:59:59.999+09:00`);
}
