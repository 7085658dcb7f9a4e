import 'server-only';
import { createPrismaClient, type PrismaClient } from './database/prisma-client.ts';

/**
 * The app's one database client. DATABASE_URL is set by `npm start` (embedded PostgreSQL) or by
 * the user (their own PostgreSQL); reading it lazily keeps `next build` free of any database.
 */
const globalForPrisma = globalThis as unknown as { pledgeboardPrisma?: PrismaClient };

export function getDb(): PrismaClient {
  if (!globalForPrisma.pledgeboardPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new Error('DATABASE_URL is not set: start the dashboard with `npm start`, which sets it.');
    }
    globalForPrisma.pledgeboardPrisma = createPrismaClient(url);
  }
  return globalForPrisma.pledgeboardPrisma;
}
