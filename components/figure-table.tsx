import { useLocale, useTranslations } from 'next-intl';
import { formatExactValue, formatValue } from '@/lib/domain/format-value';
import { sortFiguresByDate } from '@/lib/domain/latest-figure';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import type { FigureRecord } from '@/lib/domain/records';
import type { Unit } from '@/lib/domain/types';
import { Link } from '@/i18n/navigation';
import { SourceCitation } from './source-citation';
import { localized } from '@/lib/domain/localized';

/** Every reported figure of an indicator, with its exact value, source and quote: the chart's data as a table. */
export function FigureTable({
  figures,
  unit,
  caption,
}: {
  figures: readonly FigureRecord[];
  unit: Unit;
  caption: string;
}) {
  const t = useTranslations('common');
  const locale = useLocale();
  return (
    // Scrolls sideways on narrow screens; focusable so keyboard users can scroll it too.
    <div className="table-wrap" role="region" aria-label={caption} tabIndex={0}>
      <table className="data" data-testid="figure-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('date')}</th>
            <th scope="col">{t('value')}</th>
            <th scope="col">{t('exactValue')}</th>
            <th scope="col">
              {t('source')} · {t('quote')}
            </th>
          </tr>
        </thead>
        <tbody>
          {sortFiguresByDate(figures).map((figure) => (
            <tr key={figure.slug} id={`figure-${figure.slug}`}>
              <th scope="row" className="date">
                {formatPreciseDate(figure.observedOn, locale)}
              </th>
              <td className="num">
                {formatValue(figure.value, unit, locale)}
                {figure.revision > 1 ? (
                  <>
                    {' '}
                    <Link
                      href={`/figures/${figure.slug}`}
                      className="badge badge--corrected"
                      data-testid="corrected-mark"
                      title={t('correctedHistory')}
                    >
                      {t('corrected')}
                    </Link>
                  </>
                ) : null}
              </td>
              <td className="num">{formatExactValue(figure.value, unit, locale)}</td>
              <td className="source">
                <SourceCitation source={figure.source} />
                <blockquote className="quote" lang="ko">
                  “{figure.quote}”
                </blockquote>
                {localized(figure, 'note', locale) ? (
                  <p className="citation">
                    {t('note')}: {localized(figure, 'note', locale)}
                  </p>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
