import 'server-only';

/**
 * Today's date in Gwangju (ISO), the "as of" of every computed status and the date in download
 * names. Korea has no daylight saving, so Asia/Seoul is always UTC+9.
 */
export function todayInSeoul(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Seoul' }).format(now);
}
