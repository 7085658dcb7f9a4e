/**
 * Calendar dates with how precisely they are known ("reported in September 2025" is not "24 Sep").
 * Everything works on the year/month/day numbers of the ISO text: a `Date` would drag in a time zone,
 * and `new Date('2025-09-01')` is midnight UTC — 31 August in the Americas.
 */
import { DATE_PRECISIONS, type DatePrecision, type Locale, type PreciseDate } from './types.ts';
import { daysInMonth } from './calendar.ts';
import { EARLIEST_YEAR, LATEST_YEAR, isYearInRange } from './year-range.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ENGLISH_MONTHS = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
] as const;

const PRECISION_LABELS: Record<DatePrecision, Record<Locale, string>> = {
  DAY: { ko: '일', en: 'day' },
  MONTH: { ko: '월', en: 'month' },
  YEAR: { ko: '연', en: 'year' },
};

// Coarser first, so "2025" sorts before "2025-01" and "2025-01-01" when they share a stored date.
const PRECISION_ORDER: Record<DatePrecision, number> = { YEAR: 0, MONTH: 1, DAY: 2 };

interface DateParts {
  year: number;
  month: number;
  day: number;
}

/**
 * Checks that `date` is an ISO yyyy-mm-dd calendar date stored the canonical way for its precision
 * (a MONTH on the 1st, a YEAR on 1 January), and says which part is wrong when it is not.
 */
export function parsePreciseDate(date: string, precision: DatePrecision): PreciseDate {
  if (!(DATE_PRECISIONS as readonly string[]).includes(precision)) {
    throw new Error(
      `Unknown date precision ${JSON.stringify(precision)}: expected DAY, MONTH or YEAR.`,
    );
  }
  const { year, month, day } = toDateParts(date);
  const yyyy = String(year).padStart(4, '0');
  const mm = String(month).padStart(2, '0');
  if (precision === 'MONTH' && day !== 1) {
    throw new Error(
      `Date "${date}": a MONTH-precision date is stored as the 1st of the month, so the day must be 01 ` +
        `(expected "${yyyy}-${mm}-01").`,
    );
  }
  if (precision === 'YEAR' && (month !== 1 || day !== 1)) {
    throw new Error(
      `Date "${date}": a YEAR-precision date is stored as 1 January, so month and day must be 01 ` +
        `(expected "${yyyy}-01-01").`,
    );
  }
  return { date, precision };
}

/** ko "2025년 9월 24일" / "2025년 9월" / "2025년"; en "24 Sep 2025" / "Sep 2025" / "2025". */
export function formatPreciseDate(value: PreciseDate, locale: Locale): string {
  const { date, precision } = parsePreciseDate(value.date, value.precision);
  const { year, month, day } = toDateParts(date);
  if (locale === 'ko') {
    if (precision === 'YEAR') return `${year}년`;
    if (precision === 'MONTH') return `${year}년 ${month}월`;
    return `${year}년 ${month}월 ${day}일`;
  }
  const monthName = ENGLISH_MONTHS[month - 1] ?? String(month);
  if (precision === 'YEAR') return `${year}`;
  if (precision === 'MONTH') return `${monthName} ${year}`;
  return `${day} ${monthName} ${year}`;
}

/**
 * Orders by the stored date (the start of the period), then coarser before finer. ISO text of a fixed
 * width sorts like the calendar, so plain string comparison is exact.
 */
export function comparePreciseDates(a: PreciseDate, b: PreciseDate): -1 | 0 | 1 {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const byPrecision = PRECISION_ORDER[a.precision] - PRECISION_ORDER[b.precision];
  return byPrecision < 0 ? -1 : byPrecision > 0 ? 1 : 0;
}

/** The period as ISO 8601 writes it, for CSV: "2025-09-24", "2025-09", "2025". */
export function toIsoPeriod(value: PreciseDate): string {
  return toPeriodText(parsePreciseDate(value.date, value.precision));
}

/**
 * The one rule for showing a date only as precisely as it is known, in ISO form: "2025-09-24",
 * "2025-09" or "2025" (also how a form pre-fills it and how figure slugs end). It does not check
 * the date: records from the database already hold their precision's canonical form (the init
 * migration's CHECKs); toIsoPeriod checks first.
 */
export function toPeriodText({ date, precision }: PreciseDate): string {
  return date.slice(0, PERIOD_LENGTH[precision]);
}

/** The precision as a column header would name it: 일/월/연, day/month/year. */
export function precisionLabel(precision: DatePrecision, locale: Locale): string {
  const labels = PRECISION_LABELS[precision];
  if (labels === undefined) {
    throw new Error(
      `Unknown date precision ${JSON.stringify(precision)}: expected DAY, MONTH or YEAR.`,
    );
  }
  return labels[locale];
}

function toDateParts(date: string): DateParts {
  const match = typeof date === 'string' ? ISO_DATE.exec(date) : null;
  if (match === null) {
    throw new Error(
      `Date ${JSON.stringify(date)} is not in ISO form yyyy-mm-dd (e.g. "2025-09-24").`,
    );
  }
  const [, yyyy = '', mm = '', dd = ''] = match;
  const year = Number(yyyy);
  const month = Number(mm);
  const day = Number(dd);
  if (!isYearInRange(year)) {
    throw new Error(
      `Date "${date}": year ${yyyy} is outside the years the dashboard keeps (${EARLIEST_YEAR}–${LATEST_YEAR}).`,
    );
  }
  if (month < 1 || month > 12)
    throw new Error(`Date "${date}": month ${mm} is not between 01 and 12.`);
  const lastDay = daysInMonth(year, month);
  if (day < 1 || day > lastDay) {
    throw new Error(
      `Date "${date}": day ${dd} does not exist in ${yyyy}-${mm}, which has ${lastDay} days.`,
    );
  }
  return { year, month, day };
}

/** How many characters of a canonical ISO date its precision shows: 2025-09-24, 2025-09, 2025. */
const PERIOD_LENGTH: Record<DatePrecision, number> = { DAY: 10, MONTH: 7, YEAR: 4 };
