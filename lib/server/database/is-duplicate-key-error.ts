import 'server-only';
import pg from 'pg';
import { Prisma } from '../../generated/prisma/client.ts';

/** PostgreSQL's SQLSTATE for a unique constraint that refused a row. */
const UNIQUE_VIOLATION = '23505';

/**
 * Whether a write failed because another row already holds the same unique key: someone else
 * wrote it between our check and our insert. Prisma names it P2002 for its own queries; a raw
 * query (P2010) carries PostgreSQL's code through the driver adapter; node-postgres (the export
 * and health pools) reports the code itself.
 */
export function isDuplicateKeyError(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === 'P2002') return true;
    const adapterError = error.meta?.driverAdapterError as
      { cause?: { originalCode?: string } } | undefined;
    return adapterError?.cause?.originalCode === UNIQUE_VIOLATION;
  }
  return error instanceof pg.DatabaseError && error.code === UNIQUE_VIOLATION;
}
