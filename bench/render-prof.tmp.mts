// Temporary (not committed): CPU profile of next start rendering pages uncached on the kept database.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { startBenchDatabase } from './bench-database.ts';
const db = await startBenchDatabase('read', 54870, '.data/bench', { keep: true });
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const port = 3362;
const child = spawn(process.execPath, ['--cpu-prof', '--cpu-prof-dir=.data/cpuprof-render', '--max-old-space-size=384', nextBin, 'start', '-p', String(port)], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', DATABASE_URL: db.url, PORT: String(port), BETTER_AUTH_SECRET: 'x'.repeat(40) },
});
const origin = `http://127.0.0.1:${port}`;
for (;;) { if (await fetch(origin + '/api/health').then((r) => r.ok).catch(() => false)) break; await new Promise((r) => setTimeout(r, 250)); }
const cookie = { cookie: 'pledgeboard.session_token=bench' };
const paths = (process.argv[2] ?? '/').split(',');
for (const path of paths) {
  for (let i = 0; i < 3; i++) await (await fetch(origin + path, { headers: cookie })).arrayBuffer();
  const t = Date.now(); const n = Number(process.argv[3] ?? 20);
  let bytes = 0;
  for (let i = 0; i < n; i++) bytes = (await (await fetch(origin + path, { headers: cookie })).arrayBuffer()).byteLength;
  console.log(path, 'sequential', ((Date.now() - t) / n).toFixed(1), 'ms each', bytes, 'bytes');
}
child.kill('SIGTERM'); await new Promise((r) => child.once('exit', r));
await db.close();
