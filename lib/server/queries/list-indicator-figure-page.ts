import type { PrismaClient } from '../../generated/prisma/client.ts';
import { toPageBounds, type PageOf } from '../../domain/page-of.ts';
import type { FigureRecord } from '../../domain/records.ts';
import { countCurrentFigures, listCurrentFigures } from './current-figures.ts';

/**
 * One page of an indicator's current figures, newest first, with how many it has (the count the
 * database keeps). A page past the last shows the last. Read from current_figure's (indicator,
 * date) index backwards; like the public indicator table, a deep page skips its offset in that
 * index.
 */
export async function listIndicatorFigurePage(
  db: PrismaClient,
  indicatorSlug: string,
  requestedPage: number,
  perPage: number,
): Promise<PageOf<FigureRecord>> {
  const filter = { indicator: indicatorSlug };
  const total = (await countCurrentFigures(db, filter)) ?? 0;
  const { page, pageCount, offset, limit } = toPageBounds(total, requestedPage, perPage);
  const items =
    total === 0 ? [] : await listCurrentFigures(db, filter, { offset, limit, newestFirst: true });
  return { items, page, pageCount, total };
}
