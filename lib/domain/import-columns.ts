/**
 * What a figure import file holds and what checking it gives back: the columns (with their Korean
 * headers, descriptions and examples), the issue codes, and the result's shape. Kept apart from
 * reading a file (read-import-file.ts), so the browser can show results without the CP949 decoder.
 */
import type { CsvEncoding } from './decode-csv-bytes.ts';
import type { DatePrecision, DecimalString, Locale, Unit } from './types.ts';

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
    description: {
      ko: '수치를 읽는 데 필요한 설명(한국어, 선택).',
      en: 'What a reader needs to know about the figure, in Korean (optional).',
    },
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
}

// Sized for a person's spreadsheet, not a data dump: the whole file is checked in one request and
// shown as a preview, row by row.
export const DEFAULT_IMPORT_LIMITS: FigureImportLimits = {
  maxBytes: 2 * 1024 * 1024,
  maxRows: 5000,
};

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
