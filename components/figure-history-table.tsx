import { useLocale, useTranslations } from 'next-intl';
import { formatExactValue, formatValue } from '@/lib/domain/format-value';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import type { Unit } from '@/lib/domain/types';
import type { FigureHistory } from '@/lib/domain/records';
import { RevisionNumberCell, RevisionSourceCell, RevisionWhyWhoWhenCells } from './revision-cells';

/** Every revision of a figure, newest first: what it said, from which source, who changed it, when and why. */
export function FigureHistoryTable({ history, unit }: { history: FigureHistory; unit: Unit }) {
  const t = useTranslations('figureHistory');
  const locale = useLocale();
  const latest = history.revisions.length;
  return (
    <div
      className="table-wrap"
      role="region"
      aria-label={t('title', { name: history.slug })}
      tabIndex={0}
    >
      <table className="data" data-testid="figure-history">
        <caption>{t('title', { name: history.slug })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('revision')}</th>
            <th scope="col">{t('value')}</th>
            <th scope="col">{t('date')}</th>
            <th scope="col">{t('source')}</th>
            <th scope="col">{t('why')}</th>
            <th scope="col">
              {t('who')} · {t('when')}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...history.revisions].reverse().map((revision) => (
            <tr key={revision.revision}>
              <RevisionNumberCell revision={revision.revision} latest={latest} />
              <td className="num">
                {formatValue(revision.value, unit, locale)}
                <br />
                <small>{formatExactValue(revision.value, unit, locale)}</small>
              </td>
              <td className="date">{formatPreciseDate(revision.observedOn, locale)}</td>
              <RevisionSourceCell source={revision.source} quote={revision.quote} />
              <RevisionWhyWhoWhenCells
                reason={revision.reason}
                authorName={revision.authorName}
                createdAt={revision.createdAt}
              />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
