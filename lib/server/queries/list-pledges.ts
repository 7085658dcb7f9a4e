import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import { toPageBounds, type PageOf } from '../../domain/page-of.ts';
import type { PledgeRecord } from '../../domain/records.ts';
import { revisionCurrentAt } from './current-revision.ts';
import { isPresent, pledgeInclude, toPledgeRecord } from './to-records.ts';

/** Pledges at their current revision (or the one current at `recordedBy`), in the order they were entered. */
export async function listPledges(
  db: PrismaClient,
  where: Prisma.PledgeWhereInput = {},
  recordedBy?: Date,
): Promise<PledgeRecord[]> {
  const include = { ...pledgeInclude, revisions: revisionCurrentAt(recordedBy) };
  const rows = await db.pledge.findMany({ where, include, orderBy: { id: 'asc' } });
  return rows.map(toPledgeRecord).filter(isPresent);
}

/** The pledge with this slug at its current revision, or null. */
export async function getPledge(db: PrismaClient, slug: string): Promise<PledgeRecord | null> {
  const [pledge] = await listPledges(db, { slug });
  return pledge ?? null;
}

/**
 * One page of pledges at their current revision, in the order they were entered, with how many
 * there are. A page past the last shows the last. Prisma's `include` sends the page's ids only.
 */
export async function listPledgePage(
  db: PrismaClient,
  requestedPage: number,
  perPage: number,
): Promise<PageOf<PledgeRecord>> {
  const total = await db.pledge.count();
  const { page, pageCount, offset, limit } = toPageBounds(total, requestedPage, perPage);
  const rows = await db.pledge.findMany({
    include: pledgeInclude,
    orderBy: { id: 'asc' },
    skip: offset,
    take: limit,
  });
  return { items: rows.map(toPledgeRecord).filter(isPresent), page, pageCount, total };
}
