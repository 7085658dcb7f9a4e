import 'server-only';
import type pg from 'pg';
import type { Health } from '../../domain/api-v1/schemas.ts';
import { listMigrationFiles } from '../database/migration-files.ts';
import { getHealthPool } from '../db.ts';

/**
 * What a load balancer asks before sending traffic: does the database answer, and is every
 * migration this code expects applied? Bounded in time, because a health check that hangs is
 * worse than one that says no. Never throws: every failure is a field of the answer.
 */

const TIMEOUT_MS = 3_000;

let expectedMigrations: Promise<string[]> | null = null;

export async function checkHealth(pool: pg.Pool = getHealthPool()): Promise<Health> {
  let expected: string[];
  try {
    // The migration files ship with the code, so they are read once per process (a failure is not kept).
    expectedMigrations ??= listMigrationFiles().then((files) => files.map((file) => file.name));
    expected = await expectedMigrations;
  } catch (error) {
    expectedMigrations = null;
    console.error(
      '[pledgeboard] health check: cannot read prisma/migrations:',
      (error as Error).message,
    );
    return {
      status: 'unavailable',
      database: 'ok',
      migrations: { status: 'unknown', applied: 0, expected: 0, pending: [] },
    };
  }
  let applied: string[];
  try {
    const result = await withTimeout(
      pool.query<{ migration_name: string }>(
        'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
      ),
    );
    applied = result.rows.map((row) => row.migration_name);
  } catch (error) {
    // A missing table means a database nobody has migrated; anything else means no answer.
    const undefinedTable = (error as { code?: string }).code === '42P01';
    return {
      status: 'unavailable',
      database: undefinedTable ? 'ok' : 'unreachable',
      migrations: {
        status: undefinedTable ? 'pending' : 'unknown',
        applied: 0,
        expected: expected.length,
        pending: undefinedTable ? expected : [],
      },
    };
  }
  const done = new Set(applied);
  const pending = expected.filter((name) => !done.has(name));
  return {
    status: pending.length === 0 ? 'ok' : 'unavailable',
    database: 'ok',
    migrations: {
      status: pending.length === 0 ? 'ok' : 'pending',
      applied: applied.length,
      expected: expected.length,
      pending,
    },
  };
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
