import { useLocale, useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { formatValue } from '@/lib/domain/format-value';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import type { FigureRecord } from '@/lib/domain/records';
import type { Unit } from '@/lib/domain/types';

/**
 * One page of an indicator's figures for staff: date, value, the link that corrects it (beside
 * the value, so a phone shows it without scrolling the table), revision and source. Each link's
 * accessible name says which figure it corrects.
 */
export function StaffFigureList({
  figures,
  unit,
  indicatorName,
}: {
  figures: readonly FigureRecord[];
  unit: Unit;
  indicatorName: string;
}) {
  const t = useTranslations('staff');
  const locale = useLocale();
  const title = t('indicatorFigures.title');
  return (
    <div className="table-wrap" role="region" aria-label={title} tabIndex={0}>
      <table className="data staff-figure-list" data-testid="staff-figure-list">
        <thead>
          <tr>
            <th scope="col">{t('fields.observedOn')}</th>
            <th scope="col">{t('fields.value')}</th>
            <th scope="col">{t('indicatorFigures.action')}</th>
            <th scope="col">{t('indicatorFigures.revision')}</th>
            <th scope="col">{t('fields.source')}</th>
          </tr>
        </thead>
        <tbody>
          {figures.map((figure) => {
            const value = formatValue(figure.value, unit, locale);
            const date = formatPreciseDate(figure.observedOn, locale);
            return (
              <tr key={figure.slug}>
                <th scope="row" className="date">
                  {date}
                </th>
                <td className="num">{value}</td>
                <td>
                  <Link
                    href={`/staff/figures/${figure.slug}`}
                    aria-label={`${t('correct')}: ${indicatorName} ${value} (${date})`}
                  >
                    {t('correct')}
                  </Link>
                </td>
                <td>{t('revisionN', { n: figure.revision })}</td>
                <td>
                  <span lang="ko">{figure.source.publisher}</span> ·{' '}
                  {formatPreciseDate(figure.source.publishedOn, locale)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
