import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { MigrationList } from '@prisma/schema-engine-wasm';

export interface MigrationFile {
  /** Folder name, `<yyyymmddhhmmss>_<name>`, which also orders the migrations. */
  name: string;
  sql: string;
  /** sha256 of the SQL, as `prisma migrate deploy` records it in _prisma_migrations.checksum. */
  checksum: string;
}

export const MIGRATIONS_DIR = path.resolve('prisma', 'migrations');
const MIGRATION_NAME = /^\d{14}_[a-z0-9_]+$/;

export async function listMigrationFiles(dir = MIGRATIONS_DIR): Promise<MigrationFile[]> {
  // The health check reads these at run time too; the ignore comments keep Next's bundler from
  // tracing the whole project into the server build because of a non-literal path.
  const entries = await readdir(/*turbopackIgnore: true*/ dir, { withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
  const files: MigrationFile[] = [];
  for (const name of names) {
    if (!MIGRATION_NAME.test(name)) {
      throw new Error(
        `prisma/migrations/${name}: a migration folder must be named <yyyymmddhhmmss>_<snake_case_name>.`,
      );
    }
    const sqlPath = path.join(dir, name, 'migration.sql');
    if (!existsSync(sqlPath)) throw new Error(`prisma/migrations/${name} has no migration.sql.`);
    const sql = await readFile(/*turbopackIgnore: true*/ sqlPath, 'utf8');
    files.push({ name, sql, checksum: createHash('sha256').update(sql).digest('hex') });
  }
  return files;
}

/** The same migrations in the shape Prisma's schema engine reads. */
export async function toMigrationList(dir = MIGRATIONS_DIR): Promise<MigrationList> {
  const files = await listMigrationFiles(dir);
  const lockPath = path.join(dir, 'migration_lock.toml');
  return {
    baseDir: dir,
    lockfile: {
      path: 'migration_lock.toml',
      content: existsSync(lockPath) ? await readFile(lockPath, 'utf8') : null,
    },
    shadowDbInitScript: '',
    migrationDirectories: files.map((file) => ({
      path: file.name,
      migrationFile: { path: 'migration.sql', content: { tag: 'ok', value: file.sql } },
    })),
  };
}
