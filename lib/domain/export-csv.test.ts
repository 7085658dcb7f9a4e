import { describe, expect, it } from 'vitest';
import { CSV_FOR_EXCEL, CSV_FOR_SCRIPTS, toCsvLine, type CsvFlavour } from './csv.ts';
import { createFigureLineWriter, writeExportCsv, type ExportParts } from './export-csv.ts';
import { toFigureExportRow } from './export-rows.ts';
import { parseCsvText } from './parse-csv-text.ts';
import { computePledgeStatus } from './pledge-status.ts';
import type { FigureRecord, IndicatorRecord } from './records.ts';
import { aCampsIndicator, aFigure, aPledge, aSource, anIndicator } from './testing/records.ts';
import { translatorsFor } from '../../i18n/translators.ts';

const fund = anIndicator();
const camps = aCampsIndicator();
const figures = [
  aFigure(),
  aFigure({
    slug: 'awkward',
    quote: '=1+2, "인용" 그리고\n줄바꿈',
    noteKo: '쉼표, 있음',
    noteEn: null,
    revision: 3,
  }),
  aFigure({
    slug: 'camps',
    indicatorSlug: camps.slug,
    value: '2',
    source: aSource({
      slug: 'other',
      title: '다른, 기사',
      publishedInferred: false,
      url: 'https://example.org/a?b=1,2',
    }),
  }),
  aFigure({
    slug: 'negative',
    value: '-45.5',
    observedOn: { date: '2021-01-01', precision: 'YEAR' },
  }),
];

describe('createFigureLineWriter', () => {
  it.each(figures.map((figure) => [figure.slug, figure] as const))(
    'writes %s exactly as the generic row writer does',
    (_slug, figure) => {
      const write = createFigureLineWriter([fund, camps]);
      const indicator = figure.indicatorSlug === camps.slug ? camps : fund;
      // Twice: the second call uses the cached indicator and source parts.
      expect(write(figure)).toBe(toCsvLine(toFigureExportRow(figure, indicator)));
      expect(write(figure)).toBe(toCsvLine(toFigureExportRow(figure, indicator)));
    },
  );

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

  it.each([
    ['for Excel', CSV_FOR_EXCEL, true],
    ['for scripts', CSV_FOR_SCRIPTS, false],
  ] as const)(
    'writes the CSV %s with a BOM only for Excel, then the header and one line per figure',
    async (_, flavour, bom) => {
      const text = await writeAll([fund, camps], batches(), flavour);
      expect(text.startsWith('\uFEFFrecord_kind,')).toBe(bom);
      expect(text.replace(/"(?:[^"]|"")*"/g, '').split('\r\n')).toHaveLength(
        1 + figures.length + 1,
      );
    },
  );
});

/**
 * The two promises, as the downloads page and the about sheet state them: the CSV for Excel
 * guards formulas (a stored "=1+1" arrives as "'=1+1", so opening the file runs nothing); the
 * CSV for scripts gives every value back exactly as stored, a leading apostrophe included.
 */
describe('the two CSV contracts', () => {
  const stored = [
    '=1+1',
    "'=1+1",
    '+82 62 613 2114',
    '-절감',
    '@SUM(A1)',
    '＝1',
    '\tindented',
    "'quoted already",
    'plain, with "quotes"\n and a line',
  ];
  const tricky = stored.map((quote, index) =>
    aFigure({ slug: `tricky-${index}`, quote, noteKo: quote, noteEn: quote }),
  );
  const pledgeRecord = aPledge({
    titleKo: '=HYPERLINK("http://example.org")',
    titleEn: '-1 tonne',
  });
  const pledge = {
    pledge: pledgeRecord,
    indicator: fund,
    status: computePledgeStatus({
      pledge: pledgeRecord,
      indicator: fund,
      figures: [],
      asOf: '2026-01-31',
    }),
  };

  async function readBack(flavour: CsvFlavour) {
    const text = await writeAll(
      [fund],
      (async function* () {
        yield tricky;
      })(),
      flavour,
      [pledge],
    );
    const parsed = parseCsvText(flavour.bom ? text.slice(1) : text);
    if (!parsed.ok) throw new Error(`unparsable export: ${parsed.code}`);
    const [header, ...rows] = parsed.records.map((record) => record.cells);
    const column = (name: string) => header!.indexOf(name);
    return { rows, column };
  }

  it('CSV for scripts: every stored value comes back exactly, with no apostrophe added', async () => {
    const { rows, column } = await readBack(CSV_FOR_SCRIPTS);
    const figureRows = rows.filter((row) => row[column('record_kind')] === 'reported_figure');
    expect(figureRows.map((row) => row[column('quote')])).toEqual(stored);
    expect(figureRows.map((row) => row[column('note_ko')])).toEqual(stored);
    expect(figureRows.map((row) => row[column('note_en')])).toEqual(stored);
    const pledgeRow = rows.find((row) => row[column('record_kind')] === 'pledge_target')!;
    expect(pledgeRow[column('pledge_title_ko')]).toBe('=HYPERLINK("http://example.org")');
    expect(pledgeRow[column('pledge_title_en')]).toBe('-1 tonne');
  });

  it('CSV for Excel: text a spreadsheet would run gets a leading apostrophe; numbers stay numbers', async () => {
    const { rows, column } = await readBack(CSV_FOR_EXCEL);
    const figureRows = rows.filter((row) => row[column('record_kind')] === 'reported_figure');
    expect(figureRows.map((row) => row[column('quote')])).toEqual([
      "'=1+1",
      "'=1+1",
      "'+82 62 613 2114",
      "'-절감",
      "'@SUM(A1)",
      "'＝1",
      "'\tindented",
      "'quoted already",
      'plain, with "quotes"\n and a line',
    ]);
    const pledgeRow = rows.find((row) => row[column('record_kind')] === 'pledge_target')!;
    expect(pledgeRow[column('pledge_title_ko')]).toBe('\'=HYPERLINK("http://example.org")');
    expect(pledgeRow[column('pledge_title_en')]).toBe("'-1 tonne");
    const negative = await readBackValue('-45.5');
    expect(negative).toBe('-45.5');
  });

  async function readBackValue(value: string) {
    const text = await writeAll(
      [fund],
      (async function* () {
        yield [aFigure({ value })];
      })(),
      CSV_FOR_EXCEL,
    );
    const parsed = parseCsvText(text.slice(1));
    if (!parsed.ok) throw new Error('unparsable');
    const [header, row] = parsed.records.map((record) => record.cells);
    return row![header!.indexOf('value_exact')];
  }

  it('the fast figure writer agrees with the generic one in both flavours', () => {
    for (const formulaGuard of [true, false]) {
      const write = createFigureLineWriter([fund], formulaGuard);
      for (const figure of tricky)
        expect(write(figure)).toBe(toCsvLine(toFigureExportRow(figure, fund), formulaGuard));
    }
  });
});

async function writeAll(
  indicators: IndicatorRecord[],
  figureBatches: AsyncIterable<FigureRecord[]>,
  flavour: CsvFlavour,
  pledges: ExportParts['pledges'] = [],
): Promise<string> {
  let text = '';
  for await (const chunk of writeExportCsv(
    {
      indicators,
      figureBatches,
      pledges,
      progress: translatorsFor('progress'),
      verdicts: translatorsFor('verdicts'),
    },
    flavour,
  ))
    text += chunk;
  return text;
}
