import 'server-only';
import type { PublishedVerdict } from '../../domain/records.ts';
import type { PrismaClient } from '../database/prisma-client.ts';
import { fromDbPreciseDate } from '../database/prisma-values.ts';
import { listAuthorNames } from './list-author-names.ts';
import { toSourceRef } from './to-records.ts';

/**
 * Every published verdict on one pledge, oldest first, with its evidence in order, who proposed
 * and who approved it, and when — what the pledge's page and history show. Pending and rejected
 * proposals are never read here: they are staff business until a second person approves them.
 * `publishedBy` limits it to what was public by then (the as-of view). A pledge has a handful of
 * verdicts, so this reads them all.
 */
export async function listPublishedVerdicts(
  db: PrismaClient,
  pledgeSlug: string,
  publishedBy?: Date,
): Promise<PublishedVerdict[]> {
  const rows = await db.verdict.findMany({
    where: {
      pledge: { slug: pledgeSlug },
      review: {
        decision: 'APPROVED',
        ...(publishedBy ? { reviewedAt: { lte: publishedBy } } : {}),
      },
    },
    include: {
      review: true,
      evidence: { orderBy: { position: 'asc' }, include: { source: true } },
    },
  });
  rows.sort(
    (a, b) => a.review!.reviewedAt.getTime() - b.review!.reviewedAt.getTime() || a.id - b.id,
  );
  const names = await listAuthorNames(
    db,
    rows.flatMap((row) => [row.proposedBy, row.review?.reviewedBy ?? '']).filter(Boolean),
  );
  let rated = false;
  return rows.map((row) => {
    const corrected = rated;
    if (row.rating !== 'NOT_YET_RATED') rated = true;
    const review = row.review!;
    return {
      id: row.id,
      rating: row.rating,
      reasoningKo: row.reasoningKo,
      reasoningEn: row.reasoningEn,
      reason: row.reason,
      publishedAt: review.reviewedAt.toISOString(),
      corrected,
      unreviewed: review.reviewedBy === null,
      evidence: row.evidence.map((e) => ({
        source: toSourceRef(e.source),
        quote: e.quote,
        on: fromDbPreciseDate(e.evidenceOn, e.evidencePrecision),
      })),
      proposerName: names.get(row.proposedBy) ?? null,
      reviewerName: review.reviewedBy ? (names.get(review.reviewedBy) ?? null) : null,
      proposedAt: row.proposedAt.toISOString(),
    };
  });
}
