import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { PledgeStatus } from '@/lib/domain/pledge-status';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import { localized } from '@/lib/domain/localized';
import { seoulTimeFormat } from '@/lib/domain/seoul-time';
import type { PublishedVerdict } from '@/lib/domain/records';
import { EvidenceQuote } from './evidence-quote';
import { VerdictBadge } from './verdict-badge';
import { VerdictDisagreement } from './verdict-disagreement';

/**
 * The verdict in force on a pledge with everything that backs it: the rating and its definition,
 * the reasoning, each piece of evidence quoted with its source and the date it speaks of, and who
 * proposed and approved it when. Where it contradicts the computed status, a note says so and
 * both stay on the page. No verdict: says plainly that no one has rated the pledge.
 */
export function VerdictPanel({
  verdict,
  status,
}: {
  verdict: PublishedVerdict | null;
  status: PledgeStatus;
}) {
  const t = useTranslations('verdicts');
  const locale = useLocale();
  if (!verdict) {
    return (
      <section className="verdict-panel" id="verdict" aria-labelledby="verdict-heading">
        <h2 id="verdict-heading">{t('panelHeading')}</h2>
        <p className="no-data" data-testid="verdict-none">
          {t('none')}
        </p>
        <p>{t('noneWhy')}</p>
        <p className="citation">
          <Link href="/methodology#verdicts">{t('scaleLink')}</Link>
        </p>
      </section>
    );
  }
  const publishedOn = seoulTimeFormat(locale, 'day').format(new Date(verdict.publishedAt));
  return (
    <section
      className="verdict-panel"
      id="verdict"
      aria-labelledby="verdict-heading"
      data-testid="verdict-panel"
    >
      <h2 id="verdict-heading">{t('panelHeading')}</h2>
      <p className="card__meta">
        <VerdictBadge rating={verdict.rating} />
        {verdict.corrected ? (
          <a
            href="#verdict-history"
            className="badge badge--corrected"
            data-testid="verdict-corrected-mark"
            title={t('correctedTitle')}
          >
            {t('corrected')}
          </a>
        ) : null}
      </p>
      <p className="citation">
        {t(`definition.${verdict.rating}`)}{' '}
        <Link href={`/methodology#verdict-${verdict.rating}`}>{t('scaleLink')}</Link>
      </p>
      <VerdictDisagreement rating={verdict.rating} status={status} />
      <h3>{t('reasoning')}</h3>
      <p data-testid="verdict-reasoning">{localized(verdict, 'reasoning', locale)}</p>
      <h3>{t('evidenceHeading')}</h3>
      {verdict.evidence.length === 0 ? (
        <p className="citation">{t('noEvidence')}</p>
      ) : (
        <ol className="evidence-list" data-testid="verdict-evidence">
          {verdict.evidence.map((evidence, index) => (
            <li key={index}>
              <EvidenceQuote
                evidence={evidence}
                dated={t('evidenceOn', { date: formatPreciseDate(evidence.on, locale) })}
              />
            </li>
          ))}
        </ol>
      )}
      <p className="citation" data-testid="verdict-review">
        {verdict.proposerName === null
          ? t('seedPublished', { date: publishedOn })
          : verdict.reviewerName === null
            ? t('publishedUnreviewed', { date: publishedOn, proposer: verdict.proposerName })
            : t('publishedReviewed', {
                date: publishedOn,
                proposer: verdict.proposerName,
                reviewer: verdict.reviewerName,
              })}
      </p>
    </section>
  );
}
