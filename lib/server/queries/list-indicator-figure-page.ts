import type { PrismaClient } from '../../generated/prisma/client.ts';
import { toPageBounds, type PageOf } from '../../domain/page-of.ts';
import type { FigureRecord } from '../../domain/records.ts';
import { readCurrentFigures } from './current-figures.ts';

/**
 * One page of an indicator's current figures, newest first, with how many it has (the count the
 * database keeps). A page past the last shows the last; an unknown indicator has none.
 *
 * The page's ids come from current_figure's (indicator, date) index alone, read backwards, and
 * only those figures are then read whole: a deep page skips index entries (~1 µs each), not
 * joined rows. The indicator's id goes in as a value, not a join on its slug, so the planner
 * weighs this indicator's own figure count — with a join it assumed an average indicator and
 * sorted all 200,000 figures of a large one (1.2 s) for a page of 100.
 */
export async function listIndicatorFigurePage(
  db: PrismaClient,
  indicatorSlug: string,
  requestedPage: number,
  perPage: number,
): Promise<PageOf<FigureRecord>> {
  const [indicator] = await db.$queryRaw<{ id: number; figures: bigint | null }[]>`
    SELECT i.id, k.figures FROM indicator i
    LEFT JOIN indicator_figure_count k ON k.indicator_id = i.id
    WHERE i.slug = ${indicatorSlug}`;
  const total = Number(indicator?.figures ?? 0);
  const { page, pageCount, offset, limit } = toPageBounds(total, requestedPage, perPage);
  if (!indicator || total === 0) return { items: [], page, pageCount, total };
  const rows = await db.$queryRaw<{ figure_id: number }[]>`
    SELECT c.figure_id FROM current_figure c WHERE c.indicator_id = ${indicator.id}
    ORDER BY c.observed_on DESC, c.observed_order DESC, c.slug DESC
    OFFSET ${offset} LIMIT ${limit}`;
  const figures = await readCurrentFigures(
    db,
    rows.map((row) => row.figure_id),
  );
  return { items: rows.map((row) => figures.get(row.figure_id)!), page, pageCount, total };
}
