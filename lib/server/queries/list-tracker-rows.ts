import type { PrismaClient } from '../../generated/prisma/client.ts';
import { toTrackerRow, type TrackerRow } from '../../domain/tracker.ts';
import { listPledgesWithStatus, type PledgeFilter } from './current-pledges.ts';

/** The pledges matching the filter as tracker rows, with their status as of `asOf`. */
export async function listTrackerRows(
  db: PrismaClient,
  asOf: string,
  filter: PledgeFilter = {},
): Promise<TrackerRow[]> {
  return (await listPledgesWithStatus(db, filter, asOf)).map(toTrackerRow);
}
