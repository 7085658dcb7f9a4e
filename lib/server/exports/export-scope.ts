import 'server-only';
import { createCitedSources, type CitedSources } from '../../domain/cited-sources.ts';
import type { FigureRecord, IndicatorRecord, SourceRef } from '../../domain/records.ts';
import { filterTrackerRows, type TrackerSelection } from '../../domain/tracker.ts';
import { dashboard } from '../dashboard.ts';
import type { FigureFilter } from '../queries/current-figures.ts';
import type { PledgeWithStatus } from '../queries/current-pledges.ts';
import { HttpError } from '../http/to-error-response.ts';

/**
 * What a download contains, for each view a reader can download: everything, one indicator,
 * one theme, or the pledge tracker as currently filtered. Each scope reads what it contains and
 * nothing more: its indicators and pledges (a city's thousands at most), its figures described
 * by a filter and streamed by the writers, and the sources its rows cite, noted as they go by.
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
  /**
   * Which sources the file lists: every one the site keeps (the download of everything), or
   * those its figures and pledges quote — a reader of one indicator's file looks up the
   * articles its rows cite, and the site's thousands of others would only bury them.
   */
  sources: 'all' | 'cited';
}

export async function resolveExportScope(scope: ExportScope, asOf: string): Promise<ExportContent> {
  switch (scope.kind) {
    case 'all': {
      const [indicators, pledges] = await Promise.all([
        dashboard.listIndicators(),
        dashboard.listPledgesWithStatus({}, asOf),
      ]);
      return { stem: 'all', asOf, indicators, pledges, figureFilter: {}, sources: 'all' };
    }
    case 'indicator': {
      const [indicator, pledges] = await Promise.all([
        dashboard.getIndicator(scope.slug),
        dashboard.listPledgesWithStatus({ indicator: scope.slug }, asOf),
      ]);
      if (!indicator) throw new HttpError(404, `No indicator "${scope.slug}".`);
      return {
        stem: `indicator-${scope.slug}`,
        asOf,
        indicators: [indicator],
        pledges,
        figureFilter: { indicator: scope.slug },
        sources: 'cited',
      };
    }
    case 'theme': {
      const [indicators, pledges] = await Promise.all([
        dashboard.listThemeIndicators(scope.slug),
        dashboard.listPledgesWithStatus({ theme: scope.slug }, asOf),
      ]);
      if (indicators.length === 0) throw new HttpError(404, `No theme "${scope.slug}".`);
      return {
        stem: `theme-${scope.slug}`,
        asOf,
        indicators,
        pledges,
        figureFilter: { theme: scope.slug },
        sources: 'cited',
      };
    }
    case 'tracker': {
      // The view's pledges from the rows kept per data version, in the view's order; then only
      // those pledges are read in full, and their indicators come with them.
      const rows = filterTrackerRows(await dashboard.listTrackerRows(asOf), scope.view);
      const order = new Map(rows.map((row, index) => [row.slug, index]));
      const pledges =
        rows.length === 0
          ? []
          : (await dashboard.listPledgesWithStatus({ slugs: [...order.keys()] }, asOf)).sort(
              (a, b) => order.get(a.pledge.slug)! - order.get(b.pledge.slug)!,
            );
      const indicators = [
        ...new Map(pledges.map(({ indicator }) => [indicator.slug, indicator])).values(),
      ];
      return {
        stem: 'tracker',
        asOf,
        indicators,
        pledges,
        figureFilter: { indicators: indicators.map((indicator) => indicator.slug) },
        sources: 'cited',
      };
    }
  }
}

/**
 * The file's figures, streamed from the database, and its list of sources, to be asked for once
 * the figures have gone by (ExportContent.sources).
 */
export function streamExportContent(content: ExportContent): {
  figureBatches: AsyncIterable<FigureRecord[]>;
  listSources: () => Promise<readonly SourceRef[]>;
} {
  const figureBatches = dashboard.streamCurrentFigures(content.figureFilter);
  if (content.sources === 'all') return { figureBatches, listSources: dashboard.listSources };
  const cited = createCitedSources();
  for (const { pledge } of content.pledges) cited.note(pledge.source);
  return {
    figureBatches: noteSources(figureBatches, cited),
    listSources: async () => cited.list(),
  };
}

async function* noteSources(
  batches: AsyncIterable<FigureRecord[]>,
  cited: CitedSources,
): AsyncGenerator<FigureRecord[]> {
  for await (const batch of batches) {
    for (const figure of batch) cited.note(figure.source);
    yield batch;
  }
}
