import path from 'node:path';
import { readDatabaseSettings, redactDatabaseUrl } from './database-settings.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import { applyMigrations } from './migrate.ts';
import { createPrismaClient } from './prisma-client.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { seedDataset } from '../../../prisma/seed/data.ts';

/**
 * Everything `npm start` and the end-to-end tests need from the database, in order:
 * reach it (DATABASE_URL, or the embedded server under .data/), migrate, load the seed.
 */

export interface PreparedDatabase {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

export interface PrepareOptions {
  log: (message: string) => void;
  /** Start the embedded cluster from nothing (end-to-end tests). Ignored with DATABASE_URL. */
  fresh?: boolean;
}

export async function prepareDatabase(options: PrepareOptions): Promise<PreparedDatabase> {
  const settings = readDatabaseSettings();
  let database: PreparedDatabase;
  if (settings.externalUrl) {
    options.log(`Using the PostgreSQL at DATABASE_URL (${redactDatabaseUrl(settings.externalUrl)})`);
    database = { url: settings.externalUrl, embedded: false, stop: async () => {} };
  } else {
    const dir = path.join(settings.dataDir, 'postgres');
    options.log(`Starting the embedded PostgreSQL on 127.0.0.1:${settings.embeddedPort} (data in ${path.relative(process.cwd(), dir)})`);
    const embedded = await startEmbeddedPostgres({
      dir,
      port: settings.embeddedPort,
      database: 'pledgeboard',
      fresh: options.fresh,
      log: options.log,
    });
    database = { url: embedded.url, embedded: true, stop: embedded.stop };
  }

  try {
    const migrations = await applyMigrations(database.url);
    options.log(
      migrations.applied.length > 0
        ? `Applied ${migrations.applied.length} migration(s): ${migrations.applied.join(', ')}`
        : `Database schema is up to date (${migrations.alreadyApplied} migration(s) applied earlier)`,
    );
    const prisma = createPrismaClient(database.url);
    try {
      const report = await loadSeed(prisma, seedDataset);
      options.log(`Seed data: ${report.created} new, ${report.revised} revised, ${report.unchanged} unchanged`);
    } finally {
      await prisma.$disconnect();
    }
  } catch (error) {
    await database.stop();
    throw error;
  }
  return database;
}
