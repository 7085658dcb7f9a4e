import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { isDecimalString } from './exact-decimal.ts';
import {
  DEFAULT_IMPORT_LIMITS,
  IMPORT_COLUMNS,
  IMPORT_ISSUE_CODES,
  canImport,
  formatImportIssue,
  parseFigureImport,
  toFigureImportTemplate,
  type FigureImportContext,
  type FigureImportLimits,
  type FigureImportResult,
  type ImportIssue,
  type ImportIssueCode,
} from './figure-import.ts';
import { isSlug } from './slug.ts';
import { DATE_PRECISIONS } from './types.ts';

const CONTEXT: FigureImportContext = {
  indicators: new Map([
    ['ai-phase-1-investment', { unit: 'KRW' }],
    ['ai-data-centre-performance', { unit: 'PERCENT' }],
    ['ai-companies-relocated', { unit: 'COMPANIES' }],
  ]),
  sources: new Set(['newsnok-2025-09-hangzhou', 'gwangju-2021-01-01-new-year']),
  figureSlugs: new Set([
    'ai-phase-1-investment-2025-09',
    'ai-companies-relocated-2024',
    'ai-companies-relocated-2023',
    'ai-companies-relocated-2023-2',
  ]),
  existing: [
    {
      slug: 'ai-phase-1-investment-2025-09',
      indicator: 'ai-phase-1-investment',
      observedOn: '2025-09-01',
      precision: 'MONTH',
      value: '426900000000',
    },
    {
      slug: 'ai-companies-relocated-2024',
      indicator: 'ai-companies-relocated',
      observedOn: '2024-01-01',
      precision: 'YEAR',
      value: '160.0',
    },
  ],
};

const HEADER = 'indicator,value,observed_on,source,quote';
const SOURCE = 'newsnok-2025-09-hangzhou';
/** A valid data row; the arguments replace its cells. */
const row = ({
  indicator = 'ai-companies-relocated',
  value = '170',
  observedOn = '2025-09',
  source = SOURCE,
  quote = '기사 문장',
} = {}) => [indicator, value, observedOn, source, quote].join(',');

const encode = (...lines: string[]) =>
  new TextEncoder().encode(lines.map((line) => `${line}\r\n`).join(''));
const importLines = (lines: string[], limits?: FigureImportLimits) =>
  parseFigureImport(encode(...lines), CONTEXT, limits);
const importRows = (...rows: string[]) => importLines([HEADER, ...rows]);
const allIssues = (result: FigureImportResult) => [
  ...result.fileErrors,
  ...result.rows.flatMap((r) => r.issues),
];
const codesOf = (result: FigureImportResult) => allIssues(result).map((issue) => issue.code);

