/**
 * Read latency, throughput and memory as the data grows:
 *   npm run bench:read                          (10,000, 1,000,000 then 10,000,000 figures)
 *   npm run bench:read -- 10000 100000          (any sizes, ascending)
 *
 * In a throwaway embedded PostgreSQL (never the dashboard's data), grown from one size to the next
 * (bench/synthetic-figures.ts, growReadDataset: at 10,000,000 figures 10,000 indicators, 5,000
 * pledges, 5,000 sources, 1 % of the figures on indicator bench-1), for each size: `next start`
 * on the existing production build (`npx next build` first), then every public page and API
 * route under BENCH_CONNECTIONS (50) concurrent clients for BENCH_SECONDS (5) each, in the modes
 * that apply:
 *   uncached  pages: rendered per request. A staff session cookie is what makes the proxy render
 *             a page for its request instead of serving its copy (proxy.ts); a public page does
 *             not read the session, so this is a public rendering without the cache. Route
 *             handlers keep no copy: every plain GET computes its answer.
 *   cached    pages only: the process's copy of the rendering, 200 from memory.
 *   304       If-None-Match with the current tag: what a CDN's revalidation costs.
 * Prints per size and route p50/p95/p99 (ms), requests/s, failures (neither 2xx nor 3xx, errors,
 * timeouts), the server's CPU time per request and its peak RSS; then, per route, the cost growth
 * from the second-largest to the largest size.
 * Targets at 10,000,000 figures on two cores: API p95 ≤ 50 ms, uncached pages p95 ≤ 300 ms, a
 * cached page ≥ 1,000 requests/s, server RSS < 500 MB, cost per request from 1M to 10M ≤ 1.5×.
 */
