import 'server-only';
import { toKoreanDayStart, type AuditCursor, type AuditQuery } from '../../domain/audit-query.ts';
import type { AuditEvent, Prisma } from '../../generated/prisma/client.ts';
import type { PrismaClient } from '../database/prisma-client.ts';

/** Entries per page: a screenful to scan, and a bounded query whatever the log's size. */
export const AUDIT_PAGE_SIZE = 50;

/** One audit entry as the page shows it. */
export interface AuditEntry {
  id: bigint;
  occurredAt: Date;
  action: string;
  outcome: string;
  actorEmail: string | null;
  target: { type: string; slug: string } | null;
  ipAddress: string | null;
  /** The refusal's code, e.g. "signed-out". */
  code: string | null;
  /** How many requests this entry stands for: 1, or more for a sampled refusal. */
  count: number;
  /** For a sampled refusal, when the last one it counts arrived. */
  lastAt: Date | null;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Where the next older page starts, when there is one. */
  older: AuditCursor | null;
  /** Where the next newer page starts, when this is not the newest. */
  newer: AuditCursor | null;
}

/**
 * One page of the audit log, newest first, filtered by the page's URL. Paged by the keyset
 * (occurred_at, id) rather than by offset, so a page costs the same deep in the log, and a flood
 * arriving meanwhile does not shift the entries of the page being read.
 */
export async function listAuditEvents(
  db: Pick<PrismaClient, 'auditEvent' | 'auditRefusalCount'>,
  query: AuditQuery,
  pageSize = AUDIT_PAGE_SIZE,
): Promise<AuditPage> {
  const towardsNewer = query.after !== undefined;
  const cursor = query.after ?? query.before;
  const where: Prisma.AuditEventWhereInput = {
    AND: [toFilter(query), cursor ? toKeyset(cursor, towardsNewer ? 'gt' : 'lt') : {}],
  };
  const direction = towardsNewer ? 'asc' : 'desc';
  const rows = await db.auditEvent.findMany({
    where,
    orderBy: [{ occurredAt: direction }, { id: direction }],
    take: pageSize + 1,
  });
  const more = rows.length > pageSize;
  const page = rows.slice(0, pageSize);
  if (towardsNewer) page.reverse();
  const sampleKeys = page.flatMap((row) => (row.sampleKey ? [row.sampleKey] : []));
  const counts =
    sampleKeys.length > 0
      ? await db.auditRefusalCount.findMany({ where: { sampleKey: { in: sampleKeys } } })
      : [];
  const countOf = new Map(counts.map((count) => [count.sampleKey, count]));
  const entries = page.map((row) =>
    toAuditEntry(row, row.sampleKey ? countOf.get(row.sampleKey) : undefined),
  );
  const first = entries[0];
  const last = entries.at(-1);
  // Coming from a cursor, the page it came from is still there on the other side.
  const hasOlder = towardsNewer ? true : more;
  const hasNewer = towardsNewer ? more : cursor !== undefined;
  return {
    entries,
    older: hasOlder && last ? { occurredAt: last.occurredAt, id: last.id } : null,
    newer: hasNewer && first ? { occurredAt: first.occurredAt, id: first.id } : null,
  };
}

function toFilter(query: AuditQuery): Prisma.AuditEventWhereInput {
  const DAY = 24 * 60 * 60 * 1000;
  return {
    ...(query.actor ? { actorEmail: query.actor } : {}),
    ...(query.action ? { action: query.action } : {}),
    ...(query.target
      ? {
          targetSlug: query.target.slug,
          ...(query.target.type ? { targetType: query.target.type } : {}),
        }
      : {}),
    ...(query.outcome ? { outcome: query.outcome } : {}),
    ...(query.from || query.to
      ? {
          occurredAt: {
            ...(query.from ? { gte: toKoreanDayStart(query.from) } : {}),
            // `to` is inclusive: up to the start of the next day in Korea.
            ...(query.to ? { lt: new Date(toKoreanDayStart(query.to).getTime() + DAY) } : {}),
          },
        }
      : {}),
  };
}

/** Entries strictly older (lt) or newer (gt) than the cursor, in (occurred_at, id) order. */
function toKeyset(cursor: AuditCursor, side: 'lt' | 'gt'): Prisma.AuditEventWhereInput {
  const bound = side === 'lt' ? 'lte' : 'gte';
  return {
    // The plain range lets the (occurred_at, id) index bound the scan; the OR breaks the tie.
    occurredAt: { [bound]: cursor.occurredAt },
    OR: [
      { occurredAt: { [side]: cursor.occurredAt } },
      { occurredAt: cursor.occurredAt, id: { [side]: cursor.id } },
    ],
  };
}

function toAuditEntry(
  row: AuditEvent,
  refusals: { count: number; lastAt: Date } | undefined,
): AuditEntry {
  const details =
    row.details && typeof row.details === 'object' && !Array.isArray(row.details)
      ? row.details
      : {};
  return {
    id: row.id,
    occurredAt: row.occurredAt,
    action: row.action,
    outcome: row.outcome,
    actorEmail: row.actorEmail,
    target:
      row.targetType && row.targetSlug ? { type: row.targetType, slug: row.targetSlug } : null,
    ipAddress: row.ipAddress,
    code: typeof details.code === 'string' ? details.code : null,
    count: refusals?.count ?? 1,
    lastAt: refusals?.lastAt ?? null,
  };
}
