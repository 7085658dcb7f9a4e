import 'server-only';
import { cache } from 'react';
import { getReadDb, getReadPool } from './db.ts';
import {
  countCurrentFigures,
  listCurrentFigures,
  streamCurrentFigures,
  type FigureCursor,
  type FigureFilter,
} from './queries/current-figures.ts';
import { getFigureHistory } from './queries/get-figure-history.ts';
import { getIndicator, getIndicatorView } from './queries/get-indicator-page.ts';
import { getOverview } from './queries/get-overview.ts';
import { getSourcePageNumber } from './queries/get-source-page-number.ts';
import { getSourcesPage } from './queries/get-sources-page.ts';
import { getPledgeHistory } from './queries/get-pledge-history.ts';
import { listPublishedVerdicts } from './queries/list-published-verdicts.ts';
import { listFeedEntries } from './queries/list-feed-entries.ts';
import type { FeedCursor, FeedScope } from '../domain/feed.ts';
import { isSlug } from '../domain/slug.ts';
import {
  countPledges,
  listPledgesWithStatus,
  type PledgeFilter,
  type PledgeWithStatus,
} from './queries/current-pledges.ts';
import { listAdministrations } from './queries/list-administrations.ts';
import { listFigures } from './queries/list-figures.ts';
import {
  listIndicatorPage,
  listIndicators,
  listIndicatorsBySlug,
} from './queries/list-indicators.ts';
import { listPledges } from './queries/list-pledges.ts';
import { listSourceSlice, listSources } from './queries/list-sources.ts';
import { listThemes } from './queries/list-themes.ts';
import { listTrackerRows } from './queries/list-tracker-rows.ts';
import { searchDashboard, type SearchRequest } from './queries/search.ts';
import { endOfDayInSeoul, todayInSeoul } from './today.ts';
import {
  cutTrackerPage,
  selectTrackerRows,
  type TrackerRow,
  type TrackerSelection,
  type TrackerView,
} from '../domain/tracker.ts';
import { readDataVersion } from './cache/public-cache.ts';
import { getChartPeriodWindow } from '../domain/chart-period.ts';
import type { PledgeStatusCode } from '../domain/pledge-status.ts';
import type { VerdictFilter } from '../domain/verdict.ts';

/**
 * A read computed once per data version and key in this process, shared by every request until a
 * change: for reads whose cost grows with the pledges or indicators rather than with what a page
 * shows. The tracker filters, sorts and counts by computed status, and so does the API's
 * `?status=`, so each of their views needs every pledge's row (~150 ms at 5,000 pledges, then
 * ~2 ms to filter and sort); the overview counts pledges and indicators per theme. When the
 * version cannot be confirmed, computed afresh.
 *
 * Keys are status dates (and views), the few most recently used kept (`kept`). A new version
 * drops them all.
 */
function perDataVersion<T>(
  compute: (key: string) => Promise<T>,
  kept = 4,
): (key: string) => Promise<T> {
  const byKey = new Map<string, Promise<T>>();
  return async (key) => {
    const version = await readDataVersion();
    if (version === null) return compute(key);
    const versioned = `${version} ${key}`;
    let answer = byKey.get(versioned);
    if (answer) {
      byKey.delete(versioned); // a Map iterates in insertion order: this marks it used last
    } else {
      for (const kept of byKey.keys()) if (!kept.startsWith(`${version} `)) byKey.delete(kept);
      while (byKey.size >= kept) byKey.delete(byKey.keys().next().value!);
      answer = compute(key);
      answer.catch(() => byKey.delete(versioned));
    }
    byKey.set(versioned, answer);
    return answer;
  };
}

// Today's rows (every tracker page, the API by default) apart from other days' (the API's
// `asOf`, which a client chooses): asking about many past days never pushes out today's.
const todaysTrackerRows = perDataVersion((asOf) => listTrackerRows(getReadDb(), asOf), 2);
const pastTrackerRows = perDataVersion((asOf) => listTrackerRows(getReadDb(), asOf), 2);
const allTrackerRows = (asOf: string) =>
  asOf === todayInSeoul() ? todaysTrackerRows(asOf) : pastTrackerRows(asOf);
