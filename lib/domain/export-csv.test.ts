import { describe, expect, it } from 'vitest';
import { toCsvLine } from './csv.ts';
import { createFigureLineWriter, writeExportCsv } from './export-csv.ts';
import { toFigureExportRow } from './export-rows.ts';
import { aFigure, aSource, anIndicator } from './testing/records.ts';

const fund = anIndicator();
const camps = anIndicator({ slug: 'ai-startup-camps', nameKo: '광주AI 창업캠프 수', nameEn: 'Gwangju AI startup camps', unit: 'FACILITIES' });
const figures = [
  aFigure(),
  aFigure({ slug: 'awkward', quote: '=1+2, "인용" 그리고\n줄바꿈', noteKo: '쉼표, 있음', noteEn: null, revision: 3 }),
  aFigure({ slug: 'camps', indicatorSlug: camps.slug, value: '2', source: aSource({ slug: 'other', title: '다른, 기사', publishedInferred: false, url: 'https://example.org/a?b=1,2' }) }),
  aFigure({ slug: 'negative', value: '-45.5', observedOn: { date: '2021-01-01', precision: 'YEAR' } }),
];

describe('createFigureLineWriter', () => {
  it.each(figures.map((figure) => [figure.slug, figure] as const))('writes %s exactly as the generic row writer does', (_slug, figure) => {
    const write = createFigureLineWriter([fund, camps]);
    const indicator = figure.indicatorSlug === camps.slug ? camps : fund;
    // Twice: the second call uses the cached indicator and source parts.
    expect(write(figure)).toBe(toCsvLine(toFigureExportRow(figure, indicator)));
    expect(write(figure)).toBe(toCsvLine(toFigureExportRow(figure, indicator)));
  });

  it('refuses a figure of an indicator that is not part of the export', () => {
    expect(() => createFigureLineWriter([camps])(aFigure())).toThrow(/not in the export/);
  });
});

describe('writeExportCsv', () => {
  async function* batches() {
    yield figures.slice(0, 2);
    yield [];
    yield figures.slice(2);
  }

  it('writes the BOM only when asked, then the header and one line per figure', async () => {
    for (const bom of [true, false]) {
      let text = '';
      for await (const chunk of writeExportCsv({ indicators: [fund, camps], figureBatches: batches(), pledges: [] }, { bom })) text += chunk;
      expect(text.startsWith('\uFEFFrecord_kind,')).toBe(bom);
      expect(text.replace(/"(?:[^"]|"")*"/g, '').split('\r\n')).toHaveLength(1 + figures.length + 1);
    }
  });
});
