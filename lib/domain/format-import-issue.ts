/**
 * One sentence per import issue, in Korean or English, that a person can act on. Imported by the
 * browser's import form: nothing here may pull in the file decoder (figure-import.ts).
 */
import { formatDecimalWithSeparators } from './exact-decimal.ts';
import { formatExactValue } from './format-value.ts';
import { attachParticle, type ParticlePair } from './korean-particle.ts';
import { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS } from './parse-figure-value.ts';
import { UNITS, type Locale } from './types.ts';
import { IMPORT_COLUMNS, type ImportIssue, type ImportIssueCode } from './import-columns.ts';

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

const VALUE_EXAMPLES: Record<
  'KRW' | 'PERCENT' | 'other' | 'unknown',
  Record<Locale, [string, string]>
> = {
  KRW: { ko: ['금액으로', '6192, 6,192억 원'], en: ['an amount', '6192 or 6,192억 원'] },
  PERCENT: { ko: ['숫자로', '88.5, 88.5%'], en: ['a number', '88.5 or 88.5%'] },
  other: {
    ko: ['숫자로', '6192, 1,234, 88.5, -3 (단위 없이 숫자만)'],
    en: ['a number', '6192, 1,234, 88.5 or -3 (the number only, no unit)'],
  },
  unknown: {
    ko: ['숫자나 금액으로', '6192, 88.5, 6,192억 원'],
    en: ['a number or an amount', '6192, 88.5 or 6,192억 원'],
  },
};

function valueExamples(issue: ImportIssue, locale: Locale): [string, string] {
  const unit = issue.params.unit;
  const kind =
    unit === 'KRW' || unit === 'PERCENT' ? unit : unit === undefined ? 'unknown' : 'other';
  return VALUE_EXAMPLES[kind][locale];
}

