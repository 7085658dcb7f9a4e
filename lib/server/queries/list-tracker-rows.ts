import type { PrismaClient } from '../../generated/prisma/client.ts';
import { toTrackerRows, type TrackerRow } from '../../domain/tracker.ts';
import { listFigures } from './list-figures.ts';
import { listIndicators } from './list-indicators.ts';
import { listPledges } from './list-pledges.ts';

/** Every pledge with its status as of `asOf`: the pledge tracker's data. */
export async function listTrackerRows(db: PrismaClient, asOf: string): Promise<TrackerRow[]> {
  const [indicators, pledges, figures] = await Promise.all([
    listIndicators(db),
    listPledges(db),
    listFigures(db),
  ]);
  return toTrackerRows(pledges, indicators, figures, asOf);
}
