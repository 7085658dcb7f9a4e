import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { SourceRef } from '../../domain/records.ts';
import { toSourceRef } from './to-records.ts';

/** Every source, newest first. */
export async function listSources(db: PrismaClient): Promise<SourceRef[]> {
  const rows = await db.source.findMany({ orderBy: [{ publishedOn: 'desc' }, { slug: 'asc' }] });
  return rows.map(toSourceRef);
}
