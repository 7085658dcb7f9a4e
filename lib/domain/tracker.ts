import { z } from 'zod';
import { periodEnd } from './calendar.ts';
import { PLEDGE_STATUSES, type PledgeStatus, type PledgeStatusCode } from './pledge-status.ts';
import type { FigureRecord, IndicatorRecord, PledgeRecord } from './records.ts';
import { SLUG_PATTERN } from './slug.ts';
import { computeStatusesByPledge } from './statuses-by-pledge.ts';
import type { DecimalString, PledgeKind, PreciseDate, Unit } from './types.ts';

/**
 * The pledge tracker: every pledge as one plain, serialisable row (it travels to the browser,
 * which filters and sorts without a reload), and the view state that a URL carries.
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
}

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
    return own.map((pledge) => {
      const status = statuses.get(pledge.slug)!;
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
      };
    });
  });
}

export const TRACKER_SORTS = ['deadline', 'status', 'theme', 'administration', 'title'] as const;
export type TrackerSort = (typeof TRACKER_SORTS)[number];

const ALL = 'all';
const slugOrAll = z.string().regex(SLUG_PATTERN).or(z.literal(ALL)).catch(ALL).default(ALL);

/** A view the URL can carry. Anything unreadable falls back to the default, so an old link still opens. */
export const trackerViewSchema = z.object({
  theme: slugOrAll,
  administration: slugOrAll,
  status: z
    .enum([ALL, ...PLEDGE_STATUSES])
    .catch(ALL)
    .default(ALL),
  sort: z.enum(TRACKER_SORTS).catch('deadline').default('deadline'),
  direction: z.enum(['asc', 'desc']).catch('asc').default('asc'),
});
export type TrackerView = z.infer<typeof trackerViewSchema>;

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
    if (view[key] !== DEFAULT_TRACKER_VIEW[key]) params.set(key, view[key]);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

const STATUS_ORDER = new Map<PledgeStatusCode, number>(
  PLEDGE_STATUSES.map((status, index) => [status, index]),
);

export function filterTrackerRows(rows: readonly TrackerRow[], view: TrackerView): TrackerRow[] {
  const kept = rows.filter(
    (row) =>
      (view.theme === ALL || row.theme.slug === view.theme) &&
      (view.administration === ALL || row.administration.slug === view.administration) &&
      (view.status === ALL || row.status.status === view.status),
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
