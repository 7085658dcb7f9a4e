import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { toPageBounds, type PageOf } from '../../domain/page-of.ts';
import type { StaffVerdict, VerdictPerson } from '../../domain/staff-verdict.ts';
import { fromDbPreciseDate } from '../database/prisma-values.ts';
import { latestRevision } from './current-revision.ts';

/**
 * Verdicts as the staff pages show them, read from the primary (staff-data.ts): the review queue
 * (pending ones, oldest first, one page at a time) and one pledge's verdicts (newest first, at
 * most `limit`). Each reads one page of verdicts with their evidence (at most ten each), the
 * pledge's current title, and the names of the people on that page (one query by their ids).
 */

const verdictInclude = {
  pledge: {
    select: {
      slug: true,
      revisions: { ...latestRevision, select: { titleKo: true, titleEn: true } },
    },
  },
  evidence: {
    orderBy: { position: 'asc' },
    select: {
      position: true,
      quote: true,
      evidenceOn: true,
      evidencePrecision: true,
      source: { select: { slug: true, title: true, publisher: true } },
    },
  },
  review: true,
} as const satisfies Prisma.VerdictInclude;

type VerdictRow = Prisma.VerdictGetPayload<{ include: typeof verdictInclude }>;

const PENDING = { review: { is: null } } as const satisfies Prisma.VerdictWhereInput;

/** How many verdicts wait for a reviewer (the staff home's and bar's count). */
export function countPendingVerdicts(db: PrismaClient): Promise<number> {
  return db.verdict.count({ where: PENDING });
}

/** One page of the review queue: verdicts no one has reviewed yet, oldest first. */
export async function listPendingVerdicts(
  db: PrismaClient,
  requestedPage: number,
  perPage: number,
): Promise<PageOf<StaffVerdict>> {
  const total = await countPendingVerdicts(db);
  const { page, pageCount, offset, limit } = toPageBounds(total, requestedPage, perPage);
  const rows = await db.verdict.findMany({
    where: PENDING,
    include: verdictInclude,
    orderBy: [{ proposedAt: 'asc' }, { id: 'asc' }],
    skip: offset,
    take: limit,
  });
  return { items: await toStaffVerdicts(db, rows), page, pageCount, total };
}

/** A pledge's verdicts in every state, newest first, at most `limit`. */
export async function listPledgeVerdicts(
  db: PrismaClient,
  pledgeSlug: string,
  limit: number,
): Promise<StaffVerdict[]> {
  const rows = await db.verdict.findMany({
    where: { pledge: { slug: pledgeSlug } },
    include: verdictInclude,
    orderBy: { id: 'desc' },
    take: limit,
  });
  return toStaffVerdicts(db, rows);
}

async function toStaffVerdicts(db: PrismaClient, rows: VerdictRow[]): Promise<StaffVerdict[]> {
  const ids = new Set<string>();
  for (const row of rows) {
    ids.add(row.proposedBy);
    if (row.review?.reviewedBy) ids.add(row.review.reviewedBy);
  }
  // Account ids of one page; "seed" matches no account and stays unnamed.
  const users = await db.user.findMany({
    where: { id: { in: [...ids] } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(users.map((user) => [user.id, user.name]));
  const person = (id: string): VerdictPerson => ({ id, name: nameOf.get(id) ?? null });
  return rows.map((row) => {
    const title = row.pledge.revisions[0];
    return {
      id: row.id,
      pledge: {
        slug: row.pledge.slug,
        titleKo: title?.titleKo ?? row.pledge.slug,
        titleEn: title?.titleEn ?? row.pledge.slug,
      },
      rating: row.rating,
      reasoningKo: row.reasoningKo,
      reasoningEn: row.reasoningEn,
      reason: row.reason,
      proposedBy: person(row.proposedBy),
      proposedAt: row.proposedAt.toISOString(),
      evidence: row.evidence.map((evidence) => ({
        position: evidence.position,
        source: evidence.source,
        quote: evidence.quote,
        on: fromDbPreciseDate(evidence.evidenceOn, evidence.evidencePrecision),
      })),
      review: row.review && {
        decision: row.review.decision,
        reviewedBy: row.review.reviewedBy ? person(row.review.reviewedBy) : null,
        note: row.review.note,
        reviewedAt: row.review.reviewedAt.toISOString(),
      },
    };
  });
}

/** Whether the pledge has a published verdict, so a new one must say why it changes. */
export async function hasPublishedVerdict(db: PrismaClient, pledgeSlug: string): Promise<boolean> {
  const row = await db.verdict.findFirst({
    where: { pledge: { slug: pledgeSlug }, review: { is: { decision: 'APPROVED' } } },
    select: { id: true },
  });
  return row !== null;
}
