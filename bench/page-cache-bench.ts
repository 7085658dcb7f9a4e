/**
 * Requests per second of the public page cache against a running server (`npm start`, or
 * `next start` on a seeded database):
 *   npm run bench:cache -- http://localhost:3000 [server pid]
 *
 * Measures, for the overview page, in this order:
 *   1. a CDN's revalidation: If-None-Match with the current tag → 304, nothing rendered;
 *   2. a cached copy, uncompressed → 200 from this process's memory;
 *   3. the same, gzip (what browsers ask for: Next compresses it per request);
 *   4. a page rendered per request (a staff session cookie bypasses the cache), the old cost.
 * With the server's pid (the `next-server` process), also its CPU time per request from
 * /proc/<pid>/stat: on a shared machine other work steals wall-clock time, but not the CPU time
 * a request costs, so 1000 / (CPU ms per request) is what one fully used core would serve.
 * Target: a cached page ≥ 1,000 requests/s.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';

const base = process.argv[2] ?? 'http://localhost:3000';
const pid = process.argv[3] ? Number(process.argv[3]) : null;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 8);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

/** User plus system CPU time of a process, in milliseconds (Linux). */
function cpuMs(processId: number): number {
  const fields = readFileSync(`/proc/${processId}/stat`, 'utf8').split(') ')[1]!.split(' ');
  // utime and stime are fields 14 and 15 of stat, 12 and 13 after the name; ticks of 1/100 s.
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** Keeps CONNECTIONS keep-alive requests in flight for SECONDS; counts answers by status. */
async function load(path: string, headers: Record<string, string>) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
  const url = new URL(path, base);
  const statuses = new Map<number, number>();
  const end = Date.now() + SECONDS * 1000;
  const cpuBefore = pid ? cpuMs(pid) : 0;
  const started = Date.now();
  const worker = async () => {
    while (Date.now() < end) {
      const status = await new Promise<number>((resolve, reject) => {
        const request = http.get(url, { agent, headers }, (response) => {
          response.resume();
          response.on('end', () => resolve(response.statusCode ?? 0));
        });
        request.on('error', reject);
      });
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: CONNECTIONS }, worker));
  const elapsed = (Date.now() - started) / 1000;
  agent.destroy();
  const total = [...statuses.values()].reduce((sum, n) => sum + n, 0);
  const cpu = pid ? (cpuMs(pid) - cpuBefore) / total : null;
  return { perSecond: total / elapsed, statuses: Object.fromEntries(statuses), cpu };
}

const first = await fetch(new URL('/', base));
const etag = first.headers.get('etag');
if (!etag) throw new Error(`${base}/ sent no ETag: is this a production build of this branch?`);
await first.arrayBuffer();

const cases: [string, Record<string, string>][] = [
  ['304 revalidation (If-None-Match)', { 'if-none-match': etag }],
  ['200 cached copy, identity', {}],
  ['200 cached copy, gzip', { 'accept-encoding': 'gzip' }],
  ['200 rendered per request', { cookie: 'pledgeboard.session_token=bench' }],
];
console.log(`${base}/ · ${CONNECTIONS} connections · ${SECONDS} s each\n`);
for (const [name, headers] of cases) {
  const { perSecond, statuses, cpu } = await load('/', headers);
  const cpuText =
    cpu === null
      ? ''
      : ` · server CPU ${cpu.toFixed(2)} ms/request (≈ ${Math.round(1000 / cpu)}/s per core)`;
  console.log(
    `${name.padEnd(36)} ${Math.round(perSecond).toString().padStart(6)} req/s${cpuText} · ${JSON.stringify(statuses)}`,
  );
}
