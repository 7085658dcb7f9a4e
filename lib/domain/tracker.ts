import { z } from 'zod';
import { periodEnd } from './calendar.ts';
import { PLEDGE_STATUSES, type PledgeStatus, type PledgeStatusCode } from './pledge-status.ts';
import type { FigureRecord, IndicatorRecord, PledgeRecord, VerdictSummary } from './records.ts';
import { SLUG_PATTERN } from './slug.ts';
import { computeStatusesByPledge } from './statuses-by-pledge.ts';
import type { DecimalString, PledgeKind, PreciseDate, Unit } from './types.ts';
import {
  VERDICT_FILTERS,
  verdictDisagrees,
  type VerdictFilter,
  type VerdictRating,
} from './verdict.ts';

export { VERDICT_FILTERS, type VerdictFilter } from './verdict.ts';

/**
 * The pledge tracker: every pledge as one plain, serialisable row, the view state that a URL
 * carries (filters, sort, page), and one page of the view as the server answers it.
 */

export interface TrackerRow {
  slug: string;
  kind: PledgeKind;
  titleKo: string;
  titleEn: string;
  indicatorSlug: string;
  unit: Unit;
  theme: { slug: string; nameKo: string; nameEn: string; sortOrder: number };
  administration: { slug: string; nameKo: string; nameEn: string; termStart: string };
  targetValue: DecimalString | null;
  deadline: PreciseDate | null;
  baselineValue: DecimalString | null;
  supersededBySlug: string | null;
  status: PledgeStatus;
  /** The verdict in force, beside the status (never merged into it); null when none was published. */
  verdict: { rating: VerdictRating; corrected: boolean; disagrees: boolean } | null;
}

/** A pledge with its indicator and computed status: what every list of pledges starts from. */
export interface PledgeStatusEntry {
  pledge: PledgeRecord;
  indicator: IndicatorRecord;
  status: PledgeStatus;
  verdict?: VerdictSummary | null;
}

export function toTrackerRow({
  pledge,
  indicator,
  status,
  verdict = null,
}: PledgeStatusEntry): TrackerRow {
  return {
    slug: pledge.slug,
    kind: pledge.kind,
    titleKo: pledge.titleKo,
    titleEn: pledge.titleEn,
    indicatorSlug: indicator.slug,
    unit: indicator.unit,
    theme: indicator.theme,
    administration: {
      slug: pledge.administration.slug,
      nameKo: pledge.administration.nameKo,
      nameEn: pledge.administration.nameEn,
      termStart: pledge.administration.termStart,
    },
    targetValue: pledge.targetValue,
    deadline: pledge.deadline,
    baselineValue: pledge.baseline?.value ?? null,
    supersededBySlug: pledge.supersededBySlug,
    // Only what the browser needs: the figure's full record (source, quote) stays on the server.
    status: {
      ...status,
      latest: status.latest && {
        value: status.latest.value,
        observedOn: status.latest.observedOn,
      },
    },
    verdict: verdict && {
      rating: verdict.rating,
      corrected: verdict.corrected,
      disagrees: verdictDisagrees(verdict.rating, status.status),
    },
  };
}

/** Tracker rows computed from whole lists of records (the server computes them from SQL instead). */
export function toTrackerRows(
  pledges: readonly PledgeRecord[],
  indicators: readonly IndicatorRecord[],
  figures: readonly FigureRecord[],
  asOf: string,
): TrackerRow[] {
  return indicators.flatMap((indicator) => {
    const own = pledges.filter((pledge) => pledge.indicatorSlug === indicator.slug);
    const statuses = computeStatusesByPledge(
      indicator,
      own,
      figures.filter((figure) => figure.indicatorSlug === indicator.slug),
      asOf,
    );
    return own.map((pledge) =>
      toTrackerRow({ pledge, indicator, status: statuses.get(pledge.slug)! }),
    );
  });
}

export const TRACKER_SORTS = [
  'deadline',
  'status',
  'verdict',
  'theme',
  'administration',
  'title',
] as const;
export type TrackerSort = (typeof TRACKER_SORTS)[number];

const ALL = 'all';
const verdictOf = (row: TrackerRow): VerdictFilter => row.verdict?.rating ?? 'NONE';
const slugOrAll = z.string().regex(SLUG_PATTERN).or(z.literal(ALL)).catch(ALL).default(ALL);

/** A view the URL can carry. Anything unreadable falls back to the default, so an old link still opens. */
export const trackerViewSchema = z.object({
  theme: slugOrAll,
  administration: slugOrAll,
  status: z
    .enum([ALL, ...PLEDGE_STATUSES])
    .catch(ALL)
    .default(ALL),
  /** A rating, or NONE for pledges on which no verdict was ever published. */
  verdict: z
    .enum([ALL, ...VERDICT_FILTERS])
    .catch(ALL)
    .default(ALL),
  sort: z.enum(TRACKER_SORTS).catch('deadline').default('deadline'),
  direction: z.enum(['asc', 'desc']).catch('asc').default('asc'),
  /** 1-based; a page past the last shows the last. */
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1).default(1),
});
export type TrackerView = z.infer<typeof trackerViewSchema>;
/** What a view selects and in which order, whatever page it shows (what a download takes). */
export type TrackerSelection = Omit<TrackerView, 'page'>;

export const DEFAULT_TRACKER_VIEW: TrackerView = trackerViewSchema.parse({});

export function parseTrackerView(
  params: Record<string, string | string[] | undefined>,
): TrackerView {
  const single = Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
  return trackerViewSchema.parse(single);
}

