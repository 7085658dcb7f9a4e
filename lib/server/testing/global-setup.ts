import { rm } from 'node:fs/promises';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { readDatabaseSettings } from '../database/database-settings.ts';
import { findFreePort, startEmbeddedPostgres } from '../database/embedded-postgres.ts';

/**
 * One real PostgreSQL for the integration tests: the embedded server in its own folder and
 * port (never the dashboard's data), or the server at DATABASE_URL. Each test file then creates
 * its own database on it (see test-database.ts).
 */
export default async function setup(project: TestProject) {
  keepFailingExitCode();
  const settings = readDatabaseSettings();
  if (settings.externalUrl) {
    project.provide('databaseAdminUrl', settings.externalUrl);
    return;
  }
  // A folder and port of this run's own, so two test runs at once cannot trample each other.
  const dir = path.join(settings.dataDir, `test-postgres-${process.pid}`);
  const database = await startEmbeddedPostgres({
    dir,
    port: await findFreePort(),
    database: 'pledgeboard',
    fresh: true,
  });
  project.provide('databaseAdminUrl', database.url);
  return async () => {
    await database.stop();
    await rm(dir, { recursive: true, force: true });
  };
}

/**
 * embedded-postgres registers async-exit-hook, whose 'beforeExit' handler ends the process with
 * `process.exit(0)`: vitest sets `process.exitCode = 1` for failed tests and lets the process end,
 * so a failing run exited 0 and `npm test` went on to report every test passed. The code vitest
 * set is kept here and put back as the process exits.
 */
function keepFailingExitCode() {
  let failing: typeof process.exitCode;
  process.prependListener('beforeExit', () => {
    failing = process.exitCode;
  });
  process.on('exit', () => {
    if (failing && failing !== 0 && failing !== '0') process.exitCode = failing;
  });
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseAdminUrl: string;
  }
}
