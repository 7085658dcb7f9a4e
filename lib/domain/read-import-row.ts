/**
 * One record of an import file → what it says on its own, before it is compared with other rows and
 * with the database (reconcile-import.ts). Every field is checked by the rule the staff forms use
 * (lib/server/staff/staff-input.ts), so an import cannot store what a form would refuse: lengths
 * from text-limits.ts, values from parse-figure-value.ts, dates from parse-reported-date.ts, slugs
 * from slug.ts. Every problem of the row is collected, not only the first.
 */
import { parseFigureValue } from './parse-figure-value.ts';
import { readReportedDate } from './parse-reported-date.ts';
import type { CsvRecord } from './parse-csv-text.ts';
import { isSlug } from './slug.ts';
import { TEXT_LIMITS } from './text-limits.ts';
import type { DecimalString, PreciseDate, Unit } from './types.ts';
import {
  IMPORT_COLUMNS,
  type FigureImportContext,
  type HeaderLayout,
  type ImportColumnName,
  type ImportIssue,
  type ImportIssueCode,
} from './import-columns.ts';

export interface ImportRowDraft {
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

export function readImportRow(
  record: CsvRecord,
  layout: HeaderLayout,
  context: Pick<FigureImportContext, 'indicators' | 'sources'>,
): ImportRowDraft {
  const { row } = record;
  const cell = (column: ImportColumnName): string => {
    const index = layout.indexes.get(column);
    return index === undefined ? '' : (record.cells[index] ?? '').trim();
  };
  const draft: ImportRowDraft = {
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
    // The unit is known only when the indicator is; without it any form of number is accepted.
    const read = parseFigureValue(value, draft.unit);
    if (read.ok) draft.value = read.value;
    else
      fail('value', read.code, {
        value,
        ...(draft.unit === undefined ? {} : { unit: draft.unit }),
      });
  }

  const observedOn = cell('observed_on');
  if (observedOn !== '') {
    const read = readReportedDate(observedOn);
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
