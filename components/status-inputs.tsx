import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { formatValue } from '@/lib/domain/format-value';
import { toMethodologyHref, toStatusAnchor } from '@/lib/domain/methodology-anchors';
import type { PledgeStatus } from '@/lib/domain/pledge-status';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import { formatPaceRatio } from '@/lib/domain/progress-reason';
import { DEFAULT_PROGRESS_THRESHOLDS } from '@/lib/domain/progress-thresholds';
import type { PledgeRecord } from '@/lib/domain/records';
import { toStatusInputs } from '@/lib/domain/status-inputs';
import type { Unit } from '@/lib/domain/types';

/**
 * "How this was computed", one click under a pledge's status: every input the status engine used
 * (baseline, target, deadline, latest figure, the paces and their ratio, the thresholds, the
 * sourced points, the day), or why there was no pace to assess, with a link to the definition on
 * the methodology page. A native `<details>`: no script, so it works on cached public pages.
 */
export function StatusInputs({
  status,
  pledge,
  unit,
}: {
  status: PledgeStatus;
  pledge: Pick<PledgeRecord, 'kind' | 'baseline'>;
  unit: Unit;
}) {
  const t = useTranslations('statusInputs');
  const common = useTranslations('common');
  const progress = useTranslations('progress');
  const locale = useLocale();
  const { baseline, note } = toStatusInputs(status, pledge.baseline);
  const value = (v: string) => formatValue(v, unit, locale);
  const byVerdict = note === 'judgedByVerdict';
  const paceAssessed = note === 'assessed';

  return (
    <details className="status-inputs" data-testid="status-inputs">
      <summary>{t('summary')}</summary>
      <p className="status-inputs__note">{t(`note.${note}`, { count: status.sourcedPoints })}</p>
      <dl className="facts">
        {byVerdict ? null : (
          <>
            <dt>{t('baseline')}</dt>
            <dd data-testid="status-input-baseline">
              {baseline ? (
                <>
                  {value(baseline.value)} ({formatPreciseDate(baseline.on, locale)})
                  {baseline.assumed ? (
                    <span className="badge badge--inferred"> {common('assumed')}</span>
                  ) : null}
                  {baseline.firstFigure ? (
                    <span className="status-inputs__aside"> · {t('baselineFirstFigure')}</span>
                  ) : null}
                </>
              ) : (
                t('baselineNone')
              )}
            </dd>
          </>
        )}
        {status.target !== null ? (
          <>
            <dt>{common(pledge.kind === 'POLICY' ? 'policyLevel' : 'target')}</dt>
            <dd>{value(status.target)}</dd>
          </>
        ) : null}
        <dt>{common('deadline')}</dt>
        <dd>
          {status.deadline ? formatPreciseDate(status.deadline, locale) : common('noDeadline')}
        </dd>
        {byVerdict ? null : (
          <>
            <dt>{t('latest')}</dt>
            <dd data-testid="status-input-latest">
              {status.latest
                ? `${value(status.latest.value)} (${formatPreciseDate(status.latest.observedOn, locale)})`
                : t('latestNone')}
            </dd>
          </>
        )}
        {status.pace ? (
          <>
            <dt>{t('requiredPace')}</dt>
            <dd>{t('perYear', { value: value(status.pace.requiredPerYear) })}</dd>
            <dt>{t('observedPace')}</dt>
            <dd>{t('perYear', { value: value(status.pace.observedPerYear) })}</dd>
          </>
        ) : null}
        {status.paceRatio !== null ? (
          <>
            <dt>{t('paceRatio')}</dt>
            <dd data-testid="status-input-pace-ratio">{formatPaceRatio(status.paceRatio)}</dd>
          </>
        ) : null}
        {paceAssessed ? (
          <>
            <dt>{t('thresholds')}</dt>
            <dd data-testid="status-input-thresholds">
              {t('thresholdsValue', {
                onTrack: formatPaceRatio(DEFAULT_PROGRESS_THRESHOLDS.onTrack),
                needsAcceleration: formatPaceRatio(DEFAULT_PROGRESS_THRESHOLDS.needsAcceleration),
                onTrackName: progress('status.ON_TRACK'),
                needsAccelerationName: progress('status.NEEDS_ACCELERATION'),
                behindName: progress('status.BEHIND'),
              })}
            </dd>
          </>
        ) : null}
        {byVerdict ? null : (
          <>
            <dt>{t('sourcedPoints')}</dt>
            <dd data-testid="status-input-points">
              {t('sourcedPointsValue', { count: status.sourcedPoints })}
            </dd>
          </>
        )}
        <dt>{t('asOf')}</dt>
        <dd>{formatPreciseDate({ date: status.asOf, precision: 'DAY' }, locale)}</dd>
      </dl>
      <p className="status-inputs__link">
        <Link href={toMethodologyHref(toStatusAnchor(status.status))}>{t('methodLink')}</Link>
      </p>
    </details>
  );
}
