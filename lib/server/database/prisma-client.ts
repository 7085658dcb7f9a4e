import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../generated/prisma/client.ts';
import { CONNECT_TIMEOUT_MS } from './connect-timeout.ts';

/**
 * Builds a Prisma client over node-postgres: Prisma 7 needs no native query engine this way.
 * The app holds one (lib/server/db.ts); scripts and tests build their own for their database.
 */
export function createPrismaClient(databaseUrl: string): PrismaClient {
  return new PrismaClient({
    adapter: new PrismaPg({
      connectionString: databaseUrl,
      max: 5,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    }),
  });
}

export type { PrismaClient };
