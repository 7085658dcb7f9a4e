import type { PrismaClient } from '../../generated/prisma/client.ts';
import { SOURCES_PER_PAGE } from '../../domain/sources-page.ts';

/**
 * The page of /sources that lists a source (newest first: published_on DESC, slug, as
 * getSourcesPage orders them), or null when no source has the slug. It counts the sources listed
 * before it, which is the work the page's own OFFSET does anyway, and only when a reader opens
 * that link (`/sources?source=…`), never once per search result.
 */
export async function getSourcePageNumber(db: PrismaClient, slug: string): Promise<number | null> {
  const [row] = await db.$queryRaw<{ before: bigint }[]>`
    SELECT (SELECT count(*) FROM source x
      WHERE x.published_on > s.published_on
         OR (x.published_on = s.published_on AND x.slug < s.slug)) AS before
    FROM source s WHERE s.slug = ${slug}`;
  return row ? Math.floor(Number(row.before) / SOURCES_PER_PAGE) + 1 : null;
}
