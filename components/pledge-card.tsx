import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { formatValue } from '@/lib/domain/format-value';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import { formatStatusReason } from '@/lib/domain/progress-reason';
import { formatShare } from '@/lib/domain/share-of-target';
import type { PledgeProgress } from '@/lib/domain/to-overview';
import { SourceCitation } from './source-citation';
import { PledgeKindBadge } from './pledge-kind-badge';
import { PledgePromiseFacts } from './pledge-promise-facts';
import { StatusBadge } from './status-badge';
import { VerdictLine } from './verdict-line';
import { localized } from '@/lib/domain/localized';

/** One pledge on the overview: what was promised, by whom, for when, what has been reported since, and the verdict. */
export function PledgeCard({
  progress,
  titles,
}: {
  progress: PledgeProgress;
  titles: Map<string, { ko: string; en: string }>;
}) {
  const t = useTranslations('common');
  const o = useTranslations('overview');
  const locale = useLocale();
  const progressWords = useTranslations('progress');
  const inputs = useTranslations('statusInputs');
  const { pledge, indicator, latest, share, status, indicatorLatest } = progress;
  const unit = indicator.unit;
  const titleOf = (slug: string | null) => {
    const entry = slug ? titles.get(slug) : undefined;
    return entry ? entry[locale] : null;
  };
  const supersededBy = titleOf(pledge.supersededBySlug);
  const supersedes = titleOf(pledge.supersedesSlug);

  return (
    <li className={`card${supersededBy ? ' card--superseded' : ''}`} data-pledge={pledge.slug}>
      <div className="card__meta">
        <StatusBadge status={status} />
        <span className="badge">{localized(pledge.administration, 'name', locale)}</span>
        <PledgeKindBadge kind={pledge.kind} />
        {supersededBy ? <span className="badge">{t('superseded')}</span> : null}
      </div>
      <h3>{localized(pledge, 'title', locale)}</h3>
      <VerdictLine slug={pledge.slug} verdict={progress.verdict ?? null} status={status} />
      <p className="status-reason" data-testid="status-reason">
        {formatStatusReason(status, unit, { locale, t: progressWords }, pledge.baseline?.value)}
      </p>
      <p className="card__inputs">
        {/* The inputs themselves (baseline, paces, thresholds, points) are under the pledge on its
            indicator's page: a card for each of the overview's 72 pledges doubled its HTML. */}
        <Link href={`/indicators/${indicator.slug}#pledge-${pledge.slug}`}>
          {inputs('summary')}
        </Link>
      </p>
      <dl className="facts">
        <PledgePromiseFacts pledge={pledge} unit={unit} />
        {latest ? (
          <>
            <dt>{t('latestFigure')}</dt>
            <dd>
              {formatValue(latest.value, unit, locale)} (
              {formatPreciseDate(latest.observedOn, locale)})
            </dd>
          </>
        ) : null}
      </dl>
      {pledge.kind !== 'TARGET' ? (
        // Milestones and policies are judged by verdicts with evidence; the indicator's figures
        // are context only.
        indicatorLatest ? (
          <p className="citation">
            {t('relatedLatest')}: {formatValue(indicatorLatest.value, unit, locale)} (
            {formatPreciseDate(indicatorLatest.observedOn, locale)})
          </p>
        ) : (
          <p className="no-data">{t('noFigureYet')}</p>
        )
      ) : latest === null ? (
        <p className="no-data">{t('noFigureYet')}</p>
      ) : share !== null ? (
        <>
          <div className="progress" aria-hidden="true">
            <div
              className="progress__bar"
              style={{ width: `${Math.max(0, Math.min(100, share * 100))}%` }}
            />
          </div>
          <p className="progress-text">
            {o('shareReached', { share: formatShare(share, locale) })}
          </p>
        </>
      ) : null}
      {supersedes ? <p className="citation">{t('supersedes', { title: supersedes })}</p> : null}
      {supersededBy ? (
        <p className="citation">{t('supersededBy', { title: supersededBy })}</p>
      ) : null}
      <SourceCitation source={pledge.source} />
      {latest && latest.source.slug !== pledge.source.slug ? (
        <SourceCitation source={latest.source} />
      ) : null}
      <Link href={`/indicators/${indicator.slug}`}>
        {t('viewIndicator')}: {localized(indicator, 'name', locale)}
      </Link>
    </li>
  );
}
