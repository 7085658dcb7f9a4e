import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { applyMigrations } from '../database/migrate.ts';
import { createPrismaClient, type PrismaClient } from '../database/prisma-client.ts';

export interface TestDatabase {
  url: string;
  prisma: PrismaClient;
  /** A raw connection, for checking what the database itself refuses. */
  query: (sql: string, params?: unknown[]) => Promise<pg.QueryResult>;
  /** The same connection pool, for code that reads through node-postgres itself. */
  pool: pg.Pool;
  drop: () => Promise<void>;
}

/** A new, migrated database on the test server, dropped by `drop()`. */
export async function createTestDatabase(
  options: { migrate?: boolean } = {},
): Promise<TestDatabase> {
  const adminUrl = inject('databaseAdminUrl');
  const name = `pledgeboard_test_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();

  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  if (options.migrate !== false) await applyMigrations(url.toString());
  const prisma = createPrismaClient(url.toString());
  const pool = new pg.Pool({ connectionString: url.toString(), max: 2 });
  return {
    url: url.toString(),
    prisma,
    query: (sql, params) => pool.query(sql, params),
    pool,
    drop: async () => {
      await prisma.$disconnect();
      await pool.end();
      const cleanup = new pg.Client({ connectionString: adminUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
