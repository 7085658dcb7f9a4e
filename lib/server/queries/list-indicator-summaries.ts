import type { PrismaClient } from '../../generated/prisma/client.ts';
import { toPageBounds, type PageOf } from '../../domain/page-of.ts';
import type { FigureRecord, IndicatorRecord } from '../../domain/records.ts';
import { readCurrentFigures } from './current-figures.ts';
import { INDICATOR_COLUMNS, toIndicatorRecord, type IndicatorRow } from './sql-records.ts';

/** An indicator with how many figures it has and its most recently dated few. */
export interface IndicatorSummary {
  indicator: IndicatorRecord;
  figureCount: number;
  /** Newest first. */
  recentFigures: FigureRecord[];
}

/**
 * One page of indicators (by theme, then in the order they were added, as listIndicators orders
 * them), each with its figure count (the count the database keeps) and its `recent` most recently
 * dated current figures: per indicator one backward probe of current_figure's (indicator, date)
 * index, so a page costs the same with ten figures or ten million.
 */
export async function listIndicatorSummaries(
  db: PrismaClient,
  requestedPage: number,
  perPage: number,
  recent: number,
): Promise<PageOf<IndicatorSummary>> {
  const [counted] = await db.$queryRaw<
    { total: bigint }[]
  >`SELECT count(*) AS total FROM indicator`;
  const total = Number(counted?.total ?? 0);
  const { page, pageCount, offset, limit } = toPageBounds(total, requestedPage, perPage);
  const rows = await db.$queryRaw<
    (IndicatorRow & { figure_count: bigint | null; figure_ids: number[] })[]
  >`
    SELECT ${INDICATOR_COLUMNS}, k.figures AS figure_count,
      ARRAY(
        SELECT c.figure_id FROM current_figure c WHERE c.indicator_id = i.id
        ORDER BY c.observed_on DESC, c.observed_order DESC, c.slug DESC LIMIT ${recent}
      ) AS figure_ids
    FROM indicator i
    JOIN theme t ON t.id = i.theme_id
    LEFT JOIN indicator_figure_count k ON k.indicator_id = i.id
    ORDER BY t.sort_order, i.id
    OFFSET ${offset} LIMIT ${limit}`;
  const figures = await readCurrentFigures(
    db,
    rows.flatMap((row) => row.figure_ids),
  );
  return {
    items: rows.map((row) => ({
      indicator: toIndicatorRecord(row),
      figureCount: Number(row.figure_count ?? 0),
      recentFigures: row.figure_ids.map((id) => figures.get(id)!),
    })),
    page,
    pageCount,
    total,
  };
}
