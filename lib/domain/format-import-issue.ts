/**
 * One sentence per import issue that a person can act on. The words are in messages/*.json
 * (`staffImport.issues`); this module only works out what goes into them. Imported by the
 * browser's import form: nothing here may pull in the file decoder (read-import-file.ts).
 */
import { formatDecimalWithSeparators } from './exact-decimal.ts';
import { formatExactValue } from './format-value.ts';
import { attachParticle, type ParticlePair } from './korean-particle.ts';
import { MAX_FRACTION_DIGITS, MAX_INTEGER_DIGITS } from './parse-figure-value.ts';
import { SLUG_MAX_LENGTH } from './slug.ts';
import type { Translate } from './translator.ts';
import { UNITS, type Locale } from './types.ts';
import { IMPORT_COLUMNS, type ImportIssue } from './import-columns.ts';

/** The namespace of messages/*.json that `formatImportIssue` expects its translator over. */
export const IMPORT_ISSUE_MESSAGES = 'staffImport.issues';

/**
 * Where (row, and column by name or by Excel letter), what was wrong, and what was expected:
 * ko "5행 '값'(value) 열: '6천억쯤'을 금액으로 읽을 수 없습니다. …".
 *
 * `t` gives every word. `locale` only writes a recorded value with its unit ("426,900,000,000원",
 * "KRW 426,900,000,000"), whose labels live in format-value.ts with the charts and tables.
 */
export function formatImportIssue(issue: ImportIssue, t: Translate, locale: Locale): string {
  const column = IMPORT_COLUMNS.find((candidate) => candidate.name === issue.column);
  const columnName =
    column === undefined ? '' : t('columnName', { name: column.name, ko: column.ko });
  const message = t(`codes.${issue.code}`, toMessageValues(issue, columnName, t, locale));
  const where = formatWhere(issue, columnName, t);
  if (where !== '') return t('located', { where, message });
  return message.charAt(0).toUpperCase() + message.slice(1);
}

function formatWhere(issue: ImportIssue, column: string, t: Translate): string {
  const { row } = issue;
  if (row === undefined) return '';
  const position = issue.params.position;
  if (typeof position === 'number') return t('where.cell', { row, letter: columnLetter(position) });
  if (column !== '') return t('where.column', { row, column });
  return t('where.row', { row });
}

/** The values every message may use; a message ignores the ones it does not name. */
function toMessageValues(
  issue: ImportIssue,
  column: string,
  t: Translate,
  locale: Locale,
): Record<string, string> {
  const { params } = issue;
  const text = (key: string) => shorten(String(params[key] ?? ''));
  const count = (key: string) => formatDecimalWithSeparators(String(params[key] ?? 0));
  const value = String(params.value ?? '');
  const line = params.line;
  const suggestion = params.suggestion;
  return {
    column,
    value: shorten(value),
    objectParticle: particleFor(value, '을/를'),
    topicParticle: particleFor(value, '은/는'),
    header: text('header'),
    slug: text('slug'),
    example: shorten(columnExample(issue)),
    firstRow: String(params.firstRow ?? ''),
    firstColumn: columnLetter(params.firstPosition),
    rows: count('rows'),
    maxRows: count('maxRows'),
    expected: count('expected'),
    actual: count('actual'),
    max: count('max'),
    bytes: formatBytes(params.bytes),
    maxBytes: formatBytes(params.maxBytes),
    kind: toValueKind(params.unit),
    // Only a conflict compares two values; elsewhere `value` is the cell as typed, not a decimal.
    ...(params.existingValue === undefined
      ? {}
      : {
          recordedValue: formatIssueValue(params, 'existingValue', locale),
          rowValue: formatIssueValue(params, 'value', locale),
        }),
    maxIntegerDigits: String(MAX_INTEGER_DIGITS),
    maxFractionDigits: String(MAX_FRACTION_DIGITS),
    maxLength: String(SLUG_MAX_LENGTH),
    columns: IMPORT_COLUMNS.map(({ name, ko }) => t('columnListItem', { name, ko })).join(', '),
    quoteHelp: t('quoteHelp'),
    // The row number Excel shows and the editor line differ once a cell above holds a line break.
    lineNote: typeof line === 'number' && line !== issue.row ? t('lineNote', { line }) : '',
    hint:
      typeof suggestion === 'string'
        ? t('suggestion', { suggestion })
        : t(issue.code === 'unknown-source' ? 'sourceHint' : 'indicatorHint'),
  };
}

/** Which examples fit the cell: the indicator's unit decides, unknown while the indicator is. */
function toValueKind(unit: string | number | undefined): string {
  if (unit === 'KRW' || unit === 'PERCENT') return unit;
  return unit === undefined ? 'unknown' : 'other';
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

/** A file size as staff read it: "52 KB", "3.1 MB". */
export function formatBytes(bytes: string | number | undefined): string {
  const count = Number(bytes);
  if (count < 1024) return `${count} B`;
  if (count < 1024 * 1024) return `${Math.round(count / 1024)} KB`;
  // One decimal of a megabyte is all a person needs to see how far over the limit the file is.
  return `${(Math.round((count * 10) / (1024 * 1024)) / 10).toString()} MB`;
}
