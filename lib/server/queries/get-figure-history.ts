import 'server-only';
import type { FigureHistory } from '../../domain/records.ts';
import { isSlug } from '../../domain/slug.ts';
import type { PrismaClient } from '../database/prisma-client.ts';
import { fromDbDecimal, fromDbPreciseDate } from '../database/prisma-values.ts';
import { historySelect, toRevisionHistory } from './revision-history.ts';
import { toIndicatorRecord } from './to-records.ts';

/** Every revision of a figure with who made it and why, or null for an unknown slug. */
export async function getFigureHistory(
  db: PrismaClient,
  slug: string,
): Promise<FigureHistory | null> {
  // Not a slug ("%00" decodes to NUL, which PostgreSQL refuses with an error): no such figure.
  if (!isSlug(slug)) return null;
  const figure = await db.figure.findUnique({ where: { slug }, select: historySelect });
  if (!figure || figure.revisions.length === 0) return null;
  return {
    slug: figure.slug,
    indicator: toIndicatorRecord(figure.indicator),
    revisions: await toRevisionHistory(db, figure.revisions, (row) => ({
      value: fromDbDecimal(row.value),
      observedOn: fromDbPreciseDate(row.observedOn, row.observedPrecision),
      noteKo: row.noteKo,
      noteEn: row.noteEn,
    })),
  };
}
