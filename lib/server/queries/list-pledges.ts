import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { PledgeRecord } from '../../domain/records.ts';
import { isPresent, pledgeInclude, toPledgeRecord } from './to-records.ts';

/** Pledges at their current revision, in the order they were entered. */
export async function listPledges(db: PrismaClient, where: Prisma.PledgeWhereInput = {}): Promise<PledgeRecord[]> {
  const rows = await db.pledge.findMany({ where, include: pledgeInclude, orderBy: { id: 'asc' } });
  return rows.map(toPledgeRecord).filter(isPresent);
}
