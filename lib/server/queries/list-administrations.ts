import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { AdministrationRef } from '../../domain/records.ts';
import { toAdministrationRef } from './to-records.ts';

export async function listAdministrations(db: PrismaClient): Promise<AdministrationRef[]> {
  const rows = await db.administration.findMany({ orderBy: { termStart: 'asc' } });
  return rows.map(toAdministrationRef);
}
