import 'server-only';
import pg from 'pg';
import { Prisma } from '../../generated/prisma/client.ts';

/** PostgreSQL's SQLSTATE for a CHECK constraint, or a trigger raising check_violation. */
const CHECK_VIOLATION = '23514';

/**
 * Whether a write was refused by one of the database's rules (a CHECK, or a trigger that raises
 * check_violation, such as verdict_review_is_allowed), wherever the driver adapter puts the code:
 * Prisma's own queries and raw ones alike, and node-postgres directly.
 */
export function isCheckViolation(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const adapterError = error.meta?.driverAdapterError as
      { cause?: { originalCode?: string } } | undefined;
    return adapterError?.cause?.originalCode === CHECK_VIOLATION;
  }
  if (error instanceof pg.DatabaseError) return error.code === CHECK_VIOLATION;
  return false;
}
