import 'server-only';
import { cache } from 'react';
import { getDb, getPool } from './db.ts';
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
import { endOfDayInSeoul } from './today.ts';
import { toTrackerPage, type TrackerView } from '../domain/tracker.ts';

/**
 * The data-access facade pages and route handlers call. Each returns plain records; `cache`
 * lets metadata and page share one query per request.
 */
export const dashboard = {
  listThemes: cache(() => listThemes(getDb())),
  listAdministrations: cache(() => listAdministrations(getDb())),
  listIndicators: cache(() => listIndicators(getDb())),
  listIndicatorPage: (filter: { theme?: string }, page: { offset: number; limit: number }) =>
    listIndicatorPage(getDb(), filter, page),
  getIndicatorsBySlug: (slugs: readonly string[]) => listIndicatorsBySlug(getDb(), slugs),
  listFigures: cache(() => listFigures(getDb())),
  listPledges: cache(() => listPledges(getDb())),
  listSources: cache(() => listSources(getDb())),
  getSourcesPage: cache((page: number) => getSourcesPage(getDb(), page)),
  getFigureHistory: cache((slug: string) => getFigureHistory(getDb(), slug)),
  getPledgeHistory: cache((slug: string) => getPledgeHistory(getDb(), slug)),
  getIndicatorPage: cache((slug: string, asOf?: string) =>
    getIndicatorPage(getDb(), slug, asOf ? endOfDayInSeoul(asOf) : undefined),
  ),
  getOverview: cache((asOf: string) => getOverview(getDb(), asOf)),
  listTrackerRows: cache((asOf: string) => listTrackerRows(getDb(), asOf)),
  /** One page of the tracker: only the view's theme and administration are read. */
  getTrackerPage: cache(async (view: TrackerView, asOf: string) =>
    toTrackerPage(
      await listTrackerRows(getDb(), asOf, {
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
  ) => listPledgesWithStatus(getDb(), filter, asOf, { page }),
  countPledges: (filter: PledgeFilter) => countPledges(getDb(), filter),
  countCurrentFigures: (filter: FigureFilter) => countCurrentFigures(getDb(), filter),
  listCurrentFigures: (
    filter: FigureFilter,
    page: { offset: number; limit: number; after?: FigureCursor },
  ) => listCurrentFigures(getDb(), filter, page),
  streamCurrentFigures: (filter: FigureFilter, batchSize?: number) =>
    streamCurrentFigures(getPool(), filter, batchSize),
};
