import 'server-only';
import type { PrismaClient } from '../database/prisma-client.ts';

/** Staff names by account id, for "who" in a history; the seed's own author has no account. */
export async function listAuthorNames(
  db: PrismaClient,
  ids: string[],
): Promise<Map<string, string>> {
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(ids)] } },
    select: { id: true, name: true },
  });
  return new Map(users.map((user) => [user.id, user.name]));
}
