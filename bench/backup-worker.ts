/**
 * One backup or restore in a process of its own, so its peak memory is its own:
 *   backup-worker.ts backup <database url> <file>
 *   backup-worker.ts restore <database url> <file>
 * Prints one JSON line: seconds, rows, archive bytes and peak RSS (MB).
 */
import { stat } from 'node:fs/promises';
import { restoreBackup } from '../lib/server/backup/restore-backup.ts';
import { writeBackup } from '../lib/server/backup/write-backup.ts';

const [verb, databaseUrl, file] = process.argv.slice(2);
if (!databaseUrl || !file || (verb !== 'backup' && verb !== 'restore'))
  throw new Error('usage: backup|restore <database url> <file>');
const started = performance.now();
const manifest =
  verb === 'backup'
    ? (await writeBackup({ databaseUrl, file, force: true })).manifest
    : (await restoreBackup({ file, connect: async () => databaseUrl })).manifest;
const seconds = (performance.now() - started) / 1000;
const rows = manifest.tables.reduce((sum, table) => sum + table.rows, 0);
// maxRSS is in kilobytes.
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
console.log(JSON.stringify({ seconds, rows, bytes: (await stat(file)).size, peakRssMb }));
