import 'server-only';
import type { PrismaClient } from '../database/prisma-client.ts';

/**
 * Staff changes one account may send per minute, refused or not (a CSV import is one request,
 * so it counts once). A person filling in forms sends one every few seconds at the very most,
 * and the fastest real workflow, clicking "Check" then "Import" on file after file, stays well
 * under one a second; 60 a minute is never reached by hand but stops a stolen session or a
 * runaway script from writing thousands of revisions (and audit rows) a minute.
 * A fixed window (the clock minute) is enough here: at worst 120 get through across a minute's
 * boundary, still nothing a person does, and one row per account is all it stores.
 */
export const MUTATION_RATE_LIMIT = { perMinute: 60 } as const;

/**
 * Counts one change for the account in PostgreSQL (so every server process shares the count,
 * and the minute is the database's) and answers 0 when it may go ahead, otherwise the seconds
 * until the window ends. The count is its own statement, outside the change's transaction, so a
 * change that fails or is refused still counts.
 */
export async function takeMutationSlot(
  db: Pick<PrismaClient, '$queryRaw'>,
  userId: string,
): Promise<number> {
  const [row] = await db.$queryRaw<{ count: number; retry_after: number }[]>`
    INSERT INTO staff_rate_limit AS l (user_id, window_start, count)
    VALUES (${userId}, date_trunc('minute', now()), 1)
    ON CONFLICT (user_id) DO UPDATE
      -- GREATEST: a statement that began just before the minute turned must not reset the new window.
      SET count = CASE WHEN EXCLUDED.window_start <= l.window_start THEN l.count + 1 ELSE 1 END,
          window_start = GREATEST(l.window_start, EXCLUDED.window_start)
    RETURNING count, ceil(extract(epoch FROM window_start + interval '1 minute' - now()))::int AS retry_after`;
  if (!row || row.count <= MUTATION_RATE_LIMIT.perMinute) return 0;
  return Math.max(1, row.retry_after);
}
