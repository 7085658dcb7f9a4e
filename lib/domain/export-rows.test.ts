import { describe, it, expect } from 'vitest';
import { translatorsFor } from '../../i18n/translators.ts';
import { computePledgeStatus } from './pledge-status.ts';
import Papa from 'papaparse';
import { UTF8_BOM, toCsv, type CsvCell } from './csv.ts';
import { EXPORT_HEADER, toFigureExportRow, toPledgeExportRow } from './export-rows.ts';
import type { FigureRecord, IndicatorRecord, PledgeRecord } from './records.ts';
import {
  aCampsIndicator,
  aFigure,
  aMilestone,
  aPeriod,
  aPledge,
  aRaisedPledge,
  anIndicator,
} from './testing/records.ts';

type Column = (typeof EXPORT_HEADER)[number];

/** A row read back by column name, so a test names what it checks rather than a position. */
function byColumn(row: readonly CsvCell[]): Record<Column, CsvCell> {
  expect(row).toHaveLength(EXPORT_HEADER.length);
  return Object.fromEntries(EXPORT_HEADER.map((column, index) => [column, row[index]])) as Record<
    Column,
    CsvCell
  >;
}

/** Reads a file the way a spreadsheet would, with an independent RFC 4180 parser. */
function parseCsv(text: string): string[][] {
  expect(text.startsWith(UTF8_BOM)).toBe(true);
  const result = Papa.parse<string[]>(text.slice(UTF8_BOM.length), {
    delimiter: ',',
    newline: '\r\n',
  });
  expect(result.errors).toEqual([]);
  // The CRLF after the last record makes the parser report one empty trailing row.
  const last = result.data.at(-1);
  return last !== undefined && last.length === 1 && last[0] === ''
    ? result.data.slice(0, -1)
    : result.data;
}

const startupFund = anIndicator();
const startupCamps = aCampsIndicator();

