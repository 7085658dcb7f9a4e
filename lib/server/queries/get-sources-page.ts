import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { SourcesPage } from '../../domain/sources-page.ts';
import { SOURCES_PER_PAGE, QUOTES_PER_SOURCE } from '../../domain/sources-page.ts';
import { readCurrentFigures } from './current-figures.ts';
import { listIndicatorsBySlug } from './list-indicators.ts';
import { SOURCE_COLUMNS, toSourceRef, type SourceRow } from './sql-records.ts';
import { Prisma } from '../../generated/prisma/client.ts';

// A pledge revision `pr` that is its pledge's current one (the highest).
const CURRENT_PLEDGE_REVISION = Prisma.sql`pr.revision = (
  SELECT max(x.revision) FROM pledge_revision x WHERE x.pledge_id = pr.pledge_id)`;

/**
 * One page of sources, newest first, each with how many figures and pledges quote it and the
 * first of them. Figure counts come from the count the database keeps per source; a source's
 * first figures from current_figure's (source, date) index; its pledges from the revisions that
 * cite it (pledge_revision's source index), kept where that revision is the current one.
 */
export async function getSourcesPage(db: PrismaClient, page: number): Promise<SourcesPage> {
  const [counted] = await db.$queryRaw<{ total: bigint }[]>`SELECT count(*) AS total FROM source`;
  const total = Number(counted?.total ?? 0);
  const pageCount = Math.max(1, Math.ceil(total / SOURCES_PER_PAGE));
  const number = Math.min(Math.max(1, page), pageCount);
  const rows = await db.$queryRaw<
    (SourceRow & { id: number; figure_count: bigint | null; figure_ids: number[] })[]
  >`
    SELECT s.id, ${SOURCE_COLUMNS}, k.figures AS figure_count,
      ARRAY(
        SELECT c.figure_id FROM current_figure c WHERE c.source_id = s.id
        ORDER BY c.observed_on, c.observed_order, c.slug LIMIT ${QUOTES_PER_SOURCE}
      ) AS figure_ids
    FROM source s
    LEFT JOIN source_figure_count k ON k.source_id = s.id
    ORDER BY s.published_on DESC, s.slug
    OFFSET ${(number - 1) * SOURCES_PER_PAGE} LIMIT ${SOURCES_PER_PAGE}`;
  const ids = rows.map((row) => row.id);
  // Per source, its first pledges (by the order they were entered) whose current revision cites
  // it: pledge_revision's (source, pledge) index walked in order, stopping at the tenth, however
  // many pledges cite the source; and how many there are, counted apart.
  const [pledgeRows, pledgeCounts] = await Promise.all([
    db.$queryRaw<
      {
        source_id: number;
        slug: string;
        indicator_slug: string;
        title_ko: string;
        title_en: string;
        admin_name_ko: string;
        admin_name_en: string;
        quote: string;
      }[]
    >`
      SELECT s.id AS source_id, q.* FROM unnest(${ids}::int[]) AS s(id)
      CROSS JOIN LATERAL (
        SELECT pr.pledge_id, p.slug, i.slug AS indicator_slug, pr.title_ko, pr.title_en,
          a.name_ko AS admin_name_ko, a.name_en AS admin_name_en, pr.quote
        FROM pledge_revision pr
        JOIN pledge p ON p.id = pr.pledge_id
        JOIN indicator i ON i.id = p.indicator_id
        JOIN administration a ON a.id = p.administration_id
        WHERE pr.source_id = s.id AND ${CURRENT_PLEDGE_REVISION}
        ORDER BY pr.pledge_id LIMIT ${QUOTES_PER_SOURCE}
      ) q
      ORDER BY s.id, q.pledge_id`,
    db.$queryRaw<{ source_id: number; count: bigint }[]>`
      SELECT pr.source_id, count(*) AS count FROM pledge_revision pr
      WHERE pr.source_id = ANY(${ids}::int[]) AND ${CURRENT_PLEDGE_REVISION}
      GROUP BY pr.source_id`,
  ]);
  const figures = await readCurrentFigures(
    db,
    rows.flatMap((row) => row.figure_ids),
  );
  const indicators = await listIndicatorsBySlug(db, [
    ...new Set([...figures.values()].map((figure) => figure.indicatorSlug)),
  ]);
  return {
    page: number,
    pageCount,
    total,
    sources: rows.map((row) => {
      const pledges = pledgeRows.filter((pledge) => pledge.source_id === row.id);
      const pledgeCount = pledgeCounts.find((counted) => counted.source_id === row.id)?.count;
      return {
        source: toSourceRef(row),
        figureCount: Number(row.figure_count ?? 0),
        figures: row.figure_ids.map((id) => {
          const figure = figures.get(id)!;
          return { figure, indicator: indicators.get(figure.indicatorSlug)! };
        }),
        pledgeCount: Number(pledgeCount ?? 0),
        pledges: pledges.map((pledge) => ({
          slug: pledge.slug,
          indicatorSlug: pledge.indicator_slug,
          titleKo: pledge.title_ko,
          titleEn: pledge.title_en,
          administration: { nameKo: pledge.admin_name_ko, nameEn: pledge.admin_name_en },
          quote: pledge.quote,
        })),
      };
    }),
  };
}
