// Temporary probe (not committed): peak RSS of next start on the kept 10M database, per variant.
import { startBenchDatabase } from './bench-database.ts';
import { startNextServer, stopNextServer, readPeakRssMb } from './read-server.ts';
import { readFileSync } from 'node:fs';
const db = await startBenchDatabase('read', 54870, '.data/bench', { keep: true });
const variants = JSON.parse(process.argv[2] ?? '[{}]') as Record<string, string>[];
const cookie = { cookie: 'pledgeboard.session_token=bench' };
function rollup(pid: number) {
  const s = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const get = (k: string) => Math.round(Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? 0) / 1024);
  return `Rss ${get('Rss')} (anon ${get('Anonymous')}, file ${get('Rss') - get('Anonymous')})`;
}
for (const variant of variants) {
  Object.assign(process.env, variant);
  const server = await startNextServer(db.url, 3360, '.data/rss-probe.log');
  for (const k of Object.keys(variant)) delete process.env[k];
  const burst = async (path: string, headers: Record<string, string>, n = 50) => {
    const t = Date.now();
    const statuses = await Promise.all(Array.from({ length: n }, () => fetch(server.origin + path, { headers }).then(async (r) => { await r.arrayBuffer(); return r.status; })));
    return `${path} ${statuses.filter((s) => s === 200).length}/${n} ${Date.now() - t} ms`;
  };
  const pid = server.child.pid!;
  const log: string[] = [];
  for (let round = 0; round < 3; round++) {
    log.push(await burst('/', cookie));
    log.push(await burst('/en', cookie));
    log.push(await burst('/pledges', cookie));
    log.push(await burst('/', {}, 200));
    log.push(`  peak ${readPeakRssMb(server)} MB · ${rollup(pid)}`);
  }
  console.log(JSON.stringify(variant), '\n ', log.join('\n  '));
  await stopNextServer(server);
}
await db.close();
