import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { isDecimalString } from './exact-decimal.ts';
import { canImport, parseFigureImport } from './figure-import.ts';
import { IMPORT_COLUMNS, IMPORT_ISSUE_CODES, type FigureImportResult } from './import-columns.ts';
import { isSlug } from './slug.ts';
import {
  allIssues,
  CONTEXT,
  encodeCp949,
  formatIssue,
  HEADER,
  importLines,
  importRows,
  row,
  SOURCE,
} from './testing/figure-import-fixtures.ts';
import { DATE_PRECISIONS } from './types.ts';

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
    expect(formatIssue(result.fileErrors[0]!, 'en')).toMatch(/cannot be read as UTF-8 or as CP949/);
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
      expect(formatIssue(issue, 'ko')).not.toContain('undefined');
      expect(formatIssue(issue, 'en')).not.toContain('undefined');
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
