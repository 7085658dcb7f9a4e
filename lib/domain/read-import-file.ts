/**
 * The first step of a figure import: bytes → the header's layout and the data records, or the
 * problems that stop the file from being read at all (too large, not text, a broken quote, no
 * header, too many rows or columns). Never throws for any bytes. `readImportText` reads a record
 * at a time, for the server's streaming import; `readImportFile` collects them, for the reference
 * in figure-import.ts. This is where the CP949 decoder comes in, so the browser
 * never imports it.
 */
import { decodeCsvBytes, type CsvEncoding } from './decode-csv-bytes.ts';
import { CSV_PAUSE, readCsvRecords, type CsvProblem, type CsvRecord } from './parse-csv-text.ts';
import {
  COLUMN_BY_HEADER,
  DEFAULT_IMPORT_LIMITS,
  IMPORT_COLUMNS,
  type FigureImportLimits,
  type HeaderLayout,
  type ImportColumnName,
  type ImportIssue,
} from './import-columns.ts';

export interface ImportFile {
  encoding?: CsvEncoding;
  fileErrors: ImportIssue[];
  /** Present when every required column is, so the records can be read. */
  layout?: HeaderLayout;
  /** The data records, blank ones left out. */
  records: CsvRecord[];
}

export function readImportFile(bytes: Uint8Array, limits: FigureImportLimits): ImportFile {
  if (bytes.length > limits.maxBytes) return refusedAsTooLarge(bytes.length, limits);
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return refused({ code: decoded.code, params: decoded.params });
  const records: CsvRecord[] = [];
  let layout: HeaderLayout | undefined;
  const reading = readImportText(decoded.text, limits);
  for (let next = reading.next(); ; next = reading.next()) {
    if (next.done) {
      const { fileErrors, complete } = next.value;
      if (!complete || layout === undefined)
        return { encoding: decoded.encoding, fileErrors, records: [] };
      return { encoding: decoded.encoding, fileErrors, layout, records };
    }
    if (next.value.kind === 'layout') layout = next.value.layout;
    else if (next.value.kind === 'record') records.push(next.value.record);
  }
}

export function refusedAsTooLarge(bytes: number, limits: FigureImportLimits): ImportFile {
  return refused({ code: 'too-large', params: { bytes, maxBytes: limits.maxBytes } });
}

/**
 * What reading the text gives, in order: the header's layout once, then each data record; and
 * now and then within a very wide record, a point where the caller may pause.
 */
export type ImportTextEvent =
  | { kind: 'layout'; layout: HeaderLayout }
  | { kind: 'record'; record: CsvRecord }
  | { kind: 'pause' };

const PAUSE_EVENT = { kind: 'pause' } as const;

/** How reading ended: the file's own problems, and whether its records may be used. */
export interface ImportTextEnd {
  fileErrors: ImportIssue[];
  /** False when the file is refused as a whole or its header lacks a required column. */
  complete: boolean;
  /** Data records read, blank ones left out. */
  rows: number;
}

/**
 * Reads decoded text record by record, in one pass and in time linear in its length (the whole
 * text, or its slices in order from decodeCsvSlices, so the server never holds it whole): the layout
 * is yielded before any record, records only when the header has every required column (they
 * cannot be read otherwise), and the rest of the file is still read to the end, so the problems
 * that refuse it as a whole (a misplaced quote, too many rows or cells) are found wherever they
 * are. When the end says `complete: false`, every record yielded before must be discarded.
 */
export function* readImportText(
  text: string | Iterable<string>,
  limits: FigureImportLimits,
): Generator<ImportTextEvent, ImportTextEnd> {
  const maxColumns = limits.maxColumns ?? DEFAULT_IMPORT_LIMITS.maxColumns;
  const reading = readCsvRecords(text, maxColumns);
  let next = reading.next();
  for (; !next.done && next.value === CSV_PAUSE; next = reading.next()) yield PAUSE_EVENT;
  if (next.done)
    return next.value === undefined ? empty() : refusedEnd(toIssue(next.value, limits));
  const header = next.value as CsvRecord;
  const layout = yield* readHeader(header);
  const used = new Set<number>();
  let rows = 0;
  if (layout.complete) yield { kind: 'layout', layout };
  for (next = reading.next(); ; next = reading.next()) {
    if (next.done) {
      if (next.value !== undefined) return refusedEnd(toIssue(next.value, limits));
      break;
    }
    if (next.value === CSV_PAUSE) {
      yield PAUSE_EVENT;
      continue;
    }
    const record = next.value;
    // A row of empty cells carries nothing; Excel writes them for rows that were only formatted.
    if (isBlank(record)) continue;
    rows += 1;
    if (rows > limits.maxRows) continue;
    // Only the nameless header cells with a value below them are reported: one look at each
    // record's own cells, not one pass over every record per nameless header cell.
    if (layout.hasUnnamed) {
      record.cells.forEach((cell, index) => {
        if (index < layout.width && !layout.named.has(index) && cell.trim() !== '') used.add(index);
      });
    }
    if (layout.complete) yield { kind: 'record', record };
  }
  if (layout.blank && rows === 0) return empty();
  if (rows > limits.maxRows) {
    return refusedEnd({ code: 'too-many-rows', params: { rows, maxRows: limits.maxRows } });
  }
  const fileErrors = withUnnamedColumns(layout.issues, [...used], header.row);
  if (rows === 0 && layout.complete) fileErrors.push({ code: 'no-rows', params: {} });
  // Rows are still checked when the header has only unknown or repeated columns, so the person
  // sees every problem of the file in one pass; without a required column they cannot be read.
  return { fileErrors, complete: layout.complete, rows };

  function empty(): ImportTextEnd {
    return refusedEnd({ code: 'empty', params: {} });
  }
}

