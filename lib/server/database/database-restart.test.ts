import { readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { superviseEmbeddedPostgres } from '../../../scripts/supervise.ts';
import { createPool } from '../db.ts';
import { checkHealth } from '../health/check-health.ts';
import { findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.ts';
import { applyMigrations } from './migrate.ts';
import { createPrismaClient } from './prisma-client.ts';

/**
 * A real PostgreSQL killed under the app's own connection pools (Prisma's and the plain one the
 * health check and exports use): queries fail meanwhile instead of crashing the process or
 * hanging, the server is restarted by the same supervisor `npm start` uses, and the pools serve
 * again without being rebuilt.
 */

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function startServer(name: string): Promise<{ database: EmbeddedDatabase; dir: string }> {
  const dir = path.join(os.tmpdir(), `pledgeboard-restart-test-${process.pid}-${name}`);
  dirs.push(dir);
  const database = await startEmbeddedPostgres({
    dir,
    port: await findFreePort(),
    database: 'pledgeboard',
    fresh: true,
  });
  return { database, dir };
}

async function killPostmaster(dir: string) {
  const pid = Number(
    (await readFile(path.join(dir, 'pgdata', 'postmaster.pid'), 'utf8')).split('\n')[0],
  );
  process.kill(pid, 'SIGKILL');
}

async function eventually<T>(attempt: () => Promise<T>, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}

describe('PostgreSQL restarting under a running app', () => {
  it('fails requests meanwhile, restarts the embedded server, and the same pools recover', async () => {
    const { database, dir } = await startServer('recover');
    await applyMigrations(database.url);
    const prisma = createPrismaClient(database.url);
    const pool = createPool(database.url);
    const log: string[] = [];
    const gaveUp: string[] = [];
    let restarted!: () => void;
    const back = new Promise<void>((resolve) => (restarted = resolve));
    superviseEmbeddedPostgres(database, {
      log: (line) => {
        log.push(line);
        if (line.includes('running again')) restarted();
      },
      giveUp: (reason) => gaveUp.push(reason),
      isStopping: () => false,
    });
    try {
      expect(await prisma.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
      expect((await checkHealth(pool)).status).toBe('ok');

      await killPostmaster(dir);
      await back;
      expect(log.join('\n')).toMatch(/stopped unexpectedly \(killed by SIGKILL\)/);
      expect(await eventually(() => prisma.$queryRaw`SELECT 2 AS two`)).toEqual([{ two: 2 }]);
      expect(
        await eventually(() =>
          checkHealth(pool).then((health) =>
            health.status === 'ok' ? health : Promise.reject(health),
          ),
        ),
      ).toMatchObject({
        status: 'ok',
        database: 'ok',
        migrations: { status: 'ok', pending: [] },
      });
      expect(gaveUp).toEqual([]);
    } finally {
      await prisma.$disconnect();
      await pool.end();
      await database.stop();
    }
  }, 60_000);

  it('answers errors while the server is down (no hang, no crash) and the same pools serve once it is back', async () => {
    const first = await startServer('failover');
    await applyMigrations(first.database.url);
    const port = Number(new URL(first.database.url).port);
    const prisma = createPrismaClient(first.database.url);
    const pool = createPool(first.database.url);
    let second: EmbeddedDatabase | undefined;
    try {
      expect(await prisma.$queryRaw`SELECT 1 AS one`).toEqual([{ one: 1 }]);
      await first.database.stop();
      const started = Date.now();
      await expect(prisma.$queryRaw`SELECT 1`).rejects.toThrow();
      expect(await checkHealth(pool)).toMatchObject({
        status: 'unavailable',
        database: 'unreachable',
        migrations: { status: 'unknown' },
      });
      // A refused connection is reported at once, not after the connect timeout.
      expect(Date.now() - started).toBeLessThan(5_000);

      second = await startEmbeddedPostgres({ dir: first.dir, port, database: 'pledgeboard' });
      expect(await eventually(() => prisma.$queryRaw`SELECT 2 AS two`)).toEqual([{ two: 2 }]);
      expect(
        (
          await eventually(() =>
            checkHealth(pool).then((health) =>
              health.status === 'ok' ? health : Promise.reject(health),
            ),
          )
        ).database,
      ).toBe('ok');
    } finally {
      await prisma.$disconnect();
      await pool.end();
      await second?.stop();
    }
  }, 60_000);

  it('gives up with a reason when the server keeps dying', async () => {
    const { database, dir } = await startServer('give-up');
    const reasons: string[] = [];
    const gaveUp = new Promise<void>((resolve) =>
      superviseEmbeddedPostgres(database, {
        log: () => {},
        giveUp: (reason) => (reasons.push(reason), resolve()),
        maxRestarts: 0,
        isStopping: () => false,
      }),
    );
    try {
      await killPostmaster(dir);
      await gaveUp;
      expect(reasons[0]).toMatch(/stopped 1 times within 5 minutes \(last: killed by SIGKILL\)/);
    } finally {
      await database.stop();
    }
  });

  it('leaves a server that exits while npm start is stopping alone (Ctrl-C reaches PostgreSQL too)', async () => {
    const { database, dir } = await startServer('stopping');
    const log: string[] = [];
    superviseEmbeddedPostgres(database, {
      log: (line) => log.push(line),
      giveUp: (reason) => log.push(reason),
      isStopping: () => true,
    });
    const pid = Number(
      (await readFile(path.join(dir, 'pgdata', 'postmaster.pid'), 'utf8')).split('\n')[0],
    );
    process.kill(pid, 'SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(log).toEqual([]);
    expect(() => process.kill(pid, 0)).toThrow();
    await database.stop();
  });

  it('reports pending migrations as not ready', async () => {
    const { database } = await startServer('pending');
    const pool = createPool(database.url);
    try {
      expect(await checkHealth(pool)).toMatchObject({
        status: 'unavailable',
        database: 'ok',
        migrations: { status: 'pending', applied: 0 },
      });
    } finally {
      await pool.end();
      await database.stop();
    }
  });
});
