import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { readDatabaseSettings } from '../database/database-settings.ts';
import { startEmbeddedPostgres } from '../database/embedded-postgres.ts';

/**
 * One real PostgreSQL for the integration tests: the embedded server in its own folder and
 * port (never the dashboard's data), or the server at DATABASE_URL. Each test file then creates
 * its own database on it (see test-database.ts).
 */
export default async function setup(project: TestProject) {
  const settings = readDatabaseSettings();
  if (settings.externalUrl) {
    project.provide('databaseAdminUrl', settings.externalUrl);
    return;
  }
  const port = Number(process.env.PLEDGEBOARD_TEST_DB_PORT ?? 54339);
  const database = await startEmbeddedPostgres({
    dir: path.join(settings.dataDir, 'test-postgres'),
    port,
    database: 'pledgeboard',
    fresh: true,
  });
  project.provide('databaseAdminUrl', database.url);
  return async () => {
    await database.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseAdminUrl: string;
  }
}
