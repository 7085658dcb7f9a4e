import 'server-only';
import { withAdvisoryLocks } from '../database/with-advisory-locks.ts';
import { getLockPool } from '../db.ts';

/** The last task queued per key in this process; a key leaves the map when its queue empties. */
const tails = new Map<string, Promise<unknown>>();

/**
 * Runs `task` after every earlier task holding any of `keys` has finished, in every server
 * process on this database. Sign-in attempts for one account (or from one address) are counted,
 * checked and logged one after another, so a burst of parallel guesses — sent to one server or
 * spread over several — cannot all read "no failures yet" before any failure is written.
 *
 * Two stages. Within a process, tasks wait in memory behind the previous one with a shared key,
 * so a burst at one account holds one database connection, not one per request. The task at the
 * head of a queue then takes PostgreSQL advisory locks on its keys (with-advisory-locks.ts),
 * which is what makes other processes wait. The map is only a queue: losing it (a restart)
 * loses no count, since the counts are the audit log's rows.
 */
export async function serializeByKey<T>(keys: string[], task: () => Promise<T>): Promise<T> {
  const unique = [...new Set(keys)];
  const previous = unique.map((key) => tails.get(key) ?? Promise.resolve());
  const run = Promise.allSettled(previous).then(() =>
    withAdvisoryLocks(getLockPool(), unique, task),
  );
  const settled = run.then(
    () => undefined,
    () => undefined,
  );
  for (const key of unique) tails.set(key, settled);
  try {
    return await run;
  } finally {
    for (const key of unique) if (tails.get(key) === settled) tails.delete(key);
  }
}
