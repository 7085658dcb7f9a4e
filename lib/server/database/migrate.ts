import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { CONNECT_TIMEOUT_MS } from './connect-timeout.ts';
import { listMigrationFiles, type MigrationFile } from './migration-files.ts';

/**
 * Applies prisma/migrations in order, each in its own transaction, and records them in the same
 * `_prisma_migrations` table `prisma migrate deploy` uses, so either tool can take over later.
 * A whole file runs as one query: splitting on `;` would break trigger bodies.
 * Safe to run again: applied migrations are skipped; an edited applied migration is an error.
 */

export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
}

const LOCK_KEY = 7_531_902; // advisory lock id: two starts racing cannot apply a migration twice.

export async function applyMigrations(
  databaseUrl: string,
  files?: MigrationFile[],
): Promise<MigrationReport> {
  const migrations = files ?? (await listMigrationFiles());
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // A connection lost between queries (the server restarted, the database dropped) surfaces as
  // the next query's failure; without a listener node-postgres would throw it at the process.
  client.on('error', () => undefined);
  await client.connect().catch((error: Error) => {
    const { hostname, port } = new URL(databaseUrl);
    throw new Error(`Could not reach PostgreSQL at ${hostname}:${port || 5432}: ${error.message}`);
  });
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_KEY]);
    await client.query(`
      CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
        "id" VARCHAR(36) PRIMARY KEY NOT NULL,
        "checksum" VARCHAR(64) NOT NULL,
        "finished_at" TIMESTAMPTZ,
        "migration_name" VARCHAR(255) NOT NULL,
        "logs" TEXT,
        "rolled_back_at" TIMESTAMPTZ,
        "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
        "applied_steps_count" INTEGER NOT NULL DEFAULT 0
      )`);
    const done = await client.query<{ migration_name: string; checksum: string }>(
      'SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const applied = new Map(done.rows.map((row) => [row.migration_name, row.checksum]));
    const report: MigrationReport = { applied: [], alreadyApplied: 0 };
    for (const migration of migrations) {
      const checksum = applied.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new Error(
            `Migration ${migration.name} was changed after it was applied to this database.\n` +
              'Never edit an applied migration: add a new one (npm run db:migration -- <name>).',
          );
        }
        report.alreadyApplied += 1;
        continue;
      }
      await applyOne(client, migration);
      report.applied.push(migration.name);
    }
    return report;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}

async function applyOne(client: pg.Client, migration: MigrationFile) {
  await client.query('BEGIN');
  try {
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count)
       VALUES ($1, $2, $3, now(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${reason}`);
  }
}
