import path from 'node:path';
import pg from 'pg';
import {
  DEFAULT_APP_ROLE,
  ensureAppRole,
  grantAppRole,
  readOrCreateAppRolePassword,
} from './app-role.ts';
import { CONNECT_TIMEOUT_MS } from './connect-timeout.ts';
import { readDatabaseSettings, redactDatabaseUrl } from './database-settings.ts';
import {
  findRunningEmbeddedPostgres,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from './embedded-postgres.ts';
import { applyMigrations } from './migrate.ts';
import { createPrismaClient } from './prisma-client.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { seedDataset } from '../../../prisma/seed/data.ts';

/**
 * Everything `npm start` and the end-to-end tests need from the database, in order:
 * reach it (DATABASE_URL, or the embedded server under .data/), migrate, load the seed.
 */

export interface PreparedDatabase {
  /** The owner's address: migrations, the seed, commands. */
  url: string;
  /**
   * What the web server connects with: a role that cannot change the schema or rewrite history
   * (lib/server/database/app-role.ts). Only an external database without DATABASE_APP_URL falls
   * back to the owner, with a warning.
   */
  appUrl: string;
  /** The embedded server this process started (to watch and restart), or null. */
  embedded: EmbeddedDatabase | null;
  stop: () => Promise<void>;
}

export interface PrepareOptions {
  log: (message: string) => void;
  /**
   * Start from an empty database (end-to-end tests): a new embedded cluster, or with DATABASE_URL
   * a throwaway database created beside the named one and dropped on stop.
   */
  fresh?: boolean;
  /**
   * false: only reach the database, with no migrations and no seed. Backups read a database as it
   * is; a restore needs it empty and applies the archive's own migrations itself.
   */
  migrateAndSeed?: boolean;
}

export async function prepareDatabase(options: PrepareOptions): Promise<PreparedDatabase> {
  const settings = readDatabaseSettings();
  let database: PreparedDatabase;
  if (settings.externalUrl && options.fresh) {
    // Tests never touch the database DATABASE_URL names: they get a throwaway one beside it.
    database = await createThrowawayDatabase(settings.externalUrl, options.log);
    options.log(
      `Using a throwaway database on the PostgreSQL at DATABASE_URL (${redactDatabaseUrl(database.url)})`,
    );
  } else if (settings.externalUrl) {
    options.log(
      `Using the PostgreSQL at DATABASE_URL (${redactDatabaseUrl(settings.externalUrl)})`,
    );
    database = {
      url: settings.externalUrl,
      appUrl: settings.externalAppUrl ?? settings.externalUrl,
      embedded: null,
      stop: async () => {},
    };
  } else {
    const dir = path.join(settings.dataDir, 'postgres');
    options.log(
      `Starting the embedded PostgreSQL on 127.0.0.1:${settings.embeddedPort} (data in ${path.relative(process.cwd(), dir)})`,
    );
    const embedded = await startEmbeddedPostgres({
      dir,
      port: settings.embeddedPort,
      database: 'pledgeboard',
      fresh: options.fresh,
      log: options.log,
    });
    // The app role is made (or its grants renewed) once the migrations have run, below.
    database = { url: embedded.url, appUrl: embedded.url, embedded, stop: () => embedded.stop() };
  }

  if (options.migrateAndSeed === false) return database;
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
      options.log(
        `Seed data: ${report.created} new, ${report.revised} revised, ${report.unchanged} unchanged`,
      );
    } finally {
      await prisma.$disconnect();
    }
    // After every migration: tables a migration added get the app role's privileges too.
    if (database.embedded) {
      const password = await readOrCreateAppRolePassword(path.join(settings.dataDir, 'postgres'));
      database.appUrl = await ensureAppRole(database.url, { password });
    } else if (database.appUrl !== database.url) {
      await grantAppRole(database.url, decodeURIComponent(new URL(database.appUrl).username));
    }
    if (database.appUrl !== database.url) {
      const role = decodeURIComponent(new URL(database.appUrl).username);
      options.log(
        `The web server connects as "${role}", which cannot change the schema or rewrite history`,
      );
    } else {
      options.log(
        'Warning: the web server connects as the database owner. Create a least-privilege role with ' +
          '`npm run db:app-role` and set DATABASE_APP_URL (README, "Least privilege").',
      );
    }
  } catch (error) {
    await database.stop();
    throw error;
  }
  return database;
}

/**
 * For one-off commands (creating an account): the database `npm start` is serving from, or, when
 * it is not running, the same preparation `npm start` does (stopped again by `stop`).
 */
export async function connectForCommand(options: PrepareOptions): Promise<PreparedDatabase> {
  const settings = readDatabaseSettings();
  if (!settings.externalUrl) {
    const running = await findRunningEmbeddedPostgres({
      dir: path.join(settings.dataDir, 'postgres'),
      database: 'pledgeboard',
    });
    if (running) {
      options.log('Using the embedded PostgreSQL that is already running');
      if (options.migrateAndSeed !== false) await applyMigrations(running);
      return { url: running, appUrl: running, embedded: null, stop: async () => {} };
    }
  }
  return prepareDatabase(options);
}

async function createThrowawayDatabase(
  serverUrl: string,
  log: (message: string) => void,
): Promise<PreparedDatabase> {
  const name = `pledgeboard_e2e_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({
    connectionString: serverUrl,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  // Roles are shared by the whole server: a role of its own, dropped with the database, never
  // a reset of the password of a DEFAULT_APP_ROLE someone else uses.
  const role = `${name}_app`.slice(0, 63);
  const appUrl = await ensureAppRole(url.toString(), { role }).catch((error: Error) => {
    log(
      `Could not create a throwaway ${DEFAULT_APP_ROLE}-like role (${error.message.split('\n')[0]}); the server connects as the owner`,
    );
    return null;
  });
  return {
    url: url.toString(),
    appUrl: appUrl ?? url.toString(),
    embedded: null,
    stop: async () => {
      const cleanup = new pg.Client({
        connectionString: serverUrl,
        connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      if (appUrl) await cleanup.query(`DROP ROLE IF EXISTS ${pg.escapeIdentifier(role)}`);
      await cleanup.end();
    },
  };
}