function refusedEnd(issue: ImportIssue): ImportTextEnd {
  return { fileErrors: [issue], complete: false, rows: 0 };
}

function toIssue(problem: CsvProblem, limits: FigureImportLimits): ImportIssue {
  if (problem.code === 'too-many-cells') {
    const maxColumns = limits.maxColumns ?? DEFAULT_IMPORT_LIMITS.maxColumns;
    return { row: problem.row, code: 'too-many-columns', params: { max: maxColumns } };
  }
  return {
    row: problem.row,
    code: problem.code,
    params: { line: problem.line, position: problem.field },
  };
}

function refused(issue: ImportIssue, encoding?: CsvEncoding): ImportFile {
  return { ...(encoding === undefined ? {} : { encoding }), fileErrors: [issue], records: [] };
}

function isBlank(record: CsvRecord): boolean {
  return record.cells.every((cell) => cell.trim() === '');
}

/**
 * The header's layout, in one pass over its cells (pausing every few thousand). A nameless cell
 * (one not in `named`) is a problem only if a record has a value below it
 * (readImportText), as Excel writes nameless header cells for columns that were only formatted.
 */
function* readHeader(
  header: CsvRecord,
): Generator<
  typeof PAUSE_EVENT,
  HeaderLayout & { named: Set<number>; hasUnnamed: boolean; blank: boolean }
> {
  const indexes = new Map<ImportColumnName, number>();
  // The cells with a name (few), rather than those without: a header may be a million empty cells.
  const named = new Set<number>();
  const row = header.row;
  const issues: ImportIssue[] = [];
  let known = false;
  for (let index = 0; index < header.cells.length; index += 1) {
    if (index % 8192 === 8191) yield PAUSE_EVENT;
    const text = header.cells[index]!.trim();
    const position = index + 1;
    if (text === '') continue;
    named.add(index);
    const name = COLUMN_BY_HEADER.get(text.toLowerCase());
    if (name === undefined) {
      issues.push({ row, code: 'unknown-column', params: { header: text, position } });
      continue;
    }
    known = true;
    const first = indexes.get(name);
    if (first !== undefined) {
      issues.push({
        row,
        column: name,
        code: 'duplicate-column',
        params: { header: text, position, firstPosition: first + 1 },
      });
      continue;
    }
    indexes.set(name, index);
  }
  const blank = named.size === 0;
  const hasUnnamed = named.size < header.cells.length;
  if (!known) {
    // A file without a header would otherwise get an "unknown column" for every cell of its first figure.
    const issue: ImportIssue = { code: 'missing-header', params: {} };
    return { indexes, width: 0, issues: [issue], complete: false, named, hasUnnamed: false, blank };
  }
  const missing = IMPORT_COLUMNS.filter((column) => column.required && !indexes.has(column.name));
  for (const column of missing)
    issues.push({ column: column.name, code: 'missing-column', params: {} });
  const complete = missing.length === 0;
  return { indexes, width: header.cells.length, issues, complete, named, hasUnnamed, blank };
}

/** The header's issues with the nameless columns that hold values, in the order of the columns. */
function withUnnamedColumns(
  issues: readonly ImportIssue[],
  usedIndexes: number[],
  row: number,
): ImportIssue[] {
  const unnamed = usedIndexes
    .sort((a, b) => a - b)
    .map((index): ImportIssue => ({
      row,
      code: 'unnamed-column',
      params: { position: index + 1 },
    }));
  const merged: ImportIssue[] = [];
  let next = 0;
  for (const issue of issues) {
    const position = issue.params.position;
    while (
      next < unnamed.length &&
      (typeof position !== 'number' || Number(unnamed[next]!.params.position) < position)
    )
      merged.push(unnamed[next++]!);
    merged.push(issue);
  }
  merged.push(...unnamed.slice(next));
  return merged;
}
