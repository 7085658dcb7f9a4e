import 'server-only';
import { cache } from 'react';
import { getReadDb, getReadPool } from './db.ts';
import {
  countCurrentFigures,
  listCurrentFigures,
  streamCurrentFigures,
  type FigureFilter,
} from './queries/current-figures.ts';
import { getFigureHistory } from './queries/get-figure-history.ts';
import { getIndicatorPage } from './queries/get-indicator-page.ts';
import { getPledgeHistory } from './queries/get-pledge-history.ts';
import { listPledgesWithStatus, type PledgeFilter } from './queries/list-pledges-with-status.ts';
import { listAdministrations } from './queries/list-administrations.ts';
import { listFigures } from './queries/list-figures.ts';
import { listIndicators } from './queries/list-indicators.ts';
import { listPledges } from './queries/list-pledges.ts';
import { listSources } from './queries/list-sources.ts';
import { listThemes } from './queries/list-themes.ts';
import { listTrackerRows } from './queries/list-tracker-rows.ts';
import { endOfDayInSeoul } from './today.ts';

/**
 * The data-access facade public pages and route handlers call. Each returns plain records; `cache`
 * lets metadata and page share one query per request. It reads the replica at DATABASE_READ_URL
 * when there is one (db.ts); staff pages read the primary through staffData instead.
 */
export const dashboard = {
  listThemes: cache(() => listThemes(getReadDb())),
  listAdministrations: cache(() => listAdministrations(getReadDb())),
  listIndicators: cache(() => listIndicators(getReadDb())),
  listFigures: cache(() => listFigures(getReadDb())),
  listPledges: cache(() => listPledges(getReadDb())),
  listSources: cache(() => listSources(getReadDb())),
  getFigureHistory: cache((slug: string) => getFigureHistory(getReadDb(), slug)),
  getPledgeHistory: cache((slug: string) => getPledgeHistory(getReadDb(), slug)),
  getIndicatorPage: cache((slug: string, asOf?: string) =>
    getIndicatorPage(getReadDb(), slug, asOf ? endOfDayInSeoul(asOf) : undefined),
  ),
  listTrackerRows: cache((asOf: string) => listTrackerRows(getReadDb(), asOf)),
  listPledgesWithStatus: (filter: PledgeFilter, asOf: string) =>
    listPledgesWithStatus(getReadDb(), filter, asOf),
  countCurrentFigures: (filter: FigureFilter) => countCurrentFigures(getReadDb(), filter),
  listCurrentFigures: (filter: FigureFilter, page: { offset: number; limit: number }) =>
    listCurrentFigures(getReadDb(), filter, page),
  streamCurrentFigures: (filter: FigureFilter, batchSize?: number) =>
    streamCurrentFigures(getReadPool(), filter, batchSize),
};