describe('parseFigureImport: a clean file', () => {
  it('reads every column of a row into a new figure', () => {
    const result = importLines([
      'indicator,value,observed_on,source,quote,note_ko,note_en,slug',
      'ai-phase-1-investment,"6,192억 원",2025-09-24,newsnok-2025-09-hangzhou," 광주시는 6192억원을 투입했다. ",비고,A note,',
    ]);
    expect(result).toEqual({
      encoding: 'utf-8',
      fileErrors: [],
      rows: [
        {
          row: 2,
          status: 'new',
          figure: {
            slug: 'ai-phase-1-investment-2025-09-24',
            indicator: 'ai-phase-1-investment',
            value: '619200000000',
            observedOn: '2025-09-24',
            precision: 'DAY',
            source: 'newsnok-2025-09-hangzhou',
            quote: '광주시는 6192억원을 투입했다.',
            noteKo: '비고',
            noteEn: 'A note',
          },
          issues: [],
        },
      ],
    });
    expect(canImport(result)).toBe(true);
  });

  it('takes Korean headers, any order, any case, trimmed; "note" for note_en; blank notes as null', () => {
    const result = importLines([
      ' 출처 ,인용문,기준일,값,지표,NOTE,비고,Slug',
      `${SOURCE},문장,2025,62,ai-companies-relocated, , ,`,
    ]);
    expect(result.fileErrors).toEqual([]);
    expect(result.rows[0]?.figure).toMatchObject({
      value: '62',
      observedOn: '2025-01-01',
      precision: 'YEAR',
      noteKo: null,
      noteEn: null,
    });
  });

  it('keeps text that a spreadsheet would run as a formula exactly as written; it is stored, not exported', () => {
    const result = importRows(
      row({ quote: '"=HYPERLINK(""x"")"' }),
      row({ observedOn: '2025-10', quote: '@SUM(A1)' }),
    );
    expect(result.rows.map((r) => r.figure?.quote)).toEqual(['=HYPERLINK("x")', '@SUM(A1)']);
  });

  it('numbers rows as Excel does: header 1, blank rows counted and skipped, a multi-line cell is one row', () => {
    const result = importRows(
      row({ quote: '"첫 줄\r\n둘째 줄"' }),
      '',
      ',,,,',
      row({ value: 'x', observedOn: '2025-10' }),
    );
    expect(result.rows.map((r) => [r.row, r.status])).toEqual([
      [2, 'new'],
      [5, 'error'],
    ]);
    expect(result.rows[0]?.figure?.quote).toBe('첫 줄\r\n둘째 줄');
  });

  it('reads a CP949 file as Korean Excel saves it', () => {
    // The test's encoder agrees with the bytes written out by hand in decode-csv-bytes.test.ts.
    expect(Array.from(encodeCp949('광주'))).toEqual([0xb1, 0xa4, 0xc1, 0xd6]);
    const text = `지표,값,기준일,출처,인용문\r\nai-phase-1-investment,"6,192억 원",2026년 9월,${SOURCE},광주시는 인공지능 사업에 투입했다\r\n`;
    const result = parseFigureImport(encodeCp949(text), CONTEXT);
    expect(result.encoding).toBe('cp949');
    expect(result.fileErrors).toEqual([]);
    expect(result.rows[0]?.figure).toMatchObject({
      value: '619200000000',
      precision: 'MONTH',
      quote: '광주시는 인공지능 사업에 투입했다',
    });
  });

  // 똠, 햏 and 뷁 are outside KS X 1001's 2,350 syllables but in Windows-949, which Korean Excel
  // writes. Node's TextDecoder('euc-kr') dropped them, and such a file was refused as unreadable.
  it('reads a CP949 file whose quote and notes hold Windows-949 extension syllables (똠, 햏, 뷁)', () => {
    expect(Array.from(encodeCp949('똠햏뷁'))).toEqual([0x8c, 0x63, 0xc1, 0x64, 0x94, 0xee]);
    const text = `지표,값,기준일,출처,인용문,비고\r\nai-phase-1-investment,"6,192억 원",2026년 9월,${SOURCE},똠방각하 햏자 뷁,똠햏뷁\r\n`;
    const result = parseFigureImport(encodeCp949(text), CONTEXT);
    expect(result.encoding).toBe('cp949');
    expect(result.fileErrors).toEqual([]);
    expect(result.rows[0]?.figure).toMatchObject({ quote: '똠방각하 햏자 뷁', noteKo: '똠햏뷁' });
  });

  it('still refuses a file that is neither UTF-8 nor CP949, saying how to save it', () => {
    const bytes = Uint8Array.from([...encodeCp949('지표,값\r\n똠'), 0xff, 0xfe, 0x0d, 0x0a]);
    const result = parseFigureImport(bytes, CONTEXT);
    expect(result.fileErrors).toEqual([{ code: 'encoding', params: {} }]);
    expect(formatImportIssue(result.fileErrors[0]!, 'en')).toMatch(
      /cannot be read as UTF-8 or as CP949/,
    );
  });

  it('reads a UTF-8 file with a BOM', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${HEADER}\r\n${row()}\r\n`);
    expect(parseFigureImport(bytes, CONTEXT)).toMatchObject({
      encoding: 'utf-8-bom',
      fileErrors: [],
      rows: [{ status: 'new' }],
    });
  });
});

describe('parseFigureImport: values', () => {
  it.each([
    ['ai-companies-relocated', '6192', '6192'],
    ['ai-companies-relocated', '"1,234"', '1234'],
    ['ai-companies-relocated', '"1,234,567"', '1234567'],
    ['ai-companies-relocated', '-3', '-3'],
    ['ai-companies-relocated', '007', '7'],
    ['ai-companies-relocated', '-0', '0'],
    ['ai-data-centre-performance', '88.50', '88.5'],
    ['ai-data-centre-performance', '88.5%', '88.5'],
    ['ai-data-centre-performance', '88.5 %', '88.5'],
    ['ai-phase-1-investment', '6192', '6192'],
    ['ai-phase-1-investment', '"6,192억 원"', '619200000000'],
    ['ai-phase-1-investment', '480만원', '4800000'],
    ['ai-phase-1-investment', '1조 2천억', '1200000000000'],
    ['ai-phase-1-investment', '1.5조', '1500000000000'],
    ['ai-phase-1-investment', 'KRW 619.2 billion', '619200000000'],
    ['ai-phase-1-investment', '0.000001', '0.000001'],
    ['ai-phase-1-investment', '999999999999999999', '999999999999999999'],
  ])('%s: %s → %s', (indicator, value, expected) => {
    // A date no existing figure has, so the value is not compared with one.
    const result = importRows(row({ indicator, value, observedOn: '2026' }));
    expect(result.rows[0]?.figure?.value).toBe(expected);
  });

  it.each<[string, string, ImportIssueCode]>([
    ['ai-companies-relocated', '160개사', 'invalid-value'],
    ['ai-companies-relocated', '480만원', 'invalid-value'],
    ['ai-companies-relocated', '88.5%', 'invalid-value'],
    ['ai-companies-relocated', '"12,34"', 'invalid-value'],
    ['ai-companies-relocated', '1e5', 'invalid-value'],
    ['ai-companies-relocated', '.5', 'invalid-value'],
    ['ai-companies-relocated', '+5', 'invalid-value'],
    ['ai-companies-relocated', '(3)', 'invalid-value'],
    ['ai-phase-1-investment', '6천억쯤', 'invalid-value'],
    ['ai-phase-1-investment', '"12,34"', 'invalid-value'],
    ['ai-phase-1-investment', '4만여', 'approximate-value'],
    ['ai-phase-1-investment', '6천여억 원', 'approximate-value'],
    ['ai-phase-1-investment', '1000000000000000000', 'value-out-of-range'],
    ['ai-phase-1-investment', '100경', 'value-out-of-range'],
    ['ai-data-centre-performance', '0.1234567', 'value-out-of-range'],
  ])('%s: refuses %s with %s', (indicator, value, code) => {
    const result = importRows(row({ indicator, value, observedOn: '2026' }));
    expect(result.rows[0]).toMatchObject({
      status: 'error',
      issues: [{ row: 2, column: 'value', code }],
    });
  });

  it('names the unit in an invalid-value issue, so the message can give fitting examples', () => {
    const result = importRows(
      row({ value: '160개사' }),
      row({ indicator: 'nope', value: 'many', observedOn: '2025-10' }),
    );
    expect(result.rows[0]?.issues[0]?.params).toEqual({ value: '160개사', unit: 'COMPANIES' });
    expect(result.rows[1]?.issues.find((issue) => issue.code === 'invalid-value')?.params).toEqual({
      value: 'many',
    });
  });

  it('accepts a Korean amount while the indicator is unknown, and reports only the indicator', () => {
    expect(codesOf(importRows(row({ indicator: 'nope', value: '"6,192억 원"' })))).toEqual([
      'unknown-indicator',
    ]);
  });
});

describe('parseFigureImport: dates', () => {
  it.each([
    ['2025', '2025-01-01', 'YEAR'],
    ['2025-09', '2025-09-01', 'MONTH'],
    ['2025-9', '2025-09-01', 'MONTH'],
    ['2025-09-24', '2025-09-24', 'DAY'],
    ['2025.9.24', '2025-09-24', 'DAY'],
    ['2025.09.24.', '2025-09-24', 'DAY'],
    ['2025. 9. 24.', '2025-09-24', 'DAY'],
    ['2025. 9.', '2025-09-01', 'MONTH'],
    ['2025/09/24', '2025-09-24', 'DAY'],
    ['2025/9', '2025-09-01', 'MONTH'],
    ['2025년 9월 24일', '2025-09-24', 'DAY'],
    ['2025년9월24일', '2025-09-24', 'DAY'],
    ['2025년 9월', '2025-09-01', 'MONTH'],
    ['2025년', '2025-01-01', 'YEAR'],
    ['2024-02-29', '2024-02-29', 'DAY'],
    ['2000-02-29', '2000-02-29', 'DAY'],
  ])('reads %s as %s (%s)', (observedOn, date, precision) => {
    const result = importRows(row({ observedOn }));
    expect(result.rows[0]?.figure).toMatchObject({ observedOn: date, precision });
  });

  it.each<[string, ImportIssueCode]>([
    ['2025-02-30', 'nonexistent-date'],
    ['2023-02-29', 'nonexistent-date'],
    ['1900-02-29', 'nonexistent-date'],
    ['2025-13', 'nonexistent-date'],
    ['2025-00', 'nonexistent-date'],
    ['2025-09-31', 'nonexistent-date'],
    ['2025년 13월', 'nonexistent-date'],
    ['0000', 'nonexistent-date'],
    ['25-09-24', 'invalid-date'],
    ['9/24/2025', 'invalid-date'],
    ['2025-09/24', 'invalid-date'],
    ['2025-09-24T00:00', 'invalid-date'],
    ['20250924', 'invalid-date'],
    ['2025-009', 'invalid-date'],
    ['Sep 2025', 'invalid-date'],
    ['2025.', 'invalid-date'],
    ['작년', 'invalid-date'],
  ])('refuses %s with %s', (observedOn, code) => {
    const result = importRows(row({ observedOn }));
    expect(result.rows[0]).toMatchObject({
      status: 'error',
      issues: [{ column: 'observed_on', code, params: { value: observedOn } }],
    });
  });
});

describe('parseFigureImport: every problem of every row', () => {
  it('reports all of a row’s problems, not only the first', () => {
    const result = importRows('nope,lots,2025-02-30,elsewhere,', 'ai-companies-relocated,,,,');
    expect(result.rows.map((r) => r.issues.map((issue) => [issue.column, issue.code]))).toEqual([
      [
        ['quote', 'required'],
        ['indicator', 'unknown-indicator'],
        ['value', 'invalid-value'],
        ['observed_on', 'nonexistent-date'],
        ['source', 'unknown-source'],
      ],
      [
        ['value', 'required'],
        ['observed_on', 'required'],
        ['source', 'required'],
        ['quote', 'required'],
      ],
    ]);
    expect(result.rows.every((r) => r.status === 'error' && r.figure === undefined)).toBe(true);
    expect(canImport(result)).toBe(false);
  });

  it('suggests the lower-case slug when only the case is wrong', () => {
    const result = importRows(
      row({ indicator: 'AI-Companies-Relocated', source: 'NewsNok-2025-09-Hangzhou' }),
    );
    expect(result.rows[0]?.issues.map((issue) => issue.params)).toEqual([
      { value: 'AI-Companies-Relocated', suggestion: 'ai-companies-relocated' },
      { value: 'NewsNok-2025-09-Hangzhou', suggestion: 'newsnok-2025-09-hangzhou' },
    ]);
  });

  it('flags cells beyond the header (an unquoted 1,234), but not empty ones Excel adds', () => {
    // The unquoted comma shifts every later cell one column to the right.
    const result = importRows(row({ value: '1,234' }), `${row({ observedOn: '2025-10' })},,  ,`);
    expect(result.rows.map((r) => r.issues.map((issue) => [issue.code, issue.params]))).toEqual([
      [
        ['too-many-cells', { expected: 5, actual: 6 }],
        ['invalid-date', { value: '234' }],
        ['unknown-source', { value: '2025-09' }],
      ],
      [],
    ]);
  });
});

describe('parseFigureImport: the header', () => {
  it.each<[string, string, ImportIssue[]]>([
    [
      'an unknown column, by its Excel letter',
      `${HEADER},amount`,
      [{ row: 1, code: 'unknown-column', params: { header: 'amount', position: 6 } }],
    ],
    [
      'a repeated column, also under its alias',
      `${HEADER},값`,
      [
        {
          row: 1,
          column: 'value',
          code: 'duplicate-column',
          params: { header: '값', position: 6, firstPosition: 2 },
        },
      ],
    ],
    [
      'each missing required column',
      'indicator,value,observed_on',
      [
        { column: 'source', code: 'missing-column', params: {} },
        { column: 'quote', code: 'missing-column', params: {} },
      ],
    ],
    ['a first row that is data, not a header', row(), [{ code: 'missing-header', params: {} }]],
  ])('reports %s', (_, header, fileErrors) => {
    expect(importLines([header, row()]).fileErrors).toEqual(fileErrors);
  });

  it('still checks the rows when the header has only unknown or repeated columns', () => {
    const result = importLines([`${HEADER},amount`, row({ value: 'x' })]);
    expect(codesOf(result)).toEqual(['unknown-column', 'invalid-value']);
  });

  it('ignores a nameless column while it is empty and reports it once it holds values', () => {
    expect(importLines([`${HEADER},,`, `${row()},,`]).fileErrors).toEqual([]);
    expect(importLines([`${HEADER},,`, `${row()},,x`]).fileErrors).toEqual([
      { row: 1, code: 'unnamed-column', params: { position: 7 } },
    ]);
  });

  it('reports a header without rows', () => {
    const result = importLines([HEADER, ',,,,', '']);
    expect(result).toEqual({
      encoding: 'utf-8',
      fileErrors: [{ code: 'no-rows', params: {} }],
      rows: [],
    });
    expect(canImport(result)).toBe(false);
  });
});

describe('parseFigureImport: the file', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  it.each<[string, Uint8Array, Partial<FigureImportLimits>, FigureImportResult]>([
    [
      'an empty file',
      new Uint8Array(),
      {},
      { fileErrors: [{ code: 'empty', params: {} }], rows: [] },
    ],
    [
      'only blank lines',
      utf8('\r\n ,, \r\n'),
      {},
      { encoding: 'utf-8', fileErrors: [{ code: 'empty', params: {} }], rows: [] },
    ],
    [
      'an .xlsx workbook',
      Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14),
      {},
      { fileErrors: [{ code: 'binary', params: { reason: 'zip' } }], rows: [] },
    ],
    [
      'a NUL byte',
      utf8(`${HEADER}\u0000`),
      {},
      {
        fileErrors: [{ code: 'binary', params: { reason: 'nul', offset: HEADER.length } }],
        rows: [],
      },
    ],
    [
      'undecodable bytes',
      Uint8Array.of(0x61, 0xff, 0xfe, 0xff),
      {},
      { fileErrors: [{ code: 'encoding', params: {} }], rows: [] },
    ],
    [
      'a file over the byte limit',
      utf8(`${HEADER}\r\n`),
      { maxBytes: 10 },
      {
        fileErrors: [{ code: 'too-large', params: { bytes: HEADER.length + 2, maxBytes: 10 } }],
        rows: [],
      },
    ],
    [
      'more rows than the limit, blank rows not counted',
      encode(HEADER, row(), '', row({ observedOn: '2025-10' }), row({ observedOn: '2025-11' })),
      { maxRows: 2 },
      {
        encoding: 'utf-8',
        fileErrors: [{ code: 'too-many-rows', params: { rows: 3, maxRows: 2 } }],
        rows: [],
      },
    ],
    [
      'an unclosed quote',
      encode(HEADER, row({ quote: '"문장\r\n이어짐"' }), row({ quote: '"닫히지 않음' })),
      {},
      {
        encoding: 'utf-8',
        fileErrors: [{ row: 3, code: 'unclosed-quote', params: { line: 4, position: 5 } }],
        rows: [],
      },
    ],
    [
      'a stray quote',
      encode(HEADER, row({ quote: '그는 "6천억"이라고' })),
      {},
      {
        encoding: 'utf-8',
        fileErrors: [{ row: 2, code: 'stray-quote', params: { line: 2, position: 5 } }],
        rows: [],
      },
    ],
  ])('refuses %s', (_, bytes, limits, expected) => {
    expect(parseFigureImport(bytes, CONTEXT, { ...DEFAULT_IMPORT_LIMITS, ...limits })).toEqual(
      expected,
    );
  });

  it('accepts a file of exactly the limits', () => {
    const bytes = encode(HEADER, row(), row({ observedOn: '2025-10' }));
    const result = parseFigureImport(bytes, CONTEXT, { maxBytes: bytes.length, maxRows: 2 });
    expect(result.rows.map((r) => r.status)).toEqual(['new', 'new']);
  });

  it('uses limits of 2 MB and 5,000 rows by default', () => {
    expect(DEFAULT_IMPORT_LIMITS).toEqual({ maxBytes: 2 * 1024 * 1024, maxRows: 5000 });
  });
});

describe('parseFigureImport: figures already recorded', () => {
  it.each<[string, string, Record<string, unknown>]>([
    [
      'the same figure in another spelling is a duplicate, skipped',
      row({ indicator: 'ai-phase-1-investment', value: '4269억 원', observedOn: '2025. 9.' }),
      {
        status: 'duplicate',
        duplicateOf: 'ai-phase-1-investment-2025-09',
        issues: [],
        figure: { slug: 'ai-phase-1-investment-2025-09', value: '426900000000' },
      },
    ],
    [
      'trailing zeros do not make a new value',
      row({ value: '160', observedOn: '2024' }),
      { status: 'duplicate', duplicateOf: 'ai-companies-relocated-2024' },
    ],
    [
      'another value for the same indicator and date conflicts',
      row({ indicator: 'ai-phase-1-investment', value: '4270억 원', observedOn: '2025-09' }),
      {
        status: 'error',
        issues: [
          {
            row: 2,
            column: 'value',
            code: 'conflicts-existing',
            params: {
              slug: 'ai-phase-1-investment-2025-09',
              existingValue: '426900000000',
              value: '427000000000',
              unit: 'KRW',
            },
          },
        ],
      },
    ],
    [
      'the same date at another precision is another figure',
      row({ indicator: 'ai-phase-1-investment', value: '1', observedOn: '2025-09-01' }),
      { status: 'new', figure: { slug: 'ai-phase-1-investment-2025-09-01', precision: 'DAY' } },
    ],
  ])('%s', (_, line, expected) => {
    expect(importRows(line).rows[0]).toMatchObject(expected);
  });

  it('re-importing an export that names each figure’s own slug gives duplicates, not slug clashes', () => {
    const result = importLines([
      `${HEADER},slug`,
      `${row({ value: '160', observedOn: '2024' })},ai-companies-relocated-2024`,
      `${row({ value: '161', observedOn: '2024' })},ai-companies-relocated-2024`,
    ]);
    expect(result.rows.map((r) => [r.status, r.issues.map((issue) => issue.code)])).toEqual([
      ['duplicate', []],
      ['error', ['duplicate-in-file', 'conflicts-existing', 'slug-repeated']],
    ]);
  });

  it('refuses two rows for the same indicator and date, naming the first', () => {
    const result = importRows(row(), row({ value: '171' }), row({ value: '170' }));
    expect(
      result.rows.map((r) => [
        r.row,
        r.status,
        r.issues.map((issue) => [issue.code, issue.params]),
      ]),
    ).toEqual([
      [2, 'new', []],
      [3, 'error', [['duplicate-in-file', { firstRow: 2 }]]],
      [4, 'error', [['duplicate-in-file', { firstRow: 2 }]]],
    ]);
  });

  it('can import a file of new and duplicate rows, but not one of duplicates only', () => {
    const duplicate = row({ value: '160', observedOn: '2024' });
    expect(canImport(importRows(duplicate, row()))).toBe(true);
    expect(canImport(importRows(duplicate))).toBe(false);
  });
});

describe('parseFigureImport: slugs', () => {
  const withSlugs = (...rows: [string, string][]) =>
    importLines([`${HEADER},slug`, ...rows.map(([line, slug]) => `${line},${slug}`)]);

  it.each([
    ['a DAY date', row({ observedOn: '2025-09-24' }), 'ai-companies-relocated-2025-09-24'],
    ['a MONTH date', row({ observedOn: '2025-09' }), 'ai-companies-relocated-2025-09'],
    ['a YEAR date', row({ observedOn: '2025' }), 'ai-companies-relocated-2025'],
    ['slugs taken up to -2: -3', row({ observedOn: '2023' }), 'ai-companies-relocated-2023-3'],
  ])('generates one from the indicator and %s', (_, line, slug) => {
    expect(importRows(line).rows[0]?.figure?.slug).toBe(slug);
  });

  it('adds -2 when the generated slug belongs to an existing figure of another date precision', () => {
    const context = {
      ...CONTEXT,
      figureSlugs: new Set([...CONTEXT.figureSlugs, 'ai-companies-relocated-2025-09']),
    };
    const result = parseFigureImport(encode(HEADER, row()), context);
    expect(result.rows[0]?.figure?.slug).toBe('ai-companies-relocated-2025-09-2');
  });

  it('leaves a slug named by a later row to that row', () => {
    const result = withSlugs(
      [row(), ''],
      [row({ observedOn: '2025-10' }), 'ai-companies-relocated-2025-09'],
    );
    expect(result.rows.map((r) => r.figure?.slug)).toEqual([
      'ai-companies-relocated-2025-09-2',
      'ai-companies-relocated-2025-09',
    ]);
  });

  it.each<[string, ImportIssueCode]>([
    ['AI-Companies', 'invalid-slug'],
    ['a--b', 'invalid-slug'],
    ['-a', 'invalid-slug'],
    ['a_b', 'invalid-slug'],
    ['공약', 'invalid-slug'],
    ['a'.repeat(121), 'invalid-slug'],
    ['ai-phase-1-investment-2025-09', 'slug-taken'],
  ])('refuses the slug %s with %s', (slug, code) => {
    const result = withSlugs([row(), slug]);
    expect(result.rows[0]?.issues).toEqual([
      { row: 2, column: 'slug', code, params: { value: slug } },
    ]);
  });

  it('refuses a slug named twice in the file, naming the first row', () => {
    const result = withSlugs([row(), 'mine'], [row({ observedOn: '2025-10' }), 'mine']);
    expect(result.rows.map((r) => r.issues)).toEqual([
      [],
      [{ row: 3, column: 'slug', code: 'slug-repeated', params: { value: 'mine', firstRow: 2 } }],
    ]);
  });
});

describe('IMPORT_COLUMNS and the template', () => {
  it('describes every column in both languages, with distinct headers', () => {
    const headers = IMPORT_COLUMNS.flatMap((column) =>
      [column.name, column.ko, ...column.aliases].map((h) => h.toLowerCase()),
    );
    expect(new Set(headers).size).toBe(headers.length);
    for (const column of IMPORT_COLUMNS)
      expect(column.description.ko && column.description.en).toBeTruthy();
    expect(IMPORT_COLUMNS.filter((column) => column.required).map((column) => column.name)).toEqual(
      ['indicator', 'value', 'observed_on', 'source', 'quote'],
    );
  });

  it('writes a UTF-8 CSV with a BOM, the header and the example row', () => {
    const template = toFigureImportTemplate({
      indicator: 'ai-companies-relocated',
      value: '1,234',
      quote: '=1+1',
    });
    expect(template).toBe(
      '\uFEFFindicator,value,observed_on,source,quote,note_ko,note_en,slug\r\n' +
        `ai-companies-relocated,"1,234",,,'=1+1,,,\r\n`,
    );
    expect(toFigureImportTemplate({}, 'ko').split('\r\n')[0]).toBe(
      '\uFEFF지표,값,기준일,출처,인용문,비고,영문 비고,식별자',
    );
  });

  it.each(['en', 'ko'] as const)(
    'imports its own %s template with the column examples',
    (locale) => {
      const result = parseFigureImport(
        new TextEncoder().encode(toFigureImportTemplate(undefined, locale)),
        CONTEXT,
      );
      expect(result).toMatchObject({
        encoding: 'utf-8-bom',
        fileErrors: [],
        rows: [{ status: 'duplicate', duplicateOf: 'ai-phase-1-investment-2025-09' }],
      });
    },
  );
});

