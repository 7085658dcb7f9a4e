import 'server-only';
import { cache } from 'react';
import type { AuditQuery } from '../../domain/audit-query.ts';
import {
  STAFF_FIGURES_PER_PAGE,
  STAFF_INDICATORS_PER_PAGE,
  STAFF_PLEDGES_PER_PAGE,
  STAFF_RECENT_FIGURES,
  STAFF_SOURCES_PER_PAGE,
} from '../../domain/staff-pages.ts';
import { PLEDGE_VERDICTS_SHOWN, VERDICT_QUEUE_PAGE_SIZE } from '../../domain/staff-verdict.ts';
import { listAuditActions } from '../audit/list-audit-actions.ts';
import { listAuditEvents } from '../audit/list-audit-events.ts';
import { getDb } from '../db.ts';
import { getFigureHistory } from '../queries/get-figure-history.ts';
import { listAdministrations } from '../queries/list-administrations.ts';
import { countCurrentFigures } from '../queries/current-figures.ts';
import { listIndicatorFigurePage } from '../queries/list-indicator-figure-page.ts';
import { listIndicatorSummaries } from '../queries/list-indicator-summaries.ts';
import { getIndicator } from '../queries/list-indicators.ts';
import { getPledge, listPledgePage } from '../queries/list-pledges.ts';
import { getSource, listSourcePage } from '../queries/list-sources.ts';
import { listThemes } from '../queries/list-themes.ts';
import {
  countPendingVerdicts,
  hasPublishedVerdict,
  listPendingVerdicts,
  listPledgeVerdicts,
} from '../queries/staff-verdicts.ts';
import { readSiteSettings } from './site-settings.ts';

/**
 * What staff pages read: the audit log, the accounts, a source's stored language, and the public
 * records they edit. Pages call these; none of them reaches for the database client.
 *
 * All from the primary, never the replica the public pages may read (DATABASE_READ_URL): a
 * replica can lag by a moment, and a form must show what the last change stored, with the
 * revision a correction is based on.
 *
 * Like the public pages, they read what they show: one record by its slug, or one page of a list
 * with its total (see DEVELOPERS.md, "Reading at any size"). The only whole lists are themes and
 * administrations, a handful each; the forms find indicators, sources and pledges by searching
 * (list-form-options.ts).
 */
export const staffData = {
  listThemes: cache(() => listThemes(getDb())),
  listAdministrations: cache(() => listAdministrations(getDb())),
  getIndicator: cache((slug: string) => getIndicator(getDb(), slug)),
  getPledge: cache((slug: string) => getPledge(getDb(), slug)),
  getSource: cache((slug: string) => getSource(getDb(), slug)),
  /** How many current figures there are in all: a sum of the counts kept per indicator. */
  countFigures: async () => (await countCurrentFigures(getDb(), {})) ?? 0,
  listIndicatorSummaries: (page: number) =>
    listIndicatorSummaries(getDb(), page, STAFF_INDICATORS_PER_PAGE, STAFF_RECENT_FIGURES),
  listPledgePage: (page: number) => listPledgePage(getDb(), page, STAFF_PLEDGES_PER_PAGE),
  listSourcePage: (page: number) => listSourcePage(getDb(), page, STAFF_SOURCES_PER_PAGE),
  listIndicatorFigurePage: (slug: string, page: number) =>
    listIndicatorFigurePage(getDb(), slug, page, STAFF_FIGURES_PER_PAGE),
  getFigureHistory: cache((slug: string) => getFigureHistory(getDb(), slug)),
  listAuditEvents: (query: AuditQuery) => listAuditEvents(getDb(), query),
  listAuditActions: () => listAuditActions(getDb()),
  listAccounts: () =>
    getDb().user.findMany({
      orderBy: [{ banned: 'asc' }, { name: 'asc' }],
      select: { id: true, email: true, name: true, role: true, banned: true },
    }),
  /** Verdicts waiting for a reviewer: the count (staff bar, home) and a page of the queue. */
  countPendingVerdicts: cache(() => countPendingVerdicts(getDb())),
  listPendingVerdicts: (page: number) =>
    listPendingVerdicts(getDb(), page, VERDICT_QUEUE_PAGE_SIZE),
  listPledgeVerdicts: (slug: string) => listPledgeVerdicts(getDb(), slug, PLEDGE_VERDICTS_SHOWN),
  hasPublishedVerdict: (slug: string) => hasPublishedVerdict(getDb(), slug),
  /** The admin's settings (a verdict needs a second reviewer unless an admin turned it off). */
  getSiteSettings: cache(() => readSiteSettings(getDb())),
  /** The language a source is written in, which the public source record does not carry. */
  getSourceLanguage: async (slug: string) =>
    (
      await getDb().source.findUniqueOrThrow({
        where: { slug },
        select: { language: true },
      })
    ).language,
};
