import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { findFreePort, startEmbeddedPostgres } from '../lib/server/database/embedded-postgres.ts';
import { applyMigrations } from '../lib/server/database/migrate.ts';
import { createReferenceData } from './synthetic-figures.ts';

/**
 * A throwaway PostgreSQL for one benchmark, in a temporary folder of its own: migrated, with the
 * synthetic reference data (synthetic-figures.ts) in place, and a client connected. `close`
 * stops it and removes the folder. On `port` when given, else on any free one; under `parent`
 * when given (a large dataset belongs on disk, and /tmp may be memory), else the temporary folder.
 *
 * `keep`: the folder is named without the process id and left in place by `close`, and an
 * existing one is started again with its data, so a large dataset is built once for several runs
 * (delete the folder to start afresh).
 */
export async function startBenchDatabase(
  name: string,
  port?: number,
  parent = os.tmpdir(),
  { keep = false }: { keep?: boolean } = {},
) {
  const dir = path.join(
    parent,
    keep ? `pledgeboard-${name}-kept` : `pledgeboard-${name}-${process.pid}`,
  );
  const reused = keep && existsSync(path.join(dir, 'pgdata', 'PG_VERSION'));
  console.log(`${reused ? 'Starting the kept' : 'Starting a throwaway'} PostgreSQL in ${dir}`);
  const database = await startEmbeddedPostgres({
    dir,
    port: port ?? (await findFreePort()),
    database: 'bench',
    fresh: !reused,
  });
  const client = new pg.Client({ connectionString: database.url });
  const close = async () => {
    await client.end().catch(() => undefined);
    await database.stop();
    if (!keep) await rm(dir, { recursive: true, force: true });
  };
  try {
    await applyMigrations(database.url);
    await client.connect();
    if (!reused) await createReferenceData(client);
  } catch (error) {
    await close();
    throw error;
  }
  return { dir, url: database.url, client, close };
}
