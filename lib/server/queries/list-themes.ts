import type { PrismaClient } from '../../generated/prisma/client.ts';
import type { ThemeRef } from '../../domain/records.ts';
import { toThemeRef } from './to-records.ts';

export async function listThemes(db: PrismaClient): Promise<ThemeRef[]> {
  const rows = await db.theme.findMany({ orderBy: { sortOrder: 'asc' } });
  return rows.map(toThemeRef);
}
