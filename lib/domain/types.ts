/**
 * Shared vocabulary of the domain. Plain types only: the database (Prisma enums), the seed file
 * and the pages all speak these same string literals, so no mapping layer can drift.
 */

/** How precisely a date is known. A MONTH date is stored as the 1st of that month, a YEAR date as 1 January. */
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/** A calendar date (ISO `yyyy-mm-dd`, no time zone) together with how much of it is known. */
export interface PreciseDate {
  date: string;
  precision: DatePrecision;
}

/** The units an indicator can be measured in. The database holds the same set as an enum. */
export const UNITS = [
  'KRW',
  'PERCENT',
  'COMPANIES',
  'ORGANIZATIONS',
  'PEOPLE',
  'PETAFLOPS',
  'MONTHS',
  'FACILITIES',
] as const;
export type Unit = (typeof UNITS)[number];

/** CUMULATIVE quantities only add up over time (companies relocated so far); LEVEL ones move freely (a grant's amount). */
export const MEASURES = ['CUMULATIVE', 'LEVEL'] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * What was promised. A TARGET names a quantity to reach by a deadline (its status is computed from
 * reported figures); a MILESTONE an event by a date ("production starts September 2021"); a
 * POLICY a programme at a stated level, such as a benefit's amount or duration ("a KRW 1 million
 * grant for every newborn"), whose target value is that level. Milestones and policies are judged
 * by verdicts with quoted evidence (verdict.ts), not by the pace of a number.
 */
export const PLEDGE_KINDS = ['TARGET', 'MILESTONE', 'POLICY'] as const;
export type PledgeKind = (typeof PLEDGE_KINDS)[number];

/**
 * An exact decimal as text, e.g. "619200000000" or "88.5". Values never pass through a float
 * between the database and the screen; see exact-decimal.ts for arithmetic on them.
 */
export type DecimalString = string;

/** The site's languages, Korean first (the default, at `/…`; English at `/en/…`). */
export const LOCALES = ['ko', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
