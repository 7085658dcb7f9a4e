import 'server-only';
import type { FigureHistory } from '../../domain/records.ts';
import type { PrismaClient } from '../database/prisma-client.ts';
import { isSlug } from '../../domain/slug.ts';
import { fromDbDecimal, fromDbPreciseDate } from '../database/prisma-values.ts';
import { listAuthorNames } from './list-author-names.ts';
import { toSourceRef } from './to-records.ts';

/** Every revision of a figure with who made it and why, or null for an unknown slug. */
export async function getFigureHistory(
  db: PrismaClient,
  slug: string,
): Promise<FigureHistory | null> {
  // Not a slug ("%00" decodes to NUL, which PostgreSQL refuses with an error): no such figure.
  if (!isSlug(slug)) return null;
  const figure = await db.figure.findUnique({
    where: { slug },
    select: {
      slug: true,
      indicator: { select: { slug: true } },
      revisions: { orderBy: { revision: 'asc' }, include: { source: true } },
    },
  });
  if (!figure || figure.revisions.length === 0) return null;
  const authors = await listAuthorNames(
    db,
    figure.revisions.map((row) => row.createdBy),
  );
  return {
    slug: figure.slug,
    indicatorSlug: figure.indicator.slug,
    revisions: figure.revisions.map((row) => ({
      revision: row.revision,
      value: fromDbDecimal(row.value),
      observedOn: fromDbPreciseDate(row.observedOn, row.observedPrecision),
      source: toSourceRef(row.source),
      quote: row.quote,
      noteKo: row.noteKo,
      noteEn: row.noteEn,
      reason: row.reason,
      authorName: authors.get(row.createdBy) ?? null,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}
