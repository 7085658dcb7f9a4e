import { describe, it, expect } from 'vitest';
import { canImport, parseFigureImport } from './figure-import.ts';
import {
  DEFAULT_IMPORT_LIMITS,
  type FigureImportLimits,
  type FigureImportResult,
  type ImportIssue,
} from './import-columns.ts';
import {
  CONTEXT,
  codesOf,
  encode,
  HEADER,
  importLines,
  row,
} from './testing/figure-import-fixtures.ts';

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

  it('uses limits of 50 MiB, 200,000 rows and 256 columns by default', () => {
    expect(DEFAULT_IMPORT_LIMITS).toEqual({
      maxBytes: 50 * 1024 * 1024,
      maxRows: 200_000,
      maxColumns: 256,
    });
  });
});
