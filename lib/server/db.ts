import 'server-only';
import pg from 'pg';
import { CONNECT_TIMEOUT_MS } from './database/connect-timeout.ts';
import { readServerDatabaseUrl, readServerReadDatabaseUrl } from './database/database-settings.ts';
import { createPrismaClient, type PrismaClient } from './database/prisma-client.ts';

/**
 * The app's database clients, one of each per process, created on first use: reading the
 * settings lazily keeps `next build` free of any database. They live on globalThis so that
 * Next's development reloads of this module do not open new pools each time.
 *
 * Two addresses: the primary (DATABASE_URL) for everything that writes or must read its own
 * writes — mutations, sign-in, staff pages, the health check — and, for the public pages and
 * API, DATABASE_READ_URL when it names a replica (otherwise the primary again, with no second
 * pool). Nothing here holds data between requests: every process reads the same PostgreSQL.
 */
interface Clients {
  prisma?: PrismaClient;
  pool?: pg.Pool;
  readPrisma?: PrismaClient;
  readPool?: pg.Pool;
  healthPool?: pg.Pool;
  lockPool?: pg.Pool;
  /** DATABASE_READ_URL when it names another database than DATABASE_URL, else null; read once. */
  replicaUrl?: string | null;
}
const clients = ((globalThis as { pledgeboardClients?: Clients }).pledgeboardClients ??= {});

/** The Prisma client of the primary: mutations, sign-in, staff pages. */
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
 * The Prisma client for public reads (lib/server/dashboard.ts): the replica at DATABASE_READ_URL,
 * or the primary's own client. A replica may lag the primary by a moment, so nothing that checks
 * or writes data reads through it.
 */
export function getReadDb(): PrismaClient {
  const url = readReplicaUrl();
  return url ? (clients.readPrisma ??= createPrismaClient(url)) : getDb();
}

/** getPool's counterpart for public streaming reads (downloads): the replica when there is one. */
export function getReadPool(): pg.Pool {
  const url = readReplicaUrl();
  return url ? (clients.readPool ??= createPool(url)) : getPool();
}

/**
 * One connection of its own for GET /api/health: behind busy exports on the shared pool, a probe
 * would wait its 3 s, and a load balancer would take a healthy server out under load.
 */
export function getHealthPool(): pg.Pool {
  return (clients.healthPool ??= createPool(readServerDatabaseUrl(), 1));
}

/**
 * Connections on the primary that only hold advisory locks (lib/server/database/
 * with-advisory-locks.ts) while the locked work runs on the other pools: were they taken from
 * the pool that work needs, a few waiting requests could hold every connection and the work
 * holding the lock could never get one.
 */
export function getLockPool(): pg.Pool {
  return (clients.lockPool ??= createPool(readServerDatabaseUrl()));
}

function readReplicaUrl(): string | null {
  if (clients.replicaUrl === undefined) {
    const url = readServerReadDatabaseUrl();
    clients.replicaUrl = url === readServerDatabaseUrl() ? null : url;
  }
  return clients.replicaUrl;
}

/**
 * Closes and forgets this process's clients, so the next use connects anew (to a changed
 * DATABASE_URL, in tests that point the app at another database).
 */
export async function closeDatabaseClients(): Promise<void> {
  const { prisma, readPrisma, pool, readPool, healthPool, lockPool } = clients;
  for (const key of Object.keys(clients) as (keyof Clients)[]) clients[key] = undefined;
  await Promise.all([
    prisma?.$disconnect(),
    readPrisma?.$disconnect(),
    ...[pool, readPool, healthPool, lockPool].map((open) => open?.end()),
  ]);
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
