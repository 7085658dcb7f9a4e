import { describe, it, expect } from 'vitest';
import { parseFigureImport } from './figure-import.ts';
import {
  DEFAULT_IMPORT_LIMITS,
  IMPORT_ISSUE_CODES,
  type FigureImportResult,
  type ImportIssue,
  type ImportIssueCode,
} from './import-columns.ts';
import {
  allIssues,
  CONTEXT,
  formatIssue,
  HEADER,
  importLines,
  importRows,
  row,
} from './testing/figure-import-fixtures.ts';

/** One real issue per code, produced by a file that has that problem. */
const ISSUE_SAMPLES: Record<ImportIssueCode, () => FigureImportResult> = {
  empty: () => parseFigureImport(new Uint8Array(), CONTEXT),
  binary: () => parseFigureImport(Uint8Array.of(0x50, 0x4b, 0x03, 0x04), CONTEXT),
  encoding: () => parseFigureImport(Uint8Array.of(0xff), CONTEXT),
  'too-large': () => importLines([HEADER], { maxBytes: 3, maxRows: 1 }),
  'too-many-rows': () =>
    importLines([HEADER, row(), row({ observedOn: '2025-10' })], { maxBytes: 1000, maxRows: 1 }),
  'too-many-columns': () =>
    importLines([`${HEADER}${','.repeat(20)}`, row()], {
      maxBytes: 1000,
      maxRows: 1,
      maxColumns: 8,
    }),
  'unclosed-quote': () => importRows(row({ quote: '"문장\r\n이어짐"' }), row({ quote: '"열림' })),
  'stray-quote': () => importRows(row({ quote: 'a"b' })),
  'missing-header': () => importLines([row()]),
  'unknown-column': () => importLines([`${HEADER},amount`, row()]),
  'duplicate-column': () => importLines([`${HEADER},값`, row()]),
  'missing-column': () => importLines(['indicator,value,observed_on,quote', row()]),
  'unnamed-column': () => importLines([`${HEADER},`, `${row()},x`]),
  'no-rows': () => importLines([HEADER]),
  'too-long': () => importRows(row({ quote: '가'.repeat(2001) })),
  'too-many-cells': () => importRows(row({ value: '1,234' })),
  required: () => importRows(row({ source: '' })),
  'unknown-indicator': () => importRows(row({ indicator: 'nope' })),
  'unknown-source': () => importRows(row({ source: 'nope' })),
  'invalid-value': () => importRows(row({ indicator: 'ai-phase-1-investment', value: '6천억쯤' })),
  'approximate-value': () =>
    importRows(row({ indicator: 'ai-phase-1-investment', value: '4만여' })),
  'value-out-of-range': () => importRows(row({ value: '0.1234567' })),
  'invalid-date': () => importRows(row({ observedOn: '9/24/2025' })),
  'nonexistent-date': () => importRows(row({ observedOn: '2025-02-30' })),
  'invalid-slug': () => importLines([`${HEADER},slug`, `${row()},Bad Slug`]),
  'slug-taken': () => importLines([`${HEADER},slug`, `${row()},ai-companies-relocated-2024`]),
  'slug-repeated': () =>
    importLines([`${HEADER},slug`, `${row()},x`, `${row({ observedOn: '2025-10' })},x`]),
  'conflicts-existing': () =>
    importRows(
      row({ indicator: 'ai-phase-1-investment', value: '4270억 원', observedOn: '2025-09' }),
    ),
  'duplicate-in-file': () => importRows(row(), row()),
};

const sampleIssue = (code: ImportIssueCode): ImportIssue => {
  const issue = allIssues(ISSUE_SAMPLES[code]()).find((candidate) => candidate.code === code);
  if (issue === undefined) throw new Error(`The sample for ${code} does not produce it.`);
  return issue;
};

