import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { toLockIds, withAdvisoryLocks } from './with-advisory-locks.ts';

/**
 * Two pools on one database stand for two server processes: nothing in memory is shared between
 * their tasks, only PostgreSQL. The work under the lock is a read-then-write with a pause in
 * between, the shape of "count the failures, check the password, log the failure".
 */
let db: TestDatabase;
let serverA: pg.Pool;
let serverB: pg.Pool;
beforeAll(async () => {
  db = await createTestDatabase({ migrate: false });
  await db.query('CREATE TABLE counter (key text PRIMARY KEY, n int NOT NULL)');
  serverA = new pg.Pool({ connectionString: db.url, max: 4 });
  serverB = new pg.Pool({ connectionString: db.url, max: 4 });
});
afterAll(async () => {
  await Promise.all([serverA?.end(), serverB?.end()]);
  await db?.drop();
});

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A read-modify-write of the key's counter through `db.pool`, which loses updates if interleaved. */
async function increment(key: string, running: { now: number; most: number }) {
  running.now += 1;
  running.most = Math.max(running.most, running.now);
  try {
    const { rows } = await db.query('SELECT n FROM counter WHERE key = $1', [key]);
    await pause(20);
    await db.query(
      'INSERT INTO counter (key, n) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET n = $2',
      [key, (rows[0]?.n ?? 0) + 1],
    );
  } finally {
    running.now -= 1;
  }
}

const count = async (key: string) =>
  (await db.query('SELECT n FROM counter WHERE key = $1', [key])).rows[0]?.n as number;

describe('withAdvisoryLocks', () => {
  it('runs tasks with one key one at a time across two processes, so no update is lost', async () => {
    const running = { now: 0, most: 0 };
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        withAdvisoryLocks(i % 2 ? serverA : serverB, ['email:a@example.org'], () =>
          increment('a', running),
        ),
      ),
    );
    expect(running.most).toBe(1);
    expect(await count('a')).toBe(12);
  });

  it('without it, the same burst interleaves and loses updates (what the lock prevents)', async () => {
    const running = { now: 0, most: 0 };
    await Promise.all(Array.from({ length: 12 }, () => increment('unlocked', running)));
    expect(running.most).toBeGreaterThan(1);
    expect(await count('unlocked')).toBeLessThan(12);
  });

  it('lets tasks with different keys run at the same time', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // The first task waits for the second: were they serialised, this would never finish.
    await Promise.all([
      withAdvisoryLocks(serverA, ['email:one@example.org'], () => gate),
      withAdvisoryLocks(serverB, ['email:two@example.org'], async () => release()),
    ]);
  });

  it('does not deadlock when key sets overlap in opposite orders', async () => {
    const running = { now: 0, most: 0 };
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        withAdvisoryLocks(
          i % 2 ? serverA : serverB,
          i % 2 ? ['email:x@example.org', 'ip:192.0.2.1'] : ['ip:192.0.2.1', 'email:x@example.org'],
          () => increment('overlap', running),
        ),
      ),
    );
    expect(await count('overlap')).toBe(10);
  });

  it('releases the locks when a task fails, and returns its connection to the pool', async () => {
    await expect(
      withAdvisoryLocks(serverA, ['email:fails@example.org'], async () => {
        throw new Error('the task failed');
      }),
    ).rejects.toThrow('the task failed');
    // Another process gets the lock at once.
    await withAdvisoryLocks(serverB, ['email:fails@example.org'], async () => undefined);
    const held = await db.query(
      // This database's only: tests in other files share the PostgreSQL server and take their own.
      `SELECT count(*)::int AS n FROM pg_locks
        WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
    );
    expect(held.rows[0].n).toBe(0);
    expect(serverA.totalCount - serverA.idleCount).toBe(0);
  });

  it('survives losing the connection that holds the lock while the task runs', async () => {
    const result = await withAdvisoryLocks(serverA, ['email:lost@example.org'], async () => {
      // A database restart or failover, as far as this one connection is concerned.
      await db.query(
        // This test's database only: the test server is shared with every other test file.
        `SELECT pg_terminate_backend(pid) FROM pg_locks
         WHERE locktype = 'advisory' AND pid <> pg_backend_pid()
           AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      );
      await pause(100);
      return 'done';
    });
    expect(result).toBe('done');
    await withAdvisoryLocks(serverA, ['email:lost@example.org'], async () => undefined);
  });

  it('gives each distinct key one 32-bit id, in ascending order', () => {
    const ids = toLockIds(['email:a@example.org', 'ip:192.0.2.1', 'email:a@example.org']);
    expect(ids).toHaveLength(2);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    for (const id of ids) expect(id).toBe(id | 0);
  });
});
