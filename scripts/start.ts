/**
 * `npm start`: everything a new user needs, step by step, in one command:
 * database (embedded unless DATABASE_URL is set) → migrations → seed → build → serve.
 *   --skip-build  serve the existing .next build (end-to-end tests build once)
 *   --fresh-db    start the embedded database from nothing (end-to-end tests)
 *   --dev         run `next dev` instead of building
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { readOrCreateAuthSecret } from '../lib/server/auth/auth-secret.ts';
import { readDatabaseSettings } from '../lib/server/database/database-settings.ts';
import { prepareDatabase } from '../lib/server/database/prepare-database.ts';
import { generatePrismaClient } from './prisma-generate.ts';

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
if ((major ?? 0) < 20) fail(`Node ${process.versions.node} is too old.`, 'Pledgeboard needs Node 20 or newer.');

announce('Generating the Prisma client');
try {
  generatePrismaClient();
} catch (error) {
  fail((error as Error).message, 'Run `npm ci` first so the prisma package is installed.');
}

if (args.has('--skip-build') && !existsSync('.next/BUILD_ID')) {
  fail('There is no production build to serve.', 'Run `npx next build` first, or `npm start` without --skip-build.');
}

announce('Preparing the database');
const database = await prepareDatabase({ log, fresh: args.has('--fresh-db') }).catch((error: Error) =>
  fail(error.message, 'Nothing was served. Fix the problem above and run `npm start` again.'),
);
if (args.has('--fresh-db')) {
  // The end-to-end tests make staff accounts with the create-admin command; this tells it which
  // database this run serves (a throwaway one when DATABASE_URL is set), never the user's own.
  await writeFile(path.join(readDatabaseSettings().dataDir, 'database-url'), `${database.url}\n`, { mode: 0o600 });
}

const require = createRequire(import.meta.url);
const nextBin = require.resolve('next/dist/bin/next');
// The key that signs staff session cookies: BETTER_AUTH_SECRET, or one kept in the data folder.
const authSecret = await readOrCreateAuthSecret(readDatabaseSettings().dataDir).catch((error: Error) => fail(error.message));
const childEnv = { ...process.env, DATABASE_URL: database.url, BETTER_AUTH_SECRET: authSecret, NEXT_TELEMETRY_DISABLED: '1' };

if (!args.has('--skip-build') && !args.has('--dev')) {
  announce('Building the dashboard (next build)');
  const build = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: childEnv });
  if (build.status !== 0) {
    await database.stop();
    fail('The build failed (see the output above).');
  }
}

announce(`Serving on http://localhost:${port}`);
if (!process.env.PUBLIC_URL) {
  log(`Shared links and chart images name http://localhost:${port}; where the dashboard is published, set PUBLIC_URL.`);
}
const server = spawn(process.execPath, [nextBin, args.has('--dev') ? 'dev' : 'start', '--port', port], {
  stdio: 'inherit',
  env: childEnv,
});

let stopping = false;
async function shutdown(code: number) {
  if (stopping) return;
  stopping = true;
  server.kill('SIGTERM');
  await database.stop();
  process.exit(code);
}
process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));
server.on('exit', (code) => {
  if (!stopping) {
    console.error(code === 0 ? 'The web server stopped.' : `The web server exited with code ${code}.`);
    void shutdown(code ?? 1);
  }
});
