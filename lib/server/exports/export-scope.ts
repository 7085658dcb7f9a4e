import 'server-only';
import type { IndicatorRecord, SourceRef } from '../../domain/records.ts';
import { filterTrackerRows, type TrackerSelection } from '../../domain/tracker.ts';
import { dashboard } from '../dashboard.ts';
import type { FigureFilter } from '../queries/current-figures.ts';
import type { PledgeWithStatus } from '../queries/current-pledges.ts';
import { HttpError } from '../http/to-error-response.ts';

/**
 * What a download contains, for each view a reader can download: everything, one indicator,
 * one theme, or the pledge tracker as currently filtered. Pledges and reference data are small
 * and read whole; figures are described by a filter and streamed by the writers.
 */

export type ExportScope =
  | { kind: 'all' }
  | { kind: 'indicator'; slug: string }
  | { kind: 'theme'; slug: string }
  | { kind: 'tracker'; view: TrackerSelection };

export interface ExportContent {
  /** Used in file names: "all", "indicator-startup-fund", "theme-startups", "tracker". */
  stem: string;
  asOf: string;
  indicators: IndicatorRecord[];
  pledges: PledgeWithStatus[];
  figureFilter: FigureFilter;
  sources: SourceRef[];
}

export async function resolveExportScope(scope: ExportScope, asOf: string): Promise<ExportContent> {
  const [allIndicators, sources] = await Promise.all([
    dashboard.listIndicators(),
    dashboard.listSources(),
  ]);
  switch (scope.kind) {
    case 'all':
      return {
        stem: 'all',
        asOf,
        indicators: allIndicators,
        pledges: await dashboard.listPledgesWithStatus({}, asOf),
        figureFilter: {},
        sources,
      };
    case 'indicator': {
      const indicators = allIndicators.filter((indicator) => indicator.slug === scope.slug);
      if (indicators.length === 0) throw new HttpError(404, `No indicator "${scope.slug}".`);
      const pledges = await dashboard.listPledgesWithStatus({ indicator: scope.slug }, asOf);
      return {
        stem: `indicator-${scope.slug}`,
        asOf,
        indicators,
        pledges,
        figureFilter: { indicator: scope.slug },
        sources,
      };
    }
    case 'theme': {
      const indicators = allIndicators.filter((indicator) => indicator.theme.slug === scope.slug);
      if (indicators.length === 0) throw new HttpError(404, `No theme "${scope.slug}".`);
      const pledges = await dashboard.listPledgesWithStatus({ theme: scope.slug }, asOf);
      return {
        stem: `theme-${scope.slug}`,
        asOf,
        indicators,
        pledges,
        figureFilter: { theme: scope.slug },
        sources,
      };
    }
    case 'tracker': {
      const rows = filterTrackerRows(await dashboard.listTrackerRows(asOf), scope.view);
      const kept = new Set(rows.map((row) => row.slug));
      const order = new Map(rows.map((row, index) => [row.slug, index]));
      const pledges = (await dashboard.listPledgesWithStatus({}, asOf))
        .filter((entry) => kept.has(entry.pledge.slug))
        .sort((a, b) => order.get(a.pledge.slug)! - order.get(b.pledge.slug)!);
      const slugs = [...new Set(pledges.map((entry) => entry.indicator.slug))];
      const indicators = allIndicators.filter((indicator) => slugs.includes(indicator.slug));
      return {
        stem: 'tracker',
        asOf,
        indicators,
        pledges,
        figureFilter: { indicators: slugs },
        sources,
      };
    }
  }
}
