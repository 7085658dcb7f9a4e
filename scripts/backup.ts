/**
 * Writes one archive of everything in the dashboard's database — every table, including the
 * revision history, the audit log and staff accounts — while the dashboard keeps running:
 *   npm run backup -- pledgeboard-2026-12-01.tar.gz
 * Reads the database `npm start` uses (the embedded one under PLEDGEBOARD_DATA_DIR, or
 * DATABASE_URL) without migrating or seeding it. `--force` replaces an existing FILE.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readDatabaseSettings } from '../lib/server/database/database-settings.ts';
import { connectForCommand } from '../lib/server/database/prepare-database.ts';
import { BackupError } from '../lib/server/backup/backup-error.ts';
import { writeBackup } from '../lib/server/backup/write-backup.ts';
import { formatBytes, printTableCounts } from './backup-output.ts';

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

let parsed: ReturnType<typeof parseOptions>;
function parseOptions() {
  return parseArgs({
    allowPositionals: true,
    options: { force: { type: 'boolean', default: false } },
  });
}
try {
  parsed = parseOptions();
} catch (error) {
  fail(`${(error as Error).message}\n  Usage: npm run backup -- FILE [--force]`);
}
const [given, ...extra] = parsed.positionals;
if (!given || extra.length > 0)
  fail('Name one file to write: npm run backup -- pledgeboard-backup.tar.gz');
// npm runs scripts in the project folder; a relative FILE means the folder the command was typed in.
const file = path.resolve(process.env.INIT_CWD ?? process.cwd(), given);
if (existsSync(file) && !parsed.values.force)
  fail(`${file} already exists: choose another name, or add --force to replace it.`);

const settings = (() => {
  try {
    return readDatabaseSettings();
  } catch (error) {
    fail((error as Error).message);
  }
})();
if (
  !settings.externalUrl &&
  !existsSync(path.join(settings.dataDir, 'postgres', 'pgdata', 'PG_VERSION'))
) {
  fail(
    `There is no embedded database in ${settings.dataDir}: nothing to back up. (Set PLEDGEBOARD_DATA_DIR or DATABASE_URL to the one you mean.)`,
  );
}

const started = performance.now();
const database = await connectForCommand({
  log: (line) => console.log(line),
  migrateAndSeed: false,
}).catch((error: Error) => fail(error.message));
let failure: string | undefined;
try {
  const report = await writeBackup({ databaseUrl: database.url, file, force: parsed.values.force });
  printTableCounts(report.manifest.tables);
  const rows = report.manifest.tables.reduce((sum, table) => sum + table.rows, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `✔ Backed up ${report.manifest.tables.length} tables, ${rows.toLocaleString('en')} rows (schema ${report.manifest.schemaVersion}) ` +
      `to ${file}: ${formatBytes(report.bytes)} in ${seconds} s`,
  );
} catch (error) {
  if (!(error instanceof BackupError)) console.error(error);
  failure = error instanceof Error ? error.message : String(error);
} finally {
  // Before exiting: an embedded server this command started must not outlive it.
  await database.stop();
}
if (failure) fail(failure);
