/**
 * The server side of `npm run bench:import`, in a process of its own so its peak memory is the
 * import's: the app's real route handlers (the import, and a public read for the latency probe)
 * served over HTTP on this process's event loop, as under `next start`.
 *   tsx --conditions=react-server bench/import-worker.ts <databaseUrl>
 * Prints one JSON line, { url, cookie }, once an editor is signed in; GET /bench/memory answers
 * the process's peak and current resident memory, the peak of its heap and of what full
 * collections left of it.
 */
import { readFileSync } from 'node:fs';
import { constants, monitorEventLoopDelay, PerformanceObserver } from 'node:perf_hooks';

const databaseUrl = process.argv[2];
if (!databaseUrl) throw new Error('usage: import-worker.ts <databaseUrl>');
const SITE = 'http://localhost:3000';
process.env.DATABASE_URL = databaseUrl;
process.env.BETTER_AUTH_SECRET ??= 'bench-secret-of-at-least-thirty-two-characters';
process.env.PUBLIC_URL = SITE;

const { POST: importFigures } = await import('../app/api/staff/imports/figures/route.ts');
const { GET: listIndicators } = await import('../app/api/v1/indicators/route.ts');
const { serveRoutes } = await import('../lib/server/testing/serve-routes.ts');
const { createStaffAccount } = await import('../lib/server/staff/create-staff-account.ts');
const { signIn } = await import('../lib/server/auth/sign-in.ts');
const { staffRequest, toCookieHeader } = await import('../lib/server/testing/staff-request.ts');

const email = `bench-${process.pid}@example.org`;
const password = 'bench-password-long-enough';
const created = await createStaffAccount({
  email,
  name: 'Bench',
  password,
  role: 'editor',
  createdBy: 'bench',
});
if (!created.ok) throw new Error(created.message);
const signedIn = await signIn(
  staffRequest('/api/staff/session', { method: 'POST', body: { email, password } }),
);
if (signedIn.status !== 200) throw new Error(`sign-in failed: ${signedIn.status}`);

const server = await serveRoutes({
  'POST /api/staff/imports/figures': importFigures,
  'GET /api/v1/indicators': listIndicators,
  'GET /bench/memory': async () => Response.json(memory()),
  // Starts a measurement: the event loop's longest delay and the peak heap from now on.
  'POST /bench/reset': async () => {
    loopDelay.reset();
    peakHeapMb = 0;
    peakLiveMb = 0;
    majorGcs = 0;
    return Response.json({});
  },
});
console.log(JSON.stringify({ url: server.url, cookie: toCookieHeader(signedIn), site: SITE }));

/**
 * How long a callback waited for the event loop at worst (what every other request would wait
 * too), sampled every 10 ms, and the peak of live JavaScript memory (heap plus buffers), which
 * says how much of the resident memory is data rather than garbage not yet collected.
 */
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
loopDelay.enable();
let peakHeapMb = 0;
setInterval(() => {
  const { heapUsed, external } = process.memoryUsage();
  peakHeapMb = Math.max(peakHeapMb, (heapUsed + external) / 1024 / 1024);
}, 20).unref();

/**
 * What a full collection leaves, heap plus buffers: the memory the process actually needs. The
 * peak of the heap above also counts garbage not yet collected, which V8 lets grow to a multiple
 * of this before it collects, so the resident peak follows this one times that factor.
 */
let peakLiveMb = 0;
let majorGcs = 0;
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const { kind } = (entry as PerformanceEntry & { detail: { kind: number } }).detail;
    if (kind !== constants.NODE_PERFORMANCE_GC_MAJOR) continue;
    majorGcs += 1;
    const { heapUsed, external } = process.memoryUsage();
    peakLiveMb = Math.max(peakLiveMb, (heapUsed + external) / 1024 / 1024);
  }
}).observe({ entryTypes: ['gc'] });

/** VmHWM: the kernel's own high-water mark of resident memory (Linux). */
function memory() {
  const status = readFileSync('/proc/self/status', 'utf8');
  const hwm = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  const rss = process.memoryUsage().rss / 1024 / 1024;
  return {
    peakRssMb: Math.round(hwm ? Number(hwm) / 1024 : rss),
    rssMb: Math.round(rss),
    peakHeapMb: Math.round(peakHeapMb),
    peakLiveMb: Math.round(peakLiveMb),
    majorGcs,
    maxLoopDelayMs: Math.round(loopDelay.max / 1e6),
  };
}
