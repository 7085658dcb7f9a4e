'use client';

import { useLocale, useTranslations } from 'next-intl';
import {
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
  CartesianGrid,
  Symbols,
} from 'recharts';
import { CHART_COLORS as COLORS, SUPERSEDED_OPACITY } from '@/lib/domain/chart-colors';
import {
  listYearTicks,
  type ChartAchievement,
  type ChartFigurePoint,
  type ChartModel,
  type ChartTargetPoint,
} from '@/lib/domain/chart-model';
import { formatChartTick, formatChartValue, toChartExtent } from '@/lib/domain/chart-axes';
import type { AmountDisplay } from '@/lib/domain/format-value';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import type { Locale, Unit } from '@/lib/domain/types';
import { localized } from '@/lib/domain/localized';

interface IndicatorChartProps {
  model: ChartModel;
  unit: Unit;
  display: AmountDisplay;
}

/**
 * Pledge and reality on one chart: reported figures (line and dots), each numeric target at its
 * deadline (diamond; faded once a later pledge moved it), and the straight path from baseline to
 * target (dashed). Geometry uses floats; labels and tooltips use the exact values.
 */
export function IndicatorChart({ model, unit, display }: IndicatorChartProps) {
  const locale = useLocale();
  const t = useTranslations('indicator');
  const formatPoint = (value: string) => formatChartValue(value, unit, display, locale);
  const formatTick = (value: number) => formatChartTick(value, unit, display, locale);
  const { xDomain, ys } = toChartExtent(model);
  const xTicks = listYearTicks(...xDomain);
  const yMax = Math.max(...ys) * 1.1 || 1;
  const active = model.targets.filter((target) => !target.superseded);
  const superseded = model.targets.filter((target) => target.superseded);

  return (
    <ResponsiveContainer width="100%" height={340}>
      <ComposedChart margin={{ top: 16, right: 24, bottom: 8, left: 8 }} accessibilityLayer={false}>
        <CartesianGrid stroke={COLORS.grid} />
        <XAxis
          dataKey="x"
          type="number"
          domain={xDomain}
          scale="time"
          ticks={xTicks}
          tickFormatter={(x: number) => String(new Date(x).getUTCFullYear())}
          allowDuplicatedCategory={false}
          stroke={COLORS.axis}
        />
        <YAxis
          dataKey="y"
          type="number"
          domain={[0, yMax]}
          tickFormatter={formatTick}
          width={unit === 'KRW' ? 76 : 56}
          stroke={COLORS.axis}
        />
        <Tooltip
          content={({ active, payload }) => (
            <ChartTooltip
              active={active}
              point={payload?.[0]?.payload}
              locale={locale}
              formatPoint={formatPoint}
              targetLabel={t}
            />
          )}
        />
        {model.paths.map((path) => (
          <Line
            key={`path-${path.pledgeSlug}`}
            data={path.points}
            dataKey="y"
            stroke={COLORS.path}
            strokeOpacity={path.superseded ? SUPERSEDED_OPACITY : 0.9}
            strokeDasharray="6 4"
            dot={false}
            activeDot={false}
            isAnimationActive={false}
            tooltipType="none"
          />
        ))}
        {model.projections.map((line) => (
          <Line
            key={`projection-${line.pledgeSlug}`}
            data={line.points}
            dataKey="y"
            stroke={COLORS.figure}
            strokeOpacity={0.8}
            strokeDasharray="3 4"
            strokeWidth={2}
            dot={false}
            activeDot={false}
            isAnimationActive={false}
            tooltipType="none"
          />
        ))}
        {model.openTargets.map((target) => (
          <ReferenceLine
            key={`open-${target.pledgeSlug}`}
            y={target.y}
            stroke={COLORS.target}
            strokeOpacity={target.superseded ? SUPERSEDED_OPACITY : 0.8}
            strokeDasharray="2 3"
            label={{
              value: `${localized(target, 'title', locale)}`,
              position: 'insideTopLeft',
              fill: COLORS.target,
              fontSize: 12,
            }}
          />
        ))}
        <Line
          data={model.figures}
          dataKey="y"
          name={t('legendFigures')}
          stroke={COLORS.figure}
          strokeWidth={2}
          dot={{ r: 5, fill: COLORS.figure }}
          isAnimationActive={false}
        />
        <Scatter
          data={active}
          dataKey="y"
          name={t('legendTargets')}
          fill={COLORS.target}
          shape="diamond"
          isAnimationActive={false}
        />
        <Scatter
          data={model.achievements}
          dataKey="y"
          name={t('legendAchieved')}
          fill={COLORS.achieved}
          // Larger than the figure's dot it sits on, so the dot shows through as the star's centre.
          shape={(props: { cx?: number; cy?: number }) => (
            <Symbols
              cx={props.cx}
              cy={props.cy}
              type="star"
              size={380}
              fill={COLORS.achieved}
              stroke="#ffffff"
              strokeWidth={1.5}
            />
          )}
          legendType="star"
          isAnimationActive={false}
          className="achievement-marker"
        />
        <Scatter
          data={superseded}
          dataKey="y"
          name={t('legendSuperseded')}
          fill={COLORS.target}
          fillOpacity={SUPERSEDED_OPACITY}
          shape="diamond"
          isAnimationActive={false}
        />
      </ComposedChart>
    </ResponsiveContainer>
  );
}

function ChartTooltip({
  active,
  point,
  locale,
  formatPoint,
  targetLabel,
}: {
  active: boolean | undefined;
  /** The hovered datum: a figure, a target, or a path end (which has no tooltip of its own). */
  point:
    ChartFigurePoint | ChartTargetPoint | ChartAchievement | { x: number; y: number } | undefined;
  locale: Locale;
  formatPoint: (value: string) => string;
  targetLabel: ReturnType<typeof useTranslations<'indicator'>>;
}) {
  if (!active || !point) return null;
  if ('pledgeSlug' in point && !('kind' in point)) {
    return (
      <div className="chart-tooltip">
        {targetLabel('tooltipAchieved')}: <strong>{formatPoint(point.value)}</strong> ·{' '}
        {formatPreciseDate(point.date, locale)}
      </div>
    );
  }
  if (!('kind' in point)) return null;
  if (point.kind === 'figure') {
    return (
      <div className="chart-tooltip">
        <strong>{formatPoint(point.value)}</strong> · {formatPreciseDate(point.date, locale)}
        <br />
        <span lang="ko">
          {point.sourcePublisher} — {point.sourceTitle}
        </span>
        <blockquote className="quote" lang="ko">
          “{point.quote}”
        </blockquote>
      </div>
    );
  }
  return (
    <div className="chart-tooltip">
      {targetLabel('tooltipTarget', { title: localized(point, 'title', locale) })}
      <br />
      <strong>{formatPoint(point.value)}</strong> · {formatPreciseDate(point.date, locale)}
    </div>
  );
}
