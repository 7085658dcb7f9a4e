import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { applyMigrations } from '../database/migrate.ts';
import { listMigrationFiles, type MigrationFile } from '../database/migration-files.ts';
import { BackupError } from './backup-error.ts';
import { connectForBackup } from './connect-for-backup.ts';
import type { BackupManifest } from './backup-manifest.ts';
import {
  listTables,
  MIGRATIONS_TABLE,
  quoteIdentifier,
  toCopyTarget,
  type DatabaseTables,
} from './list-tables.ts';
import { readBackup } from './read-backup.ts';

/**
 * Loads a backup into an empty database. Everything that can be checked is checked before the
 * first row is written: every checksum in the archive, that this code knows the archive's schema,
 * that the database is empty. Then the schema is brought to the archive's version, all tables
 * load in ONE transaction (a failure anywhere leaves no data at all), sequences are moved past the
 * loaded ids, and the migrations newer than the archive run last, as they would have on the
 * original database. Triggers stay on: they refuse changes to history, not inserts, so a restore
 * needs no superuser rights and works on a managed PostgreSQL too.
 */

export interface RestoreReport {
  manifest: BackupManifest;
  /** Migrations applied after loading, because this code is newer than the archive. */
  migratedAfterwards: string[];
}

export interface RestoreOptions {
  file: string;
  /**
   * Reaches the target database and returns its URL; called only once the archive has passed
   * every check, so a damaged archive never even starts (or creates) an embedded database.
   */
  connect: () => Promise<string>;
  /** The migrations this code knows (default: prisma/migrations). */
  migrations?: MigrationFile[];
  log?: (line: string) => void;
}

const NOTHING_WRITTEN = 'No data was written.';

export async function restoreBackup(options: RestoreOptions): Promise<RestoreReport> {
  const log = options.log ?? (() => {});
  const label = path.basename(options.file);
  const known = options.migrations ?? (await listMigrationFiles());
  const manifest = await refuseAsNothingWritten(async () => {
    const checked = await readBackup(options.file);
    log(
      `Checked ${label}: ${checked.tables.length} tables, every sha256 matches (schema ${checked.schemaVersion}, made ${checked.createdAt})`,
    );
    assertKnownSchema(label, checked, known);
    return checked;
  });
  const databaseUrl = await options.connect();
  const client = await connectForBackup(databaseUrl);
  try {
    await refuseAsNothingWritten(async () => {
      await assertEmpty(client);
      await assertMigrationsBehind(client, manifest);
      const upToArchive = known.slice(0, manifest.migrations.length);
      const migrated = await applyMigrations(databaseUrl, upToArchive);
      if (migrated.applied.length > 0)
        log(
          `Created the schema up to the archive's version (${migrated.applied.length} migration(s))`,
        );
      const shape = await listTables(client);
      assertSameTables(label, manifest, shape);
      await loadTables(client, options.file, shape, log);
    });
  } finally {
    await client.end();
  }
  const after = await applyMigrations(databaseUrl, known);
  if (after.applied.length > 0)
    log(`Applied ${after.applied.length} newer migration(s): ${after.applied.join(', ')}`);
  return { manifest, migratedAfterwards: after.applied };
}

async function refuseAsNothingWritten<T>(step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new BackupError(`${message}\n${NOTHING_WRITTEN}`, { cause: error });
  }
}

/** The archive's migrations must be this code's first ones, unchanged: then its data fits a schema this code can build. */
function assertKnownSchema(label: string, manifest: BackupManifest, known: MigrationFile[]) {
  const byName = new Map(known.map((migration) => [migration.name, migration]));
  manifest.migrations.forEach((migration, index) => {
    const ours = byName.get(migration.name);
    if (!ours) {
      throw new BackupError(
        `${label} comes from a newer Pledgeboard: its schema (${manifest.schemaVersion}) includes migration ${migration.name}, ` +
          'which this code does not know. Upgrade Pledgeboard to a version that has it, then restore again.',
      );
    }
    if (ours.checksum !== migration.checksum) {
      throw new BackupError(
        `Migration ${migration.name} in ${label} differs from this code's (checksum ${migration.checksum.slice(0, 12)}… vs ${ours.checksum.slice(0, 12)}…): the archive comes from a different version of the schema.`,
      );
    }
    if (known[index]?.name !== migration.name) {
      throw new BackupError(
        `${label} applied migration ${migration.name} in another order than this code (expected ${known[index]?.name} at position ${index + 1}).`,
      );
    }
  });
}

