import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { FigureRecord, IndicatorRecord, PledgeRecord } from '../../domain/records.ts';
import { isSlug } from '../../domain/slug.ts';
import { listIndicatorFigures } from './current-figures.ts';
import { listPledges } from './list-pledges.ts';
import { indicatorInclude, toIndicatorRecord } from './to-records.ts';

export interface IndicatorPageData {
  indicator: IndicatorRecord;
  figures: FigureRecord[];
  pledges: PledgeRecord[];
}

/**
 * Null when no indicator has this slug: the page answers 404. With `recordedBy`, figures and
 * pledges as the dashboard showed them at that moment (see revisionCurrentAt).
 */
export async function getIndicatorPage(
  db: PrismaClient,
  slug: string,
  recordedBy?: Date,
): Promise<IndicatorPageData | null> {
  if (!isSlug(slug)) return null;
  const row = await db.indicator.findUnique({ where: { slug }, include: indicatorInclude });
  if (!row) return null;
  const [figures, pledges] = await Promise.all([
    listIndicatorFigures(db, row.id, recordedBy),
    listPledges(db, { indicatorId: row.id }, recordedBy),
  ]);
  return { indicator: toIndicatorRecord(row), figures, pledges };
}
