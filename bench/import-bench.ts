/**
 * Figure import throughput, memory and what it does to other requests, in one run:
 *   npm run bench:import                      (5,000, 50,000 then 200,000 rows)
 *   npm run bench:import -- 2000 20000        (any sizes)
 *
 * In a throwaway embedded PostgreSQL (never the dashboard's data; on BENCH_DB_PORT, else any
 * free port, under BENCH_DATA_DIR, else the temporary folder) holding BENCH_EXISTING
 * synthetic figures (default 50,000), for each size: generate a valid CSV (about 250 bytes a
 * row, Korean quotes, 200,000 rows ≈ 50 MB), start a server process (import-worker.ts: the real
 * route handlers over HTTP), send the dry run and then the import, and meanwhile send a public
 * request (GET /api/v1/indicators) every 50 ms. Prints rows/s, wall time, the server's peak RSS
 * and the slowest public request. Then the hostile uploads: a 2 MB header padded with empty
 * cells followed by 5,000 one-cell rows (which took 52.6 s and stalled the site for 42.8 s),
 * refused at the default column limit and read in full with the limit raised, and a header of
 * 1,000,000 unknown columns (whose answer was 76 MB).
 * Targets: every import succeeds, public requests within 1 s, answers bounded.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { startBenchDatabase } from './bench-database.ts';
import { generateFigures } from './synthetic-figures.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
if (sizes.length === 0) sizes.push(5_000, 50_000, 200_000);
const EXISTING = Number(process.env.BENCH_EXISTING ?? 50_000);
const DB_PORT = process.env.BENCH_DB_PORT ? Number(process.env.BENCH_DB_PORT) : undefined;
const DATA_DIR = process.env.BENCH_DATA_DIR ? path.resolve(process.env.BENCH_DATA_DIR) : undefined;
// bench/synthetic-figures.ts makes indicators bench-1 … bench-40 and the source bench-source.
const INDICATORS = 40;
const HEADER = 'indicator,value,observed_on,source,quote,note_ko';

interface Worker {
  url: string;
  cookie: string;
  site: string;
  process: ChildProcess;
}

interface Timed {
  maxLoopDelayMs: number;
  peakHeapMb: number;
  peakLiveMb: number;
  majorGcs: number;
  status: number;
  seconds: number;
  bytes: number;
  answer: Record<string, unknown>;
  slowestPublicMs: number;
  publicRequests: number;
}

const { url: databaseUrl, client, close } = await startBenchDatabase('import', DB_PORT, DATA_DIR);
const lines: string[] = [];
const say = (line: string) => {
  console.log(line);
  lines.push(line);
};
try {
  if (EXISTING > 0) await generateFigures(client, 0, EXISTING);
  await client.query('VACUUM ANALYZE');
  for (const [index, size] of sizes.entries()) {
    const file = validFile(size, 1900 + index * 20);
    const megabytes = Buffer.byteLength(file) / 1e6;
    say(`\n${size.toLocaleString('en-US')} rows, ${megabytes.toFixed(1)} MB`);
    const worker = await startWorker({});
    try {
      const before = await memoryOf(worker);
      const idle = await idleLatency(worker);
      say(
        `  public request with no import running: median ${idle.median.toFixed(0)} ms, slowest ${idle.slowest.toFixed(0)} ms`,
      );
      const check = await timeImport(worker, file, true);
      expectStatus(check, 200, 'dry run');
      const summary = check.answer.summary as { new: number };
      if (summary.new !== size) throw new Error(`dry run found ${summary.new} new rows of ${size}`);
      report('dry run', size, check);
      const done = await timeImport(worker, file, false);
      expectStatus(done, 201, 'import');
      report('import ', size, done);
      const { peakRssMb } = await memoryOf(worker);
      say(
        `  server RSS ${before.rssMb} MB before, peak ${peakRssMb} MB (+${peakRssMb - before.rssMb} MB)`,
      );
    } finally {
      worker.process.kill('SIGTERM');
    }
  }

  say('\nHostile uploads');
  const padded = `${HEADER}${','.repeat(2 * 1024 * 1024 - HEADER.length - 20_000)}\r\n${'x\r\n'.repeat(5000)}`;
  const wide = `${HEADER},${Array.from({ length: 1_000_000 }, (_, n) => `c${n}`).join(',')}\r\n`;
  for (const [name, body, env] of [
    ['2 MB header of empty cells + 5,000 one-cell rows, default limits', padded, {}],
    [
      'the same, column limit raised to 3,000,000 (read in full)',
      padded,
      { PLEDGEBOARD_IMPORT_MAX_COLUMNS: '3000000' },
    ],
    ['header of 1,000,000 unknown columns, default limits', wide, {}],
    [
      'the same, column limit raised to 3,000,000 (read in full)',
      wide,
      { PLEDGEBOARD_IMPORT_MAX_COLUMNS: '3000000' },
    ],
  ] as const) {
    const worker = await startWorker(env);
    try {
      const run = await timeImport(worker, body, true);
      const result = run.answer.result as { fileErrors: { code: string }[] } | undefined;
      const codes = [...new Set(result?.fileErrors.map((issue) => issue.code) ?? [])].join(', ');
      say(
        `  ${name}: ${run.status} in ${run.seconds.toFixed(2)} s, answer ${(run.bytes / 1024).toFixed(1)} KB (${codes || 'no file errors'}), slowest of ${run.publicRequests} public requests ${run.slowestPublicMs.toFixed(0)} ms, longest event-loop delay ${run.maxLoopDelayMs} ms, server peak RSS ${(await memoryOf(worker)).peakRssMb} MB`,
      );
    } finally {
      worker.process.kill('SIGTERM');
    }
  }
  console.log(`\nSummary\n${lines.join('\n')}`);
} finally {
  await close();
}

/** `rows` valid new figures: one a day per indicator from 1 January of `firstYear`. */
function validFile(rows: number, firstYear: number): string {
  const start = Date.UTC(firstYear, 0, 1);
  const out = [HEADER];
  for (let n = 0; n < rows; n += 1) {
    const day = new Date(start + Math.floor(n / INDICATORS) * 86_400_000).toISOString();
    out.push(
      `bench-${1 + (n % INDICATORS)},${1000 + n},${day.slice(0, 10)},bench-source,"광주광역시는 인공지능 산업 육성 사업의 합성 수치 ${n}건을 집계했다고 밝혔으며, 이는 전년보다 늘어난 규모다.",벤치마크 행 ${n}`,
    );
  }
  return out.join('\r\n');
}

