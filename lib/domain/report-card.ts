import type { PledgeStatusCode } from './pledge-status.ts';
import { formatPreciseDate } from './precise-date.ts';
import { countByStatus, countByVerdict, type TrackerRow } from './tracker.ts';
import type { Wording } from './translator.ts';
import type { VerdictFilter } from './verdict.ts';

/**
 * An administration's report card: how many of its pledges stand at each verdict and each
 * computed status, with the pledges behind each count, and one sentence a journalist can quote.
 * Built from the tracker's rows (kept per data version), so a card costs a filter over them.
 */

export interface ReportCardPledge {
  slug: string;
  titleKo: string;
  titleEn: string;
}

/**
 * How many pledges a card lists under one count, in title order: an administration of thousands
 * of pledges would otherwise put each of them twice into one page. The tracker, filtered the
 * same way, pages through all of them.
 */
export const REPORT_CARD_LIST_LIMIT = 50;

export interface ReportCard {
  administrationSlug: string;
  total: number;
  /**
   * Every verdict filter in the scale's order (NONE last), zeros included. `pledges` are the
   * first REPORT_CARD_LIST_LIMIT of the `count` by title.
   */
  verdictCounts: { verdict: VerdictFilter; count: number; pledges: ReportCardPledge[] }[];
  /** Every computed status in the engine's order, zeros included. */
  statusCounts: { status: PledgeStatusCode; count: number; pledges: ReportCardPledge[] }[];
}

const toPledge = (row: TrackerRow): ReportCardPledge => ({
  slug: row.slug,
  titleKo: row.titleKo,
  titleEn: row.titleEn,
});

const firstListed = (rows: readonly TrackerRow[]) =>
  rows.slice(0, REPORT_CARD_LIST_LIMIT).map(toPledge);

const byTitle = (a: TrackerRow, b: TrackerRow) =>
  a.titleKo.localeCompare(b.titleKo, 'ko') || a.slug.localeCompare(b.slug);

/** The card of one administration from every pledge's tracker row. */
export function toReportCard(rows: readonly TrackerRow[], administrationSlug: string): ReportCard {
  const own = rows.filter((row) => row.administration.slug === administrationSlug).sort(byTitle);
  const verdictOf = (row: TrackerRow): VerdictFilter => row.verdict?.rating ?? 'NONE';
  return {
    administrationSlug,
    total: own.length,
    verdictCounts: countByVerdict(own).map(({ verdict, count }) => ({
      verdict,
      count,
      pledges: firstListed(own.filter((row) => verdictOf(row) === verdict)),
    })),
    statusCounts: countByStatus(own).map(({ status, count }) => ({
      status,
      count,
      pledges: firstListed(own.filter((row) => row.status.status === status)),
    })),
  };
}

/**
 * Ratings the sentence always names, even at zero: "0개 완료" is news, and so is "0개 정상
 * 추진". Other ratings appear only when some pledge has them, so the sentence stays one line.
 */
const ALWAYS_NAMED = new Set<VerdictFilter>(['COMPLETED', 'IN_PROGRESS']);
/** Neither has a rating: "not yet rated" and "never rated" read the same to the public. */
const UNRATED = new Set<VerdictFilter>(['NOT_YET_RATED', 'NONE']);

/**
 * The quotable line: "민선 7기 공약 15개 중 5개 완료, 0개 정상 추진, 10개는 아직 평가되지
 * 않았습니다 (2026년 12월 3일 기준)." `t` reads the `reportCards.line` namespace; `name` is the
 * administration's name in the reader's language; `asOf` the day the counts describe.
 */
export function formatReportCardLine(
  card: Pick<ReportCard, 'total' | 'verdictCounts'>,
  name: string,
  asOf: string,
  { locale, t }: Wording,
): string {
  const date = formatPreciseDate({ date: asOf, precision: 'DAY' }, locale);
  if (card.total === 0) return t('empty', { name, date });
  const parts = card.verdictCounts
    .filter(
      ({ verdict, count }) => !UNRATED.has(verdict) && (count > 0 || ALWAYS_NAMED.has(verdict)),
    )
    .map(({ verdict, count }) => t(`rating.${verdict}`, { count }));
  const unrated = card.verdictCounts
    .filter(({ verdict }) => UNRATED.has(verdict))
    .reduce((sum, { count }) => sum + count, 0);
  // Korean ends on a verb: "…정상 추진입니다" or "…평가되지 않았습니다"; English needs "and".
  const last = unrated > 0 ? t('unrated', { count: unrated }) : t('end', { part: parts.pop()! });
  const list = joinParts([...parts, last], locale);
  return t('sentence', { name, total: card.total, list, date });
}

function joinParts(parts: string[], locale: Wording['locale']): string {
  if (locale === 'ko') return parts.join(', ');
  // British style like the dates ("3 December 2026"): no comma before "and".
  return new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(parts);
}

/** An administration's term as the months it runs ("2018년 7월", "Jun 2022"): days add nothing. */
export function formatTermMonths(
  term: { termStart: string; termEnd: string },
  locale: Wording['locale'],
): { start: string; end: string } {
  const month = (date: string) =>
    formatPreciseDate({ date: `${date.slice(0, 7)}-01`, precision: 'MONTH' }, locale);
  return { start: month(term.termStart), end: month(term.termEnd) };
}
