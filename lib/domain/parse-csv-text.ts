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

/** A record, cell or line end that runs to the end of the text read so far: more may follow. */
const NEED_MORE = Symbol('need more text');

/**
 * The records of `input` one at a time, so a large file is never held as records all at once; the
 * generator's return value is the problem that stopped it, if any. `input` is the whole text or
 * its pieces in order (a decoder's slices): only the record being read and the piece it is in are
 * held, so a file of any length is read in memory bounded by its longest record. A record, cell
 * or CRLF split between pieces reads as if whole. A record of more than `maxCells` cells stops
 * it too, before its cells are kept: a line of a million commas must not become a million
 * strings. `emptyLine` marks a line with nothing on it at all. A very wide record is interrupted
 * by CSV_PAUSE now and then, so a server can let other requests run.
 */
export function* readCsvRecords(
  input: string | Iterable<string>,
  maxCells = Infinity,
): Generator<(CsvRecord & { emptyLine: boolean }) | typeof CSV_PAUSE, CsvProblem | undefined> {
  const pieces = (typeof input === 'string' ? [input] : input)[Symbol.iterator]();
  let text = '';
  let final = false;
  const pull = () => {
    const next = pieces.next();
    if (next.done) final = true;
    else text += next.value;
  };
  const cursor = { at: 0, line: 1 };
  let row = 0;
  let reading: RecordInProgress | undefined;
  for (;;) {
    if (reading === undefined) {
      while (cursor.at >= text.length && !final) {
        text = '';
        cursor.at = 0;
        pull();
      }
      if (cursor.at >= text.length) return undefined;
      row += 1;
      const record = { cells: [], line: cursor.line, row, emptyLine: true };
      reading = { record, atLineEnd: false };
    }
    const read = yield* continueRecord(text, cursor, reading, maxCells, final);
    if (read === NEED_MORE) {
      // The cells read so far are kept: read on from the start of the unfinished cell (or line
      // end) with at least twice its text, so even one cell spanning many pieces is read in
      // time linear in its length.
      text = text.slice(cursor.at);
      cursor.at = 0;
      const wanted = Math.max(text.length * 2, 1);
      do pull();
      while (!final && text.length < wanted);
      continue;
    }
    if (read !== undefined) return read;
    yield reading.record;
    reading = undefined;
  }
}

interface RecordInProgress {
  record: CsvRecord & { emptyLine: boolean };
  /** Every cell is read; what is left is the line end. */
  atLineEnd: boolean;
}

/**
 * Reads on in the record from the cursor: undefined once it ends, the problem that stops it, or
 * NEED_MORE with the cursor where the unfinished cell (or a CR that may start a CRLF) begins.
 */
function* continueRecord(
  text: string,
  cursor: Cursor,
  reading: RecordInProgress,
  maxCells: number,
  final: boolean,
): Generator<typeof CSV_PAUSE, CsvProblem | typeof NEED_MORE | undefined> {
  const { record } = reading;
  while (!reading.atLineEnd) {
    const start = { ...cursor };
    const startsQuoted = text[cursor.at] === '"';
    const cell = startsQuoted ? readQuoted(text, cursor, final) : readUnquoted(text, cursor, final);
    if (cell === NEED_MORE) {
      Object.assign(cursor, start);
      return NEED_MORE;
    }
    if (typeof cell !== 'string') {
      return { code: cell.code, line: cell.line, row: record.row, field: record.cells.length + 1 };
    }
    if (record.cells.length === maxCells) {
      return { code: 'too-many-cells', line: record.line, row: record.row, maxCells };
    }
    record.cells.push(cell);
    if (record.cells.length % CELLS_PER_PAUSE === 0) yield CSV_PAUSE;
    if (startsQuoted || cell !== '') record.emptyLine = false;
    if (text[cursor.at] === ',') {
      record.emptyLine = false;
      cursor.at += 1;
    } else reading.atLineEnd = true;
  }
  // A CR at the end of the text read so far may be the first half of a CRLF.
  if (!final && text[cursor.at] === '\r' && cursor.at + 1 === text.length) return NEED_MORE;
  skipLineEnd(text, cursor);
  return undefined;
}

interface Cursor {
  at: number;
  line: number;
}

/**
 * A field that opens with a quote, up to its closing quote; the cursor ends on the delimiter after
 * it. Unless `final`, a quote that ends the text may be the first of a doubled one: NEED_MORE.
 */
function readQuoted(
  text: string,
  cursor: Cursor,
  final: boolean,
): string | SyntaxProblem | typeof NEED_MORE {
  const openedOn = cursor.line;
  let value = '';
  let from = cursor.at + 1;
  for (;;) {
    const quote = text.indexOf('"', from);
    if (quote === -1 || (!final && quote + 1 === text.length)) {
      return final ? { code: 'unclosed-quote', line: openedOn } : NEED_MORE;
    }
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

function readUnquoted(
  text: string,
  cursor: Cursor,
  final: boolean,
): string | SyntaxProblem | typeof NEED_MORE {
  const start = cursor.at;
  let at = start;
  while (!isFieldEnd(text, at)) {
    if (text[at] === '"') return { code: 'stray-quote', line: cursor.line };
    at += 1;
  }
  if (!final && at === text.length) return NEED_MORE;
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
