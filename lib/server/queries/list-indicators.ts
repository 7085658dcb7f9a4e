import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { IndicatorRecord } from '../../domain/records.ts';
import { indicatorInclude, toIndicatorRecord } from './to-records.ts';

const ORDER = [
  { theme: { sortOrder: 'asc' } },
  { id: 'asc' },
] satisfies Prisma.IndicatorOrderByWithRelationInput[];

/**
 * Every indicator (staff forms, the download of everything), or every one of a theme (its
 * download), by theme then in the order they were added.
 */
export async function listIndicators(
  db: PrismaClient,
  filter: { theme?: string } = {},
): Promise<IndicatorRecord[]> {
  const rows = await db.indicator.findMany({
    where: filter.theme ? { theme: { slug: filter.theme } } : {},
    include: indicatorInclude,
    orderBy: ORDER,
  });
  return rows.map(toIndicatorRecord);
}

/** One page of indicators, optionally of one theme, with how many there are in all. */
export async function listIndicatorPage(
  db: PrismaClient,
  filter: { theme?: string },
  page: { offset: number; limit: number },
): Promise<{ indicators: IndicatorRecord[]; total: number }> {
  const where = filter.theme ? { theme: { slug: filter.theme } } : {};
  const [rows, total] = await Promise.all([
    db.indicator.findMany({
      where,
      include: indicatorInclude,
      orderBy: ORDER,
      skip: page.offset,
      take: page.limit,
    }),
    db.indicator.count({ where }),
  ]);
  return { indicators: rows.map(toIndicatorRecord), total };
}

/** The indicators with these slugs (a page's worth), by slug. */
export async function listIndicatorsBySlug(
  db: PrismaClient,
  slugs: readonly string[],
): Promise<Map<string, IndicatorRecord>> {
  if (slugs.length === 0) return new Map();
  const rows = await db.indicator.findMany({
    where: { slug: { in: [...slugs] } },
    include: indicatorInclude,
  });
  return new Map(rows.map((row) => [row.slug, toIndicatorRecord(row)]));
}

/** The indicator with this slug, or null. One row by its unique slug. */
export async function getIndicator(
  db: PrismaClient,
  slug: string,
): Promise<IndicatorRecord | null> {
  const row = await db.indicator.findUnique({ where: { slug }, include: indicatorInclude });
  return row ? toIndicatorRecord(row) : null;
}
