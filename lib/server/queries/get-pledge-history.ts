import 'server-only';
import type { PledgeHistory } from '../../domain/records.ts';
import { isSlug } from '../../domain/slug.ts';
import type { PrismaClient } from '../database/prisma-client.ts';
import { fromDbDecimal, fromDbOptionalPreciseDate } from '../database/prisma-values.ts';
import { historySelect, toRevisionHistory } from './revision-history.ts';
import { toIndicatorRecord } from './to-records.ts';

/** Every revision of a pledge with who made it and why, or null for an unknown slug. */
export async function getPledgeHistory(
  db: PrismaClient,
  slug: string,
): Promise<PledgeHistory | null> {
  // Not a slug ("%00" decodes to NUL, which PostgreSQL refuses with an error): no such pledge.
  if (!isSlug(slug)) return null;
  const pledge = await db.pledge.findUnique({ where: { slug }, select: historySelect });
  if (!pledge || pledge.revisions.length === 0) return null;
  return {
    slug: pledge.slug,
    indicator: toIndicatorRecord(pledge.indicator),
    revisions: await toRevisionHistory(db, pledge.revisions, (row) => ({
      titleKo: row.titleKo,
      titleEn: row.titleEn,
      targetValue: row.targetValue === null ? null : fromDbDecimal(row.targetValue),
      deadline: fromDbOptionalPreciseDate(row.deadlineOn, row.deadlinePrecision),
    })),
  };
}
