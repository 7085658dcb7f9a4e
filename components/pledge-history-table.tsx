import { useLocale, useTranslations } from 'next-intl';
import { formatValue } from '@/lib/domain/format-value';
import { formatPreciseDate } from '@/lib/domain/precise-date';
import type { PledgeHistory } from '@/lib/domain/records';
import type { Unit } from '@/lib/domain/types';
import { RevisionNumberCell, RevisionSourceCell, RevisionWhyWhoWhenCells } from './revision-cells';
import { localized } from '@/lib/domain/localized';

/** Every revision of a pledge, newest first: what it promised, from which source, who changed it, when and why. */
export function PledgeHistoryTable({ history, unit }: { history: PledgeHistory; unit: Unit }) {
  const t = useTranslations('figureHistory');
  const common = useTranslations('common');
  const locale = useLocale();
  const latest = history.revisions.length;
  return (
    <div
      className="table-wrap"
      role="region"
      aria-label={t('pledgeTitle', { name: history.slug })}
      tabIndex={0}
    >
      <table className="data" data-testid="pledge-history">
        <caption>{t('pledgeTitle', { name: history.slug })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('revision')}</th>
            <th scope="col">{t('pledge')}</th>
            <th scope="col">{common('target')}</th>
            <th scope="col">{common('deadline')}</th>
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
              <td>{localized(revision, 'title', locale)}</td>
              <td className="num">
                {revision.targetValue === null
                  ? '—'
                  : formatValue(revision.targetValue, unit, locale)}
              </td>
              <td className="date">
                {revision.deadline
                  ? formatPreciseDate(revision.deadline, locale)
                  : common('noDeadline')}
              </td>
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
