/**
 * Reads CSV text per RFC 4180: comma-separated, quoted fields with doubled quotes, line breaks allowed
 * inside quotes. Strict on quotes, because a file that guesses wrong about a stray quote silently
 * shifts every later cell of a record into the wrong column — and these cells become cited figures.
 * Lenient on line ends: CRLF (Windows Excel), LF and a lone CR (old Mac Excel) all end a record.
 */

export interface CsvRecord {
  cells: string[];
  /** 1-based physical line of the text where the record starts, as a text editor numbers it. */
  line: number;
  /**
   * 1-based record number, blank lines included: the row number Excel shows for this record. It
   * differs from `line` once an earlier cell holds a line break.
   */
  row: number;
}

export const PARSE_CSV_ERROR_CODES = ['unclosed-quote', 'stray-quote'] as const;
export type ParseCsvErrorCode = (typeof PARSE_CSV_ERROR_CODES)[number];

export type ParseCsvTextResult =
  | { ok: true; records: CsvRecord[] }
  | {
      ok: false;
      code: ParseCsvErrorCode;
      /** Where the offending quote is: its physical line, its record's row and its 1-based field. */
      line: number;
      row: number;
      field: number;
    };

/** A quote in the wrong place, and the physical line it is on. */
interface SyntaxProblem {
  code: ParseCsvErrorCode;
  line: number;
}

/** Where reading stopped early: a misplaced quote, or a record wider than `maxCells`. */
export type CsvProblem =
  | { code: ParseCsvErrorCode; line: number; row: number; field: number }
  | { code: 'too-many-cells'; line: number; row: number; maxCells: number };

export function parseCsvText(text: string): ParseCsvTextResult {
  const records: (CsvRecord & { emptyLine: boolean })[] = [];
  const reading = readCsvRecords(text);
  for (let next = reading.next(); ; next = reading.next()) {
    if (next.done) {
      const problem = next.value;
      if (problem === undefined) break;
      if (problem.code === 'too-many-cells') throw new Error('unreachable: no cell limit');
      return { ok: false, ...problem };
    }
    if (next.value !== CSV_PAUSE) records.push(next.value);
  }
  // Trailing empty lines are dropped.
  let keep = records.length;
  while (keep > 0 && records[keep - 1]!.emptyLine) keep -= 1;
  return { ok: true, records: records.slice(0, keep).map(({ emptyLine: _, ...record }) => record) };
}

/** Yielded within a record every CELLS_PER_PAUSE cells: a point where a caller may pause. */
export const CSV_PAUSE = 'pause';
const CELLS_PER_PAUSE = 8192;

/**
 * The records of `text` one at a time, so a large file is never held as records all at once; the
 * generator's return value is the problem that stopped it, if any. A record of more than
 * `maxCells` cells stops it too, before its cells are kept: a line of a million commas must not
 * become a million strings. `emptyLine` marks a line with nothing on it at all. A very wide record
 * is interrupted by CSV_PAUSE now and then, so a server can let other requests run.
 */
export function* readCsvRecords(
  text: string,
  maxCells = Infinity,
): Generator<(CsvRecord & { emptyLine: boolean }) | typeof CSV_PAUSE, CsvProblem | undefined> {
  const cursor = { at: 0, line: 1 };
  let row = 0;
  while (cursor.at < text.length) {
    row += 1;
    const record = { cells: [] as string[], line: cursor.line, row, emptyLine: true };
    for (;;) {
      const startsQuoted = text[cursor.at] === '"';
      const cell = startsQuoted ? readQuoted(text, cursor) : readUnquoted(text, cursor);
      if (typeof cell !== 'string') {
        return { code: cell.code, line: cell.line, row, field: record.cells.length + 1 };
      }
      if (record.cells.length === maxCells) {
        return { code: 'too-many-cells', line: record.line, row, maxCells };
      }
      record.cells.push(cell);
      if (record.cells.length % CELLS_PER_PAUSE === 0) yield CSV_PAUSE;
      if (startsQuoted || cell !== '') record.emptyLine = false;
      if (text[cursor.at] !== ',') break;
      record.emptyLine = false;
      cursor.at += 1;
    }
    skipLineEnd(text, cursor);
    yield record;
  }
  return undefined;
}

interface Cursor {
  at: number;
  line: number;
}

/** A field that opens with a quote, up to its closing quote; the cursor ends on the delimiter after it. */
function readQuoted(text: string, cursor: Cursor): string | SyntaxProblem {
  const openedOn = cursor.line;
  let value = '';
  let from = cursor.at + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1) return { code: 'unclosed-quote', line: openedOn };
    value += text.slice(from, quote);
    cursor.line += countLineBreaks(text, from, quote);
    if (text[quote + 1] === '"') {
      value += '"';
      from = quote + 2;
      continue;
    }
    cursor.at = quote + 1;
    // `"abc"def`: RFC 4180 allows nothing between the closing quote and the next comma or line end.
    if (!isFieldEnd(text, cursor.at)) return { code: 'stray-quote', line: cursor.line };
    return value;
  }
}

function readUnquoted(text: string, cursor: Cursor): string | SyntaxProblem {
  const start = cursor.at;
  let at = start;
  while (!isFieldEnd(text, at)) {
    if (text[at] === '"') return { code: 'stray-quote', line: cursor.line };
    at += 1;
  }
  cursor.at = at;
  return text.slice(start, at);
}

function isFieldEnd(text: string, at: number): boolean {
  const char = text[at];
  return char === undefined || char === ',' || char === '\r' || char === '\n';
}

function skipLineEnd(text: string, cursor: Cursor): void {
  if (text[cursor.at] === '\r') cursor.at += text[cursor.at + 1] === '\n' ? 2 : 1;
  else if (text[cursor.at] === '\n') cursor.at += 1;
  else return;
  cursor.line += 1;
}

/** Line breaks in text[from, to), with CRLF counted once, as an editor numbers lines. */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = from; at < to; at += 1) {
    const char = text[at];
    if (char === '\n' || (char === '\r' && text[at + 1] !== '\n')) count += 1;
  }
  return count;
}
