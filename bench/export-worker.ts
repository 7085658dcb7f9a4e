/**
 * One export, measured in a process of its own so its peak memory is its own:
 *   tsx bench/export-worker.ts <databaseUrl>
 * Streams the CSV export of every figure through the download route's stream into a
 * byte-counting reader and prints JSON.
 */
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { CSV_FOR_EXCEL } from '../lib/domain/csv.ts';
import { writeExportCsv } from '../lib/domain/export-csv.ts';
import { createPrismaClient } from '../lib/server/database/prisma-client.ts';
import { toTextStream } from '../lib/server/http/text-stream.ts';
import { streamCurrentFigures } from '../lib/server/queries/current-figures.ts';
import { listIndicators } from '../lib/server/queries/list-indicators.ts';
import { translatorsFor } from '../i18n/translators.ts';

const url = process.argv[2];
if (!url) throw new Error('usage: export-worker.ts <databaseUrl>');

const prisma = createPrismaClient(url);
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);

// The indicators (a few hundred rows) come first, as in the app; the clock and memory baseline
// start after them, so the figures measure the export path itself.
const indicators = await listIndicators(prisma);
const baselineRss = process.memoryUsage().rss;
const started = performance.now();
let bytes = 0;
let lines = 0;
const pool = new pg.Pool({ connectionString: url, max: 2 });
// The download route's own stream, read as an HTTP response would read it; bytes are only counted.
const reader = toTextStream(
  writeExportCsv(
    {
      indicators,
      figureBatches: streamCurrentFigures(pool, {}),
      pledges: [],
      progress: translatorsFor('progress'),
      verdicts: translatorsFor('verdicts'),
    },
    CSV_FOR_EXCEL,
  ),
).getReader();
for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
  const bytesRead = Buffer.from(chunk.value.buffer, chunk.value.byteOffset, chunk.value.byteLength);
  bytes += bytesRead.length;
  for (let i = bytesRead.indexOf(10); i !== -1; i = bytesRead.indexOf(10, i + 1)) lines += 1;
}
const seconds = (performance.now() - started) / 1000;
clearInterval(sampler);
await prisma.$disconnect();
await pool.end();

// VmHWM: the kernel's own high-water mark of resident memory (Linux); the sampled peak elsewhere.
const hwm = /VmHWM:\s+(\d+) kB/.exec(safeRead('/proc/self/status'))?.[1];
const peakMb = hwm ? Number(hwm) / 1024 : peakRss / 1024 / 1024;
console.log(
  JSON.stringify({
    rows: lines - 1,
    bytes,
    seconds,
    peakRssMb: Math.round(peakMb * 10) / 10,
    baselineRssMb: Math.round(baselineRss / 1024 / 102.4) / 10,
  }),
);

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
