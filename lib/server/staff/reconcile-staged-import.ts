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
  // The staging table has no statistics yet (its rows are this transaction's own), and a planner
  // that believes it empty joins 200,000 rows by nested loops: each rule here is a hash join.
  await tx.$executeRawUnsafe(`SET LOCAL enable_nestloop = off`);
  // One UPDATE of every row: a statement per rule would rewrite each of 200,000 rows once per rule.
  await tx.$executeRawUnsafe(
    `WITH staged AS (
      SELECT * FROM figure_import_row WHERE import_id = $1::uuid
    ), recorded AS (
      -- The recorded figures of the file's indicators, by their current (highest) revision.
      SELECT DISTINCT ON (r.figure_id) f.id, f.slug, i.slug AS indicator, r.value, r.observed_on,
        r.observed_precision
      FROM figure f
      JOIN indicator i ON i.id = f.indicator_id
      JOIN figure_revision r ON r.figure_id = f.id
      WHERE i.slug IN (SELECT DISTINCT indicator FROM staged)
      ORDER BY r.figure_id, r.revision DESC
    ), matched AS (
      -- The same value recorded for the indicator and date is a duplicate (skipped); another
      -- value a conflict with the first of them.
      SELECT s."row",
        (array_agg(c.slug ORDER BY c.id) FILTER (WHERE c.value = s.value::numeric))[1] AS duplicate_of,
        min(c.id) AS first_id
      FROM staged s
      JOIN recorded c ON c.indicator = s.indicator AND c.observed_on = s.observed_on
        AND c.observed_precision = s.precision
      WHERE s.value IS NOT NULL
      GROUP BY s."row"
    ), checked AS (
      SELECT s."row", s.slug, s.base_slug, s.issue_count,
        s.indicator IS NOT NULL AND s.value IS NOT NULL AND s.observed_on IS NOT NULL
          AND s.source IS NOT NULL AND s.quote IS NOT NULL AS complete,
        -- A file holds one figure per indicator and date; later rows name the first.
        CASE WHEN s.indicator IS NOT NULL AND s.observed_on IS NOT NULL THEN nullif(
          min(s."row") OVER (PARTITION BY s.indicator, s.observed_on, s.precision), s."row") END
          AS first_row,
        m.duplicate_of,
        CASE WHEN m.duplicate_of IS NULL THEN m.first_id END AS conflict_id,
        m.first_id,
        CASE WHEN s.slug IS NOT NULL THEN min(s."row") OVER (PARTITION BY s.slug) END
          AS slug_first_row,
        taken.id AS taken_id,
        -- The stem is free when no figure has it and no row names it (reserved before any is made).
        stem_figure.id IS NULL AND stem_named.slug IS NULL AS stem_free
      FROM staged s
      LEFT JOIN matched m ON m."row" = s."row"
      LEFT JOIN figure taken ON taken.slug = s.slug
      LEFT JOIN figure stem_figure ON stem_figure.slug = s.base_slug
      LEFT JOIN (SELECT DISTINCT slug FROM staged WHERE slug IS NOT NULL) stem_named
        ON stem_named.slug = s.base_slug
    ), slugs_checked AS (
      SELECT c.*,
        CASE
          WHEN c.slug_first_row <> c."row" THEN 'slug-repeated'
          -- Re-importing an export names each figure's own slug, which is no clash.
          WHEN c.taken_id IS NOT NULL AND c.slug IS DISTINCT FROM c.duplicate_of
            AND (c.duplicate_of IS NOT NULL OR c.taken_id IS DISTINCT FROM c.first_id)
            THEN 'slug-taken'
        END AS slug_issue
      FROM checked c
    ), judged AS (
      SELECT c.*,
        c.issue_count + (c.first_row IS NOT NULL)::int + (c.conflict_id IS NOT NULL)::int
          + (c.slug_issue IS NOT NULL)::int AS issues,
        CASE
          WHEN c.issue_count > 0 OR c.first_row IS NOT NULL OR c.conflict_id IS NOT NULL
            OR c.slug_issue IS NOT NULL OR NOT c.complete THEN 'error'
          WHEN c.duplicate_of IS NOT NULL THEN 'duplicate'
          ELSE 'new'
        END AS status
      FROM slugs_checked c
    )
    UPDATE figure_import_row s SET
      first_row = j.first_row,
      duplicate_of = j.duplicate_of,
      conflict_id = j.conflict_id,
      slug_first_row = j.slug_first_row,
      slug_issue = j.slug_issue,
      issue_count = j.issues,
      status = j.status,
      out_slug = CASE
        WHEN j.status = 'duplicate' THEN j.duplicate_of
        WHEN j.status = 'new' AND j.slug IS NOT NULL THEN j.slug
        WHEN j.status = 'new' AND j.stem_free THEN j.base_slug
      END
    FROM judged j
    WHERE s.import_id = $1::uuid AND s."row" = j."row"`,
    importId,
  );
  await assignGeneratedSlugs(tx, importId);
}

/**
 * A new row without a slug gets its stem (toFigureSlug, given above when free), or the stem with
 * -2, -3, … when that is taken: by a recorded figure, by a slug any row of the file names
 * (reserved before any is made) or by one made for another row. The new rows of a file hold one
 * indicator and date each, so their stems differ, and one round per suffix assigns every row
 * whose candidate is free; the rounds touch only the few rows whose stem was taken.
 */
async function assignGeneratedSlugs(tx: Prisma.TransactionClient, importId: string) {
  for (let suffix = 2; ; suffix += 1) {
    const [counted] = await tx.$queryRawUnsafe<{ waiting: number }[]>(
      `SELECT count(*)::int AS waiting FROM figure_import_row
       WHERE import_id = $1::uuid AND status = 'new' AND out_slug IS NULL`,
      importId,
    );
    if ((counted?.waiting ?? 0) === 0) return;
    const candidate = `s.base_slug || '-' || ${suffix}`;
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
  }
}
