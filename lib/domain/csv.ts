/**
 * CSV lines per RFC 4180 (comma-separated, CRLF line ends, quotes doubled), in two flavours with
 * two different promises:
 *
 * - **for Excel** (`CSV_FOR_EXCEL`): a UTF-8 BOM so Korean Excel reads UTF-8, and the formula
 *   guard: text a spreadsheet would run as a formula gets a leading apostrophe, so an opened file
 *   cannot run anything. The price: `=1+1` stored arrives as `'=1+1`.
 * - **for scripts** (`CSV_FOR_SCRIPTS`): every value exactly as stored, no BOM, no guard, so
 *   a parser gets the data back byte for byte. Not meant to be opened in a spreadsheet.
 */
import { isDecimalString } from './exact-decimal.ts';

/** Excel reads a CSV as the system code page (CP949 in Korea) unless the file starts with this. */
export const UTF8_BOM = '\uFEFF';

export interface CsvFlavour {
  /** Start the file with UTF8_BOM. */
  bom: boolean;
  /** Prefix an apostrophe to text a spreadsheet would run as a formula. */
  formulaGuard: boolean;
}

export const CSV_FOR_EXCEL: CsvFlavour = { bom: true, formulaGuard: true };
export const CSV_FOR_SCRIPTS: CsvFlavour = { bom: false, formulaGuard: false };

export type CsvCell = string | number | bigint | null | undefined;

/**
 * Characters that make a spreadsheet treat a cell as a formula (OWASP "CSV injection"). Excel and
 * LibreOffice also accept the full-width forms a Korean IME types, so those are guarded too.
 */
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']);

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One cell: empty for null/undefined; with `formulaGuard` (the default, for Excel), a leading
 * apostrophe on text a spreadsheet would run as a formula; quoted when it holds a comma, quote,
 * CR or LF. Numbers ("-45", 619200000000n) stay numbers, so a negative figure still sums in Excel.
 */
export function escapeCsvCell(value: CsvCell, formulaGuard = true): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'bigint') return value.toString();
  if (typeof value === 'number') {
    // A NaN in an export is a bug upstream; an empty cell would hide it from the person reading the file.
    if (!Number.isFinite(value))
      throw new Error(`Cannot write ${value} to a CSV cell: only finite numbers.`);
    return String(value);
  }
  const guarded =
    formulaGuard && startsWithFormulaTrigger(value) && !isDecimalString(value)
      ? `'${value}`
      : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

/** One record, CRLF-terminated as RFC 4180 asks (and as Excel expects on Windows). */
export function toCsvLine(cells: readonly CsvCell[], formulaGuard = true): string {
  return `${cells.map((cell) => escapeCsvCell(cell, formulaGuard)).join(',')}\r\n`;
}

/**
 * The file line by line, so a route handler can stream a large export instead of building one string.
 * The BOM rides on the first line and is on by default, because these files are meant for Excel.
 */
export function* csvLines(
  header: readonly string[],
  rows: Iterable<readonly CsvCell[]>,
  options: { bom: boolean } = { bom: true },
): Generator<string, void, undefined> {
  yield `${options.bom ? UTF8_BOM : ''}${toCsvLine(header)}`;
  for (const row of rows) yield toCsvLine(row);
}

/** The whole file as one string: for small files and tests; stream large ones with csvLines. */
export function toCsv(
  header: readonly string[],
  rows: Iterable<readonly CsvCell[]>,
  options: { bom: boolean },
): string {
  return Array.from(csvLines(header, rows, options)).join('');
}

function startsWithFormulaTrigger(text: string): boolean {
  const first = text[0];
  return first !== undefined && FORMULA_TRIGGERS.has(first);
}
