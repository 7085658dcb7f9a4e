import path from 'node:path';
import { z } from 'zod';

/**
 * Where the database is, validated once. DATABASE_URL points at any PostgreSQL; without it the
 * commands start the embedded one under .data/. DATABASE_READ_URL, optional, names a read-only
 * replica of that PostgreSQL for the public pages and API. A bad setting fails here, loudly,
 * with its name.
 */

/** A postgresql:// URL; unset and empty alike mean "none". */
const optionalPostgresUrl = z
  .string()
  .regex(/^postgres(ql)?:\/\//, 'must be a postgresql:// connection URL')
  .optional()
  .or(z.literal('').transform(() => undefined));

const settingsSchema = z
  .object({
    DATABASE_URL: optionalPostgresUrl,
    DATABASE_APP_URL: optionalPostgresUrl,
    DATABASE_READ_URL: optionalPostgresUrl,
    PLEDGEBOARD_DB_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    PLEDGEBOARD_DATA_DIR: z.string().min(1).default('.data'),
  })
  // A replica copies a primary someone runs: the embedded PostgreSQL has none.
  .refine((settings) => !settings.DATABASE_READ_URL || settings.DATABASE_URL, {
    path: ['DATABASE_READ_URL'],
    message: 'names a replica of the PostgreSQL at DATABASE_URL: set DATABASE_URL too',
  });

export interface DatabaseSettings {
  /** Set when the user brought their own PostgreSQL: the owner's address, for migrations. */
  externalUrl?: string;
  /** The least-privilege role's address on that PostgreSQL, for the web server (npm run db:app-role). */
  externalAppUrl?: string;
  /** A read-only replica of that PostgreSQL, for public reads; unset means the primary. */
  externalReadUrl?: string;
  embeddedPort: number;
  dataDir: string;
}

export function readDatabaseSettings(env: NodeJS.ProcessEnv = process.env): DatabaseSettings {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
      .join('\n');
    throw new Error(`Invalid database settings in the environment:\n${problems}`);
  }
  return {
    externalUrl: parsed.data.DATABASE_URL,
    externalAppUrl: parsed.data.DATABASE_URL ? parsed.data.DATABASE_APP_URL : undefined,
    externalReadUrl: parsed.data.DATABASE_READ_URL,
    embeddedPort: parsed.data.PLEDGEBOARD_DB_PORT,
    dataDir: path.resolve(parsed.data.PLEDGEBOARD_DATA_DIR),
  };
}

/**
 * The address the web server connects with: DATABASE_URL, which `npm start` sets for the server
 * process (the least-privilege role on the embedded or the user's PostgreSQL).
 */
export function readServerDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const { externalUrl } = readDatabaseSettings(env);
  if (!externalUrl) {
    throw new Error(
      'DATABASE_URL is not set: start the dashboard with `npm start`, which sets it.',
    );
  }
  return externalUrl;
}

/**
 * The address public reads go to (pages, /api/v1, downloads, chart images): DATABASE_READ_URL, a
 * read-only replica, when set; otherwise the server's own DATABASE_URL.
 */
export function readServerReadDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return readDatabaseSettings(env).externalReadUrl ?? readServerDatabaseUrl(env);
}

/** The URL with its password hidden, for progress messages. */
export function redactDatabaseUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
