import 'server-only';
import { cache } from 'react';
import type { AuditQuery } from '../../domain/audit-query.ts';
import { listAuditActions } from '../audit/list-audit-actions.ts';
import { listAuditEvents } from '../audit/list-audit-events.ts';
import { getDb } from '../db.ts';
import { getFigureHistory } from '../queries/get-figure-history.ts';
import { listAdministrations } from '../queries/list-administrations.ts';
import { listFigures } from '../queries/list-figures.ts';
import { listIndicators } from '../queries/list-indicators.ts';
import { listPledges } from '../queries/list-pledges.ts';
import { listSources } from '../queries/list-sources.ts';
import { listThemes } from '../queries/list-themes.ts';

/**
 * What staff pages read: the audit log, the accounts, a source's stored language, and the public
 * records they edit. Pages call these; none of them reaches for the database client.
 *
 * All from the primary, never the replica the public pages may read (DATABASE_READ_URL): a
 * replica can lag by a moment, and a form must show what the last change stored, with the
 * revision a correction is based on.
 */
export const staffData = {
  listThemes: cache(() => listThemes(getDb())),
  listAdministrations: cache(() => listAdministrations(getDb())),
  listIndicators: cache(() => listIndicators(getDb())),
  listFigures: cache(() => listFigures(getDb())),
  listPledges: cache(() => listPledges(getDb())),
  listSources: cache(() => listSources(getDb())),
  getFigureHistory: cache((slug: string) => getFigureHistory(getDb(), slug)),
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
