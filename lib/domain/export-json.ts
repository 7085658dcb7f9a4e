import { toFigureDto, toPledgeDto, toSourceDto } from './api-v1/to-dto.ts';
import type { ExportParts } from './export-csv.ts';
import type { SourceRef } from './records.ts';

/**
 * The export as one JSON document, written piece by piece so figures can stream:
 * { about, figures: [...], pledges: [...], sources: [...] }, in the read API's shapes.
 */
export async function* writeExportJson(
  parts: ExportParts & { about: unknown; listSources: () => Promise<readonly SourceRef[]> },
): AsyncGenerator<string> {
  yield `{"about":${JSON.stringify(parts.about)},"figures":[`;
  const indicators = new Map(parts.indicators.map((indicator) => [indicator.slug, indicator]));
  let first = true;
  for await (const batch of parts.figureBatches) {
    if (batch.length === 0) continue;
    const text = batch
      .map((figure) => JSON.stringify(toFigureDto(figure, indicators.get(figure.indicatorSlug)!)))
      .join(',');
    yield `${first ? '' : ','}${text}`;
    first = false;
  }
  const pledges = parts.pledges.map(({ pledge, indicator, status, verdict }) =>
    toPledgeDto(pledge, indicator, status, parts.progress, {
      summary: verdict ?? null,
      words: parts.verdicts,
    }),
  );
  // Asked for after the figures: the sources a file cites are known once they have gone by.
  const sources = (await parts.listSources()).map(toSourceDto);
  yield `],"pledges":${JSON.stringify(pledges)},"sources":${JSON.stringify(sources)}}`;
}