const overviewOn = perDataVersion((asOf) => getOverview(getReadDb(), asOf));
/**
 * A tracker view's rows in order with its counts, kept for the views last asked for: each page of
 * it is then a slice (sorting 5,000 rows took most of a tracker request's ~23 ms at bench:read's
 * 10M size). Keyed `asOf theme administration status verdict sort direction` (no value has a
 * space).
 */
const trackerSelection = perDataVersion(async (key) => {
  const [asOf, theme, administration, status, verdict, sort, direction] = key.split(' ') as [
    string,
    ...string[],
  ];
  const selection = {
    theme,
    administration,
    status,
    verdict,
    sort,
    direction,
  } as TrackerSelection;
  return selectTrackerRows(await allTrackerRows(asOf), selection);
}, 32);

/** Whether a tracker row is one of the pledges the filter selects (as its SQL would). */
function matchesPledgeFilter(row: TrackerRow, filter: PledgeFilter): boolean {
  return (
    (filter.indicator === undefined || row.indicatorSlug === filter.indicator) &&
    (filter.theme === undefined || row.theme.slug === filter.theme) &&
    (filter.administration === undefined || row.administration.slug === filter.administration) &&
    (filter.slug === undefined || row.slug === filter.slug) &&
    (filter.slugs === undefined || filter.slugs.includes(row.slug))
  );
}

/**
 * The data-access facade public pages and route handlers call. Each returns plain records; `cache`
 * lets metadata and page share one query per request. It reads the replica at DATABASE_READ_URL
 * when there is one (db.ts); staff pages read the primary through staffData instead.
 */
