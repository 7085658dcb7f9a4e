import 'server-only';
import type { PrismaClient } from '../database/prisma-client.ts';
import type { RequestMeta } from '../http/request-meta.ts';

/**
 * Distinct addresses sampled per minute before the rest share one row per action and refusal.
 * Served without a reverse proxy a client can name any address (request-meta.ts), so without
 * this cap a flood with a new forged address per request would still write one row each. 50
 * addresses a minute is far more than the staff of one dashboard, so a real person's refusal
 * keeps its own row (with its address) unless an attack is under way at that very minute.
 */
export const SAMPLED_ADDRESSES_PER_MINUTE = 50;

export interface SampledRefusal {
  action: string;
  outcome: 'denied' | 'invalid' | 'limited';
  /** The refusal's code, e.g. "signed-out"; part of the sample key. */
  code: string;
  meta: RequestMeta;
  /** Set for a signed-in account over its rate limit: sampled per account instead of per address. */
  actor?: { id: string; email: string } | null;
  /**
   * The address typed at sign-in, for a refusal before any password check (a locked account):
   * sampled per email instead of per address, within the same per-minute cap, and kept on the row.
   */
  actorEmail?: string | null;
}

/**
 * Logs a refusal that anyone can cause as often as they like without it burying the rest of the
 * audit log: the first one per (minute, action, code, address) inserts an ordinary, append-only
 * audit row carrying a `sample_key`; it and every later one add 1 to that key's count in
 * `audit_refusal_count`, which the audit page shows as "×N". One statement, counted by
 * PostgreSQL, so several server processes share the count and the minute (the database's clock).
 */
export async function recordSampledRefusal(
  db: Pick<PrismaClient, '$executeRaw'>,
  refusal: SampledRefusal,
): Promise<void> {
  const { action, outcome, code, meta, actor, actorEmail } = refusal;
  const subject = actor
    ? `account:${actor.id}`
    : actorEmail
      ? `email:${actorEmail}`
      : meta.ipAddress
        ? `ip:${meta.ipAddress}`
        : null;
  const details = JSON.stringify({ code, sampled: true });
  await db.$executeRaw`
    WITH slot AS (
      SELECT date_trunc('minute', now()) AS window_start,
             to_char(date_trunc('minute', now()) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI"Z"') || '|' || ${action} || '|' || ${code} || '|' AS prefix
    ), chosen AS (
      SELECT window_start,
             CASE
               WHEN ${subject}::text IS NULL THEN prefix || '*'
               WHEN ${actor?.id ?? null}::text IS NOT NULL THEN prefix || ${subject}::text
               WHEN EXISTS (SELECT 1 FROM audit_refusal_count c WHERE c.sample_key = prefix || ${subject}::text) THEN prefix || ${subject}::text
               WHEN (SELECT count(*) FROM audit_refusal_count c WHERE c.window_start = slot.window_start) < ${SAMPLED_ADDRESSES_PER_MINUTE} THEN prefix || ${subject}::text
               ELSE prefix || '*'
             END AS sample_key
      FROM slot
    ), event AS (
      INSERT INTO audit_event (action, outcome, actor_id, actor_email, ip_address, user_agent, details, sample_key)
      SELECT ${action}, ${outcome}, ${actor?.id ?? null}, CASE WHEN sample_key LIKE '%|*' THEN NULL ELSE ${actor?.email ?? actorEmail ?? null} END,
             CASE WHEN sample_key LIKE '%|*' THEN NULL ELSE ${meta.ipAddress} END,
             CASE WHEN sample_key LIKE '%|*' THEN NULL ELSE ${meta.userAgent} END,
             ${details}::jsonb, sample_key
      FROM chosen
      ON CONFLICT (sample_key) DO NOTHING
    )
    INSERT INTO audit_refusal_count (sample_key, window_start, count, last_at)
    SELECT sample_key, window_start, 1, now() FROM chosen
    ON CONFLICT (sample_key) DO UPDATE
      SET count = audit_refusal_count.count + 1, last_at = GREATEST(audit_refusal_count.last_at, EXCLUDED.last_at)`;
}
