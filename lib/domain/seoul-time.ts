import { INTL_LOCALE } from './localized.ts';
import type { Locale } from './types.ts';

/**
 * Moments (when a revision was written, a verdict published, an audit event logged) are shown in
 * Seoul time on a 24-hour clock, whoever reads them and wherever the server runs: the one place
 * that says how.
 */
const STYLES = {
  /** A change in a history table or the review queue: date and minute. */
  moment: { dateStyle: 'medium', timeStyle: 'short' },
  /** The day something was published. */
  day: { dateStyle: 'long' },
  /** The audit log: short date, time to the second. */
  exact: { dateStyle: 'short', timeStyle: 'medium' },
  /** The audit log's time of day alone. */
  clock: { timeStyle: 'medium' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

export function seoulTimeFormat(locale: Locale, style: keyof typeof STYLES): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    ...STYLES[style],
    hourCycle: 'h23',
    timeZone: 'Asia/Seoul',
  });
}
