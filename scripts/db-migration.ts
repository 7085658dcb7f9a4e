/**
 * Writes a new migration from the difference between prisma/migrations and schema.prisma,
 * using Prisma's schema engine (WASM) against a throwaway embedded PostgreSQL:
 *   npm run db:migration -- add_figure_notes
 * Hand-written SQL that Prisma cannot express (CHECK constraints, triggers) may be appended
 * to the generated file before it is committed.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../lib/server/database/embedded-postgres.ts';
import { MIGRATIONS_DIR, toMigrationList } from '../lib/server/database/migration-files.ts';
import { diffMigrationsToSchema } from '../lib/server/database/schema-engine.ts';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error('Usage: npm run db:migration -- <snake_case_name>');
  process.exit(2);
}

const db = await startEmbeddedPostgres({
  dir: path.join(os.tmpdir(), `pledgeboard-migration-${process.pid}`),
  port: 54398,
  database: 'pledgeboard',
  fresh: true,
});
try {
  const schemaPath = path.resolve('prisma', 'schema.prisma');
  const sql = await diffMigrationsToSchema(db.url, await toMigrationList(), {
    path: schemaPath,
    text: await readFile(schemaPath, 'utf8'),
  });
  if (sql.trim() === '' || sql.includes('-- This is an empty migration.')) {
    console.log('schema.prisma and prisma/migrations already agree: no migration written.');
  } else {
    const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
    const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, 'migration.sql'), sql);
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql`);
  }
} finally {
  await db.stop();
}
// The engine leaves a timer armed; exit rather than wait ~10 s for it.
process.exit(0);