const MESSAGES: Record<ImportIssueCode, Record<Locale, Message>> = {
  empty: {
    ko: () =>
      '파일이 비어 있습니다. 첫 행에 열 이름(머리글)을, 그 아래에 수치를 한 행에 하나씩 적은 CSV 파일을 올려 주세요.',
    en: () =>
      'the file is empty. Upload a CSV file with the column names (header) in the first row and one figure per row below it.',
  },
  binary: {
    ko: () =>
      "CSV 파일이 아닙니다. 엑셀 통합 문서(.xlsx) 같은 이진 파일로 보입니다. 엑셀에서 '다른 이름으로 저장' → 'CSV UTF-8(쉼표로 분리)'로 저장한 파일을 올려 주세요.",
    en: () =>
      "this is not a CSV file; it looks like a binary file such as an Excel workbook (.xlsx). In Excel, choose Save As → 'CSV UTF-8 (Comma delimited)' and upload that file.",
  },
  encoding: {
    ko: () =>
      "파일의 글자를 UTF-8로도 CP949(엑셀 'CSV(쉼표로 분리)')로도 읽을 수 없습니다. 엑셀에서 'CSV UTF-8(쉼표로 분리)'로 다시 저장해 올려 주세요.",
    en: () =>
      "the file's characters cannot be read as UTF-8 or as CP949 (Korean Excel's 'CSV (Comma delimited)'). Save it again from Excel as 'CSV UTF-8 (Comma delimited)'.",
  },
  'too-large': {
    ko: (_, { params }) =>
      `파일이 너무 큽니다(${formatBytes(params.bytes)}). 한 번에 ${formatBytes(params.maxBytes)}까지 올릴 수 있으니 파일을 나누어 올려 주세요.`,
    en: (_, { params }) =>
      `the file is too large (${formatBytes(params.bytes)}). Files of up to ${formatBytes(params.maxBytes)} can be imported; split it into smaller files.`,
  },
  'too-many-rows': {
    ko: (p) =>
      `수치 행이 너무 많습니다(${p.count('rows')}행). 한 번에 ${p.count('maxRows')}행까지 가져올 수 있으니 파일을 나누어 주세요.`,
    en: (p) =>
      `the file has too many rows (${p.count('rows')}). Up to ${p.count('maxRows')} rows can be imported at once; split the file.`,
  },
  'unclosed-quote': {
    ko: (_, issue) =>
      `여기서 연 큰따옴표(")가 파일 끝까지 닫히지 않았습니다${lineNote(issue, 'ko')}. ${QUOTE_HELP.ko}`,
    en: (_, issue) =>
      `a double quote (") opened here is never closed${lineNote(issue, 'en')}. ${QUOTE_HELP.en}`,
  },
  'stray-quote': {
    ko: (_, issue) =>
      `큰따옴표(")가 잘못된 자리에 있습니다${lineNote(issue, 'ko')}. ${QUOTE_HELP.ko}`,
    en: (_, issue) =>
      `a double quote (") is in the wrong place${lineNote(issue, 'en')}. ${QUOTE_HELP.en}`,
  },
  'missing-header': {
    ko: () =>
      `첫 행에서 아는 열 이름을 찾지 못했습니다. 첫 행은 열 이름(머리글)이어야 합니다: ${COLUMN_LIST.ko}`,
    en: () =>
      `the first row has none of the known column names. The first row must be the header: ${COLUMN_LIST.en}.`,
  },
  'unknown-column': {
    ko: (p) => `알 수 없는 열 이름입니다: ${p.quoted('header')}. 쓸 수 있는 열: ${COLUMN_LIST.ko}`,
    en: (p) => `unknown column name ${p.quoted('header')}. Known columns: ${COLUMN_LIST.en}.`,
  },
  'duplicate-column': {
    ko: (p, { params }) =>
      `${p.column} 열이 ${columnLetter(params.firstPosition)}열에도 있습니다. 한 열만 남겨 주세요.`,
    en: (p, { params }) =>
      `${p.column} is already column ${columnLetter(params.firstPosition)}. Keep only one of them.`,
  },
  'missing-column': {
    ko: (p) => `필수 열이 없습니다: ${p.column}. 첫 행(머리글)에 이 열을 추가해 주세요.`,
    en: (p) => `the required column ${p.column} is missing. Add it to the header (first row).`,
  },
  'unnamed-column': {
    ko: () =>
      '열 이름이 비어 있는데 그 아래 칸에 값이 있습니다. 열 이름을 적거나 이 열을 지워 주세요.',
    en: () =>
      'this column has no name, but cells below it have values. Name the column or delete it.',
  },
  'no-rows': {
    ko: () => '머리글만 있고 수치 행이 없습니다. 둘째 행부터 수치를 한 행에 하나씩 적어 주세요.',
    en: () => 'the file has a header but no figures. Add one figure per row, starting in row 2.',
  },
  'too-many-cells': {
    ko: (p) =>
      `머리글은 ${p.count('expected')}칸인데 이 행에는 ${p.count('actual')}번째 칸까지 값이 있습니다. 쉼표가 든 값(예: 1,234)은 큰따옴표로 감싸야 합니다.`,
    en: (p) =>
      `this row has values up to cell ${p.count('actual')}, but the header has only ${p.count('expected')} columns. A value containing a comma (e.g. 1,234) must be wrapped in double quotes.`,
  },
  'too-long': {
    ko: (p) => `${p.count('actual')}자로 너무 깁니다. 이 열은 ${p.count('max')}자까지입니다.`,
    en: (p) =>
      `this cell has ${p.count('actual')} characters; the column allows at most ${p.count('max')}.`,
  },
  required: {
    ko: (_, issue) =>
      `비어 있습니다. 반드시 채워야 하는 열입니다. 예: ${shorten(columnExample(issue))}`,
    en: (_, issue) =>
      `this cell is empty, but the column is required. Expected e.g. ${shorten(columnExample(issue))}.`,
  },
  'unknown-indicator': {
    ko: (p, { params }) =>
      `등록된 지표가 아닙니다: ${p.quoted('value')}. ${suggestion(params, 'ko') ?? '지표의 식별자를 적어 주세요. 예: ai-phase-1-investment'}`,
    en: (p, { params }) =>
      `there is no indicator ${p.quoted('value')}. ${suggestion(params, 'en') ?? "Enter the indicator's slug, e.g. ai-phase-1-investment."}`,
  },
  'unknown-source': {
    ko: (p, { params }) =>
      `등록된 출처가 아닙니다: ${p.quoted('value')}. ${suggestion(params, 'ko') ?? '출처를 먼저 등록하고 그 식별자를 적어 주세요.'}`,
    en: (p, { params }) =>
      `there is no source ${p.quoted('value')}. ${suggestion(params, 'en') ?? 'Register the source first, then enter its slug.'}`,
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
    ko: (p) =>
      `${p.quoted('value', '은/는')} 어림값입니다('여'는 '남짓, 그 이상'이라는 뜻). 정확한 금액만 가져올 수 있습니다. 예: 40000, 4만 원`,
    en: (p) =>
      `${p.quoted('value')} is approximate ('여' means 'over'). Only exact amounts can be imported, e.g. 40000 or 4만 원.`,
  },
  'value-out-of-range': {
    ko: (p) =>
      `${p.quoted('value', '은/는')} 그대로 저장할 수 없습니다. 소수점 앞은 ${MAX_INTEGER_DIGITS}자리, 소수점 아래는 ${MAX_FRACTION_DIGITS}자리까지 쓸 수 있습니다.`,
    en: (p) =>
      `${p.quoted('value')} cannot be stored exactly: at most ${MAX_INTEGER_DIGITS} digits before the decimal point and ${MAX_FRACTION_DIGITS} after it.`,
  },
  'invalid-date': {
    ko: (p) =>
      `${p.quoted('value', '을/를')} 날짜로 읽을 수 없습니다. 출처가 밝힌 만큼만 씁니다. 예: 2025, 2025-09, 2025-09-24, 2025년 9월 24일`,
    en: (p) =>
      `cannot read ${p.quoted('value')} as a date. Write as much as the source says, e.g. 2025, 2025-09, 2025-09-24 or 2025년 9월 24일.`,
  },
  'nonexistent-date': {
    ko: (p) =>
      `${p.quoted('value', '은/는')} 달력에 없는 날짜입니다. 월(1~12)과 그 달의 날짜를 확인해 주세요.`,
    en: (p) =>
      `${p.quoted('value')} is not a date in the calendar. Check the month (1–12) and the day.`,
  },
  'invalid-slug': {
    ko: (p) =>
      `식별자로 쓸 수 없습니다: ${p.quoted('value')}. 영문 소문자와 숫자를 하이픈(-)으로 이어 120자 안으로 씁니다(예: ai-phase-1-investment-2025-09). 비워 두면 자동으로 만듭니다.`,
    en: (p) =>
      `${p.quoted('value')} is not a valid slug: use lower-case letters and digits joined by single hyphens, at most 120 characters (e.g. ai-phase-1-investment-2025-09). Leave the cell empty to have one made.`,
  },
  'slug-taken': {
    ko: (p) =>
      `이미 다른 수치가 쓰는 식별자입니다: ${p.quoted('value')}. 다른 식별자를 적거나 비워 두세요.`,
    en: (p) =>
      `the slug ${p.quoted('value')} already belongs to another figure. Choose another one or leave the cell empty.`,
  },
  'slug-repeated': {
    ko: (p) =>
      `${p.row('firstRow')}행에서 이미 쓴 식별자입니다: ${p.quoted('value')}. 파일 안에서 식별자는 겹칠 수 없습니다.`,
    en: (p) =>
      `the slug ${p.quoted('value')} is already used in row ${p.row('firstRow')}; each row needs its own slug.`,
  },
  'conflicts-existing': {
    ko: (p, { params }) =>
      `같은 지표, 같은 기준일의 수치가 이미 다른 값으로 등록되어 있습니다(식별자 ${p.text('slug')}: 등록된 값 ${formatIssueValue(params, 'existingValue', 'ko')}, 이 행의 값 ${formatIssueValue(params, 'value', 'ko')}). 값을 고치려면 가져오기 대신 수치 정정 양식을 써 주세요.`,
    en: (p, { params }) =>
      `a figure for the same indicator and date is already recorded with another value (slug ${p.text('slug')}: recorded ${formatIssueValue(params, 'existingValue', 'en')}, this row ${formatIssueValue(params, 'value', 'en')}). To change it, use the correction form instead of importing.`,
  },
  'duplicate-in-file': {
    ko: (p) =>
      `${p.row('firstRow')}행과 지표, 기준일이 같습니다. 한 지표의 같은 기준일 수치는 한 행에만 적어 주세요.`,
    en: (p) =>
      `same indicator and date as row ${p.row('firstRow')}. A file can hold only one figure per indicator and date.`,
  },
};

