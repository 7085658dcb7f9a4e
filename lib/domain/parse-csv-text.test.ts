import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import {
  CSV_PAUSE,
  parseCsvText,
  readCsvRecords,
  type ParseCsvErrorCode,
  type ParseCsvTextResult,
} from './parse-csv-text.ts';

/** Cells, physical start lines and Excel row numbers of a successful parse, for compact tables. */
function shape(result: ParseCsvTextResult) {
  if (!result.ok) return result;
  return {
    cells: result.records.map((record) => record.cells),
    lines: result.records.map((record) => record.line),
    rows: result.records.map((record) => record.row),
  };
}

describe('parseCsvText', () => {
  it.each<[string, string, string[][], number[], number[]]>([
    [
      'CRLF',
      'a,b\r\nc,d\r\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      [1, 2],
      [1, 2],
    ],
    [
      'LF',
      'a,b\nc,d\n',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      [1, 2],
      [1, 2],
    ],
    [
      'a lone CR (old Mac Excel)',
      'a,b\rc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      [1, 2],
      [1, 2],
    ],
    [
      'no line end after the last record',
      'a,b\r\nc,d',
      [
        ['a', 'b'],
        ['c', 'd'],
      ],
      [1, 2],
      [1, 2],
    ],
    [
      'empty fields',
      ',,\r\na,,',
      [
        ['', '', ''],
        ['a', '', ''],
      ],
      [1, 2],
      [1, 2],
    ],
    ['spaces kept inside cells', ' a , b ', [[' a ', ' b ']], [1], [1]],
    ['a quoted comma', '"1,234",x', [['1,234', 'x']], [1], [1]],
    ['doubled quotes', '"say ""6천억""",x', [['say "6천억"', 'x']], [1], [1]],
    ['a quoted empty field', '"",x\r\n""', [['', 'x'], ['']], [1, 2], [1, 2]],
    ['a quote that is the whole field', '""""', [['"']], [1], [1]],
    [
      'line breaks inside quotes: lines count them, Excel rows do not',
      'a,"first\r\nsecond\nthird"\r\nb,c\r\n',
      [
        ['a', 'first\r\nsecond\nthird'],
        ['b', 'c'],
      ],
      [1, 4],
      [1, 2],
    ],
    [
      'a CR inside quotes followed by a closing quote',
      '"x\r"\ny',
      [['x\r'], ['y']],
      [1, 3],
      [1, 2],
    ],
    ['trailing empty lines dropped', 'a\r\n\r\n\n\r', [['a']], [1], [1]],
    [
      'empty lines in the middle kept as rows, as Excel shows them',
      'a\n\nb',
      [['a'], [''], ['b']],
      [1, 2, 3],
      [1, 2, 3],
    ],
    ['a trailing line of spaces is content', 'a\n \n', [['a'], [' ']], [1, 2], [1, 2]],
    ['a trailing line of commas is content', 'a\n,,\n', [['a'], ['', '', '']], [1, 2], [1, 2]],
    [
      'Korean text',
      '지표,값\r\n광주,"6,192억 원"',
      [
        ['지표', '값'],
        ['광주', '6,192억 원'],
      ],
      [1, 2],
      [1, 2],
    ],
    ['nothing', '', [], [], []],
    ['only line ends', '\r\n\n', [], [], []],
  ])('%s', (_, text, cells, lines, rows) => {
    expect(shape(parseCsvText(text))).toEqual({ cells, lines, rows });
  });

  // [what, text, code, line, row, field]: where the offending quote is, as the refusal names it.
  it.each<[string, string, ParseCsvErrorCode, number, number, number]>([
    ['an unclosed quote, at the line it opens', 'a,b\r\nc,"d\r\ne', 'unclosed-quote', 2, 2, 2],
    ['an unclosed quote after a multi-line cell', '"x\ny"\n"z', 'unclosed-quote', 3, 2, 1],
    ['a quote inside an unquoted field', 'ab"c,d', 'stray-quote', 1, 1, 1],
    ['text after a closing quote', 'a,"b"c', 'stray-quote', 1, 1, 2],
    ['a space before the opening quote', 'a, "b"', 'stray-quote', 1, 1, 2],
    [
      'text after a closing quote on a later line of the cell',
      'h\n"a\nb"c',
      'stray-quote',
      3,
      2,
      1,
    ],
  ])('refuses %s', (_, text, code, line, row, field) => {
    expect(parseCsvText(text)).toEqual({ ok: false, code, line, row, field });
  });

  // Records as any RFC 4180 writer would produce them, quoting only where needed.
  const cell = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }),
    fc.string({
      unit: fc.constantFrom('"', ',', '\r', '\n', '\r\n', ' ', 'a', '억'),
      maxLength: 8,
    }),
  );
  const records = fc.array(fc.array(cell, { minLength: 1, maxLength: 6 }), { maxLength: 8 });

  function toCsv(rows: string[][], lineEnd: string): string {
    const escape = (text: string, row: string[]) =>
      /[",\r\n]/.test(text) || (row.length === 1 && text === '')
        ? `"${text.replaceAll('"', '""')}"`
        : text;
    return rows.map((row) => row.map((text) => escape(text, row)).join(',') + lineEnd).join('');
  }

  it('reads back any records written as RFC 4180, with the line each starts on', () => {
    fc.assert(
      fc.property(records, fc.constantFrom('\r\n', '\n'), (rows, lineEnd) => {
        const text = toCsv(rows, lineEnd);
        const result = parseCsvText(text);
        expect(result.ok && result.records.map((record) => record.cells)).toEqual(rows);
        if (!result.ok) return;
        // A record starts one line after the previous one ends; its cells may hold line breaks.
        let line = 1;
        result.records.forEach((record, index) => {
          expect(record).toMatchObject({ line, row: index + 1 });
          line += (record.cells.join(',').match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
        });
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with Papa Parse on every file both accept', () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('"', ',', '\n', 'a', ' '), maxLength: 30 }),
        (text) => {
          const ours = parseCsvText(text);
          const theirs = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: false });
          if (!ours.ok || theirs.errors.length > 0) return;
          compared += 1;
          // Papa keeps trailing empty lines as [''] records; this parser drops them.
          const papaRecords = theirs.data.slice(0, ours.records.length);
          expect(ours.records.map((record) => record.cells)).toEqual(papaRecords);
          expect(
            theirs.data
              .slice(ours.records.length)
              .every((record) => record.length === 1 && record[0] === ''),
          ).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
    // Random quotes make many files invalid; the comparison means something only if enough remain.
    expect(compared).toBeGreaterThan(100);
  });
});

/** Every record and the problem that ended reading, pauses left out. */
function readAll(input: string | string[], maxCells?: number) {
  const reading = readCsvRecords(input, maxCells);
  const records: unknown[] = [];
  for (let next = reading.next(); ; next = reading.next()) {
    if (next.done) return { records, problem: next.value };
    if (next.value !== CSV_PAUSE) records.push(next.value);
  }
}

/** `text` cut at the given offsets (sorted, any of them repeated or at the ends). */
function cut(text: string, offsets: number[]): string[] {
  const at = [0, ...offsets.map((offset) => offset % (text.length + 1)).sort((a, b) => a - b)];
  return at.map((from, index) => text.slice(from, at[index + 1] ?? text.length));
}

describe('readCsvRecords over pieces of the text', () => {
  it.each<[string, string[]]>([
    ['a CRLF split between pieces', ['a,b\r', '\nc']],
    ['a doubled quote split between pieces', ['"say ""', '"6천억"""', ',x']],
    ['a closing quote at the end of a piece', ['"a"', ',b\r\n']],
    ['a record spanning many pieces', ['"long', ' cell', '\r\nwith', ' lines"', ',x']],
    ['empty pieces', ['', 'a,', '', 'b', '']],
    ['an unclosed quote in the last piece', ['a\r\n"b', 'c']],
    ['a stray quote after a split cell', ['ab', 'c"d']],
  ])('reads %s as the whole text', (_, pieces) => {
    expect(readAll(pieces)).toEqual(readAll(pieces.join('')));
  });

  it('reads any text cut anywhere as the whole text, problems and lines included', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom('"', ',', '\r', '\n', '\r\n', 'a', '억'),
          maxLength: 40,
        }),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.constantFrom(undefined, 3),
        (text, offsets, maxCells) => {
          expect(readAll(cut(text, offsets), maxCells)).toEqual(readAll(text, maxCells));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads a record of many pieces in time linear in its length', () => {
    // One piece per character: without reading on with twice the text each time, a 200,000
    // character cell would be read again from its start 200,000 times.
    const cell = 'x'.repeat(200_000);
    const { records } = readAll([...`"${cell}"\r\nb`]);
    expect(records).toMatchObject([{ cells: [cell] }, { cells: ['b'] }]);
  });
});