describe('formatImportIssue', () => {
  it.each(IMPORT_ISSUE_CODES)(
    '%s: a file with the problem reports it, in Korean and in English',
    (code) => {
      const issue = sampleIssue(code);
      const ko = formatIssue(issue, 'ko');
      const en = formatIssue(issue, 'en');
      expect(ko).toMatch(/[가-힣]/);
      expect(en).toMatch(/^[A-Z]/);
      for (const message of [ko, en])
        expect(message).not.toMatch(/undefined|NaN|\?열|column \?|''/);
      expect(en.endsWith('.')).toBe(true);
      if (issue.row !== undefined) {
        expect(ko.startsWith(`${issue.row}행`)).toBe(true);
        expect(en.startsWith(`Row ${issue.row}`)).toBe(true);
      }
    },
  );

  it.each<[ImportIssueCode, string, string]>([
    [
      'invalid-value',
      "2행 '값'(value) 열: '6천억쯤'을 금액으로 읽을 수 없습니다. 예: 6192, 6,192억 원",
      "Row 2, column 'value': cannot read '6천억쯤' as an amount. Expected e.g. 6192 or 6,192억 원.",
    ],
    [
      'approximate-value',
      "2행 '값'(value) 열: '4만여'는 어림값입니다('여'는 '남짓, 그 이상'이라는 뜻). 정확한 금액만 가져올 수 있습니다. 예: 40000, 4만 원",
      "Row 2, column 'value': '4만여' is approximate ('여' means 'over'). Only exact amounts can be imported, e.g. 40000 or 4만 원.",
    ],
    [
      'nonexistent-date',
      "2행 '기준일'(observed_on) 열: '2025-02-30'은 달력에 없는 날짜입니다. 월(1~12)과 그 달의 날짜를 확인해 주세요.",
      "Row 2, column 'observed_on': '2025-02-30' is not a date in the calendar. Check the month (1–12) and the day.",
    ],
    [
      'unknown-column',
      "1행 F열: 알 수 없는 열 이름입니다: 'amount'. 쓸 수 있는 열: indicator(지표), value(값), observed_on(기준일), source(출처), quote(인용문), note_ko(비고), note_en(영문 비고), slug(식별자)",
      "Row 1, column F: unknown column name 'amount'. Known columns: indicator, value, observed_on, source, quote, note_ko, note_en, slug.",
    ],
    [
      'missing-column',
      "필수 열이 없습니다: '출처'(source). 첫 행(머리글)에 이 열을 추가해 주세요.",
      "The required column 'source' is missing. Add it to the header (first row).",
    ],
    [
      'unclosed-quote',
      '3행 E열: 여기서 연 큰따옴표(")가 파일 끝까지 닫히지 않았습니다(파일의 4번째 줄). 큰따옴표가 든 셀은 셀 전체를 큰따옴표로 감싸고, 안의 큰따옴표는 두 번("") 씁니다. 예: "그는 ""6천억""이라고 말했다"',
      'Row 3, column E: a double quote (") opened here is never closed (line 4 of the file). A cell containing double quotes must be wrapped in double quotes, with each inner quote written twice (""), e.g. "He said ""600 billion""".',
    ],
    [
      'conflicts-existing',
      "2행 '값'(value) 열: 같은 지표, 같은 기준일의 수치가 이미 다른 값으로 등록되어 있습니다(식별자 ai-phase-1-investment-2025-09: 등록된 값 426,900,000,000원, 이 행의 값 427,000,000,000원). 값을 고치려면 가져오기 대신 수치 정정 양식을 써 주세요.",
      "Row 2, column 'value': a figure for the same indicator and date is already recorded with another value (slug ai-phase-1-investment-2025-09: recorded KRW 426,900,000,000, this row KRW 427,000,000,000). To change it, use the correction form instead of importing.",
    ],
    [
      'too-many-rows',
      '수치 행이 너무 많습니다(2행). 한 번에 1행까지 가져올 수 있으니 파일을 나누어 주세요.',
      'The file has too many rows (2). Up to 1 rows can be imported at once; split the file.',
    ],
  ])('%s reads as a sentence a person can act on', (code, ko, en) => {
    const issue = sampleIssue(code);
    expect(formatIssue(issue, 'ko')).toBe(ko);
    expect(formatIssue(issue, 'en')).toBe(en);
  });

  it.each<[ImportIssueCode, string, string]>([
    ['invalid-value', '6천억쯤', "'6천억쯤'을 "],
    ['invalid-value', '160개사', "'160개사'를 "],
    ['invalid-value', 'abc', "'abc'을(를) "],
    ['invalid-date', '9/24/2025', "'9/24/2025'를 "],
    ['invalid-date', '2025년 9월 31일', "'2025년 9월 31일'을 "],
    ['nonexistent-date', '2025-02-30', "'2025-02-30'은 "],
    ['nonexistent-date', '2025-02-31', "'2025-02-31'은 "],
    ['nonexistent-date', '2025-13', "'2025-13'은 "],
    ['nonexistent-date', '2025-02-29', "'2025-02-29'는 "],
    ['approximate-value', '4만여', "'4만여'는 "],
    ['value-out-of-range', '0.1234567', "'0.1234567'은 "],
  ])(
    '%s: %s takes the Korean particle that fits its last sound, or both forms when unknown',
    (code, value, expected) => {
      expect(formatIssue({ row: 2, column: 'value', code, params: { value } }, 'ko')).toContain(
        expected,
      );
    },
  );

  it('writes the default byte limit as megabytes', () => {
    const issue: ImportIssue = {
      code: 'too-large',
      params: { bytes: 60_000_000, maxBytes: DEFAULT_IMPORT_LIMITS.maxBytes },
    };
    expect(formatIssue(issue, 'ko')).toBe(
      '파일이 너무 큽니다(57.2 MB). 한 번에 50 MB까지 올릴 수 있으니 파일을 나누어 올려 주세요.',
    );
    expect(formatIssue(issue, 'en')).toBe(
      'The file is too large (57.2 MB). Files of up to 50 MB can be imported; split it into smaller files.',
    );
  });

  it('shortens a long cell to one line', () => {
    const issue: ImportIssue = {
      row: 9,
      column: 'observed_on',
      code: 'invalid-date',
      params: { value: `첫 줄\n${'가'.repeat(100)}` },
    };
    expect(formatIssue(issue, 'en')).toContain(`'첫 줄 ${'가'.repeat(35)}…'`);
  });
});
