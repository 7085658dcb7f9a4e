import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { UTF8_BOM, csvLines, escapeCsvCell, toCsv, toCsvLine, type CsvCell } from './csv.ts';

/** Reads a file the way a spreadsheet would, with an independent RFC 4180 parser. */
function parseCsv(text: string): string[][] {
  const body = text.startsWith(UTF8_BOM) ? text.slice(UTF8_BOM.length) : text;
  const result = Papa.parse<string[]>(body, {
    delimiter: ',',
    newline: '\r\n',
    skipEmptyLines: false,
  });
  expect(result.errors).toEqual([]);
  // The CRLF after the last record makes the parser report one empty trailing row.
  const last = result.data.at(-1);
  return last !== undefined && last.length === 1 && last[0] === ''
    ? result.data.slice(0, -1)
    : result.data;
}

const TRIGGERS = ['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠'];
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

describe('escapeCsvCell', () => {
  it.each<[CsvCell, string]>([
    [null, ''],
    [undefined, ''],
    ['', ''],
    ['plain', 'plain'],
    ['광주 AI 기업', '광주 AI 기업'],
    // the formula guard, one trigger at a time
    ['=1+2', "'=1+2"],
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['+82 62', "'+82 62"],
    ['-abc', "'-abc"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', `"'\rcmd"`],
    ['＝1+2', "'＝1+2"],
    ['＋1', "'＋1"],
    ['－1', "'－1"],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['a=b', 'a=b'],
    [' =1', ' =1'],
    // plain numbers stay numbers, so Excel can still sum them
    ['-45', '-45'],
    ['619200000000', '619200000000'],
    ['88.5', '88.5'],
    ['-0.5', '-0.5'],
    ['+45', "'+45"],
    ['-1e5', "'-1e5"],
    ['-', "'-"],
    [-45, '-45'],
    [88.5, '88.5'],
    [619_200_000_000n, '619200000000'],
    [-5n, '-5'],
    // quoting
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['"', '""""'],
    ['line 1\nline 2', '"line 1\nline 2"'],
    ['line 1\r\nline 2', '"line 1\r\nline 2"'],
    ['-a,b', `"'-a,b"`],
  ])('%o → %o', (value, expected) => {
    expect(escapeCsvCell(value)).toBe(expected);
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY]])('refuses %s', (value) => {
    expect(() => escapeCsvCell(value)).toThrow(/only finite numbers/);
  });
});

describe('toCsvLine', () => {
  it.each<[CsvCell[], string]>([
    [['a', 'b'], 'a,b\r\n'],
    [[], '\r\n'],
    [['창업펀드', 619_200_000_000n, null, '=1'], "창업펀드,619200000000,,'=1\r\n"],
    [['a,b', '-45'], '"a,b",-45\r\n'],
  ])('%o → %o', (cells, expected) => {
    expect(toCsvLine(cells)).toBe(expected);
  });
});

describe('toCsv and csvLines', () => {
  const header = ['지표 indicator', '값 value'];
  const rows: CsvCell[][] = [
    ['창업펀드 조성액', '619200000000'],
    ['탄소 감축, 2030', '-45'],
  ];

  it.each([
    [
      true,
      `${UTF8_BOM}지표 indicator,값 value\r\n창업펀드 조성액,619200000000\r\n"탄소 감축, 2030",-45\r\n`,
    ],
    [false, '지표 indicator,값 value\r\n창업펀드 조성액,619200000000\r\n"탄소 감축, 2030",-45\r\n'],
  ])('bom %s', (bom, expected) => {
    expect(toCsv(header, rows, { bom })).toBe(expected);
  });

  it('streams the same text line by line, BOM first by default', () => {
    const lines = [...csvLines(header, rows)];
    expect(lines).toHaveLength(3);
    expect(lines[0]?.startsWith(UTF8_BOM)).toBe(true);
    expect(lines.join('')).toBe(toCsv(header, rows, { bom: true }));
  });

  it('pulls rows lazily, so a route handler never holds the whole export', () => {
    let produced = 0;
    function* manyRows(): Generator<CsvCell[]> {
      for (let i = 0; i < 1_000_000; i += 1) {
        produced += 1;
        yield [i, 'row'];
      }
    }
    const lines = csvLines(['n', 'text'], manyRows(), { bom: false });
    lines.next();
    lines.next();
    expect(produced).toBe(1);
  });

  it('round-trips awkward cells through an independent parser', () => {
    const awkward: CsvCell[][] = [
      ['a,b', 'say "hi"', 'line 1\r\nline 2', '=1+2', '-45', '－1', '', null, 12n],
    ];
    expect(
      parseCsv(
        toCsv(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9'], awkward, { bom: true }),
      ),
    ).toEqual([
      ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'c9'],
      ['a,b', 'say "hi"', 'line 1\r\nline 2', "'=1+2", '-45', "'－1", '', '', '12'],
    ]);
  });

  it('returns any text unchanged, except one apostrophe before a formula trigger', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: fc.constantFrom(...TRIGGERS, ',', '"', '\n', '\r', 'a', '1', '.') }),
      fc
        .tuple(fc.constantFrom(...TRIGGERS), fc.string({ unit: 'binary' }))
        .map(([first, rest]) => first + rest),
      fc.tuple(fc.integer(), fc.nat()).map(([whole, fraction]) => `${whole}.${fraction}`),
    );
    fc.assert(
      fc.property(anyText, fc.boolean(), (text, bom) => {
        const guarded = TRIGGERS.some((t) => text.startsWith(t)) && !PLAIN_NUMBER.test(text);
        // A second column keeps an empty first cell from reading as a blank line.
        const parsed = parseCsv(toCsv(['text', 'end'], [[text, 'end']], { bom }));
        expect(parsed).toEqual([
          ['text', 'end'],
          [guarded ? `'${text}` : text, 'end'],
        ]);
      }),
      { numRuns: 1_000 },
    );
  });
});
