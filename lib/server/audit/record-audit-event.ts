import 'server-only';
import type { Prisma } from '../../generated/prisma/client.ts';
import type { PrismaClient } from '../database/prisma-client.ts';
import type { RequestMeta } from '../http/request-meta.ts';

export type AuditOutcome = 'ok' | 'denied' | 'invalid' | 'conflict' | 'limited' | 'failed';

export interface AuditEventInput {
  action: string;
  outcome: AuditOutcome;
  actor?: { id: string; email: string } | null;
  /** Email typed at sign-in when no account matched or the password was wrong. */
  actorEmail?: string | null;
  target?: { type: string; slug: string } | null;
  meta: RequestMeta;
  details?: Prisma.InputJsonValue;
}

type AuditWriter = Pick<PrismaClient, 'auditEvent'> | Prisma.TransactionClient;

/** One structured line in the append-only audit log (the database refuses to change it later). */
export async function recordAuditEvent(db: AuditWriter, event: AuditEventInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      action: event.action,
      outcome: event.outcome,
      actorId: event.actor?.id ?? null,
      actorEmail: event.actor?.email ?? event.actorEmail ?? null,
      targetType: event.target?.type ?? null,
      targetSlug: event.target?.slug ?? null,
      ipAddress: event.meta.ipAddress,
      userAgent: event.meta.userAgent,
      details: event.details ?? {},
    },
  });
}
