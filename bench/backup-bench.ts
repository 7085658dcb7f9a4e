/**
 * Backup and restore at size, against PostgreSQL's own COPY of the largest table, in one run:
 *   npm run bench:backup                  (100,000 then 1,000,000 figures)
 *   npm run bench:backup -- 20000 200000  (any sizes, ascending)
 *
 * In a throwaway embedded PostgreSQL: synthetic figures (bench/synthetic-figures.ts), then per
 * size a backup (`writeBackup`, as `npm run backup` does) and a restore into a new empty
 * database (`restoreBackup`), each in a process of its own for an honest peak RSS, beside a plain
 * `COPY figure_revision TO STDOUT`. Targets: memory flat across sizes (the archive streams), and
 * time linear in the rows (seconds per million rows about the same at every size).
 */
import { spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import path from 'node:path';
import type pg from 'pg';
import { to as copyTo } from 'pg-copy-streams';
import { startBenchDatabase } from './bench-database.ts';
import { generateFigures } from './synthetic-figures.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
if (sizes.length === 0) sizes.push(100_000, 1_000_000);

interface Run {
  seconds: number;
  rows: number;
  bytes: number;
  peakRssMb: number;
}

const { dir, url: databaseUrl, client, close } = await startBenchDatabase('backup-bench');
const results: { size: number; backup: Run; restore: Run; copySeconds: number }[] = [];
try {
  let generated = 0;
  for (const size of sizes) {
    generated = await generateFigures(client, generated, size);
    await client.query('VACUUM ANALYZE');
    const copySeconds = await timeCopy(client);
    const file = path.join(dir, `backup-${size}.tar.gz`);
    const backup = runWorker('backup', databaseUrl, file);
    const target = `restore_${size}`;
    await client.query(`CREATE DATABASE ${target}`);
    const targetUrl = new URL(databaseUrl);
    targetUrl.pathname = `/${target}`;
    const restore = runWorker('restore', targetUrl.toString(), file);
    if (restore.rows !== backup.rows)
      throw new Error(`restored ${restore.rows} rows of ${backup.rows}`);
    await client.query(`DROP DATABASE ${target} WITH (FORCE)`);
    await rm(file, { force: true });
    results.push({ size, backup, restore, copySeconds });
    const n = (value: number) => Math.round(value).toLocaleString('en-US');
    console.log(
      `  ${n(size)} figures, ${n(backup.rows)} rows in all, archive ${(backup.bytes / 1e6).toFixed(1)} MB`,
    );
    console.log(`    COPY figure_revision TO STDOUT: ${copySeconds.toFixed(2)} s`);
    console.log(
      `    backup : ${backup.seconds.toFixed(2)} s  ${n(backup.rows / backup.seconds)} rows/s  peak RSS ${backup.peakRssMb} MB`,
    );
    console.log(
      `    restore: ${restore.seconds.toFixed(2)} s  ${n(restore.rows / restore.seconds)} rows/s  peak RSS ${restore.peakRssMb} MB`,
    );
  }
  if (results.length > 1) {
    const first = results[0]!;
    const last = results.at(-1)!;
    const perMillion = (run: Run) => (run.seconds / run.rows) * 1e6;
    console.log('\nSummary (first → last size)');
    for (const verb of ['backup', 'restore'] as const) {
      console.log(
        `  ${verb.padEnd(7)}: peak RSS ${first[verb].peakRssMb} → ${last[verb].peakRssMb} MB; ` +
          `${perMillion(first[verb]).toFixed(1)} → ${perMillion(last[verb]).toFixed(1)} s per million rows`,
      );
    }
  }
} finally {
  await close();
}

async function timeCopy(db: pg.Client): Promise<number> {
  const started = performance.now();
  for await (const _chunk of db.query(copyTo('COPY figure_revision TO STDOUT'))) {
    // drain
  }
  return (performance.now() - started) / 1000;
}

function runWorker(verb: 'backup' | 'restore', url: string, file: string): Run {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join('bench', 'backup-worker.ts'), verb, url, file],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`${verb} failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as Run;
}
