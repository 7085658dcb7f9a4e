import 'server-only';
import pg from 'pg';
import { CONNECT_TIMEOUT_MS } from './database/connect-timeout.ts';
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
      throw new Error(
        'DATABASE_URL is not set: start the dashboard with `npm start`, which sets it.',
      );
    }
    globalForPrisma.pledgeboardPrisma = createPrismaClient(url);
  }
  return globalForPrisma.pledgeboardPrisma;
}

const globalForPool = globalThis as unknown as { pledgeboardPool?: pg.Pool };

/**
 * A plain node-postgres pool for bulk streaming reads (exports), where Prisma's result decoding
 * costs more than the rows themselves (see lib/server/queries/current-figures.ts).
 */
export function getPool(): pg.Pool {
  if (!globalForPool.pledgeboardPool) {
    const url = process.env.DATABASE_URL;
    if (!url)
      throw new Error(
        'DATABASE_URL is not set: start the dashboard with `npm start`, which sets it.',
      );
    globalForPool.pledgeboardPool = createPool(url);
  }
  return globalForPool.pledgeboardPool;
}

const globalForHealth = globalThis as unknown as { pledgeboardHealthPool?: pg.Pool };

/**
 * One connection of its own for GET /api/health: behind busy exports on the shared pool, a probe
 * would wait its 3 s, and a load balancer would take a healthy server out under load.
 */
export function getHealthPool(): pg.Pool {
  if (!globalForHealth.pledgeboardHealthPool) {
    const url = process.env.DATABASE_URL;
    if (!url)
      throw new Error(
        'DATABASE_URL is not set: start the dashboard with `npm start`, which sets it.',
      );
    globalForHealth.pledgeboardHealthPool = createPool(url, 1);
  }
  return globalForHealth.pledgeboardHealthPool;
}

export function createPool(url: string, max = 4): pg.Pool {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // An idle connection the database drops (a restart, a terminated session) is reported here;
  // unheard, it would crash the server. The pool replaces it on the next query.
  pool.on('error', (error) =>
    console.error('[pledgeboard] idle database connection lost:', error.message),
  );
  return pool;
}
