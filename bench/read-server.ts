/**
 * The production server for read-bench.ts: `next start` on the existing build, in a process group
 * of its own (stopped as a group), with the peak RSS of its processes read from /proc.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { withMemoryLimits } from '../scripts/server-heap.ts';

export interface BenchServer {
  origin: string;
  child: ChildProcess;
}

export async function startNextServer(
  databaseUrl: string,
  port: number,
  /** Where its output goes (a table on the terminal stays readable); the terminal when absent. */
  logFile?: string,
): Promise<BenchServer> {
  if (!existsSync('.next/BUILD_ID')) {
    throw new Error('There is no production build: run `npx next build` first.');
  }
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const log = logFile ? openSync(logFile, 'w') : undefined;
  // Bound like `npm start` (no -H). With `-H 127.0.0.1` Next builds the proxy's URLs on
  // "localhost", so next-intl's rewrite of a Korean page (`/` → `/ko`) points at another origin,
  // is proxied as an external rewrite, and comes back as `/ko`'s redirect to `/`: every Korean
  // page answers 307 to itself.
  const child = spawn(process.execPath, [nextBin, 'start', '-p', String(port)], {
    detached: true,
    stdio: ['ignore', log ?? 'ignore', log ?? 'inherit'],
    // With the heap limit `npm start` gives the server (scripts/server-heap.ts).
    env: withMemoryLimits({
      ...process.env,
      NODE_ENV: 'production' as const,
      NEXT_TELEMETRY_DISABLED: '1',
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      BETTER_AUTH_SECRET: randomBytes(32).toString('hex'),
    }),
  });
  if (log !== undefined) closeSync(log); // the child has its own copy
  const origin = `http://127.0.0.1:${port}`;
  for (const until = Date.now() + 60_000; Date.now() < until;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    const ready = await fetch(`${origin}/api/health`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) return { origin, child };
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stopNextServer({ origin, child });
  throw new Error(`next start did not answer on ${origin} within 60 s`);
}

/** Stops the server's process group and waits for it, so the next size can take the port. */
export async function stopNextServer(server: BenchServer): Promise<void> {
  if (server.child.exitCode !== null || server.child.signalCode !== null) return;
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  signalGroup(server, 'SIGTERM');
  const timer = setTimeout(() => signalGroup(server, 'SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/** On any exit of the bench (an error, Ctrl-C), the server must not outlive it. */
export function stopOnExit(server: BenchServer): void {
  process.once('exit', () => signalGroup(server, 'SIGKILL'));
}

function signalGroup(server: BenchServer, signal: NodeJS.Signals) {
  try {
    process.kill(-server.child.pid!, signal);
  } catch {
    // already gone
  }
}

/** The largest VmHWM (peak resident set, MB) of the server's processes: next-server itself. */
export function readPeakRssMb(server: BenchServer): number {
  let peakKb = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Field 5 (process group) counts from the closing parenthesis of the name.
      const group = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (group !== server.child.pid) continue;
      const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${entry}/status`, 'utf8'));
      if (match) peakKb = Math.max(peakKb, Number(match[1]));
    } catch {
      // the process ended meanwhile
    }
  }
  return Math.round(peakKb / 1024);
}

/** User plus system CPU time of one process, in ms (with its reaped children's when asked). */
export function readCpuMs(pid: number, { children = false } = {}): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the name: state is [0], utime [11], stime [12], cutime [13], cstime [14];
    // in clock ticks of 1/100 s.
    const fields = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    const ticks = fields[11]! + fields[12]! + (children ? fields[13]! + fields[14]! : 0);
    return ticks * 10;
  } catch {
    return 0;
  }
}

/**
 * CPU time of a PostgreSQL server, in ms: the postmaster with the backends it has reaped, plus
 * every live child (backends, checkpointer, autovacuum…).
 */
export function readPostgresCpuMs(postmasterPid: number): number {
  let total = readCpuMs(postmasterPid, { children: true });
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent === postmasterPid) total += readCpuMs(Number(entry));
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}
