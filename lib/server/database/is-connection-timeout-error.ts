import 'server-only';
import { isTransactionStartTimeout } from './is-transaction-start-timeout.ts';

/**
 * node-postgres's pool (pg-pool) gives up on a connection after `connectionTimeoutMillis` (see
 * connect-timeout.ts) with a plain Error and no code, in one of two words: every connection was
 * busy for that long ("timeout exceeded when trying to connect"), or a new one did not finish
 * connecting in time ("Connection terminated due to connection timeout"). Prisma's pg adapter
 * passes either on as it is. Both mean the database is there but could not take this request
 * now, which a client may retry: not a bug of ours.
 */
const CONNECTION_TIMEOUT_MESSAGES = new Set([
  'timeout exceeded when trying to connect',
  'Connection terminated due to connection timeout',
]);

/** Whether a query failed because no database connection could be had in time. */
export function isConnectionTimeoutError(error: unknown): boolean {
  return (
    (error instanceof Error && CONNECTION_TIMEOUT_MESSAGES.has(error.message)) ||
    isTransactionStartTimeout(error)
  );
}
