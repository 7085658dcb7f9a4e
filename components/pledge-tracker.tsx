'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { Link } from '@/i18n/navigation';
import { formatValue } from '@/lib/domain/format-value';
import { PLEDGE_STATUSES } from '@/lib/domain/pledge-status';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import { formatStatusReason } from '@/lib/domain/progress-reason';
import {
  DEFAULT_TRACKER_VIEW,
  TRACKER_PAGE_SIZE,
  toTrackerSearch,
  VERDICT_FILTERS,
  type TrackerPage,
  type TrackerSort,
  type TrackerView,
} from '@/lib/domain/tracker';
import { DownloadLinks } from './download-links';
import { Pager } from './pager';
import { StatusBadge } from './status-badge';
import { StatusCountChart } from './status-count-chart';
import { VerdictBadge } from './verdict-badge';
import { localized } from '@/lib/domain/localized';

interface PledgeTrackerProps {
  /** The page the server rendered, for the view in the address. */
  initialPage: TrackerPage;
  themes: { slug: string; name: string }[];
  administrations: { slug: string; name: string }[];
}

export function trackerPageOptions(view: TrackerView) {
  return {
    queryKey: ['tracker', view] as const,
    queryFn: async ({ signal }: { signal: AbortSignal }): Promise<TrackerPage> => {
      const response = await fetch(`/api/tracker${toTrackerSearch(view)}`, { signal });
      if (!response.ok) throw new Error(`tracker request failed with ${response.status}`);
      return response.json();
    },
  };
}

const sameView = (a: TrackerView, b: TrackerView) =>
  (Object.keys(a) as (keyof TrackerView)[]).every((key) => a[key] === b[key]);

/**
 * Every pledge in one table, a page at a time. The server filters, sorts and counts; the first
 * page arrives with the HTML, and a change of filter, sort or page asks /api/tracker for that
 * view (React Query keeps the previous rows on screen meanwhile). The view is written to the URL,
 * so a copied link opens the same rows.
 */
