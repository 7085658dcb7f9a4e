import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
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
