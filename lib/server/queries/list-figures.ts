import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { FigureRecord } from '../../domain/records.ts';
import { revisionCurrentAt } from './current-revision.ts';
import { figureInclude, isPresent, toFigureRecord } from './to-records.ts';

/**
 * Figures at their current revision — or, with `recordedBy`, at the revision current then —
 * optionally of one indicator, in slug order (pages sort by date).
 */
export async function listFigures(
  db: PrismaClient,
  where: Prisma.FigureWhereInput = {},
  recordedBy?: Date,
): Promise<FigureRecord[]> {
  const include = { ...figureInclude, revisions: revisionCurrentAt(recordedBy) };
  const rows = await db.figure.findMany({ where, include, orderBy: { slug: 'asc' } });
  return rows.map(toFigureRecord).filter(isPresent);
}