describe('EXPORT_HEADER', () => {
  it('names each column once, in snake_case', () => {
    expect(new Set(EXPORT_HEADER).size).toBe(EXPORT_HEADER.length);
    for (const column of EXPORT_HEADER) expect(column).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it.each<[string, readonly CsvCell[]]>([
    ['a figure', toFigureExportRow(aFigure(), startupFund)],
    ['a target pledge', toPledgeExportRow(aPledge(), startupFund)],
    ['a target without deadline', toPledgeExportRow(aRaisedPledge(), startupFund)],
    ['a milestone', toPledgeExportRow(aMilestone(), startupCamps)],
  ])('has exactly one cell per column in %s row', (_name, row) => {
    expect(row).toHaveLength(EXPORT_HEADER.length);
  });
});

/** Every column from `first` to `last` in header order, left empty. */
function emptyColumns(first: Column, last: Column): Partial<Record<Column, CsvCell>> {
  const columns = EXPORT_HEADER.slice(
    EXPORT_HEADER.indexOf(first),
    EXPORT_HEADER.indexOf(last) + 1,
  );
  return Object.fromEntries(columns.map((column) => [column, null]));
}

describe('toFigureExportRow', () => {
  // A figure belongs to no pledge and has no status or verdict of its own: those columns stay empty.
  const NO_PLEDGE = emptyColumns('pledge_slug', 'superseded_by_pledge');
  const NO_STATUS = emptyColumns('status', 'verdict_evidence');

  it('writes the seed’s 6,192억 figure in won, with its month and its source', () => {
    expect(byColumn(toFigureExportRow(aFigure(), startupFund))).toEqual({
      record_kind: 'reported_figure',
      indicator_slug: 'startup-fund',
      indicator_name_ko: '창업펀드 조성액',
      indicator_name_en: 'Startup fund raised',
      theme_ko: '창업·투자',
      unit: 'KRW',
      value_exact: '619200000000',
      value_display_ko: '6,192억 원',
      date: '2025-09',
      date_precision: 'month',
      date_role: 'observed',
      date_inferred: 'yes',
      ...NO_PLEDGE,
      revision: 1,
      source_title: '[제목 미표기] 광주시·항저우시, AI 우호 협력 손 맞잡는다',
      source_publisher: '뉴스노크',
      source_published: '2025-09',
      source_date_inferred: 'yes',
      source_url: null,
      quote: aFigure().quote,
      note_ko: '6,192억 원. 5,000억 원 목표를 조기 달성했다고 보도된 조성액이다.',
      note_en: aFigure().noteEn,
      ...NO_STATUS,
    });
  });

  it.each<[string, Partial<FigureRecord>, IndicatorRecord, Partial<Record<Column, CsvCell>>]>([
    [
      'trailing zeros dropped, no digit lost',
      { value: '619200000000.00' },
      startupFund,
      { value_exact: '619200000000', value_display_ko: '6,192억 원' },
    ],
    [
      'beyond float precision',
      { value: '123456789012345678' },
      startupFund,
      { value_exact: '123456789012345678' },
    ],
    [
      'a count in its counter',
      { value: '2', observedOn: aPeriod('2021-03-15') },
      startupCamps,
      {
        value_exact: '2',
        value_display_ko: '2곳',
        unit: 'FACILITIES',
        date: '2021-03-15',
        date_precision: 'day',
      },
    ],
    [
      'a year',
      { observedOn: aPeriod('2021') },
      startupFund,
      { date: '2021', date_precision: 'year' },
    ],
    [
      'a corrected figure keeps its revision, a dated source is not inferred',
      { revision: 3, source: aMilestone().source },
      startupFund,
      {
        revision: 3,
        date_inferred: 'no',
        source_date_inferred: 'no',
        source_published: '2021-01-01',
        source_publisher: '매체명 미상',
      },
    ],
    ['no note', { noteKo: null }, startupFund, { note_ko: null }],
  ])('%s', (_name, overrides, indicator, expected) => {
    expect(byColumn(toFigureExportRow(aFigure(overrides), indicator))).toMatchObject(expected);
  });
});

describe('toPledgeExportRow with a verdict', () => {
  const verdictsKo = translatorsFor('verdicts').ko;
  const progressKo = translatorsFor('progress').ko;
  const status = computePledgeStatus({
    pledge: aPledge(),
    indicator: startupFund,
    figures: [aFigure()],
    asOf: '2026-11-22',
  });
  const summary = {
    id: 1,
    rating: 'COMPLETED' as const,
    reasoningKo: '목표를 넘었다.',
    reasoningEn: 'It passed the target.',
    publishedAt: '2026-12-01T03:00:00.000Z',
    corrected: false,
    unreviewed: false,
    evidence: [
      {
        source: aFigure().source,
        quote: '5000억 창업펀드 목표를 조기 달성(6192억원)하면서',
        on: aPeriod('2025-09'),
      },
    ],
  };

  it('carries the verdict beside the status, with its evidence quoted and dated', () => {
    const row = byColumn(
      toPledgeExportRow(aPledge(), startupFund, status, progressKo, { summary, verdictsKo }),
    );
    expect(row).toMatchObject({
      status: 'ACHIEVED',
      verdict: 'COMPLETED',
      verdict_ko: '완료',
      verdict_reasoning_ko: '목표를 넘었다.',
      verdict_reasoning_en: 'It passed the target.',
      verdict_published_at: '2026-12-01T03:00:00.000Z',
      verdict_reviewed: 'yes',
      verdict_disagrees_with_status: 'no',
      verdict_evidence:
        '“5000억 창업펀드 목표를 조기 달성(6192억원)하면서” — 뉴스노크, [제목 미표기] 광주시·항저우시, AI 우호 협력 손 맞잡는다 (2025-09)',
    });
  });

  it('flags a verdict that contradicts the computed status, and leaves both', () => {
    const row = byColumn(
      toPledgeExportRow(aPledge(), startupFund, status, progressKo, {
        summary: { ...summary, rating: 'DROPPED' },
        verdictsKo,
      }),
    );
    expect(row).toMatchObject({
      status: 'ACHIEVED',
      verdict: 'DROPPED',
      verdict_ko: '폐기',
      verdict_disagrees_with_status: 'yes',
    });
  });

  it('leaves the verdict columns empty where none was published', () => {
    const row = byColumn(
      toPledgeExportRow(aPledge(), startupFund, status, progressKo, {
        summary: null,
        verdictsKo,
      }),
    );
    expect(row).toMatchObject(emptyColumns('verdict', 'verdict_evidence'));
  });
});

describe('toPledgeExportRow', () => {
  it.each<[string, PledgeRecord, IndicatorRecord, Partial<Record<Column, CsvCell>>]>([
    [
      'the 5,000억 target: deadline 2026 inferred, baseline 0 assumed, raised to 1조',
      aPledge(),
      startupFund,
      {
        record_kind: 'pledge_target',
        indicator_slug: 'startup-fund',
        unit: 'KRW',
        value_exact: '500000000000',
        value_display_ko: '5,000억 원',
        date: '2026',
        date_precision: 'year',
        date_role: 'deadline',
        date_inferred: 'yes',
        pledge_slug: 'startup-fund-500b-won',
        pledge_title_ko: '창업펀드 5,000억 원 조성',
        pledge_title_en: 'Build a KRW 500 billion startup fund',
        administration_ko: '민선 8기',
        mayor_ko: '강기정',
        baseline_value_exact: '0',
        baseline_date: '2022-07-01',
        baseline_assumed: 'yes',
        superseded_by_pledge: 'startup-fund-1t-won',
        revision: 1,
        source_title: '[제목 미표기] 광주시·항저우시, AI 우호 협력 손 맞잡는다',
        source_publisher: '뉴스노크',
        source_published: '2025-09',
        source_date_inferred: 'yes',
        quote: aPledge().quote,
      },
    ],
    [
      'the 1조 target: no deadline, baseline 6,192억 as reported, current',
      aRaisedPledge(),
      startupFund,
      {
        record_kind: 'pledge_target',
        value_exact: '1000000000000',
        value_display_ko: '1조 원',
        date: null,
        date_precision: null,
        date_role: 'deadline',
        date_inferred: null,
        pledge_slug: 'startup-fund-1t-won',
        baseline_value_exact: '619200000000',
        baseline_date: '2025-09',
        baseline_assumed: 'no',
        superseded_by_pledge: null,
      },
    ],
    [
      'a milestone: no value, no baseline, its year',
      aMilestone(),
      startupCamps,
      {
        record_kind: 'pledge_milestone',
        indicator_slug: 'ai-startup-camps',
        value_exact: null,
        value_display_ko: null,
        date: '2021',
        date_precision: 'year',
        date_inferred: 'no',
        pledge_slug: 'ai-startup-camp-2-opening-2021',
        administration_ko: '민선 7기',
        mayor_ko: '이용섭',
        baseline_value_exact: null,
        baseline_date: null,
        baseline_assumed: null,
        superseded_by_pledge: null,
        source_published: '2021-01-01',
        source_date_inferred: 'no',
      },
    ],
    [
      'a policy: its promised level as the value, its year',
      aMilestone({ kind: 'POLICY', targetValue: '1000000' }),
      startupCamps,
      {
        record_kind: 'pledge_policy',
        value_exact: '1000000',
        date: '2021',
        date_role: 'deadline',
      },
    ],
    [
      'a milestone without a deadline',
      aMilestone({ deadline: null }),
      startupCamps,
      {
        record_kind: 'pledge_milestone',
        value_exact: null,
        date: null,
        date_precision: null,
        date_inferred: null,
      },
    ],
    [
      'a target value with trailing zeros, in base units',
      aPledge({
        targetValue: '500000000000.0',
        baseline: { value: '0.00', on: aPeriod('2022-07-01'), assumed: true },
      }),
      startupFund,
      { value_exact: '500000000000', baseline_value_exact: '0' },
    ],
  ])('%s', (_name, pledge, indicator, expected) => {
    expect(byColumn(toPledgeExportRow(pledge, indicator))).toMatchObject(expected);
  });
});

describe('an export written with toCsv', () => {
  const awkward: [string, string, string][] = [
    ['with-comma', '창업펀드 6192억원, 1조원 목표', '창업펀드 6192억원, 1조원 목표'],
    ['with-quote', '강 시장은 "1조원 펀드"를 약속했다', '강 시장은 "1조원 펀드"를 약속했다'],
    ['with-newline', '첫째 줄\n둘째 줄', '첫째 줄\n둘째 줄'],
    ['with-crlf', '첫째 줄\r\n둘째 줄', '첫째 줄\r\n둘째 줄'],
    // A spreadsheet would run this as a formula; the apostrophe makes it text, and only one is added.
    [
      'with-formula',
      '=HYPERLINK("http://example.com","6192억")',
      '\'=HYPERLINK("http://example.com","6192억")',
    ],
  ];
  const figures = awkward.map(([slug, quote], index) =>
    aFigure({ slug, quote, observedOn: aPeriod(`2025-0${index + 1}`) }),
  );
  const pledges = [aPledge(), aRaisedPledge(), aMilestone()];
  // As the download writes them: figures, then pledges.
  const rows = [
    ...figures.map((figure) => toFigureExportRow(figure, startupFund)),
    ...pledges.map((pledge) =>
      toPledgeExportRow(
        pledge,
        pledge.indicatorSlug === startupFund.slug ? startupFund : startupCamps,
      ),
    ),
  ];
  const text = toCsv(EXPORT_HEADER, rows, { bom: true });

  it('breaks lines only between records, so a spreadsheet that splits on any LF reads the same rows', () => {
    const outsideQuotes = text.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes.split('\r\n')).toHaveLength(1 + figures.length + pledges.length + 1);
    expect(outsideQuotes).not.toMatch(/\r(?!\n)|(?<!\r)\n/);
  });

  it('reads back as the header and one record per row, each with every column', () => {
    const parsed = parseCsv(text);
    expect(parsed[0]).toEqual([...EXPORT_HEADER]);
    expect(parsed).toHaveLength(1 + figures.length + pledges.length);
    for (const record of parsed) expect(record).toHaveLength(EXPORT_HEADER.length);
  });

  it.each(awkward.map(([slug, , expected], index) => [slug, index, expected] as const))(
    'keeps the quote %s intact',
    (_slug, index, expected) => {
      const quoteColumn = EXPORT_HEADER.indexOf('quote');
      expect(parseCsv(text)[1 + index]?.[quoteColumn]).toBe(expected);
    },
  );

  it('reads back every other cell as written: exact won, Korean display text, empty for none', () => {
    const parsed = parseCsv(text);
    const written = rows.map((row) =>
      row.map((cell) => (cell === null || cell === undefined ? '' : String(cell))),
    );
    const quoteColumn = EXPORT_HEADER.indexOf('quote');
    const withoutQuotes = (rows: string[][]) =>
      rows.map((row) => row.filter((_cell, index) => index !== quoteColumn));
    expect(withoutQuotes(parsed.slice(1))).toEqual(withoutQuotes(written));
    expect(parsed[1]?.[EXPORT_HEADER.indexOf('value_exact')]).toBe('619200000000');
    expect(parsed[1]?.[EXPORT_HEADER.indexOf('value_display_ko')]).toBe('6,192억 원');
  });
});
