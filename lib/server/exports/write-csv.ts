import 'server-only';
import { toCsvLine, UTF8_BOM } from '../../domain/csv.ts';
import { EXPORT_HEADER, toFigureExportRow, toPledgeExportRow } from '../../domain/export-rows.ts';
import { dashboard } from '../dashboard.ts';
import type { ExportContent } from './export-scope.ts';

/**
 * The export as CSV text, chunk by chunk: the header, every figure (streamed from the database
 * one batch at a time), then every pledge. `bom` for Excel; without it for scripts.
 */
export async function* writeCsv(content: ExportContent, options: { bom: boolean }): AsyncGenerator<string> {
  yield `${options.bom ? UTF8_BOM : ''}${toCsvLine(EXPORT_HEADER)}`;
  const indicators = new Map(content.indicators.map((indicator) => [indicator.slug, indicator]));
  for await (const batch of dashboard.streamCurrentFigures(content.figureFilter)) {
    // One string per batch: thousands of tiny chunks would cost more than the rows themselves.
    yield batch.map((figure) => toCsvLine(toFigureExportRow(figure, indicators.get(figure.indicatorSlug)!))).join('');
  }
  for (const { pledge, indicator, status } of content.pledges) {
    yield toCsvLine(toPledgeExportRow(pledge, indicator, status));
  }
}
