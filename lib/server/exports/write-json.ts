import 'server-only';
import { toFigureDto, toPledgeDto, toSourceDto } from '../../domain/api-v1/to-dto.ts';
import { dashboard } from '../dashboard.ts';
import type { ExportContent } from './export-scope.ts';
import { exportAbout } from './export-about.ts';

/**
 * The export as one JSON document, written piece by piece so figures stream from the database:
 * { about, figures: [...], pledges: [...], sources: [...] } in the shapes of the read API.
 */
export async function* writeJson(content: ExportContent): AsyncGenerator<string> {
  yield `{"about":${JSON.stringify(exportAbout(content))},"figures":[`;
  const indicators = new Map(content.indicators.map((indicator) => [indicator.slug, indicator]));
  let first = true;
  for await (const batch of dashboard.streamCurrentFigures(content.figureFilter)) {
    const text = batch.map((figure) => JSON.stringify(toFigureDto(figure, indicators.get(figure.indicatorSlug)!))).join(',');
    yield `${first ? '' : ','}${text}`;
    first = false;
  }
  const pledges = content.pledges.map(({ pledge, indicator, status }) => toPledgeDto(pledge, indicator, status));
  yield `],"pledges":${JSON.stringify(pledges)},"sources":${JSON.stringify(content.sources.map(toSourceDto))}}`;
}
