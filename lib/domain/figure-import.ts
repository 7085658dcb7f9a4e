/**
 * Staff import reported figures from a CSV file. This module reads the file and checks every row
 * against what the database already holds, without touching it: the caller shows the result as a
 * preview, and writes only when canImport() says the whole file is clean. A file is imported all or
 * nothing, so every problem of every row is reported at once, each as a message a person can act on.
 */
import { UTF8_BOM, toCsvLine } from './csv.ts';
import { decodeCsvBytes, type CsvEncoding } from './decode-csv-bytes.ts';
import { normalizeDecimal } from './exact-decimal.ts';
import { parseFigureValue, type FigureValueProblem } from './parse-figure-value.ts';
import { readReportedDate } from './parse-reported-date.ts';
import { parseCsvText, type CsvRecord } from './parse-csv-text.ts';
import { isSlug } from './slug.ts';
import { TEXT_LIMITS } from './text-limits.ts';
import type { DatePrecision, DecimalString, Locale, PreciseDate, Unit } from './types.ts';

import {
  COLUMN_BY_HEADER,
  DEFAULT_IMPORT_LIMITS,
  IMPORT_COLUMNS,
  type ImportIssueCode,
  type ExistingFigure,
  type FigureImportContext,
  type FigureImportLimits,
  type FigureImportResult,
  type ImportColumnName,
  type ImportedFigure,
  type ImportIssue,
  type ImportRow,
} from './import-columns.ts';

export * from './import-columns.ts';
export { formatImportIssue } from './format-import-issue.ts';

// ─── Reading the file ───────────────────────────────────────────────────────────────────────────

/** Reads and checks a whole upload. Never throws for any bytes: every failure is in the result. */
export function parseFigureImport(
  bytes: Uint8Array,
  context: FigureImportContext,
  limits: FigureImportLimits = DEFAULT_IMPORT_LIMITS,
): FigureImportResult {
  if (bytes.length > limits.maxBytes) {
    return fileError({
      code: 'too-large',
      params: { bytes: bytes.length, maxBytes: limits.maxBytes },
    });
  }
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return fileError({ code: decoded.code, params: decoded.params });
  const { encoding } = decoded;
  const parsed = parseCsvText(decoded.text);
  if (!parsed.ok) {
    const params = { line: parsed.line, position: parsed.field };
    return fileError({ row: parsed.row, code: parsed.code, params }, encoding);
  }

  const [header, ...rest] = parsed.records;
  // A row of empty cells carries nothing; Excel writes them for rows that were only formatted.
  const records = rest.filter((record) => !isBlank(record));
  if (header === undefined || (isBlank(header) && records.length === 0)) {
    return fileError({ code: 'empty', params: {} }, encoding);
  }
  if (records.length > limits.maxRows) {
    return fileError(
      { code: 'too-many-rows', params: { rows: records.length, maxRows: limits.maxRows } },
      encoding,
    );
  }
  const layout = readHeader(header, records);
  const fileErrors = [...layout.issues];
  if (records.length === 0 && layout.complete) fileErrors.push({ code: 'no-rows', params: {} });
  // Rows are still checked when the header has only unknown or repeated columns, so the person
  // sees every problem of the file in one pass; without a required column they cannot be read.
  if (!layout.complete) return { encoding, fileErrors, rows: [] };
  return {
    encoding,
    fileErrors,
    rows: toImportRows(
      records.map((record) => readRow(record, layout, context)),
      context,
    ),
  };
}

/** True when the file can be imported as it is: no problem anywhere and something new to add. */
export function canImport(result: FigureImportResult): boolean {
  return (
    result.fileErrors.length === 0 &&
    result.rows.every((row) => row.status !== 'error' && row.issues.length === 0) &&
    result.rows.some((row) => row.status === 'new')
  );
}

function fileError(issue: ImportIssue, encoding?: CsvEncoding): FigureImportResult {
  return { ...(encoding === undefined ? {} : { encoding }), fileErrors: [issue], rows: [] };
}

function isBlank(record: CsvRecord): boolean {
  return record.cells.every((cell) => cell.trim() === '');
}

