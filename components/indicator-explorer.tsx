'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { CHART_COLORS as COLORS, SUPERSEDED_OPACITY } from '@/lib/domain/chart-colors';
import type { ChartModel } from '@/lib/domain/chart-model';
import type { Unit } from '@/lib/domain/types';
import { ChartShare } from './chart-share';
import type { AmountDisplay } from '@/lib/domain/format-value';
import { IndicatorChart } from './indicator-chart';

interface IndicatorExplorerProps {
  slug: string;
  unit: Unit;
  /** The one-sentence text summary, also the chart's accessible name. */
  summary: string;
  name: string;
  periods: { value: string; label: string }[];
  initialPeriod: string;
  initialDisplay: AmountDisplay;
  initialModel: ChartModel;
  /** Image downloads, link and embed code under the chart (not inside an embed itself). */
  share: boolean;
  /**
   * The period stays as given (an embed): its citation line is written for that period, so
   * letting a reader switch would leave the chart citing sources it no longer shows.
   */
  fixedPeriod?: boolean;
  /** A past day the page shows the dashboard as of (`?asOf=`); null for now. */
  asOf?: string | null;
}

export function indicatorChartOptions(slug: string, period: string, asOf: string | null = null) {
  return {
    queryKey: ['indicator-chart', slug, period, asOf] as const,
    queryFn: async ({ signal }: { signal: AbortSignal }): Promise<ChartModel> => {
      const query = new URLSearchParams({ period, ...(asOf ? { asOf } : {}) });
      const response = await fetch(`/api/indicators/${encodeURIComponent(slug)}/chart?${query}`, {
        signal,
      });
      if (!response.ok) throw new Error(`chart request failed with ${response.status}`);
      return response.json();
    },
  };
}

/**
 * The chart and its controls. The server renders the first view with its data; a new period is
 * fetched by React Query while the previous chart stays on screen, and the view state is written
 * to the URL so a copied link reproduces it.
 */
export function IndicatorExplorer(props: IndicatorExplorerProps) {
  const t = useTranslations('indicator');
  const [period, setPeriod] = useState(props.initialPeriod);
  const [display, setDisplay] = useState<AmountDisplay>(props.initialDisplay);
  const periodId = useId();
  const displayId = useId();
  const query = useQuery({
    ...indicatorChartOptions(props.slug, period, props.asOf ?? null),
    initialData: period === props.initialPeriod ? props.initialModel : undefined,
    placeholderData: keepPreviousData,
  });

  const writeUrl = (next: { period?: string; units?: AmountDisplay }) => {
    const url = new URL(window.location.href);
    if (next.period !== undefined) setOrDelete(url.searchParams, 'period', next.period, 'all');
    if (next.units !== undefined) setOrDelete(url.searchParams, 'units', next.units, 'korean');
    window.history.replaceState(null, '', url);
  };

  const model = query.data;
  // An open-ended target alone has no date to place on a time axis: nothing to chart in that period.
  const empty =
    model && model.figures.length === 0 && model.targets.length === 0 && model.paths.length === 0;

  return (
    <figure className="chart-panel" aria-labelledby={`${periodId}-summary`} style={{ margin: 0 }}>
      <figcaption id={`${periodId}-summary`} className="chart-summary">
        {props.summary}
      </figcaption>
      <div className="chart-controls">
        {props.fixedPeriod ? null : (
          <span>
            <label htmlFor={periodId}>{t('periodLabel')}</label>
            <select
              id={periodId}
              value={period}
              onChange={(event) => {
                setPeriod(event.target.value);
                writeUrl({ period: event.target.value });
              }}
            >
              {props.periods.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </span>
        )}
        {props.unit === 'KRW' ? (
          <span>
            <label htmlFor={displayId}>{t('unitsLabel')}</label>
            <select
              id={displayId}
              value={display}
              onChange={(event) => {
                const next = event.target.value === 'exact' ? 'exact' : 'korean';
                setDisplay(next);
                writeUrl({ units: next });
              }}
            >
              <option value="korean">{t('unitsKorean')}</option>
              <option value="exact">{t('unitsExact')}</option>
            </select>
          </span>
        ) : null}
        <span className="chart-status" role="status" aria-live="polite">
          {query.isFetching && query.isPlaceholderData
            ? t('chartLoading')
            : query.isError
              ? t('chartError')
              : ''}
        </span>
      </div>
      {model && !empty ? (
        <div
          role="img"
          aria-label={t('chartLabel', { name: props.name, summary: props.summary })}
          data-testid="indicator-chart"
        >
          <IndicatorChart model={model} unit={props.unit} display={display} />
        </div>
      ) : (
        <p className="no-data">{t('chartEmpty')}</p>
      )}
      {model?.sampledFrom ? (
        <p className="status-asof" data-testid="chart-sampled">
          {t('chartSampled', { shown: model.figures.length, total: model.sampledFrom })}
        </p>
      ) : null}
      <ul className="chart-legend" aria-hidden="true">
        <li>
          <span className="legend-swatch" style={{ background: COLORS.figure, height: '.2rem' }} />
          {t('legendFigures')}
        </li>
        <li>
          <span
            className="legend-swatch"
            style={{ background: COLORS.target, width: '.7rem', transform: 'rotate(45deg)' }}
          />
          {t('legendTargets')}
        </li>
        <li>
          <span
            className="legend-swatch"
            style={{
              background: COLORS.target,
              opacity: SUPERSEDED_OPACITY,
              width: '.7rem',
              transform: 'rotate(45deg)',
            }}
          />
          {t('legendSuperseded')}
        </li>
        <li>
          <span
            className="legend-swatch"
            style={{ borderTop: `2px dashed ${COLORS.path}`, height: 0 }}
          />
          {t('legendPath')}
        </li>
        <li>
          <span
            className="legend-swatch"
            style={{ borderTop: `2px dotted ${COLORS.figure}`, height: 0 }}
          />
          {t('legendProjection')}
        </li>
        <li>
          <span aria-hidden="true" style={{ color: COLORS.achieved, marginRight: '.35rem' }}>
            ★
          </span>
          {t('legendAchieved')}
        </li>
      </ul>
      {props.share ? (
        <ChartShare slug={props.slug} name={props.name} period={period} display={display} />
      ) : null}
    </figure>
  );
}

function setOrDelete(params: URLSearchParams, key: string, value: string, defaultValue: string) {
  if (value === defaultValue) params.delete(key);
  else params.set(key, value);
}
