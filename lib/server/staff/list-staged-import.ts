import 'server-only';
import { normalizeDecimal } from '../../domain/exact-decimal.ts';
import type {
  ImportedFigure,
  ImportIssue,
  ImportRow,
  ImportSummary,
} from '../../domain/import-columns.ts';
import type { DatePrecision } from '../../domain/types.ts';
import type { Prisma } from '../../generated/prisma/client.ts';
import { fromDbDate } from '../database/prisma-values.ts';

/**
 * What an import answers, bounded whatever the file's size: the counts of everything, the first
 * `maxListed` problems (file problems first, then rows in file order, each with every column's
 * reason) and a preview of the first `maxListed` rows of any status.
 */
export async function listStagedImport(
  tx: Prisma.TransactionClient,
  importId: string,
  fileErrors: readonly ImportIssue[],
  maxListed: number,
): Promise<{ summary: ImportSummary; fileErrors: ImportIssue[]; rows: ImportRow[] }> {
  const [counts] = await tx.$queryRawUnsafe<
    { rows: number; new: number; duplicate: number; error: number; issues: number }[]
  >(
    `SELECT count(*)::int AS rows,
       count(*) FILTER (WHERE status = 'new')::int AS new,
       count(*) FILTER (WHERE status = 'duplicate')::int AS duplicate,
       count(*) FILTER (WHERE status = 'error')::int AS error,
       coalesce(sum(issue_count), 0)::int AS issues
     FROM figure_import_row WHERE import_id = $1::uuid`,
    importId,
  );
  const listedFileErrors = fileErrors.slice(0, maxListed);
  const budget = maxListed - listedFileErrors.length;
  const staged = await tx.$queryRawUnsafe<StagedRow[]>(
    `SELECT x.*, i.unit, cf.slug AS conflict_slug, cr.value::text AS conflict_value
     FROM (
       SELECT s."row", s.status, s.indicator, s.value, s.observed_on, s.precision, s.source,
         s.quote, s.note_ko, s.note_en, s.slug, s.issues, s.first_row, s.duplicate_of,
         s.conflict_id, s.slug_issue, s.slug_first_row, s.out_slug,
         sum(s.issue_count) OVER (ORDER BY s."row") - s.issue_count AS issues_before,
         row_number() OVER (ORDER BY s."row") AS position
       FROM figure_import_row s WHERE s.import_id = $1::uuid
     ) x
     LEFT JOIN indicator i ON i.slug = x.indicator
     LEFT JOIN figure cf ON cf.id = x.conflict_id
     LEFT JOIN LATERAL (SELECT r.value FROM figure_revision r WHERE r.figure_id = cf.id
                        ORDER BY r.revision DESC LIMIT 1) cr ON true
     WHERE (x.status = 'error' AND x.issues_before < $2) OR x.position <= $3
     ORDER BY x."row"`,
    importId,
    budget,
    maxListed,
  );
  let left = budget;
  const rows = staged.map((row) => {
    const listed = toImportRow(row);
    if (listed.status === 'error') {
      listed.issues = listed.issues.slice(0, Math.max(left, 0));
      left -= listed.issues.length;
    }
    return listed;
  });
  const total = counts ?? { rows: 0, new: 0, duplicate: 0, error: 0, issues: 0 };
  return {
    summary: {
      ...total,
      fileErrors: fileErrors.length,
      issues: total.issues + fileErrors.length,
      listedIssues: listedFileErrors.length + (budget - Math.max(left, 0)),
    },
    fileErrors: listedFileErrors,
    rows,
  };
}

interface StagedRow {
  row: number;
  status: ImportRow['status'];
  indicator: string | null;
  value: string | null;
  observed_on: Date | string | null;
  precision: DatePrecision | null;
  source: string | null;
  quote: string | null;
  note_ko: string | null;
  note_en: string | null;
  slug: string | null;
  issues: ImportIssue[];
  first_row: number | null;
  duplicate_of: string | null;
  conflict_id: number | null;
  slug_issue: 'slug-repeated' | 'slug-taken' | null;
  slug_first_row: number | null;
  out_slug: string | null;
  unit: string | null;
  conflict_slug: string | null;
  conflict_value: string | null;
}

/** A staged row as reconcile-import.ts words it: its own issues first, then those found in SQL. */
function toImportRow(staged: StagedRow): ImportRow {
  const { row } = staged;
  const issues: ImportIssue[] = [...staged.issues];
  if (staged.first_row !== null) {
    issues.push({ row, code: 'duplicate-in-file', params: { firstRow: staged.first_row } });
  }
  if (staged.conflict_id !== null && staged.value !== null) {
    issues.push({
      row,
      column: 'value',
      code: 'conflicts-existing',
      params: {
        slug: staged.conflict_slug ?? '',
        existingValue: normalizeDecimal(staged.conflict_value ?? '0'),
        value: staged.value,
        unit: staged.unit ?? '',
      },
    });
  }
  if (staged.slug_issue === 'slug-repeated' && staged.slug !== null) {
    issues.push({
      row,
      column: 'slug',
      code: 'slug-repeated',
      params: { value: staged.slug, firstRow: staged.slug_first_row ?? row },
    });
  } else if (staged.slug_issue === 'slug-taken' && staged.slug !== null) {
    issues.push({ row, column: 'slug', code: 'slug-taken', params: { value: staged.slug } });
  }
  if (staged.status === 'error') return { row, status: 'error', issues };
  const figure = toImportedFigure(staged);
  if (staged.status === 'duplicate') {
    return { row, status: 'duplicate', figure, duplicateOf: figure.slug, issues };
  }
  return { row, status: 'new', figure, issues };
}

function toImportedFigure(staged: StagedRow): ImportedFigure {
  return {
    slug: staged.out_slug ?? '',
    indicator: staged.indicator ?? '',
    value: staged.value ?? '',
    observedOn: toIsoDay(staged.observed_on),
    precision: staged.precision ?? 'DAY',
    source: staged.source ?? '',
    quote: staged.quote ?? '',
    noteKo: staged.note_ko,
    noteEn: staged.note_en,
  };
}

/** A raw query's `date`: a Date at UTC midnight through the driver adapter, or its ISO text. */
function toIsoDay(date: Date | string | null): string {
  if (date === null) return '';
  return typeof date === 'string' ? date.slice(0, 10) : fromDbDate(date);
}
