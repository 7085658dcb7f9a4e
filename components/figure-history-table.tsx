import { useLocale, useTranslations } from 'next-intl';
import { formatExactValue, formatValue } from '@/lib/domain/format-value';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import type { FigureHistory } from '@/lib/domain/records';
import type { Unit } from '@/lib/domain/types';
import { RevisionHistoryTable } from './revision-history-table';

/** Every revision of a figure, newest first: what it said, from which source, who changed it, when and why. */
export function FigureHistoryTable({ history, unit }: { history: FigureHistory; unit: Unit }) {
  const t = useTranslations('figureHistory');
  const locale = useLocale();
  return (
    <RevisionHistoryTable
      title={t('title', { name: history.slug })}
      testId="figure-history"
      revisions={history.revisions}
      columns={[t('value'), t('date')]}
      renderCells={(revision) => (
        <>
          <td className="num">
            {formatValue(revision.value, unit, locale)}
            <br />
            <small>{formatExactValue(revision.value, unit, locale)}</small>
          </td>
          <td className="date">{formatPreciseDate(revision.observedOn, locale)}</td>
        </>
      )}
    />
  );
}