import { readFileSync } from 'node:fs';
import { startBenchDatabase } from './bench-database.ts';
import { runLoad, type LoadResult } from './read-load.ts';
import {
  readPeakRssMb,
  startNextServer,
  stopNextServer,
  stopOnExit,
  type BenchServer,
} from './read-server.ts';
import { growReadDataset } from './synthetic-figures.ts';

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => n > 0);
if (sizes.length === 0) sizes.push(10_000, 1_000_000, 10_000_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PORT = Number(process.env.BENCH_PORT ?? 3350);
const DB_PORT = process.env.BENCH_DB_PORT ? Number(process.env.BENCH_DB_PORT) : undefined;
const STAFF_COOKIE = { cookie: 'pledgeboard.session_token=bench' };
const HEADER = `  ${'route'.padEnd(58)} ${'mode'.padEnd(8)} ${'p50'.padStart(6)} ${'p95'.padStart(6)} ${'p99'.padStart(6)} ${'req/s'.padStart(7)} ${'failed'.padStart(6)} ${'CPU ms/r'.padStart(8)}`;

type Mode = 'uncached' | 'cached' | '304';
interface Route {
  kind: 'page' | 'api';
  path: string;
}
interface Row {
  route: Route;
  mode: Mode;
  result: LoadResult;
  cpuMsPerRequest: number;
}

process.once('SIGINT', () => process.exit(130));
const { client, url: databaseUrl, close } = await startBenchDatabase('read', DB_PORT);
const bySize = new Map<number, { rows: Row[]; peakRssMb: number }>();
try {
  let generated = 0;
  for (const size of sizes) {
    console.log(`\n${size.toLocaleString('en-US')} figures`);
    generated = await growReadDataset(client, generated, size);
    await client.query('VACUUM ANALYZE');
    const server = await startNextServer(databaseUrl, PORT);
    stopOnExit(server);
    try {
      const routes = await listRoutes(server);
      const rows: Row[] = [];
      console.log(HEADER);
      for (const route of routes) {
        for (const mode of modesOf(route)) {
          const row = await measure(server, route, mode);
          if (!row) continue;
          rows.push(row);
          console.log(formatRow(row));
        }
      }
      const peakRssMb = readPeakRssMb(server);
      bySize.set(size, { rows, peakRssMb });
      console.log(`  server peak RSS ${peakRssMb} MB`);
    } finally {
      await stopNextServer(server);
    }
  }
  printSummary();
} finally {
  await close();
}

function modesOf(route: Route): Mode[] {
  return route.kind === 'page' ? ['uncached', 'cached', '304'] : ['uncached', '304'];
}

/** The routes, with real slugs of the generated data and a cursor several pages deep. */
async function listRoutes(server: BenchServer): Promise<Route[]> {
  const hot = 'bench-1';
  const { rows } = await client.query<{ slug: string }>(
    `SELECT c.slug FROM current_figure c JOIN indicator i ON i.id = c.indicator_id
     WHERE i.slug = $1 ORDER BY c.observed_on DESC LIMIT 1`,
    [hot],
  );
  let cursorPath = '/api/v1/figures';
  for (let step = 0; step < 5; step += 1) {
    const page = (await (await fetch(server.origin + cursorPath)).json()) as {
      links?: { next?: string | null };
    };
    if (!page.links?.next) break;
    const next = new URL(page.links.next, server.origin);
    cursorPath = next.pathname + next.search;
  }
  const page = (path: string): Route => ({ kind: 'page', path });
  const api = (path: string): Route => ({ kind: 'api', path });
  return [
    page('/'),
    page('/en'),
    page('/pledges'),
    page('/pledges?theme=bench&sort=status'),
    page('/sources'),
    page('/sources?page=5'),
    page(`/indicators/${hot}`),
    page(`/indicators/${hot}?page=3`),
    page(`/figures/${rows[0]!.slug}`),
    page('/pledges/bench-pledge-1'),
    page(`/embed/indicators/${hot}`),
    api(`/charts/${hot}.svg`),
    api('/api/tracker?page=3'),
    api('/api/v1/indicators'),
    api('/api/v1/figures'),
    api(`/api/v1/figures?indicator=${hot}`),
    api(cursorPath),
    api('/api/v1/pledges'),
    api('/api/v1/pledges?status=ON_TRACK'),
    api('/api/v1/sources'),
    // A typical indicator (about 1,000 figures): bench-1's 100,000 at the largest size would
    // measure the CSV stream's throughput (npm run bench:export), not a read.
    api('/downloads?scope=indicator&slug=bench-2&format=csv'),
  ];
}

async function measure(server: BenchServer, route: Route, mode: Mode): Promise<Row | null> {
  const url = server.origin + route.path;
  // One unmeasured request: compiles nothing under `next start`, but fills the page's copy.
  const first = await fetch(url, { redirect: 'manual' });
  await first.arrayBuffer();
  const etag = first.headers.get('etag');
  // A redirect (the locale routing of `/` for some clients) has no tag to revalidate.
  if (mode === '304' && !etag) {
    console.log(`  ${route.path} answered ${first.status} with no ETag: no 304 row`);
    return null;
  }
  const headers: Record<string, string> =
    mode === 'uncached' && route.kind === 'page'
      ? STAFF_COOKIE
      : mode === '304'
        ? { 'if-none-match': etag! }
        : {};
  const cpuBefore = cpuMs(server.child.pid!);
  const result = await runLoad(url, { seconds: SECONDS, connections: CONNECTIONS, headers });
  const cpuMsPerRequest = (cpuMs(server.child.pid!) - cpuBefore) / Math.max(1, result.requests);
  return { route, mode, result, cpuMsPerRequest };
}

/** User plus system CPU time of the server's process group leader (next start), in ms. */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime are fields 14 and 15 of stat, 12 and 13 after the name; ticks of 1/100 s.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function formatRow({ route, mode, result, cpuMsPerRequest }: Row): string {
  const ms = (value: number) => value.toFixed(0).padStart(6);
  return `  ${route.path.slice(0, 58).padEnd(58)} ${mode.padEnd(8)} ${ms(result.p50)} ${ms(result.p95)} ${ms(result.p99)} ${Math.round(result.perSecond).toString().padStart(7)} ${result.failures.toString().padStart(6)} ${cpuMsPerRequest.toFixed(2).padStart(8)}`;
}

function printSummary() {
  console.log(`\nSummary: ${CONNECTIONS} connections, ${SECONDS} s per row, latencies in ms`);
  for (const [size, { rows, peakRssMb }] of bySize) {
    console.log(`\n${size.toLocaleString('en-US')} figures · server peak RSS ${peakRssMb} MB`);
    console.log(HEADER);
    for (const row of rows) console.log(formatRow(row));
    console.log(checkTargets(rows, peakRssMb));
  }
  const measured = [...bySize.keys()];
  if (measured.length < 2) return;
  const [from, to] = measured.slice(-2) as [number, number];
  console.log(
    `\nCost per request, ${from.toLocaleString('en-US')} → ${to.toLocaleString('en-US')} figures (target ≤ 1.5× from 1M to 10M): p50 and server CPU`,
  );
  const before = bySize.get(from)!.rows;
  for (const row of bySize.get(to)!.rows) {
    const old = before.find((r) => r.route.path === row.route.path && r.mode === row.mode);
    // Cursor paths differ between sizes; compare them by position.
    const match = old ?? before[bySize.get(to)!.rows.indexOf(row)];
    if (!match) continue;
    const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '—');
    console.log(
      `  ${row.route.path.slice(0, 58).padEnd(58)} ${row.mode.padEnd(8)} p50 ${ratio(row.result.p50, match.result.p50).padStart(7)}  CPU ${ratio(row.cpuMsPerRequest, match.cpuMsPerRequest).padStart(7)}`,
    );
  }
}

function checkTargets(rows: Row[], peakRssMb: number): string {
  const worst = (filter: (row: Row) => boolean) =>
    Math.max(0, ...rows.filter(filter).map((row) => row.result.p95));
  const apiP95 = worst((row) => row.route.path.startsWith('/api/') && row.mode === 'uncached');
  const pageP95 = worst((row) => row.route.kind === 'page' && row.mode === 'uncached');
  const cached = Math.max(
    0,
    ...rows.filter((row) => row.mode === 'cached').map((row) => row.result.perSecond),
  );
  const failures = rows.reduce((sum, row) => sum + row.result.failures, 0);
  const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSED');
  return [
    `  targets: API p95 (worst) ${apiP95.toFixed(0)} ms ≤ 50 ${verdict(apiP95 <= 50)}`,
    `uncached page p95 (worst) ${pageP95.toFixed(0)} ms ≤ 300 ${verdict(pageP95 <= 300)}`,
    `best cached page ${Math.round(cached)}/s ≥ 1,000 ${verdict(cached >= 1000)}`,
    `RSS ${peakRssMb} MB < 500 ${verdict(peakRssMb < 500)}`,
    `failures ${failures}`,
  ].join(' · ');
}
