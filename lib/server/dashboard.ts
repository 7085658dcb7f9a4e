import 'server-only';
import { cache } from 'react';
import { getDb, getPool } from './db.ts';
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
 * The data-access facade pages and route handlers call. Each returns plain records; `cache`
 * lets metadata and page share one query per request.
 */
export const dashboard = {
  listThemes: cache(() => listThemes(getDb())),
  listAdministrations: cache(() => listAdministrations(getDb())),
  listIndicators: cache(() => listIndicators(getDb())),
  listFigures: cache(() => listFigures(getDb())),
  listPledges: cache(() => listPledges(getDb())),
  listSources: cache(() => listSources(getDb())),
  getFigureHistory: cache((slug: string) => getFigureHistory(getDb(), slug)),
  getPledgeHistory: cache((slug: string) => getPledgeHistory(getDb(), slug)),
  getIndicatorPage: cache((slug: string, asOf?: string) =>
    getIndicatorPage(getDb(), slug, asOf ? endOfDayInSeoul(asOf) : undefined),
  ),
  listTrackerRows: cache((asOf: string) => listTrackerRows(getDb(), asOf)),
  listPledgesWithStatus: (filter: PledgeFilter, asOf: string) =>
    listPledgesWithStatus(getDb(), filter, asOf),
  countCurrentFigures: (filter: FigureFilter) => countCurrentFigures(getDb(), filter),
  listCurrentFigures: (filter: FigureFilter, page: { offset: number; limit: number }) =>
    listCurrentFigures(getDb(), filter, page),
  streamCurrentFigures: (filter: FigureFilter, batchSize?: number) =>
    streamCurrentFigures(getPool(), filter, batchSize),
};