/** One real issue per code, produced by a file that has that problem. */
const ISSUE_SAMPLES: Record<ImportIssueCode, () => FigureImportResult> = {
  empty: () => parseFigureImport(new Uint8Array(), CONTEXT),
  binary: () => parseFigureImport(Uint8Array.of(0x50, 0x4b, 0x03, 0x04), CONTEXT),
  encoding: () => parseFigureImport(Uint8Array.of(0xff), CONTEXT),
  'too-large': () => importLines([HEADER], { maxBytes: 3, maxRows: 1 }),
  'too-many-rows': () =>
    importLines([HEADER, row(), row({ observedOn: '2025-10' })], { maxBytes: 1000, maxRows: 1 }),
  'unclosed-quote': () => importRows(row({ quote: '"문장\r\n이어짐"' }), row({ quote: '"열림' })),
  'stray-quote': () => importRows(row({ quote: 'a"b' })),
  'missing-header': () => importLines([row()]),
  'unknown-column': () => importLines([`${HEADER},amount`, row()]),
  'duplicate-column': () => importLines([`${HEADER},값`, row()]),
  'missing-column': () => importLines(['indicator,value,observed_on,quote', row()]),
  'unnamed-column': () => importLines([`${HEADER},`, `${row()},x`]),
  'no-rows': () => importLines([HEADER]),
  'too-long': () => importRows(row({ quote: '가'.repeat(2001) })),
  'too-many-cells': () => importRows(row({ value: '1,234' })),
  required: () => importRows(row({ source: '' })),
  'unknown-indicator': () => importRows(row({ indicator: 'nope' })),
  'unknown-source': () => importRows(row({ source: 'nope' })),
  'invalid-value': () => importRows(row({ indicator: 'ai-phase-1-investment', value: '6천억쯤' })),
  'approximate-value': () =>
    importRows(row({ indicator: 'ai-phase-1-investment', value: '4만여' })),
  'value-out-of-range': () => importRows(row({ value: '0.1234567' })),
  'invalid-date': () => importRows(row({ observedOn: '9/24/2025' })),
  'nonexistent-date': () => importRows(row({ observedOn: '2025-02-30' })),
  'invalid-slug': () => importLines([`${HEADER},slug`, `${row()},Bad Slug`]),
  'slug-taken': () => importLines([`${HEADER},slug`, `${row()},ai-companies-relocated-2024`]),
  'slug-repeated': () =>
    importLines([`${HEADER},slug`, `${row()},x`, `${row({ observedOn: '2025-10' })},x`]),
  'conflicts-existing': () =>
    importRows(
      row({ indicator: 'ai-phase-1-investment', value: '4270억 원', observedOn: '2025-09' }),
    ),
  'duplicate-in-file': () => importRows(row(), row()),
};

