/**
 * Staff import reported figures from a CSV file. This module reads the file and checks every row
 * against what the database already holds, without touching it: the caller shows the result as a
 * preview, and writes only when canImport() says the whole file is clean. A file is imported all or
 * nothing, so every problem of every row is reported at once, each as a message a person can act on.
 */
import { UTF8_BOM, toCsvLine } from './csv.ts';
import { decodeCsvBytes, type CsvEncoding } from './decode-csv-bytes.ts';
import { formatDecimalWithSeparators, normalizeDecimal } from './exact-decimal.ts';
import { formatExactValue } from './format-value.ts';
import { attachParticle, type ParticlePair } from './korean-particle.ts';
import { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS, parseFigureValue, type FigureValueProblem } from './parse-figure-value.ts';
import { readReportedDate } from './parse-reported-date.ts';
import { parseCsvText, type CsvRecord } from './parse-csv-text.ts';
import { isSlug } from './slug.ts';
import { TEXT_LIMITS } from './text-limits.ts';
import { UNITS, type DatePrecision, type DecimalString, type Locale, type PreciseDate, type Unit } from './types.ts';

// ─── Columns ────────────────────────────────────────────────────────────────────────────────────

export interface ImportColumn {
  /** The canonical header, as the template writes it. */
  name: string;
  /** The Korean header, for Korean templates and messages. */
  ko: string;
  /** Other headers accepted for this column (compared trimmed and case-insensitively). */
  aliases: readonly string[];
  required: boolean;
  description: Record<Locale, string>;
  example: string;
}

export const IMPORT_COLUMNS = [
  {
    name: 'indicator',
    ko: '지표',
    aliases: [],
    required: true,
    description: {
      ko: '수치가 나타내는 지표의 식별자(영문 소문자, 숫자, 하이픈).',
      en: 'The slug of the indicator the figure measures (lower-case letters, digits, hyphens).',
    },
    example: 'ai-phase-1-investment',
  },
  {
    name: 'value',
    ko: '값',
    aliases: [],
    required: true,
    description: {
      ko: '보도된 수치: 6192, 88.5, 1,234, -3. 금액 지표는 6,192억 원, 480만원처럼 써도 됩니다. 4만여 같은 어림값은 받지 않습니다.',
      en: 'The reported number: 6192, 88.5, 1,234 or -3. For amounts in won, Korean forms such as 6,192억 원 or 480만원 also work; approximate amounts such as 4만여 are refused.',
    },
    example: '4,269억 원',
  },
  {
    name: 'observed_on',
    ko: '기준일',
    aliases: [],
    required: true,
    description: {
      ko: '수치의 기준 시점을 출처가 밝힌 만큼만: 2025, 2025-09, 2025-09-24(2025.9.24, 2025년 9월 24일도 됩니다). 엑셀이 2025-09를 날짜로 바꾸지 않도록 이 열의 서식은 텍스트로 두세요.',
      en: 'When the figure applies, as precisely as the source says: 2025, 2025-09 or 2025-09-24 (2025.9.24 and 2025년 9월 24일 also work). Format this column as text so Excel does not turn 2025-09 into a full date.',
    },
    example: '2025-09',
  },
  {
    name: 'source',
    ko: '출처',
    aliases: [],
    required: true,
    description: {
      ko: '수치를 인용한 출처의 식별자. 출처를 먼저 등록해야 합니다.',
      en: 'The slug of the source the figure is quoted from; register the source first.',
    },
    example: 'newsnok-2025-09-hangzhou',
  },
  {
    name: 'quote',
    ko: '인용문',
    aliases: [],
    required: true,
    description: {
      ko: '출처에서 수치가 나오는 문장을 그대로 옮깁니다.',
      en: 'The sentence of the source that states the figure, copied verbatim.',
    },
    example:
      '광주시는 그동안 4269억원을 투입한 인공지능(AI) 1단계 사업을 통해 인프라-인재-기업으로 이어지는 인공지능(AI) 생태계 기반을 마련했다.',
  },
  {
    name: 'note_ko',
    ko: '비고',
    aliases: [],
    required: false,
    description: { ko: '수치를 읽는 데 필요한 설명(한국어, 선택).', en: 'What a reader needs to know about the figure, in Korean (optional).' },
    example: "'그동안' 투입한 금액으로, 집계 기간은 밝히지 않는다.",
  },
  {
    name: 'note_en',
    ko: '영문 비고',
    aliases: ['note'],
    required: false,
    description: { ko: '같은 설명의 영어판(선택).', en: 'The same note in English (optional).' },
    example: 'Put in "so far"; the article gives no period.',
  },
  {
    name: 'slug',
    ko: '식별자',
    aliases: [],
    required: false,
    description: {
      ko: '수치의 식별자(선택). 비워 두면 지표와 기준일로 만듭니다. 예: ai-phase-1-investment-2025-09',
      en: "The figure's slug (optional). Left empty, one is made from the indicator and the date, e.g. ai-phase-1-investment-2025-09.",
    },
    example: '',
  },
] as const satisfies readonly ImportColumn[];

