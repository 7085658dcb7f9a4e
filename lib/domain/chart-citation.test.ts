import { describe, expect, it } from 'vitest';
import { translatorFor } from '../../i18n/translators.ts';
import { formatSourceList, listChartSources } from './chart-citation.ts';
import { filterChartModel, toChartModel } from './chart-model.ts';
import { aFigure, aPledge, aSource } from './testing/records.ts';

const older = aSource({
  slug: 'older',
  title: '옛 기사',
  publisher: '광주일보',
  publishedOn: { date: '2019-03-12', precision: 'DAY' },
});
const newer = aSource();

describe('listChartSources', () => {
  it('cites each source of a shown figure or pledge once, oldest first', () => {
    const figures = [aFigure(), aFigure({ slug: 'again' })];
    const pledges = [aPledge({ source: older })];
    expect(
      listChartSources(toChartModel(figures, pledges), figures, pledges).map(
        (source) => source.slug,
      ),
    ).toEqual(['older', newer.slug]);
  });

  it('leaves out what the chosen period does not show', () => {
    const figures = [
      aFigure({ source: older, observedOn: { date: '2019-03-01', precision: 'MONTH' } }),
    ];
    const model = filterChartModel(toChartModel(figures, []), {
      from: '2022-07-01',
      to: '2026-06-30',
    });
    expect(listChartSources(model, figures, [])).toEqual([]);
  });
});

describe('formatSourceList', () => {
  it.each([
    ['ko', [older], '광주일보 「옛 기사」(2019년 3월 12일)'],
    ['en', [older], '광주일보, “옛 기사” (12 Mar 2019)'],
    [
      'ko',
      [older, newer, older, newer],
      `광주일보 「옛 기사」(2019년 3월 12일); 뉴스노크 「${newer.title}」(2025년 9월); 광주일보 「옛 기사」(2019년 3월 12일) 외 1건`,
    ],
    [
      'en',
      [older, newer, older, newer, older],
      `광주일보, “옛 기사” (12 Mar 2019); 뉴스노크, “${newer.title}” (Sep 2025); 광주일보, “옛 기사” (12 Mar 2019) and 2 more`,
    ],
  ] as const)('%s %#', (locale, sources, expected) =>
    expect(formatSourceList(sources, { locale, t: translatorFor(locale, 'citation') })).toBe(
      expected,
    ),
  );
});
