import type { ChartModel } from './chart-model.ts';
import { formatPreciseDate } from './precise-date.ts';
import type { FigureRecord, PledgeRecord, SourceRef } from './records.ts';
import type { Wording } from './translator.ts';

/**
 * The sources behind what a chart shows (its figures and the pledges whose targets, paths or
 * lines it draws), each once, oldest first: what a chart image or embed must cite.
 */
export function listChartSources(
  model: ChartModel,
  figures: readonly FigureRecord[],
  pledges: readonly PledgeRecord[],
): SourceRef[] {
  const shownFigures = new Set(model.figures.map((point) => point.slug));
  const shownPledges = new Set([
    ...model.targets.map((target) => target.pledgeSlug),
    ...model.paths.map((path) => path.pledgeSlug),
    ...model.openTargets.map((target) => target.pledgeSlug),
  ]);
  const sources = new Map<string, SourceRef>();
  for (const figure of figures)
    if (shownFigures.has(figure.slug)) sources.set(figure.source.slug, figure.source);
  for (const pledge of pledges)
    if (shownPledges.has(pledge.slug)) sources.set(pledge.source.slug, pledge.source);
  return [...sources.values()].sort((a, b) =>
    a.publishedOn.date < b.publishedOn.date ? -1 : a.publishedOn.date > b.publishedOn.date ? 1 : 0,
  );
}

/**
 * "광주일보 「…」(2025년 9월); 뉴스1 「…」(2023년 4월) 외 2건": the first `limit` sources in full,
 * then how many more, so the line stays readable under a chart however many articles it cites.
 * `t` reads the `citation` namespace of messages/*.json.
 */
export function formatSourceList(
  sources: readonly SourceRef[],
  { locale, t }: Wording,
  limit = 3,
): string {
  const shown = sources.slice(0, limit).map((source) =>
    t('source', {
      publisher: source.publisher,
      title: source.title,
      date: formatPreciseDate(source.publishedOn, locale),
    }),
  );
  const rest = sources.length - shown.length;
  const list = shown.join('; ');
  return rest <= 0 ? list : t('more', { list, rest });
}
