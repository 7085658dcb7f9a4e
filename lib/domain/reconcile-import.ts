/**
 * The last step of a figure import: the rows as read (read-import-row.ts) against each other and
 * against what the database already holds. Each row becomes `new` (with the slug it will get),
 * `duplicate` (the same figure is recorded; importing skips it) or `error`. A different value for
 * a recorded indicator and date is an error, not a correction: corrections need a reason, which
 * only the correction form asks for.
 */
import { normalizeDecimal } from './exact-decimal.ts';
import type { ImportRowDraft } from './read-import-row.ts';
import type { DatePrecision } from './types.ts';
import type {
  ExistingFigure,
  FigureImportContext,
  ImportedFigure,
  ImportRow,
} from './import-columns.ts';
import { toFigureSlug } from './slug.ts';

export function reconcileImport(
  drafts: readonly ImportRowDraft[],
  context: FigureImportContext,
): ImportRow[] {
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

function matchRecorded(draft: ImportRowDraft, recorded: readonly ExistingFigure[]): RecordedMatch {
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
  draft: ImportRowDraft,
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
  draft: ImportRowDraft,
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
  const slug =
    draft.slug ??
    nextFreeSlug(
      toFigureSlug(content.indicator, { date: content.observedOn, precision: content.precision }),
      taken,
    );
  taken.add(slug);
  return { row, status: 'new', figure: { slug, ...content }, issues };
}

function toFigureContent(draft: ImportRowDraft): Omit<ImportedFigure, 'slug'> | undefined {
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

function nextFreeSlug(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const slug = `${base}-${suffix}`;
    if (!taken.has(slug)) return slug;
  }
}
