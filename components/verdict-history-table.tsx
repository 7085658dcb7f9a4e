import { useLocale, useTranslations } from 'next-intl';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import { localized } from '@/lib/domain/localized';
import { seoulTimeFormat } from '@/lib/domain/seoul-time';
import type { PublishedVerdict } from '@/lib/domain/records';
import { EvidenceQuote } from './evidence-quote';
import { VerdictBadge } from './verdict-badge';

/**
 * Every published verdict on a pledge, newest first: the rating (a changed one marked 정정 /
 * corrected), the reasoning and why it changed, each piece of evidence with its quote, and who
 * proposed and approved it when (Seoul time). Verdicts are append-only: nothing here is ever
 * rewritten, a new judgement adds a row.
 */
export function VerdictHistoryTable({ verdicts }: { verdicts: readonly PublishedVerdict[] }) {
  const t = useTranslations('verdicts');
  const locale = useLocale();
  const when = seoulTimeFormat(locale, 'moment');
  if (verdicts.length === 0) return <p className="citation">{t('historyEmpty')}</p>;
  return (
    <div className="table-wrap" role="region" aria-label={t('historyCaption')} tabIndex={0}>
      <table className="data" data-testid="verdict-history">
        <caption>{t('historyCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('when')}</th>
            <th scope="col">{t('ratingColumn')}</th>
            <th scope="col">{t('reasoning')}</th>
            <th scope="col">{t('evidenceHeading')}</th>
            <th scope="col">{t('who')}</th>
          </tr>
        </thead>
        <tbody>
          {[...verdicts].reverse().map((verdict) => (
            <tr key={verdict.id}>
              <th scope="row" className="date">
                {when.format(new Date(verdict.publishedAt))}
              </th>
              <td>
                <VerdictBadge rating={verdict.rating} />
                {verdict.corrected ? (
                  <span className="badge badge--corrected" title={t('correctedTitle')}>
                    {' '}
                    {t('corrected')}
                  </span>
                ) : null}
              </td>
              <td>
                {localized(verdict, 'reasoning', locale)}
                {verdict.reason ? (
                  <p className="citation">
                    {t('why')}: {verdict.reason}
                  </p>
                ) : null}
              </td>
              <td className="source">
                {verdict.evidence.length === 0
                  ? t('staleNone')
                  : verdict.evidence.map((evidence, index) => (
                      <div key={index}>
                        <EvidenceQuote
                          evidence={evidence}
                          dated={formatPreciseDate(evidence.on, locale)}
                        />
                      </div>
                    ))}
              </td>
              <td>
                {verdict.proposerName ?? t('seedAuthor')}
                {verdict.reviewerName ? ` · ${verdict.reviewerName}` : ''}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
