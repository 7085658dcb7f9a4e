import 'server-only';
import type { PrismaClient } from '../database/prisma-client.ts';

/**
 * Every action name the log holds, for the audit page's filter. Actions are names the code gives
 * (a request cannot invent one), so the list stays short however long the log grows; it is read
 * by hopping along the (action, occurred_at) index, one probe per name, not by scanning the log.
 */
export async function listAuditActions(db: Pick<PrismaClient, '$queryRaw'>): Promise<string[]> {
  const rows = await db.$queryRaw<{ action: string }[]>`
    WITH RECURSIVE names AS (
      (SELECT action FROM audit_event ORDER BY action LIMIT 1)
      UNION ALL
      SELECT (SELECT e.action FROM audit_event e WHERE e.action > names.action ORDER BY e.action LIMIT 1)
      FROM names WHERE names.action IS NOT NULL
    )
    SELECT action FROM names WHERE action IS NOT NULL`;
  return rows.map((row) => row.action);
}
