import 'server-only';
import type { Prisma } from '../../generated/prisma/client.ts';

/**
 * The staged rows of one import against each other and against the figures recorded now: the
 * rules of lib/domain/reconcile-import.ts, in set-based SQL, so a file of 200,000 rows is a few
 * joins rather than 200,000 look-ups (and the recorded figures are never loaded into memory).
 * reconcile-import.ts stays the reference: import-figures.test.ts checks both give the same result.
 *
 * Fills in, per row: `first_row` (duplicate-in-file), `duplicate_of` or `conflict_id` (the
 * recorded figure for the same indicator and date), `slug_issue`, then `status` and `out_slug`.
 * Runs while the import holds its lock (import-figures.ts), so concurrent imports do not both
 * take the same slug or the same indicator and date.
 */
export async function reconcileStagedImport(
  tx: Prisma.TransactionClient,
  importId: string,
): Promise<void> {
  const run = (sql: string) => tx.$executeRawUnsafe(sql, importId);

  // A file holds one figure per indicator and date; later rows name the first.
  await run(`
    UPDATE figure_import_row s SET first_row = d.first_row
    FROM (SELECT "row", min("row") OVER (PARTITION BY indicator, observed_on, precision) AS first_row
          FROM figure_import_row
          WHERE import_id = $1::uuid AND indicator IS NOT NULL AND observed_on IS NOT NULL) d
    WHERE s.import_id = $1::uuid AND s."row" = d."row" AND d.first_row <> d."row"`);

  // The recorded figures of the same indicator and date, by their current (highest) revision: the
  // same value is a duplicate (skipped), another value a conflict with the first of them.
  await run(`
    WITH recorded AS (
      SELECT DISTINCT ON (r.figure_id) f.id, f.slug, i.slug AS indicator, r.value, r.observed_on,
        r.observed_precision
      FROM figure f
      JOIN indicator i ON i.id = f.indicator_id
      JOIN figure_revision r ON r.figure_id = f.id
      WHERE i.slug IN (SELECT DISTINCT indicator FROM figure_import_row WHERE import_id = $1::uuid)
      ORDER BY r.figure_id, r.revision DESC
    ), matched AS (
      SELECT s."row",
        (array_agg(c.slug ORDER BY c.id) FILTER (WHERE c.value = s.value::numeric))[1] AS duplicate_of,
        min(c.id) AS first_id
      FROM figure_import_row s
      JOIN recorded c ON c.indicator = s.indicator AND c.observed_on = s.observed_on
        AND c.observed_precision = s.precision
      WHERE s.import_id = $1::uuid AND s.value IS NOT NULL
      GROUP BY s."row"
    )
    UPDATE figure_import_row s
    SET duplicate_of = m.duplicate_of,
        conflict_id = CASE WHEN m.duplicate_of IS NULL THEN m.first_id END
    FROM matched m
    WHERE s.import_id = $1::uuid AND s."row" = m."row"`);

  // A named slug: repeated within the file, or another figure's (re-importing an export names
  // each figure's own slug, which is no clash).
  await run(`
    UPDATE figure_import_row s
    SET slug_first_row = d.first_row,
        slug_issue = CASE
          WHEN d.first_row <> s."row" THEN 'slug-repeated'
          WHEN EXISTS (SELECT 1 FROM figure f WHERE f.slug = s.slug)
            AND s.slug IS DISTINCT FROM s.duplicate_of
            AND s.slug IS DISTINCT FROM (SELECT f.slug FROM figure f WHERE f.id = s.conflict_id)
            THEN 'slug-taken'
        END
    FROM (SELECT "row", min("row") OVER (PARTITION BY slug) AS first_row
          FROM figure_import_row WHERE import_id = $1::uuid AND slug IS NOT NULL) d
    WHERE s.import_id = $1::uuid AND s."row" = d."row"`);

  await run(`
    UPDATE figure_import_row SET
      issue_count = issue_count + (first_row IS NOT NULL)::int + (conflict_id IS NOT NULL)::int
        + (slug_issue IS NOT NULL)::int,
      status = CASE
        WHEN issue_count > 0 OR first_row IS NOT NULL OR conflict_id IS NOT NULL
          OR slug_issue IS NOT NULL OR indicator IS NULL OR value IS NULL OR observed_on IS NULL
          OR source IS NULL OR quote IS NULL THEN 'error'
        WHEN duplicate_of IS NOT NULL THEN 'duplicate'
        ELSE 'new'
      END
    WHERE import_id = $1::uuid`);
  await run(`
    UPDATE figure_import_row SET out_slug = CASE WHEN status = 'duplicate' THEN duplicate_of ELSE slug END
    WHERE import_id = $1::uuid AND status <> 'error'
      AND (status = 'duplicate' OR slug IS NOT NULL)`);
  await assignGeneratedSlugs(tx, importId);
}

/**
 * A new row without a slug gets its stem (toFigureSlug), or the stem with -2, -3, … when that is
 * taken: by a recorded figure, by a slug any row of the file names (reserved before any is made)
 * or by one made for another row. A clean file holds one row per indicator and date, so the stems
 * of its new rows differ, and one round per suffix assigns every row whose candidate is free.
 * Rounds after the first touch only the few rows whose stem was taken.
 */
async function assignGeneratedSlugs(tx: Prisma.TransactionClient, importId: string) {
  for (let suffix = 1; ; suffix += 1) {
    const candidate = suffix === 1 ? 's.base_slug' : `s.base_slug || '-' || ${suffix}`;
    await tx.$executeRawUnsafe(
      `UPDATE figure_import_row s SET out_slug = ${candidate}
       WHERE s.import_id = $1::uuid AND s.status = 'new' AND s.out_slug IS NULL
         AND NOT EXISTS (SELECT 1 FROM figure f WHERE f.slug = ${candidate})
         AND NOT EXISTS (SELECT 1 FROM figure_import_row o
                         WHERE o.import_id = $1::uuid AND o.slug = ${candidate})
         AND NOT EXISTS (SELECT 1 FROM figure_import_row o
                         WHERE o.import_id = $1::uuid AND o.out_slug = ${candidate})`,
      importId,
    );
    const [counted] = await tx.$queryRawUnsafe<{ waiting: number }[]>(
      `SELECT count(*)::int AS waiting FROM figure_import_row
       WHERE import_id = $1::uuid AND status = 'new' AND out_slug IS NULL`,
      importId,
    );
    if ((counted?.waiting ?? 0) === 0) return;
  }
}
