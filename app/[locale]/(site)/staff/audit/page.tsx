import { getTranslations } from 'next-intl/server';
import { StaffBar } from '@/components/staff/staff-bar';
import { Link } from '@/i18n/navigation';
import {
  AUDIT_OUTCOMES,
  parseAuditQuery,
  toAuditSearch,
  type AuditQuery,
  type AuditQueryIssue,
} from '@/lib/domain/audit-query';
import { requireStaffPage } from '@/lib/server/auth/require-staff-page';
import type { AuditPage } from '@/lib/server/audit/list-audit-events';
import { staffData } from '@/lib/server/staff/staff-data';
import { readLocale } from '@/i18n/read-locale';
import { seoulTimeFormat } from '@/lib/domain/seoul-time';
import type { Locale } from '@/lib/domain/types';
import { pageTitle } from '@/i18n/page-title';

export const dynamic = 'force-dynamic';

interface PageProps {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export const generateMetadata = pageTitle('staff', 'auditTitle');

/**
 * The audit log for staff to see who changed what (and what was refused): 50 entries a page,
 * newest first, filtered by who, action, target, outcome and days, all in the URL. A bad filter
 * is named in a message above the form, never a server error.
 */
export default async function AuditPage({ params, searchParams }: PageProps) {
  const locale = await readLocale(params);
  const actor = await requireStaffPage(locale);
  const t = await getTranslations('staff');
  const raw = await searchParams;
  const parsed = parseAuditQuery(raw);
  const query: AuditQuery = parsed.ok ? parsed.query : {};
  const [page, actions] = await Promise.all([
    parsed.ok ? staffData.listAuditEvents(query) : null,
    staffData.listAuditActions(),
  ]);
  const form = parsed.ok ? toFormValues(query) : toRawFormValues(raw);
  const invalid = new Set(parsed.ok ? [] : parsed.issues.map((issue) => issue.parameter));
  // A refused filter points at the message that explains it (after its hint, if it has one).
  const field = (name: string, hint?: string) => {
    const describedBy = [hint, invalid.has(name) ? 'audit-query-errors' : undefined]
      .filter(Boolean)
      .join(' ');
    return {
      ...(invalid.has(name) ? { 'aria-invalid': true } : {}),
      ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    };
  };

  return (
    <>
      <StaffBar actor={actor} />
      <h1>{t('auditTitle')}</h1>
      <p className="lede">{t('auditIntro')}</p>

      {parsed.ok ? null : (
        <div className="form-alert form-alert--error" role="alert" id="audit-query-errors">
          <p>{t('audit.badQuery')}</p>
          <ul>
            {parsed.issues.map((issue) => (
              <li key={`${issue.parameter}:${issue.code}`}>{describeIssue(t, issue)}</li>
            ))}
          </ul>
        </div>
      )}

      <form className="audit-filters" method="get" aria-label={t('audit.filters')}>
        <div className="form-field">
          <label htmlFor="audit-actor">{t('audit.actorFilter')}</label>
          <input
            id="audit-actor"
            name="actor"
            type="email"
            defaultValue={form.actor}
            autoComplete="off"
            {...field('actor')}
          />
        </div>
        <div className="form-field">
          <label htmlFor="audit-action">{t('audit.actionFilter')}</label>
          <select id="audit-action" name="action" defaultValue={form.action} {...field('action')}>
            <option value="">{t('audit.anyAction')}</option>
            {actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="audit-target">{t('audit.targetFilter')}</label>
          <input
            id="audit-target"
            name="target"
            defaultValue={form.target}
            {...field('target', 'audit-target-hint')}
          />
          <p className="form-hint" id="audit-target-hint">
            {t('audit.targetHint')}
          </p>
        </div>
        <div className="form-field">
          <label htmlFor="audit-outcome">{t('audit.outcomeFilter')}</label>
          <select
            id="audit-outcome"
            name="outcome"
            defaultValue={form.outcome}
            {...field('outcome')}
          >
            <option value="">{t('audit.anyOutcome')}</option>
            {AUDIT_OUTCOMES.map((outcome) => (
              <option key={outcome} value={outcome}>
                {t(`audit.outcomes.${outcome}`)} ({outcome})
              </option>
            ))}
          </select>
        </div>
        <div className="form-field">
          <label htmlFor="audit-from">{t('audit.fromFilter')}</label>
          <input
            id="audit-from"
            name="from"
            type="date"
            defaultValue={form.from}
            {...field('from')}
          />
        </div>
        <div className="form-field">
          <label htmlFor="audit-to">{t('audit.toFilter')}</label>
          <input id="audit-to" name="to" type="date" defaultValue={form.to} {...field('to')} />
        </div>
        <p className="audit-filters__actions">
          <button type="submit" className="button">
            {t('audit.apply')}
          </button>{' '}
          <Link href="/staff/audit">{t('audit.clear')}</Link>
        </p>
      </form>

      {page ? (
        <AuditTable
          page={page}
          query={query}
          locale={locale}
          showAddresses={actor.role === 'admin'}
          t={t}
        />
      ) : null}
    </>
  );
}

type Translate = Awaited<ReturnType<typeof getTranslations<'staff'>>>;

function AuditTable({
  page,
  query,
  locale,
  showAddresses,
  t,
}: {
  page: AuditPage;
  query: AuditQuery;
  locale: Locale;
  showAddresses: boolean;
  t: Translate;
}) {
  const when = seoulTimeFormat(locale, 'exact');
  const time = seoulTimeFormat(locale, 'clock');
  if (page.entries.length === 0) return <p data-testid="audit-empty">{t('audit.none')}</p>;
  return (
    <>
      <div className="table-wrap" role="region" aria-label={t('auditTitle')} tabIndex={0}>
        <table className="data" data-testid="audit-log">
          <caption>{t('auditTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.target')}</th>
              <th scope="col">{t('audit.outcome')}</th>
              {/* Addresses are personal data: only administrators see them. */}
              {showAddresses ? <th scope="col">{t('audit.from')}</th> : null}
            </tr>
          </thead>
          <tbody>
            {page.entries.map((entry) => (
              <tr key={String(entry.id)}>
                <td>
                  <time dateTime={entry.occurredAt.toISOString()}>
                    {when.format(entry.occurredAt)}
                  </time>
                </td>
                <td>{entry.actorEmail ?? '—'}</td>
                <td>
                  <code>{entry.action}</code>
                </td>
                <td>{entry.target ? `${entry.target.type}: ${entry.target.slug}` : '—'}</td>
                <td>
                  <code>{entry.outcome}</code> {entry.code ? <small>({entry.code})</small> : null}{' '}
                  {entry.count > 1 ? (
                    <strong
                      data-testid="audit-count"
                      title={t('audit.repeatedTitle', {
                        count: entry.count,
                        last: time.format(entry.lastAt ?? entry.occurredAt),
                      })}
                    >
                      {t('audit.repeated', { count: entry.count })}
                    </strong>
                  ) : null}
                </td>
                {showAddresses ? <td>{entry.ipAddress ?? '—'}</td> : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {page.newer || page.older ? (
        <nav className="audit-pages" aria-label={t('audit.pages')}>
          {page.newer ? (
            <Link href={`/staff/audit${toAuditSearch(query)}`}>{t('audit.newest')}</Link>
          ) : null}{' '}
          {page.newer ? (
            <Link href={`/staff/audit${toAuditSearch(query, { after: page.newer })}`}>
              {t('audit.newer')}
            </Link>
          ) : null}{' '}
          {page.older ? (
            <Link href={`/staff/audit${toAuditSearch(query, { before: page.older })}`}>
              {t('audit.older')}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </>
  );
}

function describeIssue(t: Translate, issue: AuditQueryIssue): string {
  return t(`audit.queryErrors.${issue.code}`, { parameter: issue.parameter });
}

function toFormValues(
  query: AuditQuery,
): Record<'actor' | 'action' | 'target' | 'outcome' | 'from' | 'to', string> {
  return {
    actor: query.actor ?? '',
    action: query.action ?? '',
    target: query.target
      ? query.target.type
        ? `${query.target.type}:${query.target.slug}`
        : query.target.slug
      : '',
    outcome: query.outcome ?? '',
    from: query.from ?? '',
    to: query.to ?? '',
  };
}

/** What was typed, so a refused filter can be corrected rather than typed again. */
function toRawFormValues(
  raw: Record<string, string | string[] | undefined>,
): ReturnType<typeof toFormValues> {
  const pick = (key: string) => {
    const value = raw[key];
    return typeof value === 'string' ? value.slice(0, 300) : '';
  };
  return {
    actor: pick('actor'),
    action: pick('action'),
    target: pick('target'),
    outcome: pick('outcome'),
    from: pick('from'),
    to: pick('to'),
  };
}
