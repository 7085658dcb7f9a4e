import type { Prisma, PrismaClient } from '../../generated/prisma/client.ts';
import type { FigureRecord } from '../../domain/records.ts';
import { figureInclude, isPresent, toFigureRecord } from './to-records.ts';

/** Figures at their current revision, optionally of one indicator, in slug order (pages sort by date). */
export async function listFigures(db: PrismaClient, where: Prisma.FigureWhereInput = {}): Promise<FigureRecord[]> {
  const rows = await db.figure.findMany({ where, include: figureInclude, orderBy: { slug: 'asc' } });
  return rows.map(toFigureRecord).filter(isPresent);
}