export type ImportColumnName = (typeof IMPORT_COLUMNS)[number]['name'];

const COLUMN_BY_HEADER = new Map<string, ImportColumnName>(
  IMPORT_COLUMNS.flatMap((column) =>
    [column.name, column.ko, ...column.aliases].map((header) => [header.toLowerCase(), column.name] as const),
  ),
);

// ─── Result ─────────────────────────────────────────────────────────────────────────────────────

export interface ExistingFigure {
  slug: string;
  indicator: string;
  /** ISO yyyy-mm-dd, stored the canonical way for its precision (see precise-date.ts). */
  observedOn: string;
  precision: DatePrecision;
  value: DecimalString;
}

export interface FigureImportContext {
  /** Indicator slug → its unit, which decides whether "6,192억 원" is a valid value. */
  indicators: ReadonlyMap<string, { unit: Unit }>;
  sources: ReadonlySet<string>;
  figureSlugs: ReadonlySet<string>;
  existing: readonly ExistingFigure[];
}

export interface FigureImportLimits {
  maxBytes: number;
  /** Data rows, header and blank rows not counted. */
  maxRows: number;
}

// Sized for a person's spreadsheet, not a data dump: the whole file is checked in one request and
// shown as a preview, row by row.
export const DEFAULT_IMPORT_LIMITS: FigureImportLimits = { maxBytes: 2 * 1024 * 1024, maxRows: 5000 };

export const IMPORT_ISSUE_CODES = [
  // the file as a whole
  'empty',
  'binary',
  'encoding',
  'too-large',
  'too-many-rows',
  'unclosed-quote',
  'stray-quote',
  // the header row
  'missing-header',
  'unknown-column',
  'duplicate-column',
  'missing-column',
  'unnamed-column',
  'no-rows',
  // one row
  'too-many-cells',
  'required',
  'unknown-indicator',
  'unknown-source',
  'invalid-value',
  'approximate-value',
  'value-out-of-range',
  'too-long',
  'invalid-date',
  'nonexistent-date',
  'invalid-slug',
  'slug-taken',
  'slug-repeated',
  'conflicts-existing',
  'duplicate-in-file',
] as const;
export type ImportIssueCode = (typeof IMPORT_ISSUE_CODES)[number];

export interface ImportIssue {
  /** The row number Excel shows for the record (header = 1). */
  row?: number;
  column?: ImportColumnName;
  code: ImportIssueCode;
  params: Record<string, string | number>;
}

export interface ImportedFigure {
  slug: string;
  indicator: string;
  value: DecimalString;
  observedOn: string;
  precision: DatePrecision;
  source: string;
  quote: string;
  noteKo: string | null;
  noteEn: string | null;
}

export interface ImportRow {
  row: number;
  /** `duplicate`: the same figure is already recorded; importing skips it. */
  status: 'new' | 'duplicate' | 'error';
  figure?: ImportedFigure;
  duplicateOf?: string;
  issues: ImportIssue[];
}

export interface FigureImportResult {
  encoding?: CsvEncoding;
  fileErrors: ImportIssue[];
  rows: ImportRow[];
}