const sampleIssue = (code: ImportIssueCode): ImportIssue => {
  const issue = allIssues(ISSUE_SAMPLES[code]()).find((candidate) => candidate.code === code);
  if (issue === undefined) throw new Error(`The sample for ${code} does not produce it.`);
  return issue;
};

describe('formatImportIssue', () => {
  it.each(IMPORT_ISSUE_CODES)(
    '%s: a file with the problem reports it, in Korean and in English',
    (code) => {
      const issue = sampleIssue(code);
      const ko = formatImportIssue(issue, 'ko');
      const en = formatImportIssue(issue, 'en');
      expect(ko).toMatch(/[가-힣]/);
      expect(en).toMatch(/^[A-Z]/);
      for (const message of [ko, en])
        expect(message).not.toMatch(/undefined|NaN|\?열|column \?|''/);
      expect(en.endsWith('.')).toBe(true);
      if (issue.row !== undefined) {
        expect(ko.startsWith(`${issue.row}행`)).toBe(true);
        expect(en.startsWith(`Row ${issue.row}`)).toBe(true);
      }
    },
  );

  it.each<[ImportIssueCode, string, string]>([
    [
      'invalid-value',
      "2행 '값'(value) 열: '6천억쯤'을 금액으로 읽을 수 없습니다. 예: 6192, 6,192억 원",
      "Row 2, column 'value': cannot read '6천억쯤' as an amount. Expected e.g. 6192 or 6,192억 원.",
    ],
    [
      'approximate-value',
      "2행 '값'(value) 열: '4만여'는 어림값입니다('여'는 '남짓, 그 이상'이라는 뜻). 정확한 금액만 가져올 수 있습니다. 예: 40000, 4만 원",
      "Row 2, column 'value': '4만여' is approximate ('여' means 'over'). Only exact amounts can be imported, e.g. 40000 or 4만 원.",
    ],
    [
      'nonexistent-date',
      "2행 '기준일'(observed_on) 열: '2025-02-30'은 달력에 없는 날짜입니다. 월(1~12)과 그 달의 날짜를 확인해 주세요.",
      "Row 2, column 'observed_on': '2025-02-30' is not a date in the calendar. Check the month (1–12) and the day.",
    ],
    [
      'unknown-column',
      "1행 F열: 알 수 없는 열 이름입니다: 'amount'. 쓸 수 있는 열: indicator(지표), value(값), observed_on(기준일), source(출처), quote(인용문), note_ko(비고), note_en(영문 비고), slug(식별자)",
      "Row 1, column F: unknown column name 'amount'. Known columns: indicator, value, observed_on, source, quote, note_ko, note_en, slug.",
    ],
    [
      'missing-column',
      "필수 열이 없습니다: '출처'(source). 첫 행(머리글)에 이 열을 추가해 주세요.",
      "The required column 'source' is missing. Add it to the header (first row).",
    ],
    [
      'unclosed-quote',
      '3행 E열: 여기서 연 큰따옴표(")가 파일 끝까지 닫히지 않았습니다(파일의 4번째 줄). 큰따옴표가 든 셀은 셀 전체를 큰따옴표로 감싸고, 안의 큰따옴표는 두 번("") 씁니다. 예: "그는 ""6천억""이라고 말했다"',
      'Row 3, column E: a double quote (") opened here is never closed (line 4 of the file). A cell containing double quotes must be wrapped in double quotes, with each inner quote written twice (""), e.g. "He said ""600 billion""".',
    ],
    [
      'conflicts-existing',
      "2행 '값'(value) 열: 같은 지표, 같은 기준일의 수치가 이미 다른 값으로 등록되어 있습니다(식별자 ai-phase-1-investment-2025-09: 등록된 값 426,900,000,000원, 이 행의 값 427,000,000,000원). 값을 고치려면 가져오기 대신 수치 정정 양식을 써 주세요.",
      "Row 2, column 'value': a figure for the same indicator and date is already recorded with another value (slug ai-phase-1-investment-2025-09: recorded KRW 426,900,000,000, this row KRW 427,000,000,000). To change it, use the correction form instead of importing.",
    ],
    [
      'too-many-rows',
      '수치 행이 너무 많습니다(2행). 한 번에 1행까지 가져올 수 있으니 파일을 나누어 주세요.',
      'The file has too many rows (2). Up to 1 rows can be imported at once; split the file.',
    ],
  ])('%s reads as a sentence a person can act on', (code, ko, en) => {
    const issue = sampleIssue(code);
    expect(formatImportIssue(issue, 'ko')).toBe(ko);
    expect(formatImportIssue(issue, 'en')).toBe(en);
  });

  it.each<[ImportIssueCode, string, string]>([
    ['invalid-value', '6천억쯤', "'6천억쯤'을 "],
    ['invalid-value', '160개사', "'160개사'를 "],
    ['invalid-value', 'abc', "'abc'을(를) "],
    ['invalid-date', '9/24/2025', "'9/24/2025'를 "],
    ['invalid-date', '2025년 9월 31일', "'2025년 9월 31일'을 "],
    ['nonexistent-date', '2025-02-30', "'2025-02-30'은 "],
    ['nonexistent-date', '2025-02-31', "'2025-02-31'은 "],
    ['nonexistent-date', '2025-13', "'2025-13'은 "],
    ['nonexistent-date', '2025-02-29', "'2025-02-29'는 "],
    ['approximate-value', '4만여', "'4만여'는 "],
    ['value-out-of-range', '0.1234567', "'0.1234567'은 "],
  ])(
    '%s: %s takes the Korean particle that fits its last sound, or both forms when unknown',
    (code, value, expected) => {
      expect(
        formatImportIssue({ row: 2, column: 'value', code, params: { value } }, 'ko'),
      ).toContain(expected);
    },
  );

  it('writes the default byte limit as megabytes', () => {
    const issue: ImportIssue = {
      code: 'too-large',
      params: { bytes: 3_300_000, maxBytes: DEFAULT_IMPORT_LIMITS.maxBytes },
    };
    expect(formatImportIssue(issue, 'ko')).toBe(
      '파일이 너무 큽니다(3.1 MB). 한 번에 2 MB까지 올릴 수 있으니 파일을 나누어 올려 주세요.',
    );
    expect(formatImportIssue(issue, 'en')).toBe(
      'The file is too large (3.1 MB). Files of up to 2 MB can be imported; split it into smaller files.',
    );
  });

  it('shortens a long cell to one line', () => {
    const issue: ImportIssue = {
      row: 9,
      column: 'observed_on',
      code: 'invalid-date',
      params: { value: `첫 줄\n${'가'.repeat(100)}` },
    };
    expect(formatImportIssue(issue, 'en')).toContain(`'첫 줄 ${'가'.repeat(35)}…'`);
  });
});

