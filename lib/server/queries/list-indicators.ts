import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { IndicatorRecord } from '../../domain/records.ts';
import { indicatorInclude, toIndicatorRecord } from './to-records.ts';

export async function listIndicators(db: PrismaClient): Promise<IndicatorRecord[]> {
  const rows = await db.indicator.findMany({
    include: indicatorInclude,
    orderBy: [{ theme: { sortOrder: 'asc' } }, { id: 'asc' }],
  });
  return rows.map(toIndicatorRecord);
}
