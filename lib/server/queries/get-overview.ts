import type { PrismaClient } from '../../generated/prisma/client.ts';
import { Prisma } from '../../generated/prisma/client.ts';
import type { OverviewData } from '../../domain/to-overview.ts';
import { readCurrentFigures } from './current-figures.ts';
import { listPledgesWithStatus } from './current-pledges.ts';
import { INDICATOR_COLUMNS, toIndicatorRecord, type IndicatorRow } from './sql-records.ts';

// An indicator no numeric pledge is about: its figures are shown on their own.
const NOT_TARGETED = Prisma.sql`NOT EXISTS (
  SELECT 1 FROM pledge tp WHERE tp.indicator_id = i.id AND tp.kind = 'TARGET')`;

/** Cards per theme and kind on the overview; the rest are counted and linked. */
export const OVERVIEW_CARDS_PER_THEME = 6;

/**
 * The overview: per theme, counts and the first cards. Counts come from the pledge table (a
 * city's thousands) and the per-indicator figure counts the database keeps, never from figures.
 */
export async function getOverview(db: PrismaClient, asOf: string): Promise<OverviewData> {
  const [themeRows, pledges, unpledgedRows] = await Promise.all([
    db.$queryRaw<(ThemeRow & { pledges: bigint; figures: bigint | null; unpledged: bigint })[]>`
      SELECT t.slug, t.name_ko, t.name_en, t.sort_order,
        (SELECT count(*) FROM pledge p JOIN indicator i ON i.id = p.indicator_id
          WHERE i.theme_id = t.id) AS pledges,
        (SELECT sum(k.figures) FROM indicator_figure_count k JOIN indicator i ON i.id = k.indicator_id
          WHERE i.theme_id = t.id) AS figures,
        (SELECT count(*) FROM indicator i JOIN indicator_figure_count k ON k.indicator_id = i.id
          WHERE i.theme_id = t.id AND k.figures > 0 AND ${NOT_TARGETED}) AS unpledged
      FROM theme t ORDER BY t.sort_order, t.id`,
    listPledgesWithStatus(db, {}, asOf, { perTheme: OVERVIEW_CARDS_PER_THEME }),
    db.$queryRaw<(IndicatorRow & { figures: bigint; latest_id: number })[]>`
      SELECT ${INDICATOR_COLUMNS}, k.figures, latest.figure_id AS latest_id
      FROM (
        SELECT i.id, row_number() OVER (PARTITION BY i.theme_id ORDER BY i.id) AS n
        FROM indicator i JOIN indicator_figure_count k ON k.indicator_id = i.id
        WHERE k.figures > 0 AND ${NOT_TARGETED}
      ) ranked
      JOIN indicator i ON i.id = ranked.id
      JOIN theme t ON t.id = i.theme_id
      JOIN indicator_figure_count k ON k.indicator_id = i.id
      JOIN LATERAL (
        SELECT c.figure_id FROM current_figure c WHERE c.indicator_id = i.id
        ORDER BY c.observed_on DESC, c.observed_order DESC, c.slug DESC LIMIT 1
      ) latest ON TRUE
      WHERE ranked.n <= ${OVERVIEW_CARDS_PER_THEME}
      ORDER BY i.id`,
  ]);
  const latest = await readCurrentFigures(
    db,
    unpledgedRows.map((row) => row.latest_id),
  );
  const linked = pledges.flatMap(({ pledge }) =>
    [pledge.supersedesSlug, pledge.supersededBySlug].filter((slug) => slug !== null),
  );
  const titles = await listPledgeTitles(db, [...new Set(linked)]);
  return {
    pledgeCount: themeRows.reduce((sum, row) => sum + Number(row.pledges), 0),
    figureCount: themeRows.reduce((sum, row) => sum + Number(row.figures ?? 0), 0),
    titles,
    themes: themeRows.map((row) => ({
      theme: {
        slug: row.slug,
        nameKo: row.name_ko,
        nameEn: row.name_en,
        sortOrder: row.sort_order,
      },
      pledgeCount: Number(row.pledges),
      pledges: pledges
        .filter(({ indicator }) => indicator.theme.slug === row.slug)
        .map(({ pledge, indicator, status, indicatorLatest, verdict }) => ({
          pledge,
          indicator,
          latest: status.latest,
          share: status.share,
          status,
          indicatorLatest,
          verdict,
        })),
      unpledgedCount: Number(row.unpledged),
      unpledged: unpledgedRows
        .filter((indicator) => indicator.theme_slug === row.slug)
        .map((indicator) => ({
          indicator: toIndicatorRecord(indicator),
          latest: latest.get(indicator.latest_id)!,
          figureCount: Number(indicator.figures),
        })),
    })),
  };
}

interface ThemeRow {
  slug: string;
  name_ko: string;
  name_en: string;
  sort_order: number;
}

/** Current titles of these pledges, by slug. */
export async function listPledgeTitles(
  db: PrismaClient,
  slugs: readonly string[],
): Promise<Map<string, { ko: string; en: string }>> {
  if (slugs.length === 0) return new Map();
  const rows = await db.$queryRaw<{ slug: string; title_ko: string; title_en: string }[]>`
    SELECT p.slug, r.title_ko, r.title_en FROM pledge p
    JOIN LATERAL (
      SELECT title_ko, title_en FROM pledge_revision pr WHERE pr.pledge_id = p.id
      ORDER BY pr.revision DESC LIMIT 1
    ) r ON TRUE
    WHERE p.slug = ANY(${slugs}::text[])`;
  return new Map(rows.map((row) => [row.slug, { ko: row.title_ko, en: row.title_en }]));
}
