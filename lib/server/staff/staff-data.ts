import 'server-only';
import type { AuditQuery } from '../../domain/audit-query.ts';
import { listAuditActions } from '../audit/list-audit-actions.ts';
import { listAuditEvents } from '../audit/list-audit-events.ts';
import { getDb } from '../db.ts';

/**
 * What staff pages read beyond the public data (dashboard.ts): the audit log, the accounts, a
 * source's stored language. Pages call these; none of them reaches for the database client.
 */
export const staffData = {
  listAuditEvents: (query: AuditQuery) => listAuditEvents(getDb(), query),
  listAuditActions: () => listAuditActions(getDb()),
  listAccounts: () =>
    getDb().user.findMany({
      orderBy: [{ banned: 'asc' }, { name: 'asc' }],
      select: { id: true, email: true, name: true, role: true, banned: true },
    }),
  /** The language a source is written in, which the public source record does not carry. */
  getSourceLanguage: async (slug: string) =>
    (
      await getDb().source.findUniqueOrThrow({
        where: { slug },
        select: { language: true },
      })
    ).language,
};
