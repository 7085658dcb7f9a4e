import type { PrismaClient } from '../../generated/prisma/client.ts';
import { toPageBounds, type PageOf } from '../../domain/page-of.ts';
import type { SourceRef } from '../../domain/records.ts';
import { toSourceRef } from './to-records.ts';

const NEWEST_FIRST = [{ publishedOn: 'desc' as const }, { slug: 'asc' as const }];

/** Every source, newest first. */
export async function listSources(db: PrismaClient): Promise<SourceRef[]> {
  const rows = await db.source.findMany({ orderBy: NEWEST_FIRST });
  return rows.map(toSourceRef);
}

/** The source with this slug, or null. One row by its unique slug. */
export async function getSource(db: PrismaClient, slug: string): Promise<SourceRef | null> {
  const row = await db.source.findUnique({ where: { slug } });
  return row ? toSourceRef(row) : null;
}

/** One page of sources, newest first, with how many there are. A page past the last shows the last. */
export async function listSourcePage(
  db: PrismaClient,
  requestedPage: number,
  perPage: number,
): Promise<PageOf<SourceRef>> {
  const total = await db.source.count();
  const { page, pageCount, offset, limit } = toPageBounds(total, requestedPage, perPage);
  const rows = await db.source.findMany({ orderBy: NEWEST_FIRST, skip: offset, take: limit });
  return { items: rows.map(toSourceRef), page, pageCount, total };
}

/**
 * The sources from `offset` on, newest first, at most `limit` of them, with how many there are
 * in all. Nothing is clamped: past the last source the list is empty, as the read API answers a
 * page past the last (listSourcePage shows the last page instead, for people following old links).
 */
export async function listSourceSlice(
  db: PrismaClient,
  page: { offset: number; limit: number },
): Promise<{ sources: SourceRef[]; total: number }> {
  const [rows, total] = await Promise.all([
    db.source.findMany({ orderBy: NEWEST_FIRST, skip: page.offset, take: page.limit }),
    db.source.count(),
  ]);
  return { sources: rows.map(toSourceRef), total };
}