async function startWorker(env: Record<string, string>): Promise<Worker> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=react-server',
      path.join('bench', 'import-worker.ts'),
      databaseUrl,
    ],
    { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const first = await new Promise<string>((resolve, reject) => {
    const reader = createInterface({ input: child.stdout! });
    reader.once('line', resolve);
    child.once('exit', (code) => reject(new Error(`import worker exited with ${code}`)));
  });
  const worker = { ...(JSON.parse(first) as Omit<Worker, 'process'>), process: child };
  // Under `next start` every route is compiled before the first request; here tsx compiles a
  // module on first use, so one small import and one public request come first, unmeasured.
  await timeImport(worker, `${HEADER}\r\nbench-1,1,1899-12-31,bench-source,warm-up,`, true);
  return worker;
}

async function memoryOf(worker: Worker) {
  return (await (await fetch(`${worker.url}/bench/memory`)).json()) as {
    peakRssMb: number;
    rssMb: number;
    peakHeapMb: number;
    peakLiveMb: number;
    majorGcs: number;
    maxLoopDelayMs: number;
  };
}

/** The public request alone, for 3 s: what the probe costs on this machine right now. */
async function idleLatency(worker: Worker): Promise<{ slowest: number; median: number }> {
  const latencies: number[] = [];
  for (const until = performance.now() + 3000; performance.now() < until;) {
    const started = performance.now();
    await (await fetch(`${worker.url}/api/v1/indicators`)).arrayBuffer();
    latencies.push(performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  latencies.sort((a, b) => a - b);
  return {
    slowest: latencies.at(-1) ?? 0,
    median: latencies[Math.floor(latencies.length / 2)] ?? 0,
  };
}

/** One upload, with a public request every 50 ms while it runs. */
async function timeImport(worker: Worker, body: string, dryRun: boolean): Promise<Timed> {
  let running = true;
  const latencies: number[] = [];
  const probe = (async () => {
    while (running) {
      const started = performance.now();
      const response = await fetch(`${worker.url}/api/v1/indicators`);
      await response.arrayBuffer();
      if (running) latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  await fetch(`${worker.url}/bench/reset`, { method: 'POST' });
  const started = performance.now();
  const response = await fetch(
    `${worker.url}/api/staff/imports/figures${dryRun ? '?dryRun=1' : ''}`,
    {
      method: 'POST',
      headers: { origin: worker.site, cookie: worker.cookie, 'content-type': 'text/csv' },
      body,
    },
  );
  const text = await response.text();
  const seconds = (performance.now() - started) / 1000;
  running = false;
  await probe;
  const { maxLoopDelayMs, peakHeapMb, peakLiveMb, majorGcs } = await memoryOf(worker);
  return {
    maxLoopDelayMs,
    peakHeapMb,
    peakLiveMb,
    majorGcs,
    status: response.status,
    seconds,
    bytes: Buffer.byteLength(text),
    answer: JSON.parse(text) as Record<string, unknown>,
    slowestPublicMs: Math.max(0, ...latencies),
    publicRequests: latencies.length,
  };
}

function expectStatus(run: Timed, status: number, what: string) {
  if (run.status !== status)
    throw new Error(`${what} answered ${run.status}: ${JSON.stringify(run.answer).slice(0, 500)}`);
}

function report(what: string, size: number, run: Timed) {
  const rate = Math.round(size / run.seconds).toLocaleString('en-US');
  say(
    `  ${what}: ${run.seconds.toFixed(2)} s, ${rate} rows/s, answer ${(run.bytes / 1024).toFixed(1)} KB, slowest of ${run.publicRequests} public requests ${run.slowestPublicMs.toFixed(0)} ms, longest event-loop delay ${run.maxLoopDelayMs} ms, peak heap ${run.peakHeapMb} MB (${run.peakLiveMb} MB live after ${run.majorGcs} full collections)`,
  );
}
