import { useLocale, useTranslations } from 'next-intl';
import { formatValue } from '@/lib/domain/format-value';
import { localized } from '@/lib/domain/localized';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import type { PledgeHistory } from '@/lib/domain/records';
import type { Unit } from '@/lib/domain/types';
import { RevisionHistoryTable } from './revision-history-table';

/** Every revision of a pledge, newest first: what it promised, from which source, who changed it, when and why. */
export function PledgeHistoryTable({ history, unit }: { history: PledgeHistory; unit: Unit }) {
  const t = useTranslations('figureHistory');
  const common = useTranslations('common');
  const locale = useLocale();
  return (
    <RevisionHistoryTable
      title={t('pledgeTitle', { name: history.slug })}
      testId="pledge-history"
      revisions={history.revisions}
      columns={[t('pledge'), common('target'), common('deadline')]}
      renderCells={(revision) => (
        <>
          <td>{localized(revision, 'title', locale)}</td>
          <td className="num">
            {revision.targetValue === null ? '—' : formatValue(revision.targetValue, unit, locale)}
          </td>
          <td className="date">
            {revision.deadline
              ? formatPreciseDate(revision.deadline, locale)
              : common('noDeadline')}
          </td>
        </>
      )}
    />
  );
}
