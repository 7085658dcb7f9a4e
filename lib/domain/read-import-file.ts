/**
 * The first step of a figure import: bytes → the header's layout and the data records, or the
 * problems that stop the file from being read at all (too large, not text, a broken quote, no
 * header). Never throws for any bytes. This is where the CP949 decoder comes in, so the browser
 * never imports it.
 */
import { decodeCsvBytes, type CsvEncoding } from './decode-csv-bytes.ts';
import { parseCsvText, type CsvRecord } from './parse-csv-text.ts';
import {
  COLUMN_BY_HEADER,
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
  if (bytes.length > limits.maxBytes) {
    return refused({
      code: 'too-large',
      params: { bytes: bytes.length, maxBytes: limits.maxBytes },
    });
  }
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return refused({ code: decoded.code, params: decoded.params });
  const { encoding } = decoded;
  const parsed = parseCsvText(decoded.text);
  if (!parsed.ok) {
    const params = { line: parsed.line, position: parsed.field };
    return refused({ row: parsed.row, code: parsed.code, params }, encoding);
  }

  const [header, ...rest] = parsed.records;
  // A row of empty cells carries nothing; Excel writes them for rows that were only formatted.
  const records = rest.filter((record) => !isBlank(record));
  if (header === undefined || (isBlank(header) && records.length === 0)) {
    return refused({ code: 'empty', params: {} }, encoding);
  }
  if (records.length > limits.maxRows) {
    return refused(
      { code: 'too-many-rows', params: { rows: records.length, maxRows: limits.maxRows } },
      encoding,
    );
  }
  const layout = readHeader(header, records);
  const fileErrors = [...layout.issues];
  if (records.length === 0 && layout.complete) fileErrors.push({ code: 'no-rows', params: {} });
  // Rows are still checked when the header has only unknown or repeated columns, so the person
  // sees every problem of the file in one pass; without a required column they cannot be read.
  if (!layout.complete) return { encoding, fileErrors, records: [] };
  return { encoding, fileErrors, layout, records };
}

function refused(issue: ImportIssue, encoding?: CsvEncoding): ImportFile {
  return { ...(encoding === undefined ? {} : { encoding }), fileErrors: [issue], records: [] };
}

function isBlank(record: CsvRecord): boolean {
  return record.cells.every((cell) => cell.trim() === '');
}

function readHeader(header: CsvRecord, records: readonly CsvRecord[]): HeaderLayout {
  const indexes = new Map<ImportColumnName, number>();
  const row = header.row;
  if (!header.cells.some((cell) => COLUMN_BY_HEADER.has(cell.trim().toLowerCase()))) {
    // A file without a header would otherwise get an "unknown column" for every cell of its first figure.
    return { indexes, width: 0, issues: [{ code: 'missing-header', params: {} }], complete: false };
  }
  const issues: ImportIssue[] = [];
  header.cells.forEach((cell, index) => {
    const text = cell.trim();
    const position = index + 1;
    if (text === '') {
      // Excel writes nameless header cells for columns that were only formatted; harmless while empty.
      const used = records.some((record) => (record.cells[index] ?? '').trim() !== '');
      if (used) issues.push({ row, code: 'unnamed-column', params: { position } });
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
  return { indexes, width: header.cells.length, issues, complete: missing.length === 0 };
}
