import 'server-only';
import type { PledgeHistory } from '../../domain/records.ts';
import type { PrismaClient } from '../database/prisma-client.ts';
import { isSlug } from '../../domain/slug.ts';
import { fromDbDecimal, fromDbPreciseDate } from '../database/prisma-values.ts';
import { listAuthorNames } from './list-author-names.ts';
import { toSourceRef } from './to-records.ts';

/** Every revision of a pledge with who made it and why, or null for an unknown slug. */
export async function getPledgeHistory(
  db: PrismaClient,
  slug: string,
): Promise<PledgeHistory | null> {
  // Not a slug ("%00" decodes to NUL, which PostgreSQL refuses with an error): no such pledge.
  if (!isSlug(slug)) return null;
  const pledge = await db.pledge.findUnique({
    where: { slug },
    select: {
      slug: true,
      indicator: { select: { slug: true } },
      revisions: { orderBy: { revision: 'asc' }, include: { source: true } },
    },
  });
  if (!pledge || pledge.revisions.length === 0) return null;
  const authors = await listAuthorNames(
    db,
    pledge.revisions.map((row) => row.createdBy),
  );
  return {
    slug: pledge.slug,
    indicatorSlug: pledge.indicator.slug,
    revisions: pledge.revisions.map((row) => ({
      revision: row.revision,
      titleKo: row.titleKo,
      titleEn: row.titleEn,
      targetValue: row.targetValue === null ? null : fromDbDecimal(row.targetValue),
      deadline:
        row.deadlineOn && row.deadlinePrecision
          ? fromDbPreciseDate(row.deadlineOn, row.deadlinePrecision)
          : null,
      source: toSourceRef(row.source),
      quote: row.quote,
      reason: row.reason,
      authorName: authors.get(row.createdBy) ?? null,
      createdAt: row.createdAt.toISOString(),
    })),
  };
}
