import 'server-only';

const tails = new Map<string, Promise<unknown>>();

/**
 * Runs `task` after every earlier task holding any of `keys` has finished. Sign-in attempts for
 * one account (or from one address) are counted, checked and logged one after another, so a burst
 * of parallel guesses cannot all read "no failures yet" before any failure is written.
 * In-process: with several servers, each limits on its own (see README).
 */
export async function serializeByKey<T>(keys: string[], task: () => Promise<T>): Promise<T> {
  const unique = [...new Set(keys)];
  const previous = unique.map((key) => tails.get(key) ?? Promise.resolve());
  const run = Promise.allSettled(previous).then(task);
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
