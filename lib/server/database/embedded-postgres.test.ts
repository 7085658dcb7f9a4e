import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { rm } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { findFreePort, startEmbeddedPostgres, type EmbeddedDatabase } from './embedded-postgres.ts';

const dirs: string[] = [];
function tempDir(name: string) {
  const dir = path.join(os.tmpdir(), `pledgeboard-embedded-test-${process.pid}-${name}`);
  dirs.push(dir);
  return dir;
}
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

describe('startEmbeddedPostgres', () => {
  it('says clearly when its port is taken by another program', async () => {
    const port = await findFreePort();
    const squatter = net.createServer();
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    try {
      await expect(
        startEmbeddedPostgres({ dir: tempDir('port'), port, database: 'pledgeboard' }),
      ).rejects.toThrow(
        new RegExp(`Port ${port} on 127.0.0.1 is already taken.*\\n.*PLEDGEBOARD_DB_PORT`),
      );
    } finally {
      squatter.close();
    }
  });

  it('refuses to start over a server that still runs on the same folder, naming its pid, and keeps its data', async () => {
    const dir = tempDir('stale');
    const first: EmbeddedDatabase = await startEmbeddedPostgres({
      dir,
      port: await findFreePort(),
      database: 'pledgeboard',
    });
    try {
      const client = new pg.Client({ connectionString: first.url });
      await client.connect();
      await client.query('CREATE TABLE kept (id int)');
      await client.end();
      // Even a "fresh" start must not delete the folder of a running server.
      await expect(
        startEmbeddedPostgres({
          dir,
          port: await findFreePort(),
          database: 'pledgeboard',
          fresh: true,
        }),
      ).rejects.toThrow(
        /An earlier embedded PostgreSQL server \(pid \d+\) still holds .*\n.*kill \d+/,
      );
      const check = new pg.Client({ connectionString: first.url });
      await check.connect();
      const table = await check.query(`SELECT to_regclass('kept') AS t`);
      await check.end();
      expect(table.rows[0].t).toBe('kept');
    } finally {
      await first.stop();
    }
  });

  it('starts again on the same folder after a clean stop, with the data still there', async () => {
    const dir = tempDir('restart');
    const port = await findFreePort();
    const first = await startEmbeddedPostgres({ dir, port, database: 'pledgeboard' });
    const client = new pg.Client({ connectionString: first.url });
    await client.connect();
    await client.query(`CREATE TABLE survived (word text); INSERT INTO survived VALUES ('광주')`);
    await client.end();
    await first.stop();

    const second = await startEmbeddedPostgres({ dir, port, database: 'pledgeboard' });
    try {
      const again = new pg.Client({ connectionString: second.url });
      await again.connect();
      const rows = await again.query('SELECT word FROM survived');
      await again.end();
      expect(rows.rows).toEqual([{ word: '광주' }]);
    } finally {
      await second.stop();
    }
  });
});
