'use client';

import { useQuery } from '@tanstack/react-query';
import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { Link } from '@/i18n/navigation';
import { formatValue } from '@/lib/domain/format-value';
import { PLEDGE_STATUSES } from '@/lib/domain/pledge-status';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import { formatStatusReason } from '@/lib/domain/progress-reason';
import {
  countByStatus,
  DEFAULT_TRACKER_VIEW,
  filterTrackerRows,
  toTrackerSearch,
  type TrackerRow,
  type TrackerSort,
  type TrackerView,
} from '@/lib/domain/tracker';
import { DownloadLinks } from './download-links';
import { StatusBadge } from './status-badge';
import { StatusCountChart } from './status-count-chart';
import { localized } from '@/lib/domain/localized';

interface TrackerData {
  asOf: string;
  rows: TrackerRow[];
}

interface PledgeTrackerProps {
  initialData: TrackerData;
  initialView: TrackerView;
  themes: { slug: string; name: string }[];
  administrations: { slug: string; name: string }[];
}

export const trackerRowsOptions = {
  queryKey: ['tracker-rows'] as const,
  queryFn: async ({ signal }: { signal: AbortSignal }): Promise<TrackerData> => {
    const response = await fetch('/api/tracker', { signal });
    if (!response.ok) throw new Error(`tracker request failed with ${response.status}`);
    return response.json();
  },
};

/**
 * Every pledge in one table. The rows arrive with the page; filtering and sorting happen in the
 * browser through React Query's `select` (no request, no reload), and the view is written to the
 * URL so a copied link opens the same rows.
 */
export function PledgeTracker({
  initialData,
  initialView,
  themes,
  administrations,
}: PledgeTrackerProps) {
  const t = useTranslations('tracker');
  const statusLabel = useTranslations('progress.status');
  const progressWords = useTranslations('progress');
  const common = useTranslations('common');
  const downloads = useTranslations('downloads');
  const locale = useLocale();
  const [view, setView] = useState(initialView);
  const ids = { theme: useId(), administration: useId(), status: useId() };
  const { data: rows = [] } = useQuery({
    ...trackerRowsOptions,
    initialData,
    select: (data) => filterTrackerRows(data.rows, view),
  });

  const update = (next: Partial<TrackerView>) => {
    const merged = { ...view, ...next };
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
        <button type="button" className="button-link" onClick={() => update(DEFAULT_TRACKER_VIEW)}>
          {t('reset')}
        </button>
      </div>

      <p role="status" aria-live="polite" className="status-asof" data-testid="tracker-count">
        {t('shown', { count: rows.length })}
      </p>

      <DownloadLinks
        scope={{ scope: 'tracker', ...viewParams(view) }}
        label={downloads('tracker')}
      />

      <StatusCountChart counts={countByStatus(rows)} />

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
                  <td className="date">
                    {row.deadline ? formatPreciseDate(row.deadline, locale) : t('noDeadline')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

/** The view's non-default values, as the download's query parameters. */
function viewParams(view: TrackerView): Record<string, string> {
  return Object.fromEntries(
    Object.entries(view).filter(
      ([key, value]) => DEFAULT_TRACKER_VIEW[key as keyof TrackerView] !== value,
    ),
  );
}