// ─── Reading the file ───────────────────────────────────────────────────────────────────────────

/** Reads and checks a whole upload. Never throws for any bytes: every failure is in the result. */
export function parseFigureImport(
  bytes: Uint8Array,
  context: FigureImportContext,
  limits: FigureImportLimits = DEFAULT_IMPORT_LIMITS,
): FigureImportResult {
  if (bytes.length > limits.maxBytes) {
    return fileError({ code: 'too-large', params: { bytes: bytes.length, maxBytes: limits.maxBytes } });
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
    return fileError({ code: 'too-many-rows', params: { rows: records.length, maxRows: limits.maxRows } }, encoding);
  }
  const layout = readHeader(header, records);
  const fileErrors = [...layout.issues];
  if (records.length === 0 && layout.complete) fileErrors.push({ code: 'no-rows', params: {} });
  // Rows are still checked when the header has only unknown or repeated columns, so the person
  // sees every problem of the file in one pass; without a required column they cannot be read.
  if (!layout.complete) return { encoding, fileErrors, rows: [] };
  return { encoding, fileErrors, rows: toImportRows(records.map((record) => readRow(record, layout, context)), context) };
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
      issues.push({ row, column: name, code: 'duplicate-column', params: { header: text, position, firstPosition: first + 1 } });
      return;
    }
    indexes.set(name, index);
  });
  const missing = IMPORT_COLUMNS.filter((column) => column.required && !indexes.has(column.name));
  for (const column of missing) issues.push({ column: column.name, code: 'missing-column', params: {} });
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
  const draft: RowDraft = { row, issues: [], noteKo: cell('note_ko') || null, noteEn: cell('note_en') || null };
  const fail = (column: ImportColumnName | undefined, code: ImportIssueCode, params: ImportIssue['params'] = {}) => {
    draft.issues.push({ row, ...(column === undefined ? {} : { column }), code, params });
  };

  const lastUsed = record.cells.findLastIndex((text) => text.trim() !== '');
  if (lastUsed >= layout.width) fail(undefined, 'too-many-cells', { expected: layout.width, actual: lastUsed + 1 });
  for (const column of IMPORT_COLUMNS) {
    if (column.required && cell(column.name) === '') fail(column.name, 'required');
  }
  // The same limits as the staff forms, so an import cannot store what a form would refuse.
  for (const [column, max] of [['quote', TEXT_LIMITS.quote], ['note_ko', TEXT_LIMITS.note], ['note_en', TEXT_LIMITS.note]] as const) {
    const length = [...cell(column)].length;
    if (length > max) fail(column, 'too-long', { max, actual: length });
  }

  const indicator = cell('indicator');
  const known = context.indicators.get(indicator);
  if (known !== undefined) {
    draft.indicator = indicator;
    draft.unit = known.unit;
  } else if (indicator !== '') fail('indicator', 'unknown-indicator', withSuggestion(indicator, context.indicators));

  const value = cell('value');
  if (value !== '') {
    const read = readValue(value, draft.unit);
    if (typeof read === 'string') draft.value = read;
    else fail('value', read.code, { value, ...(draft.unit === undefined ? {} : { unit: draft.unit }) });
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
function withSuggestion(text: string, known: { has(slug: string): boolean }): Record<string, string> {
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
    if (draft.slug !== undefined && !firstRowBySlug.has(draft.slug)) firstRowBySlug.set(draft.slug, draft.row);
  }
  const taken = new Set([...context.figureSlugs, ...firstRowBySlug.keys()]);
  const firstRowByKey = new Map<string, number>();

  return drafts.map((draft) => {
    const key = draft.indicator !== undefined && draft.date !== undefined
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
  const params = { slug: conflict.slug, existingValue: normalizeDecimal(conflict.value), value, unit: draft.unit ?? '' };
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
  if (firstRow !== row) draft.issues.push({ row, column: 'slug', code: 'slug-repeated', params: { value: slug, firstRow } });
  else if (figureSlugs.has(slug) && !ownSlug) draft.issues.push({ row, column: 'slug', code: 'slug-taken', params: { value: slug } });
}

/** The row's verdict. A new figure without a named slug takes the next free generated one. */
function toImportRow(draft: RowDraft, { duplicateOf }: RecordedMatch, taken: Set<string>): ImportRow {
  const { row, issues } = draft;
  const content = toFigureContent(draft);
  if (issues.length > 0 || content === undefined) return { row, status: 'error', issues };
  if (duplicateOf !== undefined) {
    return { row, status: 'duplicate', figure: { slug: duplicateOf.slug, ...content }, duplicateOf: duplicateOf.slug, issues };
  }
  const slug = draft.slug ?? nextFreeSlug(generatedSlug(content), taken);
  taken.add(slug);
  return { row, status: 'new', figure: { slug, ...content }, issues };
}

function toFigureContent(draft: RowDraft): Omit<ImportedFigure, 'slug'> | undefined {
  const { indicator, value, date, source, quote, noteKo, noteEn } = draft;
  if (indicator === undefined || value === undefined || date === undefined || source === undefined || quote === undefined) {
    return undefined;
  }
  return { indicator, value, observedOn: date.date, precision: date.precision, source, quote, noteKo, noteEn };
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

function readValue(text: string, unit: Unit | undefined): DecimalString | { code: FigureValueProblem } {
  const read = parseFigureValue(text, unit);
  return read.ok ? read.value : { code: read.code };
}

const readObservedOn = readReportedDate;

// ─── Messages ───────────────────────────────────────────────────────────────────────────────────

type MessageParts = {
  /** The cell text, quoted and shortened, with the Korean particle that fits it. */
  quoted: (key: string, pair?: ParticlePair) => string;
  text: (key: string) => string;
  count: (key: string) => string;
  row: (key: string) => string;
  column: string;
};
type Message = (parts: MessageParts, issue: ImportIssue) => string;

const COLUMN_LIST: Record<Locale, string> = {
  ko: IMPORT_COLUMNS.map((column) => `${column.name}(${column.ko})`).join(', '),
  en: IMPORT_COLUMNS.map((column) => column.name).join(', '),
};

const QUOTE_HELP: Record<Locale, string> = {
  ko: '큰따옴표가 든 셀은 셀 전체를 큰따옴표로 감싸고, 안의 큰따옴표는 두 번("") 씁니다. 예: "그는 ""6천억""이라고 말했다"',
  en: 'A cell containing double quotes must be wrapped in double quotes, with each inner quote written twice (""), e.g. "He said ""600 billion""".',
};

const VALUE_EXAMPLES: Record<'KRW' | 'PERCENT' | 'other' | 'unknown', Record<Locale, [string, string]>> = {
  KRW: { ko: ['금액으로', '6192, 6,192억 원'], en: ['an amount', '6192 or 6,192억 원'] },
  PERCENT: { ko: ['숫자로', '88.5, 88.5%'], en: ['a number', '88.5 or 88.5%'] },
  other: { ko: ['숫자로', '6192, 1,234, 88.5, -3 (단위 없이 숫자만)'], en: ['a number', '6192, 1,234, 88.5 or -3 (the number only, no unit)'] },
  unknown: { ko: ['숫자나 금액으로', '6192, 88.5, 6,192억 원'], en: ['a number or an amount', '6192, 88.5 or 6,192억 원'] },
};

function valueExamples(issue: ImportIssue, locale: Locale): [string, string] {
  const unit = issue.params.unit;
  const kind = unit === 'KRW' || unit === 'PERCENT' ? unit : unit === undefined ? 'unknown' : 'other';
  return VALUE_EXAMPLES[kind][locale];
}

const MESSAGES: Record<ImportIssueCode, Record<Locale, Message>> = {
  empty: {
    ko: () => '파일이 비어 있습니다. 첫 행에 열 이름(머리글)을, 그 아래에 수치를 한 행에 하나씩 적은 CSV 파일을 올려 주세요.',
    en: () => 'the file is empty. Upload a CSV file with the column names (header) in the first row and one figure per row below it.',
  },
  binary: {
    ko: () => "CSV 파일이 아닙니다. 엑셀 통합 문서(.xlsx) 같은 이진 파일로 보입니다. 엑셀에서 '다른 이름으로 저장' → 'CSV UTF-8(쉼표로 분리)'로 저장한 파일을 올려 주세요.",
    en: () => "this is not a CSV file; it looks like a binary file such as an Excel workbook (.xlsx). In Excel, choose Save As → 'CSV UTF-8 (Comma delimited)' and upload that file.",
  },
  encoding: {
    ko: () => "파일의 글자를 UTF-8로도 CP949(엑셀 'CSV(쉼표로 분리)')로도 읽을 수 없습니다. 엑셀에서 'CSV UTF-8(쉼표로 분리)'로 다시 저장해 올려 주세요.",
    en: () => "the file's characters cannot be read as UTF-8 or as CP949 (Korean Excel's 'CSV (Comma delimited)'). Save it again from Excel as 'CSV UTF-8 (Comma delimited)'.",
  },
  'too-large': {
    ko: (_, { params }) => `파일이 너무 큽니다(${formatBytes(params.bytes)}). 한 번에 ${formatBytes(params.maxBytes)}까지 올릴 수 있으니 파일을 나누어 올려 주세요.`,
    en: (_, { params }) => `the file is too large (${formatBytes(params.bytes)}). Files of up to ${formatBytes(params.maxBytes)} can be imported; split it into smaller files.`,
  },
  'too-many-rows': {
    ko: (p) => `수치 행이 너무 많습니다(${p.count('rows')}행). 한 번에 ${p.count('maxRows')}행까지 가져올 수 있으니 파일을 나누어 주세요.`,
    en: (p) => `the file has too many rows (${p.count('rows')}). Up to ${p.count('maxRows')} rows can be imported at once; split the file.`,
  },
  'unclosed-quote': {
    ko: (_, issue) => `여기서 연 큰따옴표(")가 파일 끝까지 닫히지 않았습니다${lineNote(issue, 'ko')}. ${QUOTE_HELP.ko}`,
    en: (_, issue) => `a double quote (") opened here is never closed${lineNote(issue, 'en')}. ${QUOTE_HELP.en}`,
  },
  'stray-quote': {
    ko: (_, issue) => `큰따옴표(")가 잘못된 자리에 있습니다${lineNote(issue, 'ko')}. ${QUOTE_HELP.ko}`,
    en: (_, issue) => `a double quote (") is in the wrong place${lineNote(issue, 'en')}. ${QUOTE_HELP.en}`,
  },
  'missing-header': {
    ko: () => `첫 행에서 아는 열 이름을 찾지 못했습니다. 첫 행은 열 이름(머리글)이어야 합니다: ${COLUMN_LIST.ko}`,
    en: () => `the first row has none of the known column names. The first row must be the header: ${COLUMN_LIST.en}.`,
  },
  'unknown-column': {
    ko: (p) => `알 수 없는 열 이름입니다: ${p.quoted('header')}. 쓸 수 있는 열: ${COLUMN_LIST.ko}`,
    en: (p) => `unknown column name ${p.quoted('header')}. Known columns: ${COLUMN_LIST.en}.`,
  },
  'duplicate-column': {
    ko: (p, { params }) => `${p.column} 열이 ${columnLetter(params.firstPosition)}열에도 있습니다. 한 열만 남겨 주세요.`,
    en: (p, { params }) => `${p.column} is already column ${columnLetter(params.firstPosition)}. Keep only one of them.`,
  },
  'missing-column': {
    ko: (p) => `필수 열이 없습니다: ${p.column}. 첫 행(머리글)에 이 열을 추가해 주세요.`,
    en: (p) => `the required column ${p.column} is missing. Add it to the header (first row).`,
  },
  'unnamed-column': {
    ko: () => '열 이름이 비어 있는데 그 아래 칸에 값이 있습니다. 열 이름을 적거나 이 열을 지워 주세요.',
    en: () => 'this column has no name, but cells below it have values. Name the column or delete it.',
  },
  'no-rows': {
    ko: () => '머리글만 있고 수치 행이 없습니다. 둘째 행부터 수치를 한 행에 하나씩 적어 주세요.',
    en: () => 'the file has a header but no figures. Add one figure per row, starting in row 2.',
  },
  'too-many-cells': {
    ko: (p) => `머리글은 ${p.count('expected')}칸인데 이 행에는 ${p.count('actual')}번째 칸까지 값이 있습니다. 쉼표가 든 값(예: 1,234)은 큰따옴표로 감싸야 합니다.`,
    en: (p) => `this row has values up to cell ${p.count('actual')}, but the header has only ${p.count('expected')} columns. A value containing a comma (e.g. 1,234) must be wrapped in double quotes.`,
  },
  'too-long': {
    ko: (p) => `${p.count('actual')}자로 너무 깁니다. 이 열은 ${p.count('max')}자까지입니다.`,
    en: (p) => `this cell has ${p.count('actual')} characters; the column allows at most ${p.count('max')}.`,
  },
  required: {
    ko: (_, issue) => `비어 있습니다. 반드시 채워야 하는 열입니다. 예: ${shorten(columnExample(issue))}`,
    en: (_, issue) => `this cell is empty, but the column is required. Expected e.g. ${shorten(columnExample(issue))}.`,
  },
  'unknown-indicator': {
    ko: (p, { params }) => `등록된 지표가 아닙니다: ${p.quoted('value')}. ${suggestion(params, 'ko') ?? '지표의 식별자를 적어 주세요. 예: ai-phase-1-investment'}`,
    en: (p, { params }) => `there is no indicator ${p.quoted('value')}. ${suggestion(params, 'en') ?? "Enter the indicator's slug, e.g. ai-phase-1-investment."}`,
  },
  'unknown-source': {
    ko: (p, { params }) => `등록된 출처가 아닙니다: ${p.quoted('value')}. ${suggestion(params, 'ko') ?? '출처를 먼저 등록하고 그 식별자를 적어 주세요.'}`,
    en: (p, { params }) => `there is no source ${p.quoted('value')}. ${suggestion(params, 'en') ?? 'Register the source first, then enter its slug.'}`,
  },
  'invalid-value': {
    ko: (p, issue) => {
      const [as, examples] = valueExamples(issue, 'ko');
      return `${p.quoted('value', '을/를')} ${as} 읽을 수 없습니다. 예: ${examples}`;
    },
    en: (p, issue) => {
      const [as, examples] = valueExamples(issue, 'en');
      return `cannot read ${p.quoted('value')} as ${as}. Expected e.g. ${examples}.`;
    },
  },
  'approximate-value': {
    ko: (p) => `${p.quoted('value', '은/는')} 어림값입니다('여'는 '남짓, 그 이상'이라는 뜻). 정확한 금액만 가져올 수 있습니다. 예: 40000, 4만 원`,
    en: (p) => `${p.quoted('value')} is approximate ('여' means 'over'). Only exact amounts can be imported, e.g. 40000 or 4만 원.`,
  },
  'value-out-of-range': {
    ko: (p) => `${p.quoted('value', '은/는')} 그대로 저장할 수 없습니다. 소수점 앞은 ${MAX_INTEGER_DIGITS}자리, 소수점 아래는 ${MAX_FRACTION_DIGITS}자리까지 쓸 수 있습니다.`,
    en: (p) => `${p.quoted('value')} cannot be stored exactly: at most ${MAX_INTEGER_DIGITS} digits before the decimal point and ${MAX_FRACTION_DIGITS} after it.`,
  },
  'invalid-date': {
    ko: (p) => `${p.quoted('value', '을/를')} 날짜로 읽을 수 없습니다. 출처가 밝힌 만큼만 씁니다. 예: 2025, 2025-09, 2025-09-24, 2025년 9월 24일`,
    en: (p) => `cannot read ${p.quoted('value')} as a date. Write as much as the source says, e.g. 2025, 2025-09, 2025-09-24 or 2025년 9월 24일.`,
  },
  'nonexistent-date': {
    ko: (p) => `${p.quoted('value', '은/는')} 달력에 없는 날짜입니다. 월(1~12)과 그 달의 날짜를 확인해 주세요.`,
    en: (p) => `${p.quoted('value')} is not a date in the calendar. Check the month (1–12) and the day.`,
  },
  'invalid-slug': {
    ko: (p) => `식별자로 쓸 수 없습니다: ${p.quoted('value')}. 영문 소문자와 숫자를 하이픈(-)으로 이어 120자 안으로 씁니다(예: ai-phase-1-investment-2025-09). 비워 두면 자동으로 만듭니다.`,
    en: (p) => `${p.quoted('value')} is not a valid slug: use lower-case letters and digits joined by single hyphens, at most 120 characters (e.g. ai-phase-1-investment-2025-09). Leave the cell empty to have one made.`,
  },
  'slug-taken': {
    ko: (p) => `이미 다른 수치가 쓰는 식별자입니다: ${p.quoted('value')}. 다른 식별자를 적거나 비워 두세요.`,
    en: (p) => `the slug ${p.quoted('value')} already belongs to another figure. Choose another one or leave the cell empty.`,
  },
  'slug-repeated': {
    ko: (p) => `${p.row('firstRow')}행에서 이미 쓴 식별자입니다: ${p.quoted('value')}. 파일 안에서 식별자는 겹칠 수 없습니다.`,
    en: (p) => `the slug ${p.quoted('value')} is already used in row ${p.row('firstRow')}; each row needs its own slug.`,
  },
  'conflicts-existing': {
    ko: (p, { params }) =>
      `같은 지표, 같은 기준일의 수치가 이미 다른 값으로 등록되어 있습니다(식별자 ${p.text('slug')}: 등록된 값 ${formatIssueValue(params, 'existingValue', 'ko')}, 이 행의 값 ${formatIssueValue(params, 'value', 'ko')}). 값을 고치려면 가져오기 대신 수치 정정 양식을 써 주세요.`,
    en: (p, { params }) =>
      `a figure for the same indicator and date is already recorded with another value (slug ${p.text('slug')}: recorded ${formatIssueValue(params, 'existingValue', 'en')}, this row ${formatIssueValue(params, 'value', 'en')}). To change it, use the correction form instead of importing.`,
  },
  'duplicate-in-file': {
    ko: (p) => `${p.row('firstRow')}행과 지표, 기준일이 같습니다. 한 지표의 같은 기준일 수치는 한 행에만 적어 주세요.`,
    en: (p) => `same indicator and date as row ${p.row('firstRow')}. A file can hold only one figure per indicator and date.`,
  },
};

/**
 * One sentence a person can act on: where (row, and column by name or by Excel letter), what was
 * wrong, and what was expected. ko "5행 '값'(value) 열: '6천억쯤'을 금액으로 읽을 수 없습니다. …".
 */
export function formatImportIssue(issue: ImportIssue, locale: Locale): string {
  const { params } = issue;
  const column = IMPORT_COLUMNS.find((candidate) => candidate.name === issue.column);
  const columnName = column === undefined ? '' : locale === 'ko' ? `'${column.ko}'(${column.name})` : `'${column.name}'`;
  const parts: MessageParts = {
    quoted: (key, pair) => `'${shorten(String(params[key] ?? ''))}'${pair === undefined ? '' : particleFor(String(params[key] ?? ''), pair)}`,
    text: (key) => shorten(String(params[key] ?? '')),
    count: (key) => formatDecimalWithSeparators(String(params[key] ?? 0)),
    row: (key) => String(params[key] ?? ''),
    column: columnName,
  };
  const message = MESSAGES[issue.code][locale](parts, issue);
  const where = formatWhere(issue, columnName, locale);
  if (where !== '') return `${where}: ${message}`;
  return message.charAt(0).toUpperCase() + message.slice(1);
}

function formatWhere(issue: ImportIssue, columnName: string, locale: Locale): string {
  if (issue.row === undefined) return '';
  const position = issue.params.position;
  if (typeof position === 'number') {
    return locale === 'ko' ? `${issue.row}행 ${columnLetter(position)}열` : `Row ${issue.row}, column ${columnLetter(position)}`;
  }
  if (columnName !== '') return locale === 'ko' ? `${issue.row}행 ${columnName} 열` : `Row ${issue.row}, column ${columnName}`;
  return locale === 'ko' ? `${issue.row}행` : `Row ${issue.row}`;
}

// How a word ending in Hangul, a digit or % is read aloud is known; a Latin word's is not ("dup" ends
// in a consonant, "nope" in a vowel), so it gets both forms, as Korean software writes "을(를)".
const SPOKEN_ENDING = /[\uac00-\ud7a3\d%]$/;

function particleFor(text: string, pair: ParticlePair): string {
  const shown = shorten(text);
  if (!SPOKEN_ENDING.test(shown)) {
    const [withConsonant = '', withVowel = ''] = pair.split('/');
    return `${withConsonant}(${withVowel})`;
  }
  return attachParticle(shown, pair).slice(shown.length);
}

/** The row number Excel shows and the editor line differ once a cell above holds a line break. */
function lineNote(issue: ImportIssue, locale: Locale): string {
  const line = issue.params.line;
  if (typeof line !== 'number' || line === issue.row) return '';
  return locale === 'ko' ? `(파일의 ${line}번째 줄)` : ` (line ${line} of the file)`;
}

function suggestion(params: ImportIssue['params'], locale: Locale): string | undefined {
  const lower = params.suggestion;
  if (typeof lower !== 'string') return undefined;
  return locale === 'ko' ? `식별자는 소문자로 씁니다: '${lower}'` : `Slugs are lower-case: '${lower}'.`;
}

function columnExample(issue: ImportIssue): string {
  return IMPORT_COLUMNS.find((column) => column.name === issue.column)?.example ?? '';
}

function formatIssueValue(params: ImportIssue['params'], key: string, locale: Locale): string {
  const value = String(params[key] ?? '');
  const unit = UNITS.find((candidate) => candidate === params.unit);
  return unit === undefined ? formatDecimalWithSeparators(value) : formatExactValue(value, unit, locale);
}

/** Excel's column letters: 1 → A, 26 → Z, 27 → AA. */
function columnLetter(position: string | number | undefined): string {
  let rest = Number(position);
  if (!Number.isInteger(rest) || rest < 1) return '?';
  let letters = '';
  while (rest > 0) {
    const digit = (rest - 1) % 26;
    letters = String.fromCharCode(65 + digit) + letters;
    rest = (rest - 1 - digit) / 26;
  }
  return letters;
}

// A pasted paragraph in a value cell would otherwise become the whole message.
const SHOWN_CHARACTERS = 40;

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  const chars = Array.from(oneLine);
  return chars.length <= SHOWN_CHARACTERS ? oneLine : `${chars.slice(0, SHOWN_CHARACTERS - 1).join('')}…`;
}

function formatBytes(bytes: string | number | undefined): string {
  const count = Number(bytes);
  if (count < 1024) return `${count} B`;
  if (count < 1024 * 1024) return `${Math.round(count / 1024)} KB`;
  // One decimal of a megabyte is all a person needs to see how far over the limit the file is.
  return `${(Math.round((count * 10) / (1024 * 1024)) / 10).toString()} MB`;
}

// ─── Template ───────────────────────────────────────────────────────────────────────────────────

export type FigureImportExample = Partial<Record<ImportColumnName, string>>;

const COLUMN_EXAMPLES: FigureImportExample = Object.fromEntries(IMPORT_COLUMNS.map((column) => [column.name, column.example]));

/**
 * A file to fill in: the header and one example row, in UTF-8 with a BOM so Korean Excel opens it
 * correctly. `locale` picks the header names; the importer reads either.
 */
export function toFigureImportTemplate(example: FigureImportExample = COLUMN_EXAMPLES, locale: Locale = 'en'): string {
  const header = IMPORT_COLUMNS.map((column) => (locale === 'ko' ? column.ko : column.name));
  return `${UTF8_BOM}${toCsvLine(header)}${toCsvLine(IMPORT_COLUMNS.map((column) => example[column.name] ?? ''))}`;
}
