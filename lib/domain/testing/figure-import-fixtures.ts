import iconv from 'iconv-lite';
import { translatorFor } from '../../../i18n/translators.ts';
import { formatImportIssue, IMPORT_ISSUE_MESSAGES } from '../format-import-issue.ts';
import { parseFigureImport } from '../figure-import.ts';
import type {
  FigureImportContext,
  FigureImportLimits,
  FigureImportResult,
  ImportIssue,
} from '../import-columns.ts';
import type { Locale } from '../types.ts';

/**
 * What the figure import's tests share: a database of three indicators, two sources and a few
 * recorded figures, a valid row to vary, and ways to feed lines through the whole import.
 */

export const CONTEXT: FigureImportContext = {
  indicators: new Map([
    ['ai-phase-1-investment', { unit: 'KRW' }],
    ['ai-data-centre-performance', { unit: 'PERCENT' }],
    ['ai-companies-relocated', { unit: 'COMPANIES' }],
  ]),
  sources: new Set(['newsnok-2025-09-hangzhou', 'gwangju-2021-01-01-new-year']),
  figureSlugs: new Set([
    'ai-phase-1-investment-2025-09',
    'ai-companies-relocated-2024',
    'ai-companies-relocated-2023',
    'ai-companies-relocated-2023-2',
  ]),
  existing: [
    {
      slug: 'ai-phase-1-investment-2025-09',
      indicator: 'ai-phase-1-investment',
      observedOn: '2025-09-01',
      precision: 'MONTH',
      value: '426900000000',
    },
    {
      slug: 'ai-companies-relocated-2024',
      indicator: 'ai-companies-relocated',
      observedOn: '2024-01-01',
      precision: 'YEAR',
      value: '160.0',
    },
  ],
};

export const HEADER = 'indicator,value,observed_on,source,quote';
export const SOURCE = 'newsnok-2025-09-hangzhou';
/** A valid data row; the arguments replace its cells. */
export const row = ({
  indicator = 'ai-companies-relocated',
  value = '170',
  observedOn = '2025-09',
  source = SOURCE,
  quote = '기사 문장',
} = {}) => [indicator, value, observedOn, source, quote].join(',');

export const encode = (...lines: string[]) =>
  new TextEncoder().encode(lines.map((line) => `${line}\r\n`).join(''));
export const importLines = (lines: string[], limits?: FigureImportLimits) =>
  parseFigureImport(encode(...lines), CONTEXT, limits);
export const importRows = (...rows: string[]) => importLines([HEADER, ...rows]);
export const allIssues = (result: FigureImportResult) => [
  ...result.fileErrors,
  ...result.rows.flatMap((r) => r.issues),
];
export const codesOf = (result: FigureImportResult) => allIssues(result).map((issue) => issue.code);

/** CP949 bytes as Korean Excel writes them, by iconv-lite's complete Windows-949 table. */
export function encodeCp949(text: string): Uint8Array {
  return iconv.encode(text, 'cp949');
}

const TRANSLATORS = {
  ko: translatorFor('ko', IMPORT_ISSUE_MESSAGES),
  en: translatorFor('en', IMPORT_ISSUE_MESSAGES),
};

/** The issue as the import form shows it, with the words of messages/*.json. */
export function formatIssue(issue: ImportIssue, locale: Locale): string {
  return formatImportIssue(issue, TRANSLATORS[locale], locale);
}