export const dashboard = {
  listThemes: cache(() => listThemes(getReadDb())),
  listAdministrations: cache(() => listAdministrations(getReadDb())),
  listIndicators: cache(() => listIndicators(getReadDb())),
  listThemeIndicators: (theme: string) => listIndicators(getReadDb(), { theme }),
  listIndicatorPage: (filter: { theme?: string }, page: { offset: number; limit: number }) =>
    listIndicatorPage(getReadDb(), filter, page),
  getIndicatorsBySlug: (slugs: readonly string[]) => listIndicatorsBySlug(getReadDb(), slugs),
  listFigures: cache(() => listFigures(getReadDb())),
  listPledges: cache(() => listPledges(getReadDb())),
  listSources: cache(() => listSources(getReadDb())),
  /** Sources from `offset`, newest first, and how many there are (the read API's pages). */
  listSourceSlice: (page: { offset: number; limit: number }) => listSourceSlice(getReadDb(), page),
  getSourcesPage: cache((page: number) => getSourcesPage(getReadDb(), page)),
  /** The page of /sources listing a source, null for no such source. */
  getSourcePageNumber: (slug: string) => getSourcePageNumber(getReadDb(), slug),
  getFigureHistory: cache((slug: string) => getFigureHistory(getReadDb(), slug)),
  getPledgeHistory: cache((slug: string) => getPledgeHistory(getReadDb(), slug)),
  /**
   * A pledge's page: the pledge with its status on `asOf`, every verdict published by the end of
   * that day (the last is the one in force), and its revisions; null for no such pledge.
   */
  getPledgePage: cache(async (slug: string, asOf: string) => {
    if (!isSlug(slug)) return null;
    const [entries, verdicts, history] = await Promise.all([
      listPledgesWithStatus(getReadDb(), { slug }, asOf),
      listPublishedVerdicts(getReadDb(), slug, endOfDayInSeoul(asOf)),
      getPledgeHistory(getReadDb(), slug),
    ]);
    const entry = entries[0];
    if (!entry || !history) return null;
    return { entry, verdicts, history };
  }),
  getIndicator: cache((slug: string) => getIndicator(getReadDb(), slug)),
  /**
   * An indicator as its page shows it on `asOf` (getIndicatorView); `historicalAsOf`: as the
   * dashboard showed it at the end of that past day. An unknown period draws all of them.
   * Plain arguments, so that `cache` shares one answer between a page and its metadata.
   */
  getIndicatorView: cache(
    async (
      slug: string,
      asOf: string,
      period: string,
      historicalAsOf: string | null,
      tablePage: number | null,
    ) =>
      getIndicatorView(getReadDb(), slug, {
        asOf,
        period: getChartPeriodWindow(period, await dashboard.listAdministrations()) ?? null,
        tablePage,
        recordedBy: historicalAsOf ? endOfDayInSeoul(historicalAsOf) : undefined,
      }),
  ),
  getOverview: cache((asOf: string) => overviewOn(asOf)),
  listTrackerRows: cache((asOf: string) => allTrackerRows(asOf)),
  /** One page of the tracker in the view asked for (filtered, sorted and paged in memory). */
  getTrackerPage: cache(async (view: TrackerView, asOf: string) => {
    const { theme, administration, status, verdict, sort, direction } = view;
    const key = [asOf, theme, administration, status, verdict, sort, direction].join(' ');
    return cutTrackerPage(await trackerSelection(key), view, asOf);
  }),
  listPledgesWithStatus: (
    filter: PledgeFilter,
    asOf: string,
    page?: { offset: number; limit: number },
  ) => listPledgesWithStatus(getReadDb(), filter, asOf, { page, verdictEvidence: true }),
  /** One page of the pledges matching the filter, in the order they were entered, and how many match. */
  listPledgePage: async (
    filter: PledgeFilter,
    asOf: string,
    page: { offset: number; limit: number },
  ): Promise<{ entries: PledgeWithStatus[]; total: number }> => {
    const [entries, total] = await Promise.all([
      listPledgesWithStatus(getReadDb(), filter, asOf, { page, verdictEvidence: true }),
      countPledges(getReadDb(), filter),
    ]);
    return { entries, total };
  },
  /**
   * One page of the pledges matching the filter whose status on `asOf` is `status` and whose
   * verdict in force is `verdict` (either may be absent; NONE: no verdict published), in the order
   * they were entered, and how many match over all pages. A status is computed, not stored: the
   * filter runs over every pledge's kept row (allTrackerRows), and only the page's pledges are
   * then read in full, whatever the page or the number of pledges.
   */
  listPledgePageByJudgement: async (
    filter: PledgeFilter,
    judgement: { status?: PledgeStatusCode; verdict?: VerdictFilter },
    asOf: string,
    page: { offset: number; limit: number },
  ): Promise<{ entries: PledgeWithStatus[]; total: number }> => {
    const matches = (status: PledgeStatusCode, verdict: VerdictFilter) =>
      (judgement.status === undefined || status === judgement.status) &&
      (judgement.verdict === undefined || verdict === judgement.verdict);
    const kept = (await allTrackerRows(asOf)).filter(
      (row) =>
        matches(row.status.status, row.verdict?.rating ?? 'NONE') &&
        matchesPledgeFilter(row, filter),
    );
    const slugs = kept.slice(page.offset, page.offset + page.limit).map((row) => row.slug);
    // Read afresh: a change since the rows were kept may have moved a pledge out of the status
    // or verdict asked for (until the next request sees the new version); it is left out rather
    // than shown under the wrong one.
    const entries =
      slugs.length === 0
        ? []
        : (
            await listPledgesWithStatus(getReadDb(), { slugs }, asOf, { verdictEvidence: true })
          ).filter((entry) => matches(entry.status.status, entry.verdict?.rating ?? 'NONE'));
    return { entries, total: kept.length };
  },
  countCurrentFigures: (filter: FigureFilter) => countCurrentFigures(getReadDb(), filter),
  listCurrentFigures: (
    filter: FigureFilter,
    page: { offset: number; limit: number; after?: FigureCursor },
  ) => listCurrentFigures(getReadDb(), filter, page),
  streamCurrentFigures: (filter: FigureFilter, batchSize?: number) =>
    streamCurrentFigures(getReadPool(), filter, batchSize),
  /** The latest changes in a scope, newest first (the Atom feed and /api/v1/feed); null: no such subject. */
  listFeedEntries: (scope: FeedScope, page: { limit: number; after?: FeedCursor }) =>
    listFeedEntries(getReadDb(), scope, page),
  /** Indicators, pledges, sources and quotes containing a text, at most `limit` of each kind. */
  search: (request: SearchRequest) => searchDashboard(getReadDb(), request),
};
