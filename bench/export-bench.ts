/**
 * Export throughput and memory against PostgreSQL's own COPY, in one run:
 *   npm run bench:export                 (100,000 then 1,000,000 figures)
 *   npm run bench:export -- 20000 200000 (any sizes, ascending)
 *
 * Builds a synthetic dataset in a separate, throwaway embedded PostgreSQL (never the dashboard's
 * data), then for each size times (1) the CSV export as the app streams it and (2)
 * `COPY (same rows) TO STDOUT WITH (FORMAT csv)`, and reports both throughputs, their ratio and
 * the export's peak RSS. Targets: ratio ≥ 0.5, peak RSS < 300 MB, and flat memory across sizes.
 *
 * These machines are shared: one timing can be off by a fifth. Each size is measured in ROUNDS
 * interleaved rounds (COPY, export, COPY, export, …) and the medians are compared, so a noisy
 * moment hits both sides alike; every round is printed too.
 */
import { spawnSync } from 'node:child_process';
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
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

const { url: databaseUrl, client, close } = await startBenchDatabase('bench');
try {
  const results = [];
  let generated = 0;
  for (const size of sizes) {
    generated = await generateFigures(client, generated, size);
    await client.query('VACUUM ANALYZE');
    const copies = [];
    const exports = [];
    for (let round = 1; round <= ROUNDS; round += 1) {
      const copy = await timeCopy(client);
      const exported = runExport(databaseUrl);
      if (exported.rows !== size || copy.rows !== size)
        throw new Error(
          `row counts differ: export ${exported.rows}, COPY ${copy.rows}, expected ${size}`,
        );
      console.log(
        `  round ${round}/${ROUNDS}: COPY ${copy.seconds.toFixed(2)} s, export ${exported.seconds.toFixed(2)} s, peak RSS ${exported.peakRssMb} MB`,
      );
      copies.push(copy);
      exports.push(exported);
    }
    const copy = medianBy(copies);
    // The slowest round's memory: the target is a ceiling, so the worst case is the one that counts.
    const exported = {
      ...medianBy(exports),
      peakRssMb: Math.max(...exports.map((run) => run.peakRssMb)),
    };
    results.push({ size, exported, copy });
    report(size, exported, copy);
  }
  summarize(results);
} finally {
  await close();
}

/** PostgreSQL's own CSV of the same rows (current revision, with indicator and source). */
async function timeCopy(db: pg.Client): Promise<{ rows: number; bytes: number; seconds: number }> {
  const started = performance.now();
  const stream = db.query(
    copyTo(`COPY (
      SELECT f.slug, i.slug, i.unit, r.value, r.observed_on, r.observed_precision, r.revision,
             s.title, s.publisher, s.published_on, r.quote, r.note_ko
      FROM figure f
      JOIN indicator i ON i.id = f.indicator_id
      JOIN theme t ON t.id = i.theme_id
      JOIN LATERAL (SELECT * FROM figure_revision fr WHERE fr.figure_id = f.id ORDER BY fr.revision DESC LIMIT 1) r ON TRUE
      JOIN source s ON s.id = r.source_id
      ORDER BY f.id
    ) TO STDOUT WITH (FORMAT csv)`),
  );
  let bytes = 0;
  let rows = 0;
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    bytes += buffer.length;
    for (let i = buffer.indexOf(10); i !== -1; i = buffer.indexOf(10, i + 1)) rows += 1;
  }
  return { rows, bytes, seconds: (performance.now() - started) / 1000 };
}

/** The run with the median time (rounds are few and odd, so it is one real run). */
function medianBy<T extends { seconds: number }>(runs: T[]): T {
  return [...runs].sort((a, b) => a.seconds - b.seconds)[Math.floor(runs.length / 2)]!;
}

function runExport(url: string): {
  rows: number;
  bytes: number;
  seconds: number;
  peakRssMb: number;
  baselineRssMb: number;
} {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', path.join('bench', 'export-worker.ts'), url],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`export worker failed:\n${result.stderr}`);
  return JSON.parse(result.stdout.trim().split('\n').at(-1)!);
}

function report(
  size: number,
  exported: {
    rows: number;
    bytes: number;
    seconds: number;
    peakRssMb: number;
    baselineRssMb: number;
  },
  copy: { rows: number; bytes: number; seconds: number },
) {
  const n = (value: number) => Math.round(value).toLocaleString('en-US');
  console.log(`  ${n(size)} figures (median of ${ROUNDS} rounds)`);
  console.log(
    `    export (app, CSV): ${exported.seconds.toFixed(2)} s  ${n(exported.rows / exported.seconds)} rows/s  ${(exported.bytes / 1e6 / exported.seconds).toFixed(1)} MB/s  ${(exported.bytes / 1e6).toFixed(0)} MB  peak RSS ${exported.peakRssMb} MB (${exported.baselineRssMb} MB before the first figure)`,
  );
  console.log(
    `    COPY TO STDOUT   : ${copy.seconds.toFixed(2)} s  ${n(copy.rows / copy.seconds)} rows/s  ${(copy.bytes / 1e6 / copy.seconds).toFixed(1)} MB/s  ${(copy.bytes / 1e6).toFixed(0)} MB`,
  );
  console.log(
    `    export ÷ COPY throughput (rows/s): ${(copy.seconds / exported.seconds).toFixed(2)}  (target ≥ 0.50)`,
  );
}

function summarize(
  results: {
    size: number;
    exported: { seconds: number; peakRssMb: number };
    copy: { seconds: number };
  }[],
) {
  console.log('\nSummary');
  for (const { size, exported, copy } of results) {
    const ratio = copy.seconds / exported.seconds;
    console.log(
      `  ${size.toLocaleString('en-US').padStart(10)} figures: ratio ${ratio.toFixed(2)} ${ratio >= 0.5 ? '✔' : '✘'}  peak RSS ${exported.peakRssMb} MB ${exported.peakRssMb < 300 ? '✔' : '✘'}`,
    );
  }
  if (results.length > 1) {
    const first = results[0]!;
    const last = results.at(-1)!;
    const growth = last.exported.peakRssMb - first.exported.peakRssMb;
    console.log(
      `  memory ${first.size.toLocaleString('en-US')} → ${last.size.toLocaleString('en-US')} figures: ${first.exported.peakRssMb} → ${last.exported.peakRssMb} MB (${growth >= 0 ? '+' : ''}${growth.toFixed(1)} MB for ${(last.size / first.size).toFixed(0)}× the rows)`,
    );
  }
}