/**
 * One sentence a person can act on: where (row, and column by name or by Excel letter), what was
 * wrong, and what was expected. ko "5행 '값'(value) 열: '6천억쯤'을 금액으로 읽을 수 없습니다. …".
 */
export function formatImportIssue(issue: ImportIssue, locale: Locale): string {
  const { params } = issue;
  const column = IMPORT_COLUMNS.find((candidate) => candidate.name === issue.column);
  const columnName =
    column === undefined
      ? ''
      : locale === 'ko'
        ? `'${column.ko}'(${column.name})`
        : `'${column.name}'`;
  const parts: MessageParts = {
    quoted: (key, pair) =>
      `'${shorten(String(params[key] ?? ''))}'${pair === undefined ? '' : particleFor(String(params[key] ?? ''), pair)}`,
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
    return locale === 'ko'
      ? `${issue.row}행 ${columnLetter(position)}열`
      : `Row ${issue.row}, column ${columnLetter(position)}`;
  }
  if (columnName !== '')
    return locale === 'ko'
      ? `${issue.row}행 ${columnName} 열`
      : `Row ${issue.row}, column ${columnName}`;
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
  return locale === 'ko'
    ? `식별자는 소문자로 씁니다: '${lower}'`
    : `Slugs are lower-case: '${lower}'.`;
}

function columnExample(issue: ImportIssue): string {
  return IMPORT_COLUMNS.find((column) => column.name === issue.column)?.example ?? '';
}

function formatIssueValue(params: ImportIssue['params'], key: string, locale: Locale): string {
  const value = String(params[key] ?? '');
  const unit = UNITS.find((candidate) => candidate === params.unit);
  return unit === undefined
    ? formatDecimalWithSeparators(value)
    : formatExactValue(value, unit, locale);
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
  return chars.length <= SHOWN_CHARACTERS
    ? oneLine
    : `${chars.slice(0, SHOWN_CHARACTERS - 1).join('')}…`;
}

function formatBytes(bytes: string | number | undefined): string {
  const count = Number(bytes);
  if (count < 1024) return `${count} B`;
  if (count < 1024 * 1024) return `${Math.round(count / 1024)} KB`;
  // One decimal of a megabyte is all a person needs to see how far over the limit the file is.
  return `${(Math.round((count * 10) / (1024 * 1024)) / 10).toString()} MB`;
}
