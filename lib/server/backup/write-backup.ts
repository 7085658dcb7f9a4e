import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { link, mkdtemp, rename, rm, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { BackupError } from './backup-error.ts';
import { connectForBackup } from './connect-for-backup.ts';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  MANIFEST_NAME,
  toDataFileName,
  type BackupManifest,
  type BackupTable,
} from './backup-manifest.ts';
import { listTables, MIGRATIONS_TABLE, quoteIdentifier, toCopyTarget } from './list-tables.ts';
import { toTarChunks, type TarEntrySource } from './tar-writer.ts';

/**
 * Writes one `.tar.gz` holding every application table and a manifest (see backup-manifest.ts),
 * from a database that may be serving the dashboard meanwhile: every table is read inside one
 * REPEATABLE READ transaction, so the archive is one consistent moment even while staff edit.
 * Tables stream to temporary files beside FILE (tar needs each size before its bytes) and the
 * archive is written under a temporary name and linked into place, so a failed backup leaves
 * neither a half archive nor a clobbered old one.
 */

export interface BackupReport {
  file: string;
  /** Size of the archive on disk. */
  bytes: number;
  manifest: BackupManifest;
}

export async function writeBackup(options: {
  databaseUrl: string;
  file: string;
  force?: boolean;
}): Promise<BackupReport> {
  const file = path.resolve(options.file);
  if (!options.force && existsSync(file))
    throw new BackupError(
      `${options.file} already exists: choose another name, or add --force to replace it.`,
    );
  const spool = await mkdtemp(path.join(path.dirname(file), '.pledgeboard-backup-'));
  try {
    const manifest = await copyTablesToFiles(options.databaseUrl, spool);
    const partial = path.join(spool, 'archive.tar.gz');
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
    const mtime = new Date(manifest.createdAt);
    const entries: TarEntrySource[] = [
      {
        name: MANIFEST_NAME,
        size: manifestBytes.length,
        mtime,
        open: async function* () {
          yield manifestBytes;
        },
      },
      ...manifest.tables.map((table) => ({
        name: table.file,
        size: table.bytes,
        mtime,
        open: () => createReadStream(spoolFile(spool, table.name)),
      })),
    ];
    await pipeline(
      Readable.from(toTarChunks(entries)),
      createGzip(),
      createWriteStream(partial, { flags: 'wx' }),
    );
    if (options.force) {
      // rename() replaces the old archive in one step: there is never a moment without one.
      await rename(partial, file);
    } else {
      // link() refuses an existing name, unlike rename(): a file created meanwhile is never replaced.
      await link(partial, file).catch((error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST')
          throw new BackupError(
            `${options.file} appeared while the backup ran: nothing was replaced; run it again.`,
          );
        throw error;
      });
      await unlink(partial);
    }
    return { file, bytes: (await stat(file)).size, manifest };
  } finally {
    await rm(spool, { recursive: true, force: true });
  }
}

async function copyTablesToFiles(databaseUrl: string, spool: string): Promise<BackupManifest> {
  const client = await connectForBackup(databaseUrl);
  try {
    // One snapshot for every read below: rows written meanwhile are in no table or in all of them.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const createdAt = new Date().toISOString();
    const migrations = await readAppliedMigrations(client);
    const { tables } = await listTables(client);
    const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
    const copied: BackupTable[] = [];
    for (const table of tables)
      copied.push(await copyTableToFile(client, table, spoolFile(spool, table.name)));
    await client.query('COMMIT');
    return {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt,
      schemaVersion: migrations.at(-1)!.name,
      migrations,
      postgresVersion: rows[0]!.server_version,
      tables: copied,
    };
  } finally {
    await client.end();
  }
}

async function readAppliedMigrations(client: pg.Client): Promise<BackupManifest['migrations']> {
  const exists = await client.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [
    `public.${quoteIdentifier(MIGRATIONS_TABLE)}`,
  ]);
  if (!exists.rows[0].present)
    throw new BackupError(
      'This database has no Pledgeboard schema (no _prisma_migrations table): nothing to back up.',
    );
  const applied = await client.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM ${quoteIdentifier(MIGRATIONS_TABLE)}
      WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  if (applied.rows.length === 0)
    throw new BackupError('This database has no applied migrations: nothing to back up.');
  return applied.rows.map((row) => ({ name: row.migration_name, checksum: row.checksum }));
}

async function copyTableToFile(
  client: pg.Client,
  table: { name: string; columns: string[] },
  target: string,
): Promise<BackupTable> {
  const hash = createHash('sha256');
  let bytes = 0;
  let lines = 0;
  const measure = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      bytes += chunk.length;
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines += 1;
      done(null, chunk);
    },
  });
  const copy = client.query(copyTo(`COPY ${toCopyTarget(table)} TO STDOUT`));
  await pipeline(copy, measure, createWriteStream(target, { flags: 'wx' }));
  // COPY's text format escapes newlines inside values, so a data file has one line per row; the
  // restore counts lines to check row counts, and this holds it to the server's own count.
  if (copy.rowCount !== lines)
    throw new Error(
      `COPY of ${table.name} reported ${copy.rowCount} rows but wrote ${lines} lines.`,
    );
  return {
    name: table.name,
    file: toDataFileName(table.name),
    columns: table.columns,
    rows: lines,
    bytes,
    sha256: hash.digest('hex'),
  };
}

function spoolFile(spool: string, table: string): string {
  return path.join(spool, `${table}.copy`);
}
