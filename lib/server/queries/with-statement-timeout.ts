import type { PrismaClient } from '../../generated/prisma/client.ts';
import { isTransactionStartTimeout } from '../database/is-transaction-start-timeout.ts';

type Transaction = Parameters<Parameters<PrismaClient['$transaction']>[0]>[0];

/**
 * Runs a read that may give up: in a transaction whose statements PostgreSQL cancels after
 * `milliseconds` (SET LOCAL, so the pooled connection keeps its own setting afterwards). A
 * cancelled read answers `{ ok: false }`, and so does one whose transaction could not start in
 * time because every connection was busy (a burst of searches at ten million figures did that):
 * a read that may give up is one the answer can do without. Any other failure is thrown as usual.
 */
export async function withStatementTimeout<T>(
  db: PrismaClient,
  milliseconds: number,
  read: (tx: Transaction) => Promise<T>,
): Promise<{ ok: true; value: T } | { ok: false }> {
  try {
    const value = await db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(
          `SET LOCAL statement_timeout = ${Math.max(1, Math.round(milliseconds))}`,
        );
        return read(tx);
      },
      // Prisma's own limit (5 s by default) must not end the transaction before PostgreSQL
      // cancels the statement: an expired transaction is a P2028 of another kind, thrown as a 500.
      { timeout: milliseconds + TRANSACTION_MARGIN_MS },
    );
    return { ok: true, value };
  } catch (error) {
    if (isStatementTimeout(error) || isTransactionStartTimeout(error)) return { ok: false };
    throw error;
  }
}

/** Time for BEGIN, SET LOCAL and COMMIT around the read, on a busy machine. */
const TRANSACTION_MARGIN_MS = 5_000;

/** SQLSTATE 57014 (query_canceled), wherever the driver adapter puts it. */
function isStatementTimeout(error: unknown): boolean {
  for (let cause = error; cause && typeof cause === 'object';) {
    const record = cause as Record<string, unknown>;
    const meta = record.meta as Record<string, unknown> | undefined;
    if ([record.code, record.originalCode, meta?.code, meta?.originalCode].includes('57014'))
      return true;
    if (
      typeof record.message === 'string' &&
      /canceling statement due to statement timeout/.test(record.message)
    )
      return true;
    cause = record.cause;
  }
  return false;
}