export function PledgeTracker({ initialPage, themes, administrations }: PledgeTrackerProps) {
  const t = useTranslations('tracker');
  const statusLabel = useTranslations('progress.status');
  const progressWords = useTranslations('progress');
  const common = useTranslations('common');
  const downloads = useTranslations('downloads');
  const verdicts = useTranslations('verdicts');
  const verdictName = (verdict: (typeof VERDICT_FILTERS)[number]) =>
    verdict === 'NONE' ? t('verdictNone') : verdicts(`rating.${verdict}`);
  const locale = useLocale();
  const [view, setView] = useState(initialPage.view);
  const ids = { theme: useId(), administration: useId(), status: useId(), verdict: useId() };
  const { data, isFetching, isError } = useQuery({
    ...trackerPageOptions(view),
    initialData: sameView(view, initialPage.view) ? initialPage : undefined,
    placeholderData: keepPreviousData,
  });
  const current = data ?? initialPage;
  const rows = current.rows;

  // Any change but a page turn starts again at the first page.
  const update = (next: Partial<TrackerView>) => {
    const merged = { ...view, page: 1, ...next };
    setView(merged);
    window.history.replaceState(null, '', `${window.location.pathname}${toTrackerSearch(merged)}`);
  };
  const sortBy = (sort: TrackerSort) =>
    update({ sort, direction: view.sort === sort && view.direction === 'asc' ? 'desc' : 'asc' });
  const ariaSort = (sort: TrackerSort) =>
    view.sort === sort ? (view.direction === 'asc' ? 'ascending' : 'descending') : undefined;
  const header = (sort: TrackerSort, label: string) => (
    <th scope="col" aria-sort={ariaSort(sort)}>
      <button type="button" className="sort-button" onClick={() => sortBy(sort)}>
        {label}
        <span aria-hidden="true">
          {view.sort === sort ? (view.direction === 'asc' ? ' ▲' : ' ▼') : ''}
        </span>
      </button>
    </th>
  );

  return (
    <>
      <div className="chart-controls" role="group" aria-label={t('filters')}>
        <span>
          <label htmlFor={ids.theme}>{t('columnTheme')}</label>
          <select
            id={ids.theme}
            value={view.theme}
            onChange={(event) => update({ theme: event.target.value })}
          >
            <option value="all">{t('all')}</option>
            {themes.map((theme) => (
              <option key={theme.slug} value={theme.slug}>
                {theme.name}
              </option>
            ))}
          </select>
        </span>
        <span>
          <label htmlFor={ids.administration}>{t('columnAdministration')}</label>
          <select
            id={ids.administration}
            value={view.administration}
            onChange={(event) => update({ administration: event.target.value })}
          >
            <option value="all">{t('all')}</option>
            {administrations.map((admin) => (
              <option key={admin.slug} value={admin.slug}>
                {admin.name}
              </option>
            ))}
          </select>
        </span>
        <span>
          <label htmlFor={ids.status}>{t('columnStatus')}</label>
          <select
            id={ids.status}
            value={view.status}
            onChange={(event) => update({ status: event.target.value as TrackerView['status'] })}
          >
            <option value="all">{t('all')}</option>
            {PLEDGE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {statusLabel(status)}
              </option>
            ))}
          </select>
        </span>
        <span>
          <label htmlFor={ids.verdict}>{t('columnVerdict')}</label>
          <select
            id={ids.verdict}
            value={view.verdict}
            onChange={(event) => update({ verdict: event.target.value as TrackerView['verdict'] })}
          >
            <option value="all">{t('all')}</option>
            {VERDICT_FILTERS.map((verdict) => (
              <option key={verdict} value={verdict}>
                {verdictName(verdict)}
              </option>
            ))}
          </select>
        </span>
        <button type="button" className="button-link" onClick={() => update(DEFAULT_TRACKER_VIEW)}>
          {t('reset')}
        </button>
      </div>

      <p role="status" aria-live="polite" className="status-asof" data-testid="tracker-count">
        {t('shown', { count: current.total })}
        {isFetching ? ` ${t('loading')}` : null}
      </p>
      {isError ? (
        <p role="alert" className="no-data">
          {t('failed')}
        </p>
      ) : null}

      <DownloadLinks
        scope={{ scope: 'tracker', ...viewParams(view) }}
        label={downloads('tracker')}
      />

      <StatusCountChart counts={current.counts} />
      <p className="verdict-counts" data-testid="verdict-counts">
        {t('verdictCounts')}:{' '}
        {current.verdictCounts
          .filter((entry) => entry.count > 0)
          .map((entry) => `${verdictName(entry.verdict)} ${entry.count}`)
          .join(' · ') || '—'}
      </p>

      {rows.length === 0 ? (
        <p className="no-data" data-testid="tracker-empty">
          {t('empty')}
        </p>
      ) : (
        <div className="table-wrap" role="region" aria-label={t('tableLabel')} tabIndex={0}>
          <table className="data" data-testid="tracker-table">
            <caption>{t('tableLabel')}</caption>
            <thead>
              <tr>
                {header('title', t('columnPledge'))}
                {header('theme', t('columnTheme'))}
                {header('administration', t('columnAdministration'))}
                {header('status', t('columnStatus'))}
                {header('verdict', t('columnVerdict'))}
                {header('deadline', t('columnDeadline'))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.slug} data-pledge={row.slug}>
                  <th scope="row">
                    <Link href={`/indicators/${row.indicatorSlug}#pledge-${row.slug}`}>
                      {localized(row, 'title', locale)}
                    </Link>
                    {row.targetValue ? (
                      <div className="citation">
                        {formatValue(row.targetValue, row.unit, locale)}
                      </div>
                    ) : null}
                    {row.supersededBySlug ? (
                      <span className="badge">{common('superseded')}</span>
                    ) : null}
                  </th>
                  <td>{localized(row.theme, 'name', locale)}</td>
                  <td className="date">{localized(row.administration, 'name', locale)}</td>
                  <td>
                    <StatusBadge status={row.status} />
                    <div className="status-reason">
                      {formatStatusReason(
                        row.status,
                        row.unit,
                        { locale, t: progressWords },
                        row.baselineValue,
                      )}
                    </div>
                  </td>
                  <td data-testid="tracker-verdict">
                    {row.verdict ? (
                      <Link href={`/pledges/${row.slug}#verdict`} className="verdict-link">
                        <VerdictBadge rating={row.verdict.rating} />
                      </Link>
                    ) : (
                      <span className="citation">{t('verdictNone')}</span>
                    )}
                    {row.verdict?.corrected ? (
                      <span className="badge badge--corrected"> {verdicts('corrected')}</span>
                    ) : null}
                    {row.verdict?.disagrees ? (
                      <div className="verdict-disagrees-inline">{t('verdictDisagrees')}</div>
                    ) : null}
                  </td>
                  <td className="date">
                    {row.deadline ? formatPreciseDate(row.deadline, locale) : t('noDeadline')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {current.total > TRACKER_PAGE_SIZE ? (
        <p className="status-asof">
          {t('pageRows', {
            first: (current.view.page - 1) * TRACKER_PAGE_SIZE + 1,
            last: (current.view.page - 1) * TRACKER_PAGE_SIZE + rows.length,
            total: current.total,
          })}
        </p>
      ) : null}
      <Pager
        page={current.view.page}
        pageCount={current.pageCount}
        onPage={(page) => update({ page })}
      />
    </>
  );
}

/** The view's non-default values, as the download's query parameters. */
function viewParams({ page: _page, ...selection }: TrackerView): Record<string, string> {
  return Object.fromEntries(
    Object.entries(selection).filter(
      ([key, value]) => DEFAULT_TRACKER_VIEW[key as keyof TrackerView] !== value,
    ),
  );
}
