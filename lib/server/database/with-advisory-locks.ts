import { createHash } from 'node:crypto';
import type pg from 'pg';

/**
 * The first of the two int4 keys of every lock taken here, so these locks never meet another
 * user's. (Migrations and the app role's grants lock with the one-bigint form, which PostgreSQL
 * keeps in a key space of its own.)
 */
const KEY_SPACE = 0x706c_6264; // "plbd"

/**
 * How long a request waits for a lock before it fails. The work under a lock is a password check
 * and a few statements (~0.1 s), so a wait this long means the holder is stuck, not busy.
 */
export const ADVISORY_LOCK_TIMEOUT_MS = 15_000;

/**
 * Runs `task` while this connection holds a PostgreSQL advisory lock on each of `keys`: every
 * process of every server on the same database waits its turn, which a lock in one process's
 * memory could not make them do. The locks belong to a transaction on a connection taken from
 * `pool` only for that purpose; the task does its own work on other connections, and the locks
 * go when the transaction ends, or with the connection if it is lost. Transaction-scoped locks
 * also hold through a pooler such as PgBouncer in transaction mode.
 *
 * Keys are hashed to 32 bits: two keys that collide only wait for each other now and then. They
 * are taken in ascending order, so two tasks whose keys overlap cannot deadlock.
 */
export async function withAdvisoryLocks<T>(
  pool: pg.Pool,
  keys: string[],
  task: () => Promise<T>,
): Promise<T> {
  const client = await pool.connect();
  // A checked-out connection that drops while idle (a database restart while the task runs)
  // reports it here; unheard, the error would end the process.
  const onLost = (error: Error) =>
    console.error('[pledgeboard] lost the connection holding an advisory lock:', error.message);
  client.on('error', onLost);
  try {
    await client.query('BEGIN');
    await client.query(`SET LOCAL lock_timeout = ${ADVISORY_LOCK_TIMEOUT_MS}`);
    for (const id of toLockIds(keys))
      await client.query('SELECT pg_advisory_xact_lock($1, $2)', [KEY_SPACE, id]);
  } catch (error) {
    client.removeListener('error', onLost);
    client.release(error as Error); // discarded, not reused: its transaction may still be open
    throw error;
  }
  try {
    return await task();
  } finally {
    const committed = await client.query('COMMIT').then(
      () => null,
      (error: Error) => error,
    );
    client.removeListener('error', onLost);
    // On failure the locks went with the connection, which is discarded; the task's result stands.
    if (committed)
      console.error('[pledgeboard] releasing an advisory lock failed:', committed.message);
    client.release(committed ?? undefined);
  }
}

/** Each distinct key as a signed 32-bit id (the first four bytes of its SHA-256), ascending. */
export function toLockIds(keys: string[]): number[] {
  const ids = new Set(keys.map((key) => createHash('sha256').update(key).digest().readInt32BE(0)));
  return [...ids].sort((a, b) => a - b);
}