describe('parseFigureImport: properties', () => {
  /** Whatever the input, each row is either a complete figure or an error that says why. */
  function expectConsistent(result: FigureImportResult): void {
    const issues = allIssues(result);
    for (const r of result.rows) {
      if (r.status === 'error') {
        expect(r.issues.length).toBeGreaterThanOrEqual(1);
        expect(r.figure).toBeUndefined();
        continue;
      }
      expect(r.issues).toEqual([]);
      const figure = r.figure;
      expect(figure).toBeDefined();
      if (figure === undefined) continue;
      expect(isSlug(figure.slug)).toBe(true);
      expect(CONTEXT.indicators.has(figure.indicator)).toBe(true);
      expect(CONTEXT.sources.has(figure.source)).toBe(true);
      expect(isDecimalString(figure.value)).toBe(true);
      expect(figure.observedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(DATE_PRECISIONS).toContain(figure.precision);
      expect(figure.quote.trim()).toBe(figure.quote);
      expect(figure.quote).not.toBe('');
      if (r.status === 'duplicate') expect(r.duplicateOf).toBe(figure.slug);
      else expect(CONTEXT.figureSlugs.has(figure.slug)).toBe(false);
    }
    const newSlugs = result.rows.filter((r) => r.status === 'new').map((r) => r.figure?.slug);
    expect(new Set(newSlugs).size).toBe(newSlugs.length);
    if (issues.length > 0) expect(canImport(result)).toBe(false);
    for (const issue of issues) {
      expect(IMPORT_ISSUE_CODES).toContain(issue.code);
      expect(formatImportIssue(issue, 'ko')).not.toContain('undefined');
      expect(formatImportIssue(issue, 'en')).not.toContain('undefined');
    }
  }

  it('never throws on arbitrary bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        expectConsistent(parseFigureImport(bytes, CONTEXT));
      }),
      { numRuns: 500 },
    );
  });

  // Cells near the valid ones, so that many rows get far enough to be compared and given slugs.
  const cell = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 10 }),
    fc.string({
      unit: fc.constantFrom('"', ',', '\r\n', '\n', ' ', '=', '-', '억', '여', '1', '.'),
      maxLength: 6,
    }),
    fc.constantFrom(
      ...IMPORT_COLUMNS.flatMap((column) => [column.name, column.ko]),
      ...CONTEXT.indicators.keys(),
      ...CONTEXT.sources,
      ...CONTEXT.figureSlugs,
      '170',
      '160',
      '-3',
      '"1,234"',
      '4269억 원',
      '4만여',
      '88.5%',
      '2024',
      '2025-09',
      '2025-09-01',
      '2025. 9. 24.',
      '2025-02-30',
      '문장',
      '',
    ),
  );
  const cells = fc.array(cell, { minLength: 0, maxLength: 9 });
  const line = fc.oneof(
    // as typed by hand, stray quotes and all
    cells.map((texts) => texts.join(',')),
    // as a spreadsheet writes them
    cells.map((texts) =>
      texts
        .map((text) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text))
        .join(','),
    ),
    fc.constantFrom(
      row(),
      row({ observedOn: '2025-10' }),
      row({ value: '160', observedOn: '2024' }),
      row({ value: '"1,234"', observedOn: '2025' }),
    ),
  );
  const fileText = fc.tuple(
    fc.oneof(
      fc.constant(HEADER),
      fc.constant(`${HEADER},slug`),
      fc.constant('지표,값,기준일,출처,인용문,식별자,비고'),
      line,
    ),
    fc.array(line, { maxLength: 12 }),
    fc.constantFrom('\r\n', '\n'),
    fc.boolean(),
  );

  it('never throws on arbitrary cells joined as CSV, and never offers an import with a problem in it', () => {
    fc.assert(
      fc.property(fileText, ([header, lines, lineEnd, bom]) => {
        const text = `${bom ? '\uFEFF' : ''}${[header, ...lines].join(lineEnd)}`;
        expectConsistent(parseFigureImport(new TextEncoder().encode(text), CONTEXT));
      }),
      { numRuns: 500 },
    );
  });

  it('imports any set of valid rows for distinct dates, each as a new figure with its own slug', () => {
    const month = fc.record({
      year: fc.integer({ min: 2026, max: 2040 }),
      month: fc.integer({ min: 1, max: 12 }),
    });
    const rows = fc.uniqueArray(month, {
      minLength: 1,
      maxLength: 20,
      selector: ({ year, month }) => `${year}-${month}`,
    });
    fc.assert(
      fc.property(rows, fc.constantFrom('-', '.', '/'), (months, separator) => {
        const lines = months.map(({ year, month }) =>
          row({ observedOn: `${year}${separator}${month}` }),
        );
        const result = importRows(...lines);
        expectConsistent(result);
        expect(canImport(result)).toBe(true);
        expect(result.rows.map((r) => r.figure?.slug)).toEqual(
          months.map(
            ({ year, month }) => `ai-companies-relocated-${year}-${String(month).padStart(2, '0')}`,
          ),
        );
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on structured rows of arbitrary cells, and every new figure gets a distinct slug', () => {
    const structured = fc.array(
      fc.tuple(
        fc.constantFrom(...CONTEXT.indicators.keys(), 'nope'),
        fc.constantFrom('170', '160', '-3', '4269억 원', '4만여', '6천억쯤', '88.5%', '1e5'),
        fc.constantFrom('2023', '2024', '2025-09', '2025. 9.', '2025-09-01', '2025-02-30', 'x'),
        fc.constantFrom(...CONTEXT.sources, 'nope'),
        fc.oneof(fc.constant('문장'), fc.string({ unit: 'grapheme', maxLength: 6 })),
        fc.constantFrom('', '', '', 'mine', 'ai-companies-relocated-2023', 'Bad'),
      ),
      { maxLength: 15 },
    );
    fc.assert(
      fc.property(structured, (rows) => {
        const lines = rows.map((cells) =>
          cells.map((text) => `"${text.replaceAll('"', '""')}"`).join(','),
        );
        expectConsistent(importLines([`${HEADER},slug`, ...lines]));
      }),
      { numRuns: 500 },
    );
  });
});

/** CP949 bytes as Korean Excel writes them, by iconv-lite's complete Windows-949 table. */
function encodeCp949(text: string): Uint8Array {
  return iconv.encode(text, 'cp949');
}
