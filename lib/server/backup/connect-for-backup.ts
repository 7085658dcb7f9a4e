import pg from 'pg';
import { CONNECT_TIMEOUT_MS } from '../database/connect-timeout.ts';
import { BackupError } from './backup-error.ts';

/** A connection of its own for a backup or restore; an unreachable server is the operator's to fix. */
export async function connectForBackup(databaseUrl: string): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  await client.connect().catch((error: Error) => {
    const { hostname, port } = new URL(databaseUrl);
    throw new BackupError(
      `Could not reach PostgreSQL at ${hostname}:${port || 5432}: ${error.message}`,
    );
  });
  return client;
}
