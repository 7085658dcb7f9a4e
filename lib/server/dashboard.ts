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
import { getIndicatorPage } from './queries/get-indicator-page.ts';
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
  getIndicatorPage: cache((slug: string, asOf?: string) =>
    getIndicatorPage(getReadDb(), slug, asOf ? endOfDayInSeoul(asOf) : undefined),
  ),
  getOverview: cache((asOf: string) => getOverview(getReadDb(), asOf)),
  listTrackerRows: cache((asOf: string) => listTrackerRows(getReadDb(), asOf)),
  /** One page of the tracker: only the view's theme and administration are read. */
  getTrackerPage: cache(async (view: TrackerView, asOf: string) =>
    toTrackerPage(
      await listTrackerRows(getReadDb(), asOf, {
        theme: view.theme === 'all' ? undefined : view.theme,
        administration: view.administration === 'all' ? undefined : view.administration,
      }),
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
