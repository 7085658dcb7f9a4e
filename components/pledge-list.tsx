import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { formatValue } from '@/lib/domain/format-value';
import type { PledgeStatus } from '@/lib/domain/pledge-status';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import { formatStatusReason } from '@/lib/domain/progress-reason';
import type { PledgeRecord, VerdictSummary } from '@/lib/domain/records';
import type { Unit } from '@/lib/domain/types';
import { PledgeQuote } from './pledge-quote';
import { PledgeKindBadge } from './pledge-kind-badge';
import { PledgePromiseFacts } from './pledge-promise-facts';
import { StatusBadge } from './status-badge';
import { VerdictLine } from './verdict-line';
import { StatusInputs } from './status-inputs';
import { localized } from '@/lib/domain/localized';

/** The pledges on one indicator, each with the administration that made it, its source and quote. */
export function PledgeList({
  pledges,
  unit,
  statuses,
  verdicts,
}: {
  pledges: readonly PledgeRecord[];
  unit: Unit;
  statuses: ReadonlyMap<string, PledgeStatus>;
  verdicts: ReadonlyMap<string, VerdictSummary>;
}) {
  const t = useTranslations('common');
  const i = useTranslations('indicator');
  const locale = useLocale();
  const progressWords = useTranslations('progress');
  const titles = new Map(
    pledges.map((pledge) => [pledge.slug, localized(pledge, 'title', locale)]),
  );
  return (
    <ul className="card-grid" data-testid="pledge-list">
      {pledges.map((pledge) => (
        <li
          key={pledge.slug}
          className={`card${pledge.supersededBySlug ? ' card--superseded' : ''}`}
          id={`pledge-${pledge.slug}`}
        >
          <div className="card__meta">
            {statuses.get(pledge.slug) ? <StatusBadge status={statuses.get(pledge.slug)!} /> : null}
            <span className="badge">
              {localized(pledge.administration, 'name', locale)} ·{' '}
              {localized(pledge.administration, 'mayor', locale)}
            </span>
            <PledgeKindBadge kind={pledge.kind} />
            {pledge.supersededBySlug ? <span className="badge">{t('superseded')}</span> : null}
            {pledge.revision > 1 ? (
              <Link
                href={`/pledges/${pledge.slug}`}
                className="badge badge--corrected"
                data-testid="corrected-mark"
                title={t('correctedHistory')}
              >
                {t('corrected')}
              </Link>
            ) : null}
          </div>
          <h3>{titles.get(pledge.slug)}</h3>
          {statuses.get(pledge.slug) ? (
            <VerdictLine
              slug={pledge.slug}
              verdict={verdicts.get(pledge.slug) ?? null}
              status={statuses.get(pledge.slug)!}
            />
          ) : null}
          {statuses.get(pledge.slug) ? (
            <>
              <p className="status-reason">
                {formatStatusReason(
                  statuses.get(pledge.slug)!,
                  unit,
                  { locale, t: progressWords },
                  pledge.baseline?.value,
                )}
              </p>
              <StatusInputs status={statuses.get(pledge.slug)!} pledge={pledge} unit={unit} />
            </>
          ) : null}
          <dl className="facts">
            <PledgePromiseFacts pledge={pledge} unit={unit} />
            {pledge.baseline ? (
              <>
                <dt>{t('baseline')}</dt>
                <dd>
                  {formatValue(pledge.baseline.value, unit, locale)} (
                  {formatPreciseDate(pledge.baseline.on, locale)})
                  {pledge.baseline.assumed ? (
                    <span className="badge badge--inferred"> {t('assumed')}</span>
                  ) : null}
                </dd>
              </>
            ) : null}
            <dt>{t('announced')}</dt>
            <dd>{formatPreciseDate(pledge.announcedOn, locale)}</dd>
          </dl>
          {pledge.baseline?.assumed ? <p className="citation">{i('baselineAssumedNote')}</p> : null}
          {pledge.supersedesSlug && titles.get(pledge.supersedesSlug) ? (
            <p className="citation">
              {t('supersedes', { title: titles.get(pledge.supersedesSlug)! })}
            </p>
          ) : null}
          {pledge.supersededBySlug && titles.get(pledge.supersededBySlug) ? (
            <p className="citation">
              {t('supersededBy', { title: titles.get(pledge.supersededBySlug)! })}
            </p>
          ) : null}
          <PledgeQuote pledge={pledge} />
        </li>
      ))}
    </ul>
  );
}
