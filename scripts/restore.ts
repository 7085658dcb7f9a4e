/**
 * Loads a backup archive into an empty database:
 *   PLEDGEBOARD_DATA_DIR=.data-restored npm run restore -- pledgeboard-2026-12-01.tar.gz
 * Refuses a database that holds any row, a damaged archive or one from a newer schema, before
 * writing anything; loads every table in one transaction. The target is the database `npm start`
 * would use (embedded under PLEDGEBOARD_DATA_DIR, created if missing, or DATABASE_URL) — without
 * the seed data, which would make it non-empty.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  connectForCommand,
  type PreparedDatabase,
} from '../lib/server/database/prepare-database.ts';
import { BackupError } from '../lib/server/backup/backup-error.ts';
import { restoreBackup } from '../lib/server/backup/restore-backup.ts';

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

let positionals: string[] = [];
try {
  ({ positionals } = parseArgs({ allowPositionals: true, options: {} }));
} catch (error) {
  fail(`${(error as Error).message}\n  Usage: npm run restore -- FILE`);
}
const [given, ...extra] = positionals;
if (!given || extra.length > 0)
  fail('Name one backup file to restore: npm run restore -- pledgeboard-backup.tar.gz');
// npm runs scripts in the project folder; a relative FILE means the folder the command was typed in.
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), given);
if (!existsSync(file)) fail(`${file} does not exist.`);

const started = performance.now();
let database: PreparedDatabase | undefined;
let failure: string | undefined;
try {
  const report = await restoreBackup({
    file,
    log: (line) => console.log(line),
    connect: async () => {
      database = await connectForCommand({
        log: (line) => console.log(line),
        migrateAndSeed: false,
      });
      return database.url;
    },
  });
  const rows = report.manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `✔ Restored ${report.manifest.tables.length} tables, ${rows.toLocaleString('en')} rows from ${file} (made ${report.manifest.createdAt}) in ${seconds} s`,
  );
} catch (error) {
  if (!(error instanceof BackupError)) console.error(error);
  failure = error instanceof Error ? error.message : String(error);
} finally {
  // Before exiting: an embedded server this command started must not outlive it.
  await database?.stop();
}
if (failure) fail(failure);
