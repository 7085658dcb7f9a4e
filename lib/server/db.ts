import 'server-only';
import pg from 'pg';
import { CONNECT_TIMEOUT_MS } from './database/connect-timeout.ts';
import { readServerDatabaseUrl } from './database/database-settings.ts';
import { createPrismaClient, type PrismaClient } from './database/prisma-client.ts';

/**
 * The app's database clients, one of each per process, created on first use: reading the
 * settings lazily keeps `next build` free of any database. They live on globalThis so that
 * Next's development reloads of this module do not open new pools each time.
 */
interface Clients {
  prisma?: PrismaClient;
  pool?: pg.Pool;
  healthPool?: pg.Pool;
}
const clients = ((globalThis as { pledgeboardClients?: Clients }).pledgeboardClients ??= {});

/** The Prisma client every query and mutation uses. */
export function getDb(): PrismaClient {
  return (clients.prisma ??= createPrismaClient(readServerDatabaseUrl()));
}

/**
 * A plain node-postgres pool for bulk streaming reads (exports), where Prisma's result decoding
 * costs more than the rows themselves (see lib/server/queries/current-figures.ts).
 */
export function getPool(): pg.Pool {
  return (clients.pool ??= createPool(readServerDatabaseUrl()));
}

/**
 * One connection of its own for GET /api/health: behind busy exports on the shared pool, a probe
 * would wait its 3 s, and a load balancer would take a healthy server out under load.
 */
export function getHealthPool(): pg.Pool {
  return (clients.healthPool ??= createPool(readServerDatabaseUrl(), 1));
}

/**
 * Closes and forgets this process's clients, so the next use connects anew (to a changed
 * DATABASE_URL, in tests that point the app at another database).
 */
export async function closeDatabaseClients(): Promise<void> {
  const { prisma, pool, healthPool } = clients;
  clients.prisma = clients.pool = clients.healthPool = undefined;
  await Promise.all([prisma?.$disconnect(), pool?.end(), healthPool?.end()]);
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
