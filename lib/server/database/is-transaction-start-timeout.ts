// No `server-only` here: the search's quotes (with-statement-timeout.ts) use this, and
// bench/search-bench.ts runs that code outside Next.

/**
 * Prisma's interactive transaction waits `maxWait` (2 s by default) for the adapter to open it,
 * which under a burst is shorter than the pool's own wait: it then fails with P2028 "Transaction
 * API error: Unable to start a transaction in the given time." The same code also names an expired
 * or closed transaction, which is our bug, hence the message too.
 */
export function isTransactionStartTimeout(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const { code } = error as Error & { code?: unknown };
  return (
    code === 'P2028' && error.message.includes('Unable to start a transaction in the given time')
  );
}