interface HeaderLayout {
  /** Column → index of its cell in each record. */
  indexes: Map<ImportColumnName, number>;
  width: number;
  issues: ImportIssue[];
  /** Every required column is present, so rows can be read. */
  complete: boolean;
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

// ─── Reading one row ────────────────────────────────────────────────────────────────────────────

/** What one row says on its own, before it is compared with other rows and with the database. */
interface RowDraft {
  row: number;
  issues: ImportIssue[];
  indicator?: string;
  unit?: Unit;
  value?: DecimalString;
  date?: PreciseDate;
  source?: string;
  quote?: string;
  noteKo: string | null;
  noteEn: string | null;
  /** The slug the row names, when it names a valid one. */
  slug?: string;
}

function readRow(record: CsvRecord, layout: HeaderLayout, context: FigureImportContext): RowDraft {
  const { row } = record;
  const cell = (column: ImportColumnName): string => {
    const index = layout.indexes.get(column);
    return index === undefined ? '' : (record.cells[index] ?? '').trim();
  };
  const draft: RowDraft = {
    row,
    issues: [],
    noteKo: cell('note_ko') || null,
    noteEn: cell('note_en') || null,
  };
  const fail = (
    column: ImportColumnName | undefined,
    code: ImportIssueCode,
    params: ImportIssue['params'] = {},
  ) => {
    draft.issues.push({ row, ...(column === undefined ? {} : { column }), code, params });
  };

  const lastUsed = record.cells.findLastIndex((text) => text.trim() !== '');
  if (lastUsed >= layout.width)
    fail(undefined, 'too-many-cells', { expected: layout.width, actual: lastUsed + 1 });
  for (const column of IMPORT_COLUMNS) {
    if (column.required && cell(column.name) === '') fail(column.name, 'required');
  }
  // The same limits as the staff forms, so an import cannot store what a form would refuse.
  for (const [column, max] of [
    ['quote', TEXT_LIMITS.quote],
    ['note_ko', TEXT_LIMITS.note],
    ['note_en', TEXT_LIMITS.note],
  ] as const) {
    const length = [...cell(column)].length;
    if (length > max) fail(column, 'too-long', { max, actual: length });
  }

  const indicator = cell('indicator');
  const known = context.indicators.get(indicator);
  if (known !== undefined) {
    draft.indicator = indicator;
    draft.unit = known.unit;
  } else if (indicator !== '')
    fail('indicator', 'unknown-indicator', withSuggestion(indicator, context.indicators));

  const value = cell('value');
  if (value !== '') {
    const read = readValue(value, draft.unit);
    if (typeof read === 'string') draft.value = read;
    else
      fail('value', read.code, {
        value,
        ...(draft.unit === undefined ? {} : { unit: draft.unit }),
      });
  }

  const observedOn = cell('observed_on');
  if (observedOn !== '') {
    const read = readObservedOn(observedOn);
    if ('date' in read) draft.date = read;
    else fail('observed_on', read.code, { value: observedOn });
  }

  const source = cell('source');
  if (context.sources.has(source)) draft.source = source;
  else if (source !== '') fail('source', 'unknown-source', withSuggestion(source, context.sources));

  const quote = cell('quote');
  if (quote !== '') draft.quote = quote;

  const slug = cell('slug');
  if (isSlug(slug)) draft.slug = slug;
  else if (slug !== '') fail('slug', 'invalid-slug', { value: slug });
  return draft;
}

/** Slugs are lower-case, and "AI-Phase-1" is a slip worth naming rather than a mystery. */
function withSuggestion(
  text: string,
  known: { has(slug: string): boolean },
): Record<string, string> {
  const lower = text.toLowerCase();
  return lower !== text && known.has(lower) ? { value: text, suggestion: lower } : { value: text };
}

// ─── Comparing rows with each other and with the database ───────────────────────────────────────

function toImportRows(drafts: readonly RowDraft[], context: FigureImportContext): ImportRow[] {
  const existingByKey = new Map<string, ExistingFigure[]>();
  for (const figure of context.existing) {
    const key = figureKey(figure.indicator, figure.observedOn, figure.precision);
    const recorded = existingByKey.get(key);
    if (recorded === undefined) existingByKey.set(key, [figure]);
    else recorded.push(figure);
  }
  // Slugs the file names are reserved before any is generated, so a generated slug never collides
  // with one a later row asks for.
  const firstRowBySlug = new Map<string, number>();
  for (const draft of drafts) {
    if (draft.slug !== undefined && !firstRowBySlug.has(draft.slug))
      firstRowBySlug.set(draft.slug, draft.row);
  }
  const taken = new Set([...context.figureSlugs, ...firstRowBySlug.keys()]);
  const firstRowByKey = new Map<string, number>();

  return drafts.map((draft) => {
    const key =
      draft.indicator !== undefined && draft.date !== undefined
        ? figureKey(draft.indicator, draft.date.date, draft.date.precision)
        : undefined;
    if (key !== undefined) {
      const firstRow = firstRowByKey.get(key);
      if (firstRow === undefined) firstRowByKey.set(key, draft.row);
      else draft.issues.push({ row: draft.row, code: 'duplicate-in-file', params: { firstRow } });
    }
    const match = matchRecorded(draft, key === undefined ? [] : (existingByKey.get(key) ?? []));
    checkNamedSlug(draft, match, firstRowBySlug, context.figureSlugs);
    return toImportRow(draft, match, taken);
  });
}

/** The recorded figure for the row's indicator and date: the same one (a duplicate), or another value. */
interface RecordedMatch {
  duplicateOf?: ExistingFigure;
  conflict?: ExistingFigure;
}

function matchRecorded(draft: RowDraft, recorded: readonly ExistingFigure[]): RecordedMatch {
  const { value } = draft;
  if (value === undefined || recorded.length === 0) return {};
  // Exact comparison of canonical text: "160.0" recorded and "160" imported are the same figure.
  const duplicateOf = recorded.find((figure) => normalizeDecimal(figure.value) === value);
  if (duplicateOf !== undefined) return { duplicateOf };
  const conflict = recorded[0];
  if (conflict === undefined) return {};
  const params = {
    slug: conflict.slug,
    existingValue: normalizeDecimal(conflict.value),
    value,
    unit: draft.unit ?? '',
  };
  draft.issues.push({ row: draft.row, column: 'value', code: 'conflicts-existing', params });
  return { conflict };
}

function checkNamedSlug(
  draft: RowDraft,
  { duplicateOf, conflict }: RecordedMatch,
  firstRowBySlug: ReadonlyMap<string, number>,
  figureSlugs: ReadonlySet<string>,
): void {
  const { row, slug } = draft;
  if (slug === undefined) return;
  const firstRow = firstRowBySlug.get(slug) ?? row;
  // Re-importing an exported file names each figure's own slug; that is the figure, not a clash.
  const ownSlug = slug === duplicateOf?.slug || slug === conflict?.slug;
  if (firstRow !== row)
    draft.issues.push({
      row,
      column: 'slug',
      code: 'slug-repeated',
      params: { value: slug, firstRow },
    });
  else if (figureSlugs.has(slug) && !ownSlug)
    draft.issues.push({ row, column: 'slug', code: 'slug-taken', params: { value: slug } });
}

/** The row's verdict. A new figure without a named slug takes the next free generated one. */
function toImportRow(
  draft: RowDraft,
  { duplicateOf }: RecordedMatch,
  taken: Set<string>,
): ImportRow {
  const { row, issues } = draft;
  const content = toFigureContent(draft);
  if (issues.length > 0 || content === undefined) return { row, status: 'error', issues };
  if (duplicateOf !== undefined) {
    return {
      row,
      status: 'duplicate',
      figure: { slug: duplicateOf.slug, ...content },
      duplicateOf: duplicateOf.slug,
      issues,
    };
  }
  const slug = draft.slug ?? nextFreeSlug(generatedSlug(content), taken);
  taken.add(slug);
  return { row, status: 'new', figure: { slug, ...content }, issues };
}

function toFigureContent(draft: RowDraft): Omit<ImportedFigure, 'slug'> | undefined {
  const { indicator, value, date, source, quote, noteKo, noteEn } = draft;
  if (
    indicator === undefined ||
    value === undefined ||
    date === undefined ||
    source === undefined ||
    quote === undefined
  ) {
    return undefined;
  }
  return {
    indicator,
    value,
    observedOn: date.date,
    precision: date.precision,
    source,
    quote,
    noteKo,
    noteEn,
  };
}

function figureKey(indicator: string, observedOn: string, precision: DatePrecision): string {
  return `${indicator}\u0000${observedOn}\u0000${precision}`;
}

/** The seed file's convention: the indicator, then the date to its precision (…-2025-09). */
function generatedSlug({ indicator, observedOn, precision }: Omit<ImportedFigure, 'slug'>): string {
  const length = precision === 'YEAR' ? 4 : precision === 'MONTH' ? 7 : 10;
  return `${indicator}-${observedOn.slice(0, length)}`;
}

function nextFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const slug = `${base}-${suffix}`;
    if (!taken.has(slug)) return slug;
  }
}

