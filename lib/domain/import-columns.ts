/**
 * What a figure import file holds and what checking it gives back: the columns (with their Korean
 * headers and examples; what each means is in messages/*.json, staffImport.columns), the issue codes, and the result's shape. Kept apart from
 * reading a file (read-import-file.ts), so the browser can show results without the CP949 decoder.
 */
import type { CsvEncoding } from './decode-csv-bytes.ts';
import type { DatePrecision, DecimalString, Unit } from './types.ts';

// ─── Columns ────────────────────────────────────────────────────────────────────────────────────

export interface ImportColumn {
  /** The canonical header, as the template writes it. */
  name: string;
  /** The Korean header, for Korean templates and messages. */
  ko: string;
  /** Other headers accepted for this column (compared trimmed and case-insensitively). */
  aliases: readonly string[];
  required: boolean;
  example: string;
}

export const IMPORT_COLUMNS = [
  {
    name: 'indicator',
    ko: '지표',
    aliases: [],
    required: true,
    example: 'ai-phase-1-investment',
  },
  {
    name: 'value',
    ko: '값',
    aliases: [],
    required: true,
    example: '4,269억 원',
  },
  {
    name: 'observed_on',
    ko: '기준일',
    aliases: [],
    required: true,
    example: '2025-09',
  },
  {
    name: 'source',
    ko: '출처',
    aliases: [],
    required: true,
    example: 'newsnok-2025-09-hangzhou',
  },
  {
    name: 'quote',
    ko: '인용문',
    aliases: [],
    required: true,
    example:
      '광주시는 그동안 4269억원을 투입한 인공지능(AI) 1단계 사업을 통해 인프라-인재-기업으로 이어지는 인공지능(AI) 생태계 기반을 마련했다.',
  },
  {
    name: 'note_ko',
    ko: '비고',
    aliases: [],
    required: false,
    example: "'그동안' 투입한 금액으로, 집계 기간은 밝히지 않는다.",
  },
  {
    name: 'note_en',
    ko: '영문 비고',
    aliases: ['note'],
    required: false,
    example: 'Put in "so far"; the article gives no period.',
  },
  {
    name: 'slug',
    ko: '식별자',
    aliases: [],
    required: false,
    example: '',
  },
] as const satisfies readonly ImportColumn[];

export type ImportColumnName = (typeof IMPORT_COLUMNS)[number]['name'];

export const COLUMN_BY_HEADER = new Map<string, ImportColumnName>(
  IMPORT_COLUMNS.flatMap((column) =>
    [column.name, column.ko, ...column.aliases].map(
      (header) => [header.toLowerCase(), column.name] as const,
    ),
  ),
);

/** Where each column sits in the file, as its header row says. */
export interface HeaderLayout {
  /** Column → index of its cell in each record. */
  indexes: Map<ImportColumnName, number>;
  width: number;
  issues: ImportIssue[];
  /** Every required column is present, so rows can be read. */
  complete: boolean;
}

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
  /** Cells of any one record, the header included; unset means DEFAULT_IMPORT_LIMITS'. */
  maxColumns?: number;
}

// Sized for a statistics table: the server streams the rows through a staging table, so neither
// memory nor the answer grows with them (lib/server/staff/import-figures.ts). The server's own
// limits are settings with these defaults (lib/server/staff/import-settings.ts).
export const DEFAULT_IMPORT_LIMITS = {
  maxBytes: 50 * 1024 * 1024,
  maxRows: 200_000,
  // Excel 2003's sheet width: more than any real export carries, few enough that a header padded
  // with a million empty cells is refused at once rather than checked cell by cell.
  maxColumns: 256,
} as const satisfies Required<FigureImportLimits>;

export const IMPORT_ISSUE_CODES = [
  // the file as a whole
  'empty',
  'binary',
  'encoding',
  'too-large',
  'too-many-rows',
  'too-many-columns',
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

/** The counts of a checked file, all of them, however few problems and rows an answer lists. */
export interface ImportSummary {
  rows: number;
  new: number;
  duplicate: number;
  error: number;
  fileErrors: number;
  /** Every problem of the file: its own and every row's. */
  issues: number;
  /** The problems the answer lists; the rest are counted only. */
  listedIssues: number;
}

/**
 * What POST /api/staff/imports/figures answers: a dry run's check (`importable`, the listed
 * `result`), an import's count, or — under a refusal's `detail`, without `dryRun` — the check
 * that stopped it.
 * Written by lib/server/staff/import-figures.ts, read by the import form.
 */
export interface FigureImportAnswer {
  dryRun: boolean;
  importable?: boolean;
  imported?: number;
  summary: ImportSummary;
  result?: FigureImportResult;
  /** After an import: the slugs of the first figures made (as many as problems are listed). */
  created?: string[];
}
