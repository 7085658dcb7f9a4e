import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.ts';
import { withStatementTimeout } from './with-statement-timeout.ts';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe('withStatementTimeout', () => {
  it('answers the read when it is quick enough', async () => {
    const result = await withStatementTimeout(
      db.prisma,
      1000,
      (tx) => tx.$queryRaw<{ one: number }[]>`SELECT 1 AS one`,
    );
    expect(result).toEqual({ ok: true, value: [{ one: 1 }] });
  });

  it('gives up on a slow read, and the connection keeps no timeout', async () => {
    const started = performance.now();
    const result = await withStatementTimeout(
      db.prisma,
      50,
      (tx) => tx.$queryRaw`SELECT pg_sleep(2)`,
    );
    expect(result).toEqual({ ok: false });
    expect(performance.now() - started).toBeLessThan(1500);
    const [setting] = await db.prisma.$queryRaw<{ timeout: string }[]>`
      SELECT current_setting('statement_timeout') AS timeout`;
    expect(setting?.timeout).toBe('0');
  });

  it('gives up when every connection is busy past Prisma’s maxWait, and the pool recovers', async () => {
    // The client's pool has five connections; five sleeping reads hold them all for longer
    // than the 2 s Prisma waits for a transaction to start.
    // Prisma's queries run when awaited: Promise.all starts them.
    const holding = Promise.all(
      Array.from({ length: 5 }, () => db.prisma.$queryRaw`SELECT 1 FROM pg_sleep(3)`),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = performance.now();
    const result = await withStatementTimeout(db.prisma, 1000, (tx) => tx.$queryRaw`SELECT 1`);
    expect(result).toEqual({ ok: false });
    expect(performance.now() - started).toBeLessThan(2900);
    await holding;
    expect(
      await withStatementTimeout(
        db.prisma,
        1000,
        (tx) => tx.$queryRaw<{ one: number }[]>`SELECT 1 AS one`,
      ),
    ).toEqual({ ok: true, value: [{ one: 1 }] });
  });

  it('lets a read run past Prisma’s default 5 s transaction timeout when its own limit allows', async () => {
    const result = await withStatementTimeout(
      db.prisma,
      8000,
      (tx) => tx.$queryRaw<{ one: number }[]>`SELECT 1 AS one FROM pg_sleep(5.3)`,
    );
    expect(result).toEqual({ ok: true, value: [{ one: 1 }] });
  }, 15_000);

  it('throws other failures', async () => {
    await expect(
      withStatementTimeout(db.prisma, 1000, (tx) => tx.$queryRaw`SELECT 1 / 0`),
    ).rejects.toThrow();
  });
});