async function assertEmpty(client: pg.ClientBase) {
  const { tables } = await listTables(client);
  for (const table of tables) {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM ${quoteIdentifier(table.name)}`,
    );
    const count = Number(rows[0]!.n);
    if (count > 0) {
      throw new BackupError(
        `A restore needs an empty database: table ${table.name} has ${count} row${count === 1 ? '' : 's'}. Restore into a new database (or a new PLEDGEBOARD_DATA_DIR).`,
      );
    }
  }
}

/** A target already migrated past the archive would receive data whose later data migrations never ran. */
async function assertMigrationsBehind(client: pg.ClientBase, manifest: BackupManifest) {
  const exists = await client.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [
    `public.${quoteIdentifier(MIGRATIONS_TABLE)}`,
  ]);
  if (!exists.rows[0].present) return;
  const applied = await client.query<{ migration_name: string; checksum: string }>(
    `SELECT migration_name, checksum FROM ${quoteIdentifier(MIGRATIONS_TABLE)} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  const archived = new Map(
    manifest.migrations.map((migration) => [migration.name, migration.checksum]),
  );
  for (const row of applied.rows) {
    if (!archived.has(row.migration_name)) {
      throw new BackupError(
        `The target database already has migration ${row.migration_name}, newer than the archive's schema (${manifest.schemaVersion}). ` +
          'Restore into a database without any schema: the newer migrations run after loading.',
      );
    }
    if (archived.get(row.migration_name) !== row.checksum) {
      throw new BackupError(
        `The target database applied a different version of migration ${row.migration_name} than the archive's.`,
      );
    }
  }
}

function assertSameTables(label: string, manifest: BackupManifest, shape: DatabaseTables) {
  const archived = new Map(manifest.tables.map((table) => [table.name, table]));
  for (const table of shape.tables) {
    const entry = archived.get(table.name);
    if (!entry)
      throw new BackupError(
        `${label} has no data for table ${table.name}, which its schema version has: the archive is incomplete.`,
      );
    if (entry.columns.join(',') !== table.columns.join(',')) {
      throw new BackupError(
        `${label}: table ${table.name} has columns (${entry.columns.join(', ')}), but the schema has (${table.columns.join(', ')}).`,
      );
    }
  }
  const position = new Map(manifest.tables.map((table, index) => [table.name, index]));
  for (const table of manifest.tables) {
    if (!shape.tables.some((existing) => existing.name === table.name))
      throw new BackupError(
        `${label} holds table ${table.name}, which its schema version does not have.`,
      );
  }
  // Rows stream in archive order, so the archive must list parents first (backups always do).
  for (const { child, parent } of shape.foreignKeys) {
    if (child !== parent && position.get(parent)! > position.get(child)!) {
      throw new BackupError(
        `${label} lists ${child} before ${parent}, which it refers to: it cannot be loaded in order.`,
      );
    }
  }
}

const REVIEW_RULE = (change: 'DISABLE' | 'ENABLE') =>
  `ALTER TABLE "verdict_review" ${change} TRIGGER "verdict_review_is_allowed"`;

async function loadTables(
  client: pg.Client,
  file: string,
  shape: DatabaseTables,
  log: (line: string) => void,
) {
  let current = '';
  await client.query('BEGIN');
  try {
    // Writers wait until the restore commits; a row that slipped in since the check above is refused.
    for (const table of shape.tables)
      await client.query(`LOCK TABLE ${quoteIdentifier(table.name)} IN EXCLUSIVE MODE`);
    await assertEmpty(client);
    // History loads as it was written. The review rule judges a new review against today's
    // setting, which a verdict published while review was off (and turned on since) would fail;
    // off for this transaction only (a rollback restores it), on again before the commit.
    // (An archive from before verdicts has no such table, and no such rule to set aside.)
    const reviews = shape.tables.some((table) => table.name === 'verdict_review');
    if (reviews) await client.query(REVIEW_RULE('DISABLE'));
    await readBackup(file, async (table, body) => {
      current = table.name;
      await pipeline(
        Readable.from(body),
        client.query(copyFrom(`COPY ${toCopyTarget(table)} FROM STDIN`)),
      );
      log(`Loaded ${table.name}: ${table.rows} row${table.rows === 1 ? '' : 's'}`);
    });
    current = '';
    for (const table of shape.tables) {
      for (const { column, sequence } of table.sequences) {
        // Past the highest loaded id, so the next row the app inserts gets a new one.
        await client.query(
          `SELECT setval($1::regclass, coalesce(max(${quoteIdentifier(column)}), 1), max(${quoteIdentifier(column)}) IS NOT NULL) FROM ${quoteIdentifier(table.name)}`,
          [sequence],
        );
      }
    }
    if (reviews) await client.query(REVIEW_RULE('ENABLE'));
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    if (current && !(error instanceof BackupError)) {
      throw new BackupError(
        `Loading table ${current} failed, so the whole restore was rolled back: ${(error as Error).message}`,
        { cause: error },
      );
    }
    throw error;
  }
}