/** The query string for a view, without the defaults, so the plain page keeps a plain URL. */
export function toTrackerSearch(view: TrackerView): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(DEFAULT_TRACKER_VIEW) as (keyof TrackerView)[]) {
    if (view[key] !== DEFAULT_TRACKER_VIEW[key]) params.set(key, String(view[key]));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

const STATUS_ORDER = new Map<PledgeStatusCode, number>(
  PLEDGE_STATUSES.map((status, index) => [status, index]),
);
const VERDICT_ORDER = new Map<VerdictFilter, number>(
  VERDICT_FILTERS.map((verdict, index) => [verdict, index]),
);

export function filterTrackerRows(
  rows: readonly TrackerRow[],
  view: TrackerSelection,
): TrackerRow[] {
  const kept = rows.filter(
    (row) =>
      (view.theme === ALL || row.theme.slug === view.theme) &&
      (view.administration === ALL || row.administration.slug === view.administration) &&
      (view.status === ALL || row.status.status === view.status) &&
      (view.verdict === ALL || verdictOf(row) === view.verdict),
  );
  const sign = view.direction === 'asc' ? 1 : -1;
  const primary =
    view.sort === 'deadline'
      ? (a: TrackerRow, b: TrackerRow) => undatedLast(a, b) || sign * compareDeadlines(a, b)
      : (a: TrackerRow, b: TrackerRow) => sign * COMPARATORS[view.sort](a, b);
  // Ties fall back to the deadline and then the slug, so the order never depends on the input order.
  return kept.sort(
    (a, b) =>
      primary(a, b) || undatedLast(a, b) || compareDeadlines(a, b) || a.slug.localeCompare(b.slug),
  );
}

/** A pledge without a deadline sorts after every dated one, whichever the direction. */
function undatedLast(a: TrackerRow, b: TrackerRow): number {
  return Number(!a.deadline) - Number(!b.deadline);
}

function compareDeadlines(a: TrackerRow, b: TrackerRow): number {
  if (!a.deadline || !b.deadline) return 0;
  return periodEnd(a.deadline).localeCompare(periodEnd(b.deadline));
}

const COMPARATORS: Record<TrackerSort, (a: TrackerRow, b: TrackerRow) => number> = {
  deadline: compareDeadlines,
  status: (a, b) => STATUS_ORDER.get(a.status.status)! - STATUS_ORDER.get(b.status.status)!,
  verdict: (a, b) => VERDICT_ORDER.get(verdictOf(a))! - VERDICT_ORDER.get(verdictOf(b))!,
  theme: (a, b) => a.theme.sortOrder - b.theme.sortOrder,
  administration: (a, b) => a.administration.termStart.localeCompare(b.administration.termStart),
  title: (a, b) => a.titleKo.localeCompare(b.titleKo, 'ko'),
};

/** How many pledges are in each status, in the engine's order, zero counts included. */
export function countByStatus(
  rows: readonly TrackerRow[],
): { status: PledgeStatusCode; count: number }[] {
  return PLEDGE_STATUSES.map((status) => ({
    status,
    count: rows.filter((row) => row.status.status === status).length,
  }));
}

/** How many pledges have each verdict (NONE: none published), in the scale's order, zeros included. */
export function countByVerdict(
  rows: readonly TrackerRow[],
): { verdict: VerdictFilter; count: number }[] {
  return VERDICT_FILTERS.map((verdict) => ({
    verdict,
    count: rows.filter((row) => verdictOf(row) === verdict).length,
  }));
}

/** Rows per tracker page: a table a reader can scan, and a bounded answer however many pledges. */
export const TRACKER_PAGE_SIZE = 50;

export interface TrackerPage {
  asOf: string;
  /** The view as served (its page within range). */
  view: TrackerView;
  rows: TrackerRow[];
  /** Pledges in the view, over all pages. */
  total: number;
  pageCount: number;
  /** Pledges per status in the view, over all pages. */
  counts: { status: PledgeStatusCode; count: number }[];
  /** Pledges per verdict in the view, over all pages. */
  verdictCounts: { verdict: VerdictFilter; count: number }[];
}

/** A view's pledges in its order, and how many it has of each status: what its pages are cut from. */
export interface TrackerSelectionRows {
  rows: TrackerRow[];
  counts: { status: PledgeStatusCode; count: number }[];
  verdictCounts: { verdict: VerdictFilter; count: number }[];
}

export function selectTrackerRows(
  rows: readonly TrackerRow[],
  selection: TrackerSelection,
): TrackerSelectionRows {
  const kept = filterTrackerRows(rows, selection);
  return { rows: kept, counts: countByStatus(kept), verdictCounts: countByVerdict(kept) };
}

/** One page of a selection (a page past the last shows the last). */
export function cutTrackerPage(
  selected: TrackerSelectionRows,
  view: TrackerView,
  asOf: string,
): TrackerPage {
  const pageCount = Math.max(1, Math.ceil(selected.rows.length / TRACKER_PAGE_SIZE));
  const page = Math.min(view.page, pageCount);
  const start = (page - 1) * TRACKER_PAGE_SIZE;
  return {
    asOf,
    view: { ...view, page },
    rows: selected.rows.slice(start, start + TRACKER_PAGE_SIZE),
    total: selected.rows.length,
    pageCount,
    counts: selected.counts,
    verdictCounts: selected.verdictCounts,
  };
}

/** One page of the view: filtered and sorted over every row, counted, then cut. */
export function toTrackerPage(
  rows: readonly TrackerRow[],
  view: TrackerView,
  asOf: string,
): TrackerPage {
  return cutTrackerPage(selectTrackerRows(rows, view), view, asOf);
}
