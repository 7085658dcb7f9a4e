/**
 * The first step of a figure import: bytes → the header's layout and the data records, or the
 * problems that stop the file from being read at all (too large, not text, a broken quote, no
 * header). Never throws for any bytes. This is where the CP949 decoder comes in, so the browser
 * never imports it.
 */
import { decodeCsvBytes, type CsvEncoding } from './decode-csv-bytes.ts';
import { readCsvRecords, type CsvProblem, type CsvRecord } from './parse-csv-text.ts';
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
  const reading = readImportText(decoded.text, decoded.encoding, limits);
  for (let next = reading.next(); ; next = reading.next()) {
    if (next.done) {
      const { fileErrors, complete } = next.value;
      if (!complete || layout === undefined)
        return { encoding: decoded.encoding, fileErrors, records: [] };
      return { encoding: decoded.encoding, fileErrors, layout, records };
    }
    if (next.value.kind === 'layout') layout = next.value.layout;
    else records.push(next.value.record);
  }
}

export function refusedAsTooLarge(bytes: number, limits: FigureImportLimits): ImportFile {
  return refused({ code: 'too-large', params: { bytes, maxBytes: limits.maxBytes } });
}

/** What reading the text gives, in order: the header's layout once, then each data record. */
export type ImportTextEvent =
  { kind: 'layout'; layout: HeaderLayout } | { kind: 'record'; record: CsvRecord };

/** How reading ended: the file's own problems, and whether its records may be used. */
export interface ImportTextEnd {
  fileErrors: ImportIssue[];
  /** False when the file is refused as a whole or its header lacks a required column. */
  complete: boolean;
  /** Data records read, blank ones left out. */
  rows: number;
}

/**
 * Reads decoded text record by record, in one pass and in time linear in its length: the layout
 * is yielded before any record, records only when the header has every required column (they
 * cannot be read otherwise), and the rest of the file is still read to the end, so the problems
 * that refuse it as a whole (a misplaced quote, too many rows or cells) are found wherever they
 * are. When the end says `complete: false`, every record yielded before must be discarded.
 */
export function* readImportText(
  text: string,
  encoding: CsvEncoding,
  limits: FigureImportLimits,
): Generator<ImportTextEvent, ImportTextEnd> {
  const maxColumns = limits.maxColumns ?? DEFAULT_IMPORT_LIMITS.maxColumns;
  const reading = readCsvRecords(text, maxColumns);
  const first = reading.next();
  if (first.done)
    return first.value === undefined ? empty() : refusedEnd(toIssue(first.value, limits));
  const header = first.value;
  const layout = readHeader(header);
  const used = new Set<number>();
  let rows = 0;
  if (layout.complete) yield { kind: 'layout', layout };
  for (let next = reading.next(); ; next = reading.next()) {
    if (next.done) {
      if (next.value !== undefined) return refusedEnd(toIssue(next.value, limits));
      break;
    }
    const record = next.value;
    // A row of empty cells carries nothing; Excel writes them for rows that were only formatted.
    if (isBlank(record)) continue;
    rows += 1;
    if (rows > limits.maxRows) continue;
    // Only the nameless header cells with a value below them are reported: one look at each
    // record's own cells, not one pass over every record per nameless header cell.
    for (const index of layout.unnamed) {
      if ((record.cells[index] ?? '').trim() !== '') used.add(index);
    }
    if (layout.complete) yield { kind: 'record', record };
  }
  if (isBlank(header) && rows === 0) return empty();
  if (rows > limits.maxRows) {
    return refusedEnd({ code: 'too-many-rows', params: { rows, maxRows: limits.maxRows } });
  }
  const fileErrors = layout.issues.filter(
    (issue) => issue.code !== 'unnamed-column' || used.has(Number(issue.params.position) - 1),
  );
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
 * The header's layout. Nameless cells are listed in `unnamed` with a provisional issue each: it
 * stands only if a record has a value below it (readImportText), as Excel writes nameless header
 * cells for columns that were only formatted.
 */
function readHeader(header: CsvRecord): HeaderLayout & { unnamed: number[] } {
  const indexes = new Map<ImportColumnName, number>();
  const unnamed: number[] = [];
  const row = header.row;
  if (!header.cells.some((cell) => COLUMN_BY_HEADER.has(cell.trim().toLowerCase()))) {
    // A file without a header would otherwise get an "unknown column" for every cell of its first figure.
    return {
      indexes,
      width: 0,
      issues: [{ code: 'missing-header', params: {} }],
      complete: false,
      unnamed,
    };
  }
  const issues: ImportIssue[] = [];
  header.cells.forEach((cell, index) => {
    const text = cell.trim();
    const position = index + 1;
    if (text === '') {
      unnamed.push(index);
      issues.push({ row, code: 'unnamed-column', params: { position } });
      return;
    }
    const name = COLUMN_BY_HEADER.get(text.toLowerCase());
    if (name === undefined) {
      issues.push({ row, code: 'unknown-column', params: { header: text, position } });
      return;
    }
    const first = indexes.get(name);
    if (first !== undefined) {
      issues.push({
        row,
        column: name,
        code: 'duplicate-column',
        params: { header: text, position, firstPosition: first + 1 },
      });
      return;
    }
    indexes.set(name, index);
  });
  const missing = IMPORT_COLUMNS.filter((column) => column.required && !indexes.has(column.name));
  for (const column of missing)
    issues.push({ column: column.name, code: 'missing-column', params: {} });
  return { indexes, width: header.cells.length, issues, complete: missing.length === 0, unnamed };
}