// ─── Values and dates ───────────────────────────────────────────────────────────────────────────
// Read by the same functions as the staff forms (parse-figure-value.ts, parse-reported-date.ts).

function readValue(
  text: string,
  unit: Unit | undefined,
): DecimalString | { code: FigureValueProblem } {
  const read = parseFigureValue(text, unit);
  return read.ok ? read.value : { code: read.code };
}

const readObservedOn = readReportedDate;

// ─── Template ───────────────────────────────────────────────────────────────────────────────────

export type FigureImportExample = Partial<Record<ImportColumnName, string>>;

const COLUMN_EXAMPLES: FigureImportExample = Object.fromEntries(
  IMPORT_COLUMNS.map((column) => [column.name, column.example]),
);

/**
 * A file to fill in: the header and one example row, in UTF-8 with a BOM so Korean Excel opens it
 * correctly. `locale` picks the header names; the importer reads either.
 */
export function toFigureImportTemplate(
  example: FigureImportExample = COLUMN_EXAMPLES,
  locale: Locale = 'en',
): string {
  const header = IMPORT_COLUMNS.map((column) => (locale === 'ko' ? column.ko : column.name));
  return `${UTF8_BOM}${toCsvLine(header)}${toCsvLine(IMPORT_COLUMNS.map((column) => example[column.name] ?? ''))}`;
}
