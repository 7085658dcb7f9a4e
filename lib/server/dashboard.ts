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
import {
  countPledges,
  listPledgesWithStatus,
  type PledgeFilter,
} from './queries/current-pledges.ts';
import { listAdministrations } from './queries/list-administrations.ts';
import { listFigures } from './queries/list-figures.ts';
import {
  listIndicatorPage,
  listIndicators,
  listIndicatorsBySlug,
} from './queries/list-indicators.ts';
import { listPledges } from './queries/list-pledges.ts';
import { listSources } from './queries/list-sources.ts';
import { listThemes } from './queries/list-themes.ts';
import { listTrackerRows } from './queries/list-tracker-rows.ts';
import { searchDashboard, type SearchRequest } from './queries/search.ts';
import { endOfDayInSeoul } from './today.ts';
import { toTrackerPage, type TrackerView } from '../domain/tracker.ts';
import { readDataVersion } from './cache/public-cache.ts';
import { getChartPeriodWindow } from '../domain/chart-period.ts';

/**
 * A read computed once per data version and key in this process, shared by every request until a
 * change: for reads whose cost grows with the pledges or indicators rather than with what a page
 * shows. The tracker filters, sorts and counts by computed status, so each of its views needs
 * every pledge's row (~150 ms at 5,000 pledges, then ~2 ms to filter and sort); the overview
 * counts pledges and indicators per theme. Keys are status dates: the latest few are kept. When
 * the version cannot be confirmed, computed afresh.
 */
function perDataVersion<T>(compute: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const KEPT = 4;
  const byKey = new Map<string, Promise<T>>();
  return async (key) => {
    const version = await readDataVersion();
    if (version === null) return compute(key);
    const versioned = `${version} ${key}`;
    let answer = byKey.get(versioned);
    if (!answer) {
      for (const old of byKey.keys()) {
        if (!old.startsWith(`${version} `) || byKey.size >= KEPT) byKey.delete(old);
      }
      answer = compute(key);
      byKey.set(versioned, answer);
      answer.catch(() => byKey.delete(versioned));
    }
    return answer;
  };
}

const allTrackerRows = perDataVersion((asOf) => listTrackerRows(getReadDb(), asOf));
const overviewOn = perDataVersion((asOf) => getOverview(getReadDb(), asOf));

/**
 * The data-access facade public pages and route handlers call. Each returns plain records; `cache`
 * lets metadata and page share one query per request. It reads the replica at DATABASE_READ_URL
 * when there is one (db.ts); staff pages read the primary through staffData instead.
 */
export const dashboard = {
  listThemes: cache(() => listThemes(getReadDb())),
  listAdministrations: cache(() => listAdministrations(getReadDb())),
  listIndicators: cache(() => listIndicators(getReadDb())),
  listIndicatorPage: (filter: { theme?: string }, page: { offset: number; limit: number }) =>
    listIndicatorPage(getReadDb(), filter, page),
  getIndicatorsBySlug: (slugs: readonly string[]) => listIndicatorsBySlug(getReadDb(), slugs),
  listFigures: cache(() => listFigures(getReadDb())),
  listPledges: cache(() => listPledges(getReadDb())),
  listSources: cache(() => listSources(getReadDb())),
  getSourcesPage: cache((page: number) => getSourcesPage(getReadDb(), page)),
  /** The page of /sources listing a source, null for no such source. */
  getSourcePageNumber: (slug: string) => getSourcePageNumber(getReadDb(), slug),
  getFigureHistory: cache((slug: string) => getFigureHistory(getReadDb(), slug)),
  getPledgeHistory: cache((slug: string) => getPledgeHistory(getReadDb(), slug)),
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
  getTrackerPage: cache(async (view: TrackerView, asOf: string) =>
    toTrackerPage(
      (await allTrackerRows(asOf)).filter(
        (row) =>
          (view.theme === 'all' || row.theme.slug === view.theme) &&
          (view.administration === 'all' || row.administration.slug === view.administration),
      ),
      view,
      asOf,
    ),
  ),
  listPledgesWithStatus: (
    filter: PledgeFilter,
    asOf: string,
    page?: { offset: number; limit: number },
  ) => listPledgesWithStatus(getReadDb(), filter, asOf, { page }),
  countPledges: (filter: PledgeFilter) => countPledges(getReadDb(), filter),
  countCurrentFigures: (filter: FigureFilter) => countCurrentFigures(getReadDb(), filter),
  listCurrentFigures: (
    filter: FigureFilter,
    page: { offset: number; limit: number; after?: FigureCursor },
  ) => listCurrentFigures(getReadDb(), filter, page),
  streamCurrentFigures: (filter: FigureFilter, batchSize?: number) =>
    streamCurrentFigures(getReadPool(), filter, batchSize),
  /** Indicators, pledges, sources and quotes containing a text, at most `limit` of each kind. */
  search: (request: SearchRequest) => searchDashboard(getReadDb(), request),
};
